/**
 * Would Tend have seen the member by now? Sightings are counted against the observing Tend did, channel by channel:
 * posts against the feed's watched days (coverage.ts `seen`), comments against the comments' watched days
 * (`commentSeen`: the feed's few comments and the threads Tend opened). A member who keeps their pace is a Poisson
 * process on that observation effort, so, given the k posts (or comments) Tend saw of them over the effort T it
 * spent since it began to follow them, each sighting falls in the last W of that effort with chance W / T, and the
 * chance that none fell there although they kept their pace is (1 - W / T)^k: the exact test of "their pace did
 * not change", with no rate to guess. Both channels must miss, so their chances multiply.
 *
 * A member whose activity Tend rarely sees (comments on threads it never opened) has few sightings over much
 * effort, so their silence stays probable and they are "not enough seen yet", never quiet.
 */
import { watchedDaysSince, type Timeline } from './coverage';

/** Observation effort, in days' worth of each kind of activity Tend read. */
export interface Effort {
  posts: number;
  comments: number;
}

/** The effort Tend spent after `since`'s day (its own day left out, as for watched days of silence). */
export function effortSince(timeline: Timeline, since: number): Effort {
  return { posts: watchedDaysSince(timeline, since, 1), comments: watchedDaysSince(timeline, since, 0) };
}

export interface SightingOdds {
  /** Sightings expected in the silence at the member's own pace over the whole effort (posts and comments). */
  expected: number;
  /** The chance Tend would have seen none of them in the silence, had the member kept their pace (0..1). */
  missChance: number;
}

/** The chance that all `seen` sightings fell before the last `silent` of the `followed` effort. */
const channelMiss = (seen: number, silent: number, followed: number) =>
  seen === 0 || followed <= 0 ? 1 : Math.pow(Math.max(0, 1 - Math.min(1, silent / followed)), seen);

const channelExpected = (seen: number, silent: number, followed: number) =>
  followed <= 0 ? 0 : (seen * Math.min(silent, followed)) / followed;

/**
 * The odds of the member's silence: `seen` posts and comments over the `followed` effort (from when Tend began to
 * follow them until now), of which `silent` came after their last activity.
 */
export function sightingOdds(seen: Effort, followed: Effort, silent: Effort): SightingOdds {
  return {
    expected:
      channelExpected(seen.posts, silent.posts, followed.posts) +
      channelExpected(seen.comments, silent.comments, followed.comments),
    missChance:
      channelMiss(seen.posts, silent.posts, followed.posts) *
      channelMiss(seen.comments, silent.comments, followed.comments),
  };
}
