/**
 * The admin's browsing: when they open Facebook (by pattern, with an optional holiday), how far they scroll the
 * feed, which posts they open, when they look at the members list. Each page read becomes one `BrowsingLine`:
 * what Tend's page reader returns for that page, with the time read and the address.
 */
import { readJoinLine, readPostTime } from '@/utils/facebook';
import type { Sighting } from '@/utils/facebook/reading';
import { HOUR_MS, MINUTE_MS, isWeekend, timeInDay, weekdayOf } from './calendar';
import type { GroupActivity, SimComment, SimPost } from './events';
import type { SimMember } from './group';
import type { BrowsingLine } from './lines';
import type { Random } from './random';
import { commentTimeLabel, joinLine, postTimeLabel } from './wording';

export const BROWSING_PATTERNS = ['daily', 'weekdays', 'weekends', 'sporadic'] as const;
export type BrowsingPattern = (typeof BROWSING_PATTERNS)[number];

export interface BrowsingOptions {
  pattern: BrowsingPattern;
  /** No browsing at all in [from, to). */
  holiday?: { from: number; to: number };
  groupId: string;
  timeZone: string;
}

/** When the admin opens Facebook: mornings, lunch and evenings. */
const ADMIN_BY_HOUR = [0, 0, 0, 0, 0, 0, 0.3, 1.5, 2.5, 1.5, 1, 1, 2, 2, 1, 1, 1, 1.2, 2, 3, 3.5, 3, 2, 0.6];
/** The content script sends at most this many sightings per message. */
const MAX_BATCH = 1_000;
/** Comments an opened post shows before "View more comments" (the admin expands some). */
const COMMENTS_SHOWN_MEDIAN = 40;

export class AdminBrowsing {
  private lastFeedReadAt: number | undefined;
  private nextSporadicDay = 0;

  constructor(
    private readonly random: Random,
    private readonly options: BrowsingOptions,
    /** Oldest member first (the order `createMembers` gives). */
    private readonly members: readonly SimMember[],
  ) {}

  /** The instants the admin looks at the group during a local day (none on a holiday). */
  sessions(day: number, dayStart: number): number[] {
    const weekday = weekdayOf(dayStart + 12 * HOUR_MS, this.options.timeZone);
    if (!this.visits(day, weekday)) return [];
    const count = Math.min(4, 1 + this.random.poisson(0.7));
    const holiday = this.options.holiday;
    return Array.from({ length: count }, () => timeInDay(this.random, dayStart, ADMIN_BY_HOUR))
      .filter((at) => !holiday || at < holiday.from || at >= holiday.to)
      .sort((a, b) => a - b);
  }

  private visits(day: number, weekday: number): boolean {
    switch (this.options.pattern) {
      case 'daily':
        return this.random.chance(0.92);
      case 'weekdays':
        return this.random.chance(isWeekend(weekday) ? 0.05 : 0.9);
      case 'weekends':
        return this.random.chance(isWeekend(weekday) ? 0.9 : 0.04);
      case 'sporadic': {
        if (day < this.nextSporadicDay) return false;
        // Irregular gaps: one to about ten days, three and a half on average.
        this.nextSporadicDay = day + 1 + Math.floor(this.random.exponential(2.5));
        return true;
      }
    }
  }

  /** Every page read in one session at `at`: the feed, a few posts opened, sometimes the members list. */
  session(at: number, activity: GroupActivity): BrowsingLine[] {
    const shown = this.feedPosts(at, activity);
    const lines = this.feedLines(at, shown);
    let readAt = at;
    for (const post of this.postsToOpen(shown)) {
      readAt += MINUTE_MS + Math.floor(this.random.exponential(2 * MINUTE_MS));
      lines.push(this.postLine(readAt, post));
    }
    const membersChance = { daily: 0.08, weekdays: 0.1, weekends: 0.25, sporadic: 0.3 }[this.options.pattern];
    if (this.random.chance(membersChance)) lines.push(...this.membersLines(readAt + MINUTE_MS));
    return lines;
  }

  /**
   * The feed, newest posts first, as far as the admin scrolls: until what they read last time (with an hour of
   * overlap) or further now and then, but never more posts than their patience for this session allows.
   */
  private feedPosts(at: number, activity: GroupActivity): SimPost[] {
    const patience = Math.round(Math.min(400, Math.max(5, this.random.logNormal(30, 0.7))));
    const deep = this.lastFeedReadAt === undefined || this.random.chance(0.1);
    const reachBack = deep
      ? at - this.random.logNormal(36, 0.8) * HOUR_MS
      : Math.min(this.lastFeedReadAt! - HOUR_MS, at - 2 * HOUR_MS);
    this.lastFeedReadAt = at;
    const shown: SimPost[] = [];
    for (let index = activity.countUpTo(at) - 1; index >= 0 && shown.length < patience; index -= 1) {
      const post = activity.posts[index]!;
      if (shown.length >= 5 && post.at < reachBack) break;
      shown.push(post);
    }
    return shown;
  }

  private feedLines(at: number, shown: readonly SimPost[]): BrowsingLine[] {
    const sightings: Sighting[] = [];
    for (const post of shown) {
      sightings.push(this.postSighting(post, at));
      // The feed shows one comment under a post that has some ("most relevant"; here the first).
      const first = post.comments[0];
      if (first && first.at <= at) sightings.push(this.commentSighting(first, at));
    }
    const url = `https://www.facebook.com/groups/${this.options.groupId}/?sorting_setting=CHRONOLOGICAL`;
    return batches(sightings).map((part) => this.line(at, url, 'group-feed', part));
  }

  /**
   * Posts opened from the feed: each with a chance that grows with its comments (a fifth of quiet posts, most of
   * the lively ones), as a moderator reading the threads would.
   */
  private postsToOpen(shown: readonly SimPost[]): SimPost[] {
    return shown.filter((post) => {
      const comments = post.comments.length;
      return this.random.chance(0.2 + (0.6 * comments) / (comments + 5));
    });
  }

  private postLine(at: number, post: SimPost): BrowsingLine {
    const limit = Math.max(5, Math.round(this.random.logNormal(COMMENTS_SHOWN_MEDIAN, 0.5)));
    const comments = post.comments.filter((comment) => comment.at <= at).slice(0, limit);
    const sightings = [
      this.postSighting(post, at),
      ...comments.map((comment) => this.commentSighting(comment, at)),
    ];
    const url = `https://www.facebook.com/groups/${this.options.groupId}/posts/${post.id}/`;
    return this.line(at, url, 'group-post', sightings);
  }

  /** The members list: the admins, then "New to the group", newest first, as far as the admin scrolls. */
  private membersLines(at: number): BrowsingLine[] {
    const depth = Math.round(Math.min(5_000, Math.max(10, this.random.logNormal(60, 0.9))));
    const sightings: Sighting[] = [];
    const admins = this.members.filter((member) => member.admin);
    for (const admin of admins) {
      sightings.push({
        ...this.person(admin),
        kind: 'member',
        badges: ['Admin'],
        section: `Admins & moderators · ${admins.length}`,
      });
    }
    for (let index = joinedBy(this.members, at) - 1; index >= 0; index -= 1) {
      if (sightings.length - admins.length >= depth) break;
      const member = this.members[index]!;
      if (member.admin) continue;
      const reading = readJoinLine(
        joinLine(new Date(member.joinedAt), new Date(at), this.options.timeZone),
        this.clock(at),
      );
      sightings.push({
        ...this.person(member),
        kind: 'member',
        badges: [],
        section: 'New to the group',
        rawJoin: reading.rawJoin,
        ...(reading.joinedAfter ? { joinedAfter: reading.joinedAfter } : {}),
        ...(reading.joinedBefore ? { joinedBefore: reading.joinedBefore } : {}),
        ...(reading.joinPrecision ? { joinPrecision: reading.joinPrecision } : {}),
      });
    }
    const url = `https://www.facebook.com/groups/${this.options.groupId}/members`;
    return batches(sightings).map((part) => this.line(at, url, 'group-members', part));
  }

  private person(member: SimMember) {
    return {
      memberId: member.id,
      name: member.name,
      profileUrl: `https://www.facebook.com/groups/${this.options.groupId}/user/${member.id}/`,
    };
  }

  private clock(at: number) {
    return { now: new Date(at), timeZone: this.options.timeZone };
  }

  private postSighting(post: SimPost, at: number): Sighting {
    const rawTime = postTimeLabel(new Date(post.at), new Date(at), this.options.timeZone);
    // Under every post that has comments, Facebook shows how many ("12 comments"); the reader reads it.
    const shownComments = shownCommentsAt(post, at);
    return {
      ...this.person(this.members[post.author]!),
      kind: 'post',
      itemId: post.id,
      permalink: `https://www.facebook.com/groups/${this.options.groupId}/posts/${post.id}/`,
      rawTime,
      ...readPostTime(rawTime, this.clock(at)),
      ...(shownComments > 0 ? { shownComments } : {}),
    };
  }

  private commentSighting(comment: SimComment, at: number): Sighting {
    const rawTime = commentTimeLabel(new Date(comment.at), new Date(at), this.options.timeZone);
    return {
      ...this.person(this.members[comment.author]!),
      kind: 'comment',
      itemId: comment.id,
      permalink: `https://www.facebook.com/groups/${this.options.groupId}/posts/${comment.postId}/?comment_id=${comment.id}`,
      rawTime,
      ...readPostTime(rawTime, this.clock(at)),
    };
  }

  private line(
    at: number,
    url: string,
    kind: BrowsingLine['page']['kind'],
    sightings: Sighting[],
  ): BrowsingLine {
    return {
      readAt: new Date(at).toISOString(),
      url,
      page: { kind, groupId: this.options.groupId },
      sightings,
      health: {
        status: 'ok',
        expected: sightings.length,
        read: sightings.length,
        seen: new Set(sightings.map((sighting) => sighting.memberId)).size,
        timeDisagreements: 0,
        problems: [],
      },
    };
  }
}

function batches(sightings: Sighting[]): Sighting[][] {
  if (sightings.length === 0) return [[]];
  const parts: Sighting[][] = [];
  for (let start = 0; start < sightings.length; start += MAX_BATCH)
    parts.push(sightings.slice(start, start + MAX_BATCH));
  return parts;
}

/** The comments a post has at `at`. */
const shownCommentsAt = (post: SimPost, at: number) =>
  post.comments.filter((comment) => comment.at <= at).length;

/** How many members (oldest first) had joined by `at`. */
function joinedBy(members: readonly SimMember[], at: number): number {
  let low = 0;
  let high = members.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (members[middle]!.joinedAt <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
