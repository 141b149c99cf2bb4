/**
 * Each post's comment coverage (`ThreadRow`): the comment count the post showed ("12 comments") and how many of
 * its comments Tend read, each once. Called by ingest inside its transaction; what changed in each day's sums (the
 * posts written that day that showed a count) goes into that day's watched row (activity.ts).
 */
import type { TendDatabase } from './db';
import type { ThreadRow } from './schema';
import { dayOf } from '@/utils/activity/coverage';

/** A post read on a page: its id, its time if read, the comment count it showed if any. */
export interface ThreadSeen {
  postId: string;
  at?: string;
  shownComments?: number;
}

/** The change to one day's sums: comments its posts showed, and those of them Tend read. */
export interface DayCommentSums {
  shown: number;
  read: number;
}

/** What a post adds to its day's sums: only once it showed a count and its day is known. */
function contribution(row: ThreadRow | undefined): { day: string; shown: number; read: number } | null {
  if (row?.day === undefined || row.shownComments === undefined) return null;
  return { day: row.day, shown: row.shownComments, read: Math.min(row.commentsRead, row.shownComments) };
}

/** The post's row after this reading: the largest count shown, and `newComments` more comments read. */
export function nextThread(
  groupId: string,
  stored: ThreadRow | undefined,
  seen: ThreadSeen | undefined,
  newComments: number,
  postId: string,
): ThreadRow {
  const row: ThreadRow = { ...(stored ?? { groupId, postId, commentsRead: 0 }) };
  row.commentsRead += newComments;
  if (row.day === undefined && seen?.at !== undefined) {
    const at = Date.parse(seen.at);
    if (Number.isFinite(at)) row.day = dayOf(at);
  }
  if (seen?.shownComments !== undefined)
    row.shownComments = Math.max(row.shownComments ?? 0, seen.shownComments);
  return row;
}

/**
 * Records the posts read and the new comments read on them (by post id), and returns the change to each day's
 * sums. Only call it with something to record: it always reads the database (see ingest's transaction rule).
 */
export async function recordThreads(
  db: TendDatabase,
  groupId: string,
  posts: readonly ThreadSeen[],
  newCommentsByPost: ReadonlyMap<string, number>,
): Promise<Map<string, DayCommentSums>> {
  const seenById = new Map(posts.map((post) => [post.postId, post]));
  const ids = [...new Set([...seenById.keys(), ...newCommentsByPost.keys()])];
  const stored = await db.threads.bulkGet(ids.map((id) => [groupId, id] as [string, string]));
  const byDay = new Map<string, DayCommentSums>();
  const add = (part: ReturnType<typeof contribution>, sign: 1 | -1) => {
    if (part === null) return;
    const sums = byDay.get(part.day) ?? { shown: 0, read: 0 };
    sums.shown += sign * part.shown;
    sums.read += sign * part.read;
    byDay.set(part.day, sums);
  };
  const rows = ids.map((id, index) => {
    const before = stored[index];
    const row = nextThread(groupId, before, seenById.get(id), newCommentsByPost.get(id) ?? 0, id);
    add(contribution(before), -1);
    add(contribution(row), 1);
    return row;
  });
  await db.threads.bulkPut(rows);
  for (const [day, sums] of byDay) if (sums.shown === 0 && sums.read === 0) byDay.delete(day);
  return byDay;
}

/**
 * A group known by its vanity name first: its posts' rows join the numeric id, whose watched days take their sums
 * (activity.ts `moveWatchedDays`). A post kept under both keeps the numeric id's row.
 */
export async function moveThreads(db: TendDatabase, fromGroup: string, intoGroup: string): Promise<void> {
  const moving = await db.threads
    .where('[groupId+postId]')
    .between([fromGroup, ''], [fromGroup, '\uffff'])
    .toArray();
  if (moving.length === 0) return;
  const existing = await db.threads.bulkGet(moving.map((row) => [intoGroup, row.postId] as [string, string]));
  await db.threads.bulkPut(
    moving.filter((_, index) => !existing[index]).map((row) => ({ ...row, groupId: intoGroup })),
  );
  await db.threads.bulkDelete(moving.map((row) => [fromGroup, row.postId] as [string, string]));
}
