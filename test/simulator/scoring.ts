/**
 * Scores Tend's "who went quiet" answers against what really happened, with coverage worked out from the browsing
 * itself (never from Tend's own arithmetic):
 *
 * - What the admin watched: a feed reading shows every post from its oldest post (at that post's true time) up to
 *   the moment it was read, since the feed lists posts newest first and the admin scrolled continuously. The union
 *   of those spans is the time Tend could have seen a post in; a day counts for the part of it inside the union.
 * - Precision: a member called quiet or drifting for N days (`quietForDays`; N at most the fixed threshold) truly
 *   had no post or comment in the last N calendar days before the answer. Watched days are never more than calendar
 *   days, so this is the least the words "quiet for N days" claim; a silence Tend overstates beyond the threshold
 *   (it missed the last comments of someone who did leave) is not a false "went quiet".
 * - Unwatched days: a member's watched days of silence (`quietForDays`) never exceed, by more than a day, the days
 *   the feed readings really covered since `quietSince`.
 * - Recall: a member who truly stopped is "visible" when (1) the feed readings covered the fixed threshold's worth of
 *   days after their last real activity by some instant t, and (2) at the pace Tend was shown their posts and
 *   comments before they stopped (items shown over the watched days from their join or the first reading to their
 *   last activity, or over the threshold if that is longer), Tend would have expected to be shown at least `EXPECTED_SEEN` of them in that many watched days:
 *   someone Tend saw once in two months is not visibly absent after one. A visible stop must be called quiet or
 *   drifting by the last answer given at most 14 days after t (answers are at most a week apart).
 */
import type { BrowsingLine, TruthLine } from './lines';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Items Tend should have expected to be shown in a threshold's worth of watching, for an absence to be visible: at
 * that pace a silence that long has about a 5% chance (e^-3). Reviewed on 2026-12-04 and kept: counting shown
 * items as independent sightings instead (distinct threads or days) removes few visible stops (56 to 51 or 49 on
 * ten simulated groups) and moves no rule's precision-recall balance, so raw items are not what misleads.
 */
export const EXPECTED_SEEN = 3;
const iso = (ms: number) => new Date(ms).toISOString();

export interface Answer {
  memberId: string;
  state: string;
  quietForDays: number | null;
  quietSince: string;
}

/** The answers Tend gave at one instant. */
export interface Checkpoint {
  at: Date;
  members: readonly Answer[];
}

export interface Truth {
  /** Every member's posts and comments, in time order (ms). */
  activity: Map<string, number[]>;
  /** Members who stopped: the instant and their last real activity (ms). */
  stopped: Map<string, { at: number; lastActiveAt: number | undefined }>;
  /** When each post and comment was written, by its id (post ids and comment ids do not collide). */
  itemTimes: Map<string, number>;
  joinedAt: Map<string, number>;
}

export function truthOf(lines: Iterable<TruthLine>): Truth {
  const truth: Truth = {
    activity: new Map(),
    stopped: new Map(),
    itemTimes: new Map(),
    joinedAt: new Map(),
  };
  for (const line of lines) {
    const at = Date.parse(line.at);
    if (line.type === 'post' || line.type === 'comment') {
      const times = truth.activity.get(line.memberId) ?? [];
      times.push(at);
      truth.activity.set(line.memberId, times);
      truth.itemTimes.set(line.type === 'post' ? line.postId : line.commentId, at);
    } else if (line.type === 'join') {
      truth.joinedAt.set(line.memberId, at);
    } else if (line.type === 'stopped') {
      const lastActiveAt = line.lastActiveAt === undefined ? undefined : Date.parse(line.lastActiveAt);
      truth.stopped.set(line.memberId, { at, lastActiveAt });
    }
  }
  for (const times of truth.activity.values()) times.sort((a, b) => a - b);
  return truth;
}

/** The time the admin's feed readings really covered, as sorted disjoint [from, to] spans. */
export class WatchedTime {
  private readonly spans: [number, number][] = [];
  /** Each member's posts and comments Tend was shown: item id → when it was written. */
  readonly shown = new Map<string, Map<string, number>>();

  constructor(browsing: Iterable<BrowsingLine>, truth: Truth) {
    const raw: [number, number][] = [];
    for (const line of browsing) {
      for (const sighting of line.sightings) {
        if ((sighting.kind !== 'post' && sighting.kind !== 'comment') || !sighting.itemId) continue;
        const items = this.shown.get(sighting.memberId) ?? new Map<string, number>();
        items.set(sighting.itemId, truth.itemTimes.get(sighting.itemId) ?? Date.parse(line.readAt));
        this.shown.set(sighting.memberId, items);
      }
      if (line.page.kind !== 'group-feed') continue;
      const readAt = Date.parse(line.readAt);
      const times = line.sightings
        .filter((sighting) => sighting.kind === 'post' && sighting.itemId !== undefined)
        .map((sighting) => truth.itemTimes.get(sighting.itemId!) ?? readAt);
      raw.push([Math.min(readAt, ...times), readAt]);
    }
    raw.sort((a, b) => a[0] - b[0]);
    for (const span of raw) {
      const last = this.spans.at(-1);
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else this.spans.push([...span]);
    }
  }

  /** When the first feed reading began to cover time. */
  get start(): number {
    return this.spans[0]?.[0] ?? Infinity;
  }

  /** Days of (from, to] the feed readings covered. */
  days(from: number, to: number): number {
    let total = 0;
    for (const [start, end] of this.spans) total += Math.max(0, Math.min(to, end) - Math.max(from, start));
    return total / DAY_MS;
  }

  /** The first instant by which (from, t] holds `days` watched days; null if it never does before `limit`. */
  reaches(from: number, days: number, limit: number): number | null {
    let needed = days * DAY_MS;
    for (const [start, end] of this.spans) {
      const begin = Math.max(from, start);
      if (end <= begin) continue;
      if (end - begin >= needed) return begin + needed <= limit ? begin + needed : null;
      needed -= end - begin;
    }
    return null;
  }
}

export interface Score {
  /** Answers calling someone quiet or drifting, over every checkpoint. */
  flagged: number;
  /** Of those, the ones that truly had no post or comment since `quietSince`. */
  trulySilent: number;
  /** Flagged answers whose watched days exceed (by more than a day) what the feed readings covered. */
  countedUnwatched: number;
  /** Stopped members whose absence Tend could see, and those flagged in time. */
  visibleStops: number;
  flaggedInTime: number;
  /** A few cases of each kind of miss, to read when a figure is off. */
  examples: { flaggedButActive: string[]; countedUnwatched: string[]; stopNotFlagged: string[] };
}

const FLAGGED = new Set(['quiet', 'drifting']);

export function score(
  checkpoints: readonly Checkpoint[],
  truth: Truth,
  watched: WatchedTime,
  quietDays: number,
): Score {
  const result: Score = {
    flagged: 0,
    trulySilent: 0,
    countedUnwatched: 0,
    visibleStops: 0,
    flaggedInTime: 0,
    examples: { flaggedButActive: [], countedUnwatched: [], stopNotFlagged: [] },
  };
  const note = (kind: keyof Score['examples'], text: string) => {
    if (result.examples[kind].length < 5) result.examples[kind].push(text);
  };
  for (const checkpoint of checkpoints) {
    const at = checkpoint.at.getTime();
    for (const answer of checkpoint.members) {
      if (!FLAGGED.has(answer.state)) continue;
      result.flagged += 1;
      const claimed = Math.min(answer.quietForDays ?? quietDays, quietDays);
      const from = at - claimed * DAY_MS;
      const active = (truth.activity.get(answer.memberId) ?? []).find((time) => time > from && time <= at);
      if (active === undefined) result.trulySilent += 1;
      else
        note(
          'flaggedButActive',
          `${checkpoint.at.toISOString()} ${answer.memberId} ${answer.state} ${claimed} d, active ${iso(active)}`,
        );
      const since = Date.parse(answer.quietSince);
      const covered = watched.days(since, at);
      if ((answer.quietForDays ?? 0) > covered + 1) {
        result.countedUnwatched += 1;
        note(
          'countedUnwatched',
          `${checkpoint.at.toISOString()} ${answer.memberId} quiet ${answer.quietForDays} d, watched ${covered.toFixed(1)} d`,
        );
      }
    }
  }
  const last = checkpoints.at(-1)?.at.getTime() ?? 0;
  for (const [memberId, stop] of truth.stopped) {
    if (stop.lastActiveAt === undefined) continue;
    const lastActiveAt = stop.lastActiveAt;
    const shown = [...(watched.shown.get(memberId)?.values() ?? [])].filter((time) => time <= lastActiveAt);
    const followedFrom = Math.max(watched.start, truth.joinedAt.get(memberId) ?? -Infinity);
    // A pace needs time to be known: measured over at least a threshold's worth of watched days.
    const followedDays = Math.max(quietDays, watched.days(followedFrom, lastActiveAt));
    if ((shown.length / followedDays) * quietDays < EXPECTED_SEEN) continue;
    const due = watched.reaches(stop.lastActiveAt, quietDays, last - 14 * DAY_MS);
    if (due === null) continue;
    result.visibleStops += 1;
    // The last answer given within 14 days of the threshold being reached (answers are a week apart or closer).
    const answer = [...checkpoints]
      .reverse()
      .find((checkpoint) => checkpoint.at.getTime() <= due + 14 * DAY_MS);
    const state = answer?.members.find((member) => member.memberId === memberId)?.state;
    if (answer && answer.at.getTime() >= due && state && FLAGGED.has(state)) result.flaggedInTime += 1;
    else
      note(
        'stopNotFlagged',
        `${memberId} last active ${iso(stop.lastActiveAt)}, ${quietDays} watched days by ${iso(due)}, ` +
          `${state ?? 'not listed'} at ${answer ? answer.at.toISOString() : 'no answer'}`,
      );
  }
  return result;
}
