/**
 * How much of a group's activity Tend actually watched, day by day: pure arithmetic over what each feed reading
 * covered. A reading of the feed sees the posts from its oldest post's time up to the moment it was read; what it
 * read is also compared with the group's usual volume, so a reading that skipped most posts counts for little.
 *
 * Days are UTC calendar days ('YYYY-MM-DD'). A day's "seen share" is between 0 and 1: the part of the day the feed
 * readings covered, lowered when fewer posts and comments were read than the group usually has in that much time.
 * Comments have their own seen share, since the feed shows a post far more surely than the comments under it: the
 * posts' seen share times the comments Tend read per post read (on the feed and on the posts opened, pooled over
 * nearby days) against the comments the group's posts have, as the posts Tend opened showed them. Days Tend did not
 * watch have seen shares of 0, so they never count as days of silence.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** What Tend's feed readings covered on one day. */
export interface WatchDay {
  day: string;
  /** Covered intervals of that day, as flat pairs [from, to, from, to, ...] in ms, sorted and disjoint. */
  spans: readonly number[];
  /** New posts and comments read on feed pages whose time falls on that day. */
  items: number;
  /** New posts, and new comments read on feed and post pages, whose time falls on that day (absent in older logs). */
  posts?: number;
  comments?: number;
  /** Posts opened that day and the comments they showed. */
  threads?: number;
  threadComments?: number;
}

export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const dayStart = (day: string): number => Date.parse(`${day}T00:00:00.000Z`);

/** Adds [from, to] to sorted, disjoint flat spans, merging what overlaps or touches. */
export function addSpan(spans: readonly number[], from: number, to: number): number[] {
  const pairs: [number, number][] = [];
  for (let index = 0; index + 1 < spans.length; index += 2) pairs.push([spans[index]!, spans[index + 1]!]);
  pairs.push([from, to]);
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const pair of pairs) {
    const last = merged.at(-1);
    if (last && pair[0] <= last[1]) last[1] = Math.max(last[1], pair[1]);
    else merged.push([pair[0], pair[1]]);
  }
  return merged.flat();
}

/** [from, to] cut at day boundaries. */
export function splitByDay(from: number, to: number): { day: string; from: number; to: number }[] {
  const parts: { day: string; from: number; to: number }[] = [];
  let cursor = from;
  while (cursor <= to) {
    const day = dayOf(cursor);
    const end = Math.min(to, dayStart(day) + DAY_MS);
    parts.push({ day, from: cursor, to: end });
    if (end >= to) break;
    cursor = end;
  }
  return parts;
}

/**
 * The interval one feed reading covered: from the oldest post it showed (never later than the reading) to the
 * moment it was read. Without any dated post, the reading shows Tend looked that day but covered no time.
 */
export function readingSpan(readAt: number, postTimes: readonly number[]): [number, number] {
  const dated = postTimes.filter((time) => Number.isFinite(time) && time <= readAt);
  return [dated.length > 0 ? Math.min(...dated) : readAt, readAt];
}

const covered = (spans: readonly number[], from = -Infinity, to = Infinity): number => {
  let total = 0;
  for (let index = 0; index + 1 < spans.length; index += 2) {
    total += Math.max(0, Math.min(to, spans[index + 1]!) - Math.max(from, spans[index]!));
  }
  return total;
};

/** Days on either side of a day whose volume is pooled with it (one day alone is too noisy in a small group). */
const VOLUME_POOL_DAYS = 3;
/**
 * A stretch read with at least this share of the usual volume counts in full: groups are busier some weeks than
 * others, and one member going quiet must not make the days of their silence look less watched.
 */
const VOLUME_TOLERANCE = 0.75;

/** Coverage of every day from the first watched one to today, with suffix sums for fast window questions. */
export interface Timeline {
  /** The first day with any watching, or null when the feed was never read. */
  firstDay: string | null;
  /** Its first moment (ms): members' questions ask it many times. */
  firstDayStart: number | null;
  now: number;
  /** Per day from `firstDay` to today: the part of the day covered (0..1) and its seen share (0..1). */
  covered: number[];
  seen: number[];
  /** Whether a feed reading happened (covered any time) that day. */
  read: boolean[];
  /** `suffix[k]` = sum of `seen` from day k to today; one more entry (0) past today. */
  suffix: number[];
  /** The comments' seen share per day (0..1, never above `covered`), and its suffix sums. */
  commentSeen: number[];
  commentSuffix: number[];
  /** Posts and comments the group usually has per fully watched day (what Tend read over the time it covered). */
  usualPerDay: number | null;
}

const suffixOf = (values: readonly number[]): number[] => {
  const suffix = Array<number>(values.length + 1).fill(0);
  for (let index = values.length - 1; index >= 0; index -= 1)
    suffix[index] = suffix[index + 1]! + values[index]!;
  return suffix;
};

/**
 * Each day's covered share lowered by how much was read against `usual` per covered day, pooled over nearby days.
 * Null `usual` (nothing of that kind ever read) leaves nothing seen.
 */
function seenShares(
  coveredShare: readonly number[],
  counts: readonly number[],
  usual: number | null,
): number[] {
  return coveredShare.map((share, index) => {
    if (share === 0 || usual === null) return 0;
    let poolCount = 0;
    let poolCovered = 0;
    for (let other = index - VOLUME_POOL_DAYS; other <= index + VOLUME_POOL_DAYS; other += 1) {
      if (other < 0 || other >= counts.length) continue;
      poolCount += counts[other]!;
      poolCovered += coveredShare[other]!;
    }
    return share * Math.min(1, poolCount / (VOLUME_TOLERANCE * usual * poolCovered));
  });
}

/** Comments read per post read around a day, against the comments per post the opened posts showed (0..1). */
function commentsReadShare(
  posts: readonly number[],
  comments: readonly number[],
  index: number,
  commentsPerPost: number,
): number {
  let poolPosts = 0;
  let poolComments = 0;
  for (let other = index - VOLUME_POOL_DAYS; other <= index + VOLUME_POOL_DAYS; other += 1) {
    if (other < 0 || other >= posts.length) continue;
    poolPosts += posts[other]!;
    poolComments += comments[other]!;
  }
  if (poolPosts === 0 || commentsPerPost === 0) return 1;
  return Math.min(1, poolComments / (poolPosts * commentsPerPost));
}

/** What was read per fully covered day, over the whole timeline; null when nothing was. */
function usualPer(coveredShare: readonly number[], counts: readonly number[]): number | null {
  const totalCovered = coveredShare.reduce((sum, share) => sum + share, 0);
  const total = counts.reduce((sum, n) => sum + n, 0);
  return totalCovered > 0 && total > 0 ? total / totalCovered : null;
}

export function buildTimeline(days: readonly WatchDay[], now: number): Timeline {
  const sorted = [...days]
    .filter((day) => dayStart(day.day) <= now)
    .sort((a, b) => a.day.localeCompare(b.day));
  // Comments read on an opened post before the feed was ever read do not start the watching.
  const firstDay = sorted.find((day) => day.spans.length > 0)?.day ?? null;
  if (firstDay === null) {
    const none = [0];
    return {
      firstDay,
      firstDayStart: null,
      now,
      covered: [],
      seen: [],
      read: [],
      suffix: none,
      commentSeen: [],
      commentSuffix: none,
      usualPerDay: null,
    };
  }
  const count = Math.floor((dayStart(dayOf(now)) - dayStart(firstDay)) / DAY_MS) + 1;
  const coveredShare = Array<number>(count).fill(0);
  const items = Array<number>(count).fill(0);
  const posts = Array<number>(count).fill(0);
  const comments = Array<number>(count).fill(0);
  let threads = 0;
  let threadComments = 0;
  // Without the posts and comments read apart (older logs), comments count as well seen as posts.
  let counted = true;
  const read = Array<boolean>(count).fill(false);
  for (const day of sorted) {
    const index = Math.round((dayStart(day.day) - dayStart(firstDay)) / DAY_MS);
    if (index < 0) continue;
    coveredShare[index] = Math.min(1, covered(day.spans, -Infinity, now) / DAY_MS);
    items[index] = day.items;
    threads += day.threads ?? 0;
    threadComments += day.threadComments ?? 0;
    if (day.spans.length > 0 && (day.posts === undefined || day.comments === undefined)) counted = false;
    posts[index] = day.posts ?? day.items;
    comments[index] = day.comments ?? 0;
    read[index] = day.spans.length > 0;
  }
  const usualPerDay = usualPer(coveredShare, items);
  const seen = seenShares(coveredShare, items, usualPerDay);
  const commentsPerPost = counted && threads > 0 ? threadComments / threads : null;
  const commentSeen = seen.map((share, index) =>
    commentsPerPost === null ? share : share * commentsReadShare(posts, comments, index, commentsPerPost),
  );
  return {
    firstDay,
    firstDayStart: dayStart(firstDay),
    now,
    covered: coveredShare,
    seen,
    read,
    suffix: suffixOf(seen),
    commentSeen,
    commentSuffix: suffixOf(commentSeen),
    usualPerDay,
  };
}

/**
 * `dayStart(dayOf(ms))` by arithmetic: the rules ask it several times per member, and going through the text took
 * most of their time. A Date drops the fraction of a millisecond; a time a Date cannot hold still goes through it.
 */
const startOfDayOf = (ms: number): number => {
  if (!Number.isFinite(ms)) return dayStart(dayOf(ms));
  const time = Math.trunc(ms);
  return time - (((time % DAY_MS) + DAY_MS) % DAY_MS);
};

const indexOfDay = (timeline: Timeline, ms: number): number =>
  timeline.firstDayStart === null ? 0 : Math.floor((startOfDayOf(ms) - timeline.firstDayStart) / DAY_MS);

/**
 * Watched days of silence since `since`: the seen shares of the whole days after it (its own day is left out, so
 * a partly watched day never counts against anyone). Days Tend did not watch add nothing. `postShare` is the
 * member's own mix (the share of posts among their posts and comments seen): each day counts as much as Tend read
 * of the kind of activity they do, posts at the posts' seen share, comments at the comments'.
 */
export function watchedDaysSince(timeline: Timeline, since: number, postShare = 1): number {
  if (timeline.firstDay === null) return 0;
  const next = Math.max(0, indexOfDay(timeline, since) + 1);
  if (next >= timeline.suffix.length) return 0;
  const share = Math.min(1, Math.max(0, postShare));
  return share * timeline.suffix[next]! + (1 - share) * timeline.commentSuffix[next]!;
}

/**
 * The moment before which a silence start gives at least `days` watched days: anyone quiet since before it is
 * quiet for `days` or more. Null when Tend never watched that much. Monotone, so one index range answers it.
 */
export function silenceCutoff(timeline: Timeline, days: number): number | null {
  if (timeline.firstDay === null || timeline.suffix[0]! < days) return null;
  // Latest day k with suffix[k + 1] >= days: silences starting on day k or before qualify.
  let k = timeline.suffix.length - 2;
  while (k >= 0 && timeline.suffix[k + 1]! < days) k -= 1;
  if (k < 0) return dayStart(timeline.firstDay);
  return dayStart(timeline.firstDay) + (k + 1) * DAY_MS;
}

/** What Tend watched over the last `windowDays` days, in the terms the panel states in words. */
export interface WindowCoverage {
  windowDays: number;
  /** Days on which a feed reading covered some time. */
  daysRead: number;
  /** Sum of the days' seen shares: how many full days of the group's activity Tend read. */
  watchedDays: number;
  /** Share of the group's posts and comments Tend read over the window (0..1). */
  postsShare: number;
}

export function windowCoverage(timeline: Timeline, windowDays: number): WindowCoverage {
  const today = indexOfDay(timeline, timeline.now);
  let daysRead = 0;
  let watchedDays = 0;
  for (let offset = 0; offset < windowDays; offset += 1) {
    const index = today - offset;
    if (timeline.firstDay === null || index < 0 || index >= timeline.seen.length) continue;
    if (timeline.read[index]) daysRead += 1;
    watchedDays += timeline.seen[index]!;
  }
  return { windowDays, daysRead, watchedDays, postsShare: windowDays > 0 ? watchedDays / windowDays : 0 };
}
