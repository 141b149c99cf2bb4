/**
 * What happens in the group, one local day at a time: posts, comments (on recent posts, the author often
 * answering), and the instants members stop. Keeps the recent posts with their comments, which is what the admin's
 * browsing can show.
 */
import {
  ACTIVITY_BY_HOUR,
  ACTIVITY_BY_WEEKDAY,
  DAY_MS,
  EVENING_BY_HOUR,
  HOUR_MS,
  MINUTE_MS,
  isWeekend,
  timeInDay,
  weekdayOf,
} from './calendar';
import { paceAt, type SimMember } from './group';
import type { Random } from './random';

export interface SimComment {
  id: string;
  postId: string;
  author: number;
  at: number;
}

export interface SimPost {
  id: string;
  author: number;
  at: number;
  /** How likely a comment landing near this post stays on it (0.2-1; introductions draw welcomes). */
  appeal: number;
  comments: SimComment[];
}

export type DayEvent =
  | { type: 'post'; post: SimPost }
  | { type: 'comment'; comment: SimComment }
  | { type: 'stopped'; member: SimMember; at: number; lastActiveAt: number | undefined };

/** Posts older than this are no longer commented on nor kept for the feed (unless among the last `KEEP_POSTS`). */
const KEEP_DAYS = 90;
const KEEP_POSTS = 3_000;
/** How long after a post comments come: exponential, mean 10 hours. */
const COMMENT_DELAY_MEAN = 10 * HOUR_MS;

interface Planned {
  at: number;
  author: number;
  kind: 'post' | 'comment';
  /** A reply in the thread of this post (the author answering a comment). */
  postId?: string;
}

export class GroupActivity {
  /** Recent posts, oldest first. */
  readonly posts: SimPost[] = [];
  readonly lastActiveAt = new Map<number, number>();
  private readonly participants: SimMember[];
  private pending: Planned[] = [];
  private readonly postsById = new Map<string, SimPost>();
  private nextPostId: number;
  private nextCommentId: number;

  constructor(
    private readonly random: Random,
    private readonly members: readonly SimMember[],
    private readonly timeZone: string,
  ) {
    this.participants = members.filter((member) => member.weeklyRate > 0);
    this.nextPostId = 1_000_000_000_000_000 + random.int(0, 1_000_000_000);
    this.nextCommentId = 100_000_000_000_000 + random.int(0, 1_000_000_000);
    for (const member of members) {
      if (member.introAt !== undefined)
        this.pending.push({ at: member.introAt, author: member.index, kind: 'post' });
    }
  }

  /** Everything that happens in the local day [dayStart, dayEnd), in time order. */
  day(dayStart: number, dayEnd: number): DayEvent[] {
    const weekday = weekdayOf(dayStart + 12 * HOUR_MS, this.timeZone);
    const planned = this.pending.filter((item) => item.at < dayEnd);
    this.pending = this.pending.filter((item) => item.at >= dayEnd);
    for (const member of this.participants) {
      // Joining, stopping or a break may fall within the day: the day counts if any part of it is active.
      const pace = Math.max(
        paceAt(member, dayStart),
        paceAt(member, dayStart + 12 * HOUR_MS),
        paceAt(member, dayEnd - 1),
      );
      if (pace === 0) continue;
      const byWeekday =
        member.rhythm === 'weekends' ? (isWeekend(weekday) ? 3 : 0.05) : ACTIVITY_BY_WEEKDAY[weekday]!;
      const count = this.random.poisson((member.weeklyRate / 7) * byWeekday * pace);
      for (let item = 0; item < count; item += 1) {
        const hours = member.rhythm === 'evenings' ? EVENING_BY_HOUR : ACTIVITY_BY_HOUR;
        const at = timeInDay(this.random, dayStart, hours);
        if (paceAt(member, at) === 0) continue;
        const kind = this.random.chance(member.postShare) ? 'post' : 'comment';
        planned.push({ at, author: member.index, kind });
      }
    }
    planned.sort((a, b) => a.at - b.at || a.author - b.author);
    const stops = this.members
      .filter((member) => member.stopAt !== undefined && member.stopAt >= dayStart && member.stopAt < dayEnd)
      .sort((a, b) => a.stopAt! - b.stopAt!);
    const events: DayEvent[] = [];
    let stopIndex = 0;
    // `planned` grows while it is read: a reply later the same day is inserted at its place.
    for (let index = 0; index < planned.length; index += 1) {
      const item = planned[index]!;
      while (stopIndex < stops.length && stops[stopIndex]!.stopAt! <= item.at) {
        events.push(this.stopped(stops[stopIndex++]!));
      }
      const { event, reply } = this.happen(item);
      if (event) events.push(event);
      if (reply && reply.at < dayEnd) planned.splice(insertionIndex(planned, reply.at, index + 1), 0, reply);
      else if (reply) this.pending.push(reply);
    }
    while (stopIndex < stops.length) events.push(this.stopped(stops[stopIndex++]!));
    this.forgetOld(dayEnd);
    return events;
  }

  private stopped(member: SimMember): DayEvent {
    return { type: 'stopped', member, at: member.stopAt!, lastActiveAt: this.lastActiveAt.get(member.index) };
  }

  private happen(item: Planned): { event?: DayEvent; reply?: Planned } {
    const member = this.members[item.author]!;
    if (paceAt(member, item.at) === 0) return {};
    if (item.kind === 'post') {
      const post: SimPost = {
        id: String((this.nextPostId += this.random.int(1, 400_000))),
        author: item.author,
        at: item.at,
        appeal: item.at === member.introAt ? 1 : 0.2 + 0.8 * this.random.next(),
        comments: [],
      };
      this.posts.push(post);
      this.postsById.set(post.id, post);
      this.lastActiveAt.set(item.author, item.at);
      return { event: { type: 'post', post } };
    }
    const post = item.postId ? this.postsById.get(item.postId) : this.postToCommentOn(item.at);
    if (!post) return {};
    const comment: SimComment = {
      id: String((this.nextCommentId += this.random.int(1, 40_000))),
      postId: post.id,
      author: item.author,
      at: item.at,
    };
    post.comments.push(comment);
    this.lastActiveAt.set(item.author, item.at);
    // Threads: the post's author often answers, a little later.
    const event: DayEvent = { type: 'comment', comment };
    if (post.author === item.author || item.postId || !this.random.chance(0.3)) return { event };
    const at = item.at + MINUTE_MS + Math.floor(this.random.exponential(90 * MINUTE_MS));
    if (paceAt(this.members[post.author]!, at) === 0) return { event };
    return { event, reply: { at, author: post.author, kind: 'comment', postId: post.id } };
  }

  /** A recent post before `at`: mostly the last few hours' posts, the more appealing ones more often. */
  private postToCommentOn(at: number): SimPost | undefined {
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const target = at - MINUTE_MS - this.random.exponential(COMMENT_DELAY_MEAN);
      const post = this.latestBefore(target);
      if (!post) return undefined;
      if (attempt === 5 || this.random.chance(post.appeal)) return post;
    }
    return undefined;
  }

  /** The latest kept post written at or before `at`. */
  latestBefore(at: number): SimPost | undefined {
    const index = this.countUpTo(at) - 1;
    return index >= 0 ? this.posts[index] : undefined;
  }

  /** How many kept posts were written at or before `at` (binary search: posts are oldest first). */
  countUpTo(at: number): number {
    let low = 0;
    let high = this.posts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.posts[middle]!.at <= at) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private forgetOld(now: number): void {
    let drop = 0;
    const limit = now - KEEP_DAYS * DAY_MS;
    while (drop < this.posts.length - KEEP_POSTS && this.posts[drop]!.at < limit) drop += 1;
    for (const post of this.posts.slice(0, drop)) this.postsById.delete(post.id);
    this.posts.splice(0, drop);
  }
}

/** Where an item at `at` goes in a list sorted by time, at or after `from`. */
function insertionIndex(list: readonly Planned[], at: number, from: number): number {
  let low = from;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.at <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
