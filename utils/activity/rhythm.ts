/**
 * Each member's state from their own rhythm and from what Tend watched (see coverage.ts): pure rules over plain data.
 *
 * - new: joined within `newMemberDays`.
 * - quiet: seen active at least `minSightings` times, then silent for at least the fixed threshold, counted in
 *   watched days only, and for at least `quietFactor` times their own usual gap (someone who posts every other
 *   month is not quiet after 30 days). A member seen fewer times is "not enough seen yet" instead (`notEnoughSeen`,
 *   state active): a rate known from one or two sightings cannot tell a departure from a long gap.
 * - drifting: a regular (at least `minActivities` posts and comments seen) whose watched silence is already
 *   `driftFactor` times their own usual gap (and at least `minDriftDays`), before the fixed threshold.
 * - never-active: never seen posting or commenting over at least the fixed threshold of watched days.
 * - active: everyone else, including anyone Tend has not watched long enough to say more about.
 *
 * Quiet and drifting also need the silence to be improbable for someone who kept their pace, given the observing
 * Tend actually did (expectation.ts: the chance it missed them all, under `DEFAULT_MISS_CHANCE`). Past the
 * threshold without it, a silence that is long for them is "not enough seen yet": Tend watched too little of their
 * kind of activity (the threads they comment on, say) to tell.
 *
 * A usual gap is measured in watched days too: the watched time Tend followed the member until their last
 * activity, per activity seen, never less than half the fixed threshold per activity over the whole (one post
 * seen says little of a rhythm). Both sides count only what Tend could see, so a member whose comments Tend rarely
 * sees has a long usual gap rather than a false silence.
 *
 * Every watched day counts by the member's own mix of posts and comments seen (coverage.ts `watchedDaysSince`): a
 * day on which Tend read the posts but few comments adds little to the silence of someone who mostly comments.
 */
import { z } from 'zod';
import { DAY_MS, watchedDaysSince, type Timeline } from './coverage';
import { effortSince, sightingOdds, type SightingOdds } from './expectation';

export const ActivityState = z.enum(['new', 'active', 'drifting', 'quiet', 'never-active']);
export type ActivityState = z.infer<typeof ActivityState>;

/** The thresholds of the rules; `quietDays` is the fixed threshold (the `inactivityDays` setting). */
export const RhythmSettings = z.strictObject({
  /** Joined this recently: "new", whatever else. */
  newMemberDays: z.number().int().min(0).max(365),
  /** Drifting once the watched silence reaches this many times the member's usual gap. */
  driftFactor: z.number().int().min(2).max(20),
  /** Quiet only once the watched silence is also this many times the member's usual gap. */
  quietFactor: z.number().int().min(1).max(20),
  /** Posts and comments Tend must have seen before it speaks of a member's rhythm. */
  minActivities: z.number().int().min(2).max(1_000),
  /** Never drifting before this many watched days of silence. */
  minDriftDays: z.number().int().min(1).max(365),
  /** Posts and comments Tend must have seen before it calls a member quiet ("not enough seen yet" below). */
  minSightings: z.number().int().min(1).max(1_000),
});
export type RhythmSettings = z.infer<typeof RhythmSettings>;
export const defaultRhythmSettings: RhythmSettings = {
  newMemberDays: 14,
  // Tuned on simulated groups (test/unit/simulation and others, checked on groups not tuned on): Tend sees every
  // post on the days it watched but only some comments, so a silence must be long for the member before it is
  // taken as one, and a member seen once or twice is not called quiet at all.
  driftFactor: 12,
  quietFactor: 5,
  minActivities: 4,
  minDriftDays: 7,
  minSightings: 3,
};

/**
 * How improbable a silence must be before Tend calls it quiet or drifting: the chance that Tend merely missed the
 * member (expectation.ts `missChance`: none of their posts and comments seen in it, had they kept their pace over
 * the observing Tend actually did) must be under 3%, the share of false answers the panel may give (precision
 * 97%). Not in the panel's settings yet; the rules take `missChance` to override it.
 */
export const DEFAULT_MISS_CHANCE = 0.03;

/** The usual gap is never less than this share of the fixed threshold per activity seen. */
const GAP_FLOOR_SHARE = 0.5;

/** What the rules need to know of a member (fields of a stored member row). */
export interface MemberActivityFacts {
  lastActiveAt?: string;
  /** The last activity, else the latest possible join, else when first seen. */
  quietSince: string;
  activityCount: number;
  /** Posts and comments seen (their mix weighs each watched day); without them, counted as posts. */
  postCount?: number;
  commentCount?: number;
  joinedAfter?: string;
  joinMiddle?: string;
}

export interface MemberActivityAnswer {
  state: ActivityState;
  /** Watched days of silence, for members called quiet, drifting or never active; null otherwise. */
  quietForDays: number | null;
  /** Watched days since `quietSince` (the last activity, else the join), whatever the state. */
  silentWatchedDays: number;
  /** Watched days between two of their posts or comments, once Tend has seen enough of them. */
  usualGapDays: number | null;
  /** How unusual the silence is: watched silence over their usual gap (over the fixed threshold without one). */
  unusualness: number;
  /** Silent for the fixed threshold, but seen too few times to be called quiet: "not enough seen yet". */
  notEnoughSeen: boolean;
  /** Sightings Tend would have expected in the silence at the member's own pace (expectation.ts); null unseen. */
  expectedSightings: number | null;
  /** The chance Tend would have seen none of them had the member kept their pace (0..1); null unseen. */
  missChance: number | null;
}

/** The share of posts among the member's posts and comments seen; 1 when Tend saw neither. */
export function postShareOf(facts: Pick<MemberActivityFacts, 'postCount' | 'commentCount'>): number {
  const posts = facts.postCount ?? 0;
  const comments = facts.commentCount ?? 0;
  return posts + comments > 0 ? posts / (posts + comments) : 1;
}

/** Watched days from `from` (exclusive of its day) through `to`'s day, by the member's mix. */
const watchedBetween = (timeline: Timeline, from: number, to: number, postShare: number) =>
  Math.max(0, watchedDaysSince(timeline, from, postShare) - watchedDaysSince(timeline, to, postShare));

/** The member's usual gap in watched days (see above); null when Tend never saw them active or never watched. */
export function usualGapDays(
  facts: MemberActivityFacts,
  timeline: Timeline,
  settings: { quietDays: number },
): number | null {
  if (facts.lastActiveAt === undefined || facts.activityCount === 0 || timeline.firstDay === null)
    return null;
  const from = followedFrom(facts, timeline);
  const to = Date.parse(facts.lastActiveAt);
  const followedFor = watchedBetween(timeline, from, to, postShareOf(facts));
  // The floor in the same days' worth: the fixed threshold scaled by how much of their kind Tend read meanwhile.
  const feedDays = watchedBetween(timeline, from, to, 1);
  const readShare = feedDays > 0 ? followedFor / feedDays : 1;
  return Math.max(followedFor, GAP_FLOOR_SHARE * settings.quietDays * readShare) / facts.activityCount;
}

/** The odds of the member's silence since `since` (expectation.ts), from when Tend began to follow them. */
export function oddsOf(facts: MemberActivityFacts, timeline: Timeline, since: number): SightingOdds {
  const from = followedFrom(facts, timeline);
  const seen = { posts: facts.postCount ?? facts.activityCount, comments: facts.commentCount ?? 0 };
  return sightingOdds(seen, effortSince(timeline, from), effortSince(timeline, since));
}

/** Since when Tend followed the member: its first watched day, or their join if later. */
function followedFrom(facts: MemberActivityFacts, timeline: Timeline): number {
  const watchStart = timeline.firstDayStart === null ? Infinity : timeline.firstDayStart - DAY_MS;
  const joined = facts.joinedAfter === undefined ? -Infinity : Date.parse(facts.joinedAfter);
  return Math.max(watchStart, joined);
}

export function classifyMember(
  facts: MemberActivityFacts,
  timeline: Timeline,
  settings: RhythmSettings & { quietDays: number; missChance?: number },
): MemberActivityAnswer {
  const since = Date.parse(facts.quietSince);
  // The feed's watched days (the words' "quiet for N days", the fixed threshold) and the days' worth of the member's
  // own kind of activity Tend read (their rhythm: would Tend have seen them by now).
  const silent = watchedDaysSince(timeline, since);
  const seenSilent = watchedDaysSince(timeline, since, postShareOf(facts));
  const gap = usualGapDays(facts, timeline, settings);
  const unusualness = gap !== null ? seenSilent / gap : silent / settings.quietDays;
  const odds = gap === null ? null : oddsOf(facts, timeline, since);
  const answer = (state: ActivityState, notEnoughSeen = false): MemberActivityAnswer => ({
    state,
    quietForDays:
      state === 'quiet' || state === 'drifting' || state === 'never-active' ? Math.floor(silent) : null,
    silentWatchedDays: silent,
    usualGapDays: gap,
    unusualness,
    notEnoughSeen,
    expectedSightings: odds?.expected ?? null,
    missChance: odds?.missChance ?? null,
  });
  const joinedAt = facts.joinMiddle ?? facts.joinedAfter;
  if (joinedAt !== undefined && timeline.now - Date.parse(joinedAt) < settings.newMemberDays * DAY_MS) {
    return answer('new');
  }
  if (facts.lastActiveAt === undefined || gap === null) {
    return answer(silent >= settings.quietDays ? 'never-active' : 'active');
  }
  if (odds === null) return answer('active');
  const improbable = odds.missChance < (settings.missChance ?? DEFAULT_MISS_CHANCE);
  if (silent >= settings.quietDays) {
    const seenEnough = facts.activityCount >= settings.minSightings;
    const longEnough = seenSilent >= settings.quietFactor * gap;
    if (seenEnough && longEnough && improbable) return answer('quiet');
    // Long for them, but Tend saw or watched too little of them to tell: "not enough seen yet".
    return answer('active', !seenEnough || longEnough);
  }
  // Never drifting while seen too little to be called quiet later.
  const regular = facts.activityCount >= Math.max(settings.minActivities, settings.minSightings);
  if (
    regular &&
    silent < settings.quietDays &&
    silent >= settings.minDriftDays &&
    seenSilent >= settings.driftFactor * gap &&
    improbable
  ) {
    return answer('drifting');
  }
  return answer('active');
}

/** Most unusual silence first; ties by longer watched silence. */
export function byUnusualness<T extends { unusualness: number; silentWatchedDays: number }>(
  a: T,
  b: T,
): number {
  return b.unusualness - a.unusualness || b.silentWatchedDays - a.silentWatchedDays;
}
