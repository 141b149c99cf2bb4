/**
 * Who went quiet, counted only on what Tend watched. Loads a group's watched days and members and hands them to
 * the pure rules of utils/activity (coverage arithmetic, each member's rhythm). The panel, the popup and the
 * replay tool all ask these functions, so they cannot disagree.
 *
 * Speed: a group's watched days are one small row per day. Quiet and never-active members are found through the
 * `[groupId+everActive+quietSince+memberId]` index: watched silence only grows the earlier it started, so "silent
 * for at least N watched days" is one range of that index (never-active members are that range; went-quiet and
 * drifting members are the candidates of their ranges that their own rhythm confirms).
 */
import type { TendDatabase } from './db';
import { MIN_KEY } from './derived';
import type { MemberRow, SightingKind, WatchRow } from './schema';
import type { DayCommentSums } from './threads';
import type { Settings } from './settings';
import {
  DAY_MS,
  addSpan,
  buildTimeline,
  dayOf,
  readingSpan,
  silenceCutoff,
  splitByDay,
  windowCoverage,
  type Timeline,
  type WindowCoverage,
} from '@/utils/activity/coverage';
import {
  byUnusualness,
  classifyMember,
  defaultRhythmSettings,
  type ActivityState,
  type RhythmSettings,
} from '@/utils/activity/rhythm';

export type { ActivityState } from '@/utils/activity/rhythm';

/** The rules' thresholds: the fixed one (`quietDays`, the `inactivityDays` setting) and the rhythm ones. */
export type ActivitySettings = RhythmSettings & { quietDays: number };
export const defaultActivitySettings: ActivitySettings = { quietDays: 30, ...defaultRhythmSettings };

export function activitySettingsOf(
  settings: Pick<Settings, 'inactivityDays'> & Partial<Pick<Settings, 'activity'>>,
) {
  return { ...defaultRhythmSettings, ...settings.activity, quietDays: settings.inactivityDays };
}

const resolve = (settings?: Partial<ActivitySettings>): ActivitySettings => ({
  ...defaultActivitySettings,
  ...settings,
});

// ---------- Recording what a feed reading covered (called by ingest, inside its transaction) ----------

/** What one reading adds to the group's watched days. */
interface ReadingCounts {
  /** The new posts and comments it read (feed pages: the watched items), and among them the posts and comments. */
  activityTimes: readonly string[];
  postTimes: readonly string[];
  commentTimes: readonly string[];
  /** A post page: the comments it showed, new or not (on the reading's day). */
  threadComments?: number;
  /** The change to each day's comments shown and read on its posts (threads.ts), by the posts' day. */
  postComments?: ReadonlyMap<string, DayCommentSums> | undefined;
}

/**
 * Adds one feed reading to the group's watched days: the time from its oldest dated post to the moment it was read,
 * and the new posts and comments it read, on the day each was written.
 */
export async function recordFeedReading(
  db: TendDatabase,
  groupId: string,
  readAt: string,
  postTimes: readonly string[],
  counts: ReadingCounts,
): Promise<void> {
  const [from, to] = readingSpan(
    Date.parse(readAt),
    postTimes.map((time) => Date.parse(time)),
  );
  await addToWatchedDays(db, groupId, splitByDay(from, to), counts, to);
}

/**
 * Adds what an opened post showed: its new comments on their days, and one thread with the comments it showed on
 * the reading's day (how many comments the group's posts have). A post page covers no time of the feed.
 */
export async function recordPostPageReading(
  db: TendDatabase,
  groupId: string,
  readAt: string,
  commentTimes: readonly string[],
  shownComments: number,
  postComments?: ReadonlyMap<string, DayCommentSums>,
): Promise<void> {
  const counts = {
    activityTimes: [],
    postTimes: [],
    commentTimes,
    threadComments: shownComments,
    postComments,
  };
  await addToWatchedDays(db, groupId, [], counts, Date.parse(readAt));
}

const countByDay = (times: readonly string[], latest: number) => {
  const byDay = new Map<string, number>();
  for (const time of times) {
    const day = dayOf(Math.min(Date.parse(time), latest));
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  return byDay;
};

async function addToWatchedDays(
  db: TendDatabase,
  groupId: string,
  parts: readonly { day: string; from: number; to: number }[],
  counts: ReadingCounts,
  latest: number,
): Promise<void> {
  const items = countByDay(counts.activityTimes, latest);
  const posts = countByDay(counts.postTimes, latest);
  const comments = countByDay(counts.commentTimes, latest);
  const threadDay = counts.threadComments === undefined ? null : dayOf(latest);
  const days = [
    ...new Set([
      ...parts.map((part) => part.day),
      ...items.keys(),
      ...posts.keys(),
      ...comments.keys(),
      ...(threadDay === null ? [] : [threadDay]),
      ...(counts.postComments?.keys() ?? []),
    ]),
  ];
  const stored = await db.watch.bulkGet(days.map((day) => [groupId, day] as [string, string]));
  const rows = days.map((day, index): WatchRow => {
    const row = stored[index] ?? { groupId, day, spans: [], items: 0 };
    let spans = row.spans;
    for (const part of parts) if (part.day === day) spans = addSpan(spans, part.from, part.to);
    const isThreadDay = day === threadDay;
    return {
      groupId,
      day,
      spans,
      items: row.items + (items.get(day) ?? 0),
      // A row from before posts and comments were counted apart: its items are taken for posts.
      posts: (row.posts ?? row.items) + (posts.get(day) ?? 0),
      comments: (row.comments ?? 0) + (comments.get(day) ?? 0),
      threads: (row.threads ?? 0) + (isThreadDay ? 1 : 0),
      threadComments: (row.threadComments ?? 0) + (isThreadDay ? counts.threadComments! : 0),
      ...withPostComments(row, counts.postComments?.get(day)),
    };
  });
  await db.watch.bulkPut(rows);
}

/** A day's sums of its posts' comments shown and read, changed by `change`; absent while no post of it showed any. */
function withPostComments(
  row: WatchRow,
  change: DayCommentSums | undefined,
): Pick<WatchRow, 'postComments' | 'postCommentsRead'> {
  if (row.postComments === undefined && change === undefined) return {};
  return {
    postComments: Math.max(0, (row.postComments ?? 0) + (change?.shown ?? 0)),
    postCommentsRead: Math.max(0, (row.postCommentsRead ?? 0) + (change?.read ?? 0)),
  };
}

/** A group known by its vanity name first: what Tend watched under it joins the numeric id's days. */
export async function moveWatchedDays(db: TendDatabase, fromGroup: string, intoGroup: string): Promise<void> {
  const moving = await db.watch
    .where('[groupId+day]')
    .between([fromGroup, ''], [fromGroup, '\uffff'])
    .toArray();
  if (moving.length === 0) return;
  const existing = await db.watch.bulkGet(moving.map((row) => [intoGroup, row.day] as [string, string]));
  const merged = moving.map((row, index): WatchRow => {
    const into = existing[index];
    let spans = into?.spans ?? [];
    for (let pair = 0; pair + 1 < row.spans.length; pair += 2) {
      spans = addSpan(spans, row.spans[pair]!, row.spans[pair + 1]!);
    }
    const sum = (
      field: 'posts' | 'comments' | 'threads' | 'threadComments' | 'postComments' | 'postCommentsRead',
    ) =>
      into?.[field] === undefined && row[field] === undefined
        ? {}
        : { [field]: (into?.[field] ?? 0) + (row[field] ?? 0) };
    return {
      groupId: intoGroup,
      day: row.day,
      spans,
      items: (into?.items ?? 0) + row.items,
      ...sum('posts'),
      ...sum('comments'),
      ...sum('threads'),
      ...sum('threadComments'),
      ...sum('postComments'),
      ...sum('postCommentsRead'),
    };
  });
  await db.watch.bulkPut(merged);
  await db.watch.bulkDelete(moving.map((row) => [fromGroup, row.day] as [string, string]));
}

// ---------- The group's coverage ----------

export async function loadTimeline(db: TendDatabase, groupId: string, now: Date): Promise<Timeline> {
  const days = await db.watch
    .where('[groupId+day]')
    .between([groupId, ''], [groupId, dayOf(+now)], true, true)
    .toArray();
  return buildTimeline(days, +now);
}

/** What Tend watched of a group, for the answers' plain words ("read the feed on 22 of the last 30 days…"). */
export interface ActivityCoverage {
  groupId: string;
  /** The first and last days a feed reading covered time; null when the feed was never read. */
  firstWatchedDay: string | null;
  lastFeedReadAt: string | null;
  /** Posts and comments the group usually has per day Tend fully watched; null before any was read. */
  usualPerDay: number | null;
  /** The last 30 days (`recent`) and everything since the first watched day (`all`). */
  recent: WindowCoverage;
  all: WindowCoverage;
  /** Watched days in all: whether anyone can be called quiet yet, and how far that is. */
  quietDays: number;
  ready: boolean;
  /** Silences that started before this moment reach the fixed threshold (ISO); null when not ready. */
  quietCutoff: string | null;
}

export const RECENT_WINDOW_DAYS = 30;

function coverageFrom(
  groupId: string,
  timeline: Timeline,
  lastFeedReadAt: string | undefined,
  settings: ActivitySettings,
): ActivityCoverage {
  const allDays = timeline.firstDay === null ? 0 : timeline.seen.length;
  const cutoff = silenceCutoff(timeline, settings.quietDays);
  return {
    groupId,
    firstWatchedDay: timeline.firstDay,
    lastFeedReadAt: lastFeedReadAt ?? null,
    usualPerDay: timeline.usualPerDay,
    recent: windowCoverage(timeline, RECENT_WINDOW_DAYS),
    all: windowCoverage(timeline, allDays),
    quietDays: settings.quietDays,
    ready: cutoff !== null,
    quietCutoff: cutoff === null ? null : new Date(cutoff).toISOString(),
  };
}

// ---------- Each member's answer ----------

export interface MemberActivity {
  memberId: string;
  state: ActivityState;
  /** Watched days of silence, for members called quiet, drifting or never active; null otherwise. */
  quietForDays: number | null;
  /** Watched days since the last post or comment (else since joining), whatever the state. */
  silentWatchedDays: number;
  /** The evidence: last post or comment and its link, their usual rhythm. */
  lastActiveAt: string | null;
  lastActiveLink: string | null;
  usualGapDays: number | null;
  /** Watched silence over their usual gap (over the fixed threshold without one); lists sort by it. */
  unusualness: number;
  /** Silent for the fixed threshold but seen too few times to be called quiet: "not enough seen yet". */
  notEnoughSeen: boolean;
  /** Sightings Tend would have expected in the silence at their own pace, and the chance it missed them all. */
  expectedSightings: number | null;
  missChance: number | null;
  /** Since when they count as silent: the last activity, else the latest possible join, else first seen. */
  quietSince: string;
  lastSeenAt: string;
  lastSeenKind: SightingKind;
  activityCount: number;
}

export interface FlaggedMember extends MemberActivity {
  member: MemberRow;
}

function answerFor(member: MemberRow, timeline: Timeline, settings: ActivitySettings): MemberActivity {
  const answer = classifyMember(member, timeline, settings);
  return {
    memberId: member.memberId,
    state: answer.state,
    quietForDays: answer.quietForDays,
    silentWatchedDays: answer.silentWatchedDays,
    lastActiveAt: member.lastActiveAt ?? null,
    lastActiveLink: member.lastActiveLink ?? null,
    usualGapDays: answer.usualGapDays,
    unusualness: answer.unusualness,
    notEnoughSeen: answer.notEnoughSeen,
    expectedSightings: answer.expectedSightings,
    missChance: answer.missChance,
    quietSince: member.quietSince,
    lastSeenAt: member.lastSeenAt,
    lastSeenKind: member.lastSeenKind,
    activityCount: member.activityCount,
  };
}

export interface GroupActivity {
  groupId: string;
  at: string;
  /** Every member, most unusual silence first. */
  members: MemberActivity[];
  coverage: ActivityCoverage;
}

/**
 * Every member's state with its evidence, and the group's coverage. Reads every member of the group: for tools
 * and tests (the replay); the panel uses the paged and counted questions below.
 */
export async function memberActivity(
  db: TendDatabase,
  groupId: string,
  now: Date,
  settings?: Partial<ActivitySettings>,
): Promise<GroupActivity> {
  const rules = resolve(settings);
  const [timeline, group, members] = await Promise.all([
    loadTimeline(db, groupId, now),
    db.groups.get(groupId),
    db.members.where('[groupId+memberId]').between([groupId, MIN_KEY], [groupId, '\uffff']).toArray(),
  ]);
  return {
    groupId,
    at: now.toISOString(),
    members: members.map((member) => answerFor(member, timeline, rules)).sort(byUnusualness),
    coverage: coverageFrom(groupId, timeline, group?.lastFeedReadAt, rules),
  };
}

/** One member's answer with its evidence (the member's detail); null when Tend does not know them. */
export async function memberAnswer(
  db: TendDatabase,
  groupId: string,
  memberId: string,
  now: Date,
  settings?: Partial<ActivitySettings>,
): Promise<MemberActivity | null> {
  const [timeline, member] = await Promise.all([
    loadTimeline(db, groupId, now),
    db.members.get([groupId, memberId]),
  ]);
  return member ? answerFor(member, timeline, resolve(settings)) : null;
}

/** The group's coverage alone. */
export async function activityCoverage(
  db: TendDatabase,
  groupId: string,
  now: Date,
  settings?: Partial<ActivitySettings>,
): Promise<ActivityCoverage> {
  const [timeline, group] = await Promise.all([loadTimeline(db, groupId, now), db.groups.get(groupId)]);
  return coverageFrom(groupId, timeline, group?.lastFeedReadAt, resolve(settings));
}

/**
 * What the glance needs of the watched days, from one load of them: the timeline, the coverage, and the members
 * drifting (see `flaggedMembers`, which loads them again for each page of a list).
 */
export async function watchedTimeline(
  db: TendDatabase,
  groupId: string,
  now: Date,
  settings?: Partial<ActivitySettings>,
): Promise<{ timeline: Timeline; coverage: ActivityCoverage; drifting: number }> {
  const rules = resolve(settings);
  const [timeline, group] = await Promise.all([loadTimeline(db, groupId, now), db.groups.get(groupId)]);
  const coverage = coverageFrom(groupId, timeline, group?.lastFeedReadAt, rules);
  const drifting = (await driftCandidates(db, groupId, timeline, rules)).length;
  return { timeline, coverage, drifting };
}

/** How many members are drifting (see `flaggedMembers`), on a timeline already loaded. */
export async function driftingCount(
  db: TendDatabase,
  groupId: string,
  timeline: Timeline,
  settings?: Partial<ActivitySettings>,
): Promise<number> {
  return (await driftCandidates(db, groupId, timeline, resolve(settings))).length;
}

// ---------- The panel's questions ----------

export type FlaggedKind = 'went-quiet' | 'never-active' | 'drifting';

export interface ActivityCounts {
  wentQuiet: number;
  neverActive: number;
  drifting: number;
}

const quietRange = (groupId: string, everActive: 0 | 1, cutoff: string) =>
  [
    [groupId, everActive, MIN_KEY, MIN_KEY],
    [groupId, everActive, cutoff, MIN_KEY],
  ] as const;

/** Members active once whose silence is between the drift minimum and the fixed threshold: the drift candidates. */
async function driftCandidates(
  db: TendDatabase,
  groupId: string,
  timeline: Timeline,
  settings: ActivitySettings,
): Promise<FlaggedMember[]> {
  const latest = silenceCutoff(timeline, settings.minDriftDays);
  if (latest === null) return [];
  const earliest = silenceCutoff(timeline, settings.quietDays);
  const rows = await db.members
    .where('[groupId+everActive+quietSince+memberId]')
    .between(
      [groupId, 1, earliest === null ? MIN_KEY : new Date(earliest).toISOString(), MIN_KEY],
      [groupId, 1, new Date(latest).toISOString(), MIN_KEY],
      true,
      false,
    )
    .toArray();
  // Filtered here rather than by a Dexie filter: reading the range whole is much faster than a cursor.
  return rows
    .filter((member) => member.activityCount >= settings.minActivities)
    .map((member) => ({ ...answerFor(member, timeline, settings), member }))
    .filter((answer) => answer.state === 'drifting')
    .sort(byUnusualness);
}

async function quietCandidates(
  db: TendDatabase,
  groupId: string,
  timeline: Timeline,
  settings: ActivitySettings,
  cutoff: string,
): Promise<FlaggedMember[]> {
  const [low, high] = quietRange(groupId, 1, cutoff);
  const rows = await db.members
    .where('[groupId+everActive+quietSince+memberId]')
    .between(low, high)
    .toArray();
  return rows
    .map((member) => ({ ...answerFor(member, timeline, settings), member }))
    .filter((answer) => answer.state === 'quiet');
}

/** How many members went quiet, were never seen active, or are drifting; null counts while Tend has not watched enough. */
export async function activityCounts(
  db: TendDatabase,
  groupId: string,
  now: Date,
  settings?: Partial<ActivitySettings>,
): Promise<{ coverage: ActivityCoverage; counts: ActivityCounts | null }> {
  const rules = resolve(settings);
  const [timeline, group] = await Promise.all([loadTimeline(db, groupId, now), db.groups.get(groupId)]);
  const coverage = coverageFrom(groupId, timeline, group?.lastFeedReadAt, rules);
  const drifting = (await driftCandidates(db, groupId, timeline, rules)).length;
  if (coverage.quietCutoff === null) return { coverage, counts: null };
  // Never active: the index range is the answer. Went quiet: the range holds every candidate; their own rhythm
  // decides (someone who posts every other month is not quiet after the threshold).
  const [low, high] = quietRange(groupId, 0, coverage.quietCutoff);
  const neverActive = await db.members
    .where('[groupId+everActive+quietSince+memberId]')
    .between(low, high)
    .count();
  const wentQuiet = (await quietCandidates(db, groupId, timeline, rules, coverage.quietCutoff)).length;
  return { coverage, counts: { wentQuiet, neverActive, drifting } };
}

export type Cursor = readonly (string | number)[];

export interface FlaggedPage {
  coverage: ActivityCoverage;
  members: FlaggedMember[];
  next: Cursor | null;
}

/**
 * One page of members who went quiet or were never seen active (longest watched silence first, through the
 * index), or every drifting member (most unusual first). Empty, with the coverage saying why, until Tend has
 * watched the fixed threshold's worth of days (drifting members may show before).
 */
export async function flaggedMembers(
  db: TendDatabase,
  groupId: string,
  now: Date,
  kind: FlaggedKind,
  options: { settings?: Partial<ActivitySettings>; limit?: number; after?: Cursor | null } = {},
): Promise<FlaggedPage> {
  const rules = resolve(options.settings);
  const [timeline, group] = await Promise.all([loadTimeline(db, groupId, now), db.groups.get(groupId)]);
  const coverage = coverageFrom(groupId, timeline, group?.lastFeedReadAt, rules);
  if (kind === 'drifting') {
    return { coverage, members: await driftCandidates(db, groupId, timeline, rules), next: null };
  }
  if (coverage.quietCutoff === null) return { coverage, members: [], next: null };
  const limit = Math.min(1_000, Math.max(1, options.limit ?? 100));
  const everActive = kind === 'went-quiet' ? 1 : 0;
  const [low, high] = quietRange(groupId, everActive, coverage.quietCutoff);
  const after = options.after ? [...options.after] : undefined;
  const rows = await db.members
    .where('[groupId+everActive+quietSince+memberId]')
    .between(after ?? low, high, after === undefined, false)
    .limit(limit)
    .toArray();
  const last = rows.at(-1);
  return {
    coverage,
    // The index range holds the candidates; the rules decide (their rhythm, or "new" lasting past the threshold).
    members: rows
      .map((member) => ({ ...answerFor(member, timeline, rules), member }))
      .filter((answer) => answer.state === (kind === 'went-quiet' ? 'quiet' : 'never-active')),
    next: rows.length === limit && last ? [groupId, last.everActive, last.quietSince, last.memberId] : null,
  };
}

export { DAY_MS };
