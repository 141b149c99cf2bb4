/**
 * "Quiet" counted only on what Tend watched, through the real ingest and the panel's questions. Each scenario is
 * one where the rules before watched days existed called someone quiet (or never active) on days Tend never
 * looked: a holiday, a single feed reading, a feed read only on weekends, a members list read without the feed.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityCounts, memberActivity, memberAnswer } from '@/storage/activity';
import type { TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import { unseenMembers } from '@/storage/queries';
import type { Sighting } from '@/storage/schema';
import { GROUP, freshDb, ingest, listed, post } from './helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const start = Date.UTC(2026, 0, 5); // a Monday
const at = (day: number, hour = 0) => new Date(start + day * DAY + hour * HOUR).toISOString();

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('activity');
});
afterEach(async () => db.delete());

let item = 0;
const dated = (memberId: string, time: string): Sighting => ({
  ...post(memberId, `p${(item += 1)}`),
  at: time,
});

/**
 * The admin reads the feed on `day` at 20:00, scrolling back `reachHours`: the group's usual crowd posts every two
 * hours (so the volume is steady), plus the `extra` posts written in that stretch.
 */
async function readFeed(day: number, reachHours: number, extra: [string, string][] = []) {
  const readAt = start + day * DAY + 20 * HOUR;
  const crowd: Sighting[] = [];
  for (let time = readAt - HOUR; time >= readAt - reachHours * HOUR; time -= 2 * HOUR) {
    crowd.push(dated(`crowd${(time / HOUR) % 4}`, new Date(time).toISOString()));
  }
  const sightings = [...crowd, ...extra.map(([memberId, time]) => dated(memberId, time))];
  await ingestSightings(db, {
    groupId: GROUP,
    pageKind: 'group-feed',
    readAt: new Date(readAt).toISOString(),
    sightings,
  });
}

const quietIds = async (day: number) => {
  const result = await unseenMembers(db, GROUP, { now: new Date(at(day, 21)), kind: 'went-quiet' });
  return result.ready ? result.members.map((m) => m.member.memberId) : [];
};
const neverIds = async (day: number) => {
  const result = await unseenMembers(db, GROUP, { now: new Date(at(day, 21)), kind: 'never-active' });
  return result.ready ? result.members.map((m) => m.member.memberId) : [];
};
const stateOf = async (day: number, memberId: string) =>
  (await memberActivity(db, GROUP, new Date(at(day, 21)))).members.find((m) => m.memberId === memberId);

describe('quiet is counted on watched days only', () => {
  it('a holiday: the days Tend did not watch are not days of silence', async () => {
    // Read every day for 40 days, then a 30-day holiday, then 5 more days.
    for (let day = 0; day < 75; day += 1) {
      if (day >= 40 && day < 70) continue;
      const extra: [string, string][] = [];
      if (day < 4) extra.push(['ana', at(day, 12)]);
      if (day < 36) extra.push(['bob', at(day, 13)]);
      await readFeed(day, 26, extra);
    }
    // Ana stopped on day 3: about 36 watched days before the holiday and 5 after, not the 71 calendar days.
    const ana = await stateOf(74, 'ana');
    expect(ana).toMatchObject({ state: 'quiet', lastActiveAt: at(3, 12) });
    expect(ana!.quietForDays).toBeGreaterThanOrEqual(38);
    expect(ana!.quietForDays).toBeLessThanOrEqual(42);
    // Bob posted until day 35: 39 calendar days ago, but only about 9 watched days. Not quiet.
    expect(await quietIds(74)).toEqual(['ana']);
    expect((await stateOf(74, 'bob'))!.state).not.toBe('quiet');
    expect((await stateOf(74, 'bob'))!.silentWatchedDays).toBeLessThan(10);
  });

  it('one feed reading: a post seen long ago and one reading since prove no silence', async () => {
    // A post page on day 0, the members list every day, and the feed read once, on day 44, a day back.
    await ingestSightings(db, {
      groupId: GROUP,
      pageKind: 'group-post',
      readAt: at(0, 20),
      sightings: [dated('ana', at(0, 10))],
    });
    for (let day = 0; day <= 44; day += 1) {
      await ingest(db, at(day, 9), [listed('lurker', 'Lurker'), listed('ana', 'Ana')]);
    }
    await readFeed(44, 24);
    expect(await quietIds(45)).toEqual([]);
    expect(await neverIds(45)).toEqual([]);
    const { counts, coverage } = await activityCounts(db, GROUP, new Date(at(45, 21)));
    expect(counts).toBeNull();
    expect(coverage.ready).toBe(false);
    expect(coverage.recent.daysRead).toBe(2);
  });

  it('the feed read only on weekends, a few hours back each time, is a few days watched in ten weeks', async () => {
    for (let week = 0; week < 10; week += 1) {
      for (const day of [week * 7 + 5, week * 7 + 6]) {
        await readFeed(day, 6, week === 0 ? [['ana', at(day, 18)]] : []);
      }
    }
    expect(await quietIds(69)).toEqual([]);
    const ana = await stateOf(69, 'ana');
    expect(ana!.state).toBe('active');
    expect(ana!.silentWatchedDays).toBeLessThan(6);
    const { coverage } = await activityCounts(db, GROUP, new Date(at(69, 21)));
    // Days 40 to 69: five weekends.
    expect(coverage.recent.daysRead).toBe(10);
    expect(coverage.recent.postsShare).toBeLessThan(0.1);
  });

  it('a members list read for two months without the feed calls nobody never active', async () => {
    for (let day = 0; day < 60; day += 1) {
      await ingest(db, at(day, 9), [
        listed('old', 'Old', { joinedAfter: at(-400), joinedBefore: at(-399), joinPrecision: 'day' }),
        listed('lurker', 'Lurker'),
      ]);
    }
    expect(await neverIds(60)).toEqual([]);
    expect((await stateOf(60, 'old'))!.state).toBe('active');
    expect((await activityCounts(db, GROUP, new Date(at(60, 21)))).counts).toBeNull();
  });

  it('a members list with the feed watched long enough does call never-active members', async () => {
    for (let day = 0; day < 40; day += 1) {
      await ingest(db, at(day, 9), [listed('lurker', 'Lurker')]);
      await readFeed(day, 26);
    }
    expect(await neverIds(40)).toEqual(['lurker']);
    expect((await stateOf(40, 'lurker'))!.quietForDays).toBeGreaterThanOrEqual(38);
  });

  it('a reading that shows far fewer posts than the group usually has covers little, however far back it reaches', async () => {
    // Thirty days read in full, then readings that reach a week back but show one post a day.
    for (let day = 0; day < 30; day += 1) await readFeed(day, 26, day === 0 ? [['ana', at(0, 12)]] : []);
    const before = (await stateOf(29, 'ana'))!.silentWatchedDays;
    for (let day = 30; day < 60; day += 7) {
      const sparse: Sighting[] = Array.from({ length: 7 }, (_, back) => dated('crowd9', at(day - back, 8)));
      await ingestSightings(db, {
        groupId: GROUP,
        pageKind: 'group-feed',
        readAt: at(day, 20),
        sightings: sparse,
      });
    }
    const after = (await stateOf(59, 'ana'))!.silentWatchedDays;
    // About 29 more days covered in time, but with a twelfth of the usual posts: a few days' worth, not 29.
    expect(after - before).toBeGreaterThan(1);
    expect(after - before).toBeLessThan(7);
  });
});

describe('the unseen lists', () => {
  beforeEach(async () => {
    await ingest(db, at(0, 9), [
      listed('lurker', 'Lurker', { joinedAfter: at(-400), joinedBefore: at(-399), joinPrecision: 'day' }),
      listed('newbie', 'Newbie'),
      listed('joiner', 'Joiner', { joinedAfter: at(95), joinedBefore: at(96), joinPrecision: 'day' }),
    ]);
    for (let day = 0; day < 100; day += 1) {
      const extra: [string, string][] = [];
      if (day < 5) extra.push(['early', at(day, 10)]);
      if (day < 60) extra.push(['later', at(day, 11)]);
      if (day < 85) extra.push(['regular', at(day, 12)]);
      if (day === 0) extra.push(['once', at(0, 13)]);
      if ([10, 35, 60].includes(day)) extra.push(['sometimes', at(day, 14)]);
      await readFeed(day, 26, extra);
    }
  });

  it('lists who went quiet apart from who was never seen active, most unusual silence first, with evidence', async () => {
    const quiet = await unseenMembers(db, GROUP, { now: new Date(at(99, 21)), kind: 'went-quiet' });
    if (!quiet.ready) throw new Error('expected ready');
    // "sometimes" posts every 25 days or so: 39 days of silence are not yet unusual for them. "once" was seen
    // once: not enough seen yet to call quiet.
    // "later" posted daily and is silent for 40 days, "early" five times and is silent for 95: 40 daily gaps are
    // more unusual than about 32 three-day ones.
    expect(quiet.members.map((m) => m.member.memberId)).toEqual(['later', 'early']);
    const early = quiet.members[1]!;
    expect(await stateOf(99, 'once')).toMatchObject({ state: 'active', notEnoughSeen: true });
    // The member's detail asks for that one answer: the same as in the whole group's.
    expect(await memberAnswer(db, GROUP, 'once', new Date(at(99, 21)))).toEqual(await stateOf(99, 'once'));
    expect(await memberAnswer(db, GROUP, 'nobody', new Date(at(99, 21)))).toBeNull();
    expect(early).toMatchObject({
      kind: 'went-quiet',
      quietSince: at(4, 10),
      evidence: { lastActiveAt: at(4, 10), lastActiveLink: expect.stringContaining('/posts/p') },
    });
    expect(early.quietForDays).toBeGreaterThanOrEqual(90);
    // Five posts in five days is no rhythm yet: the gap is never less than half the threshold per post seen.
    expect(early.usualGapDays).toBeCloseTo(3, 0);
    expect((await stateOf(99, 'sometimes'))!.state).toBe('active');
    const never = await unseenMembers(db, GROUP, { now: new Date(at(99, 21)), kind: 'never-active' });
    if (!never.ready) throw new Error('expected ready');
    // Joined 400 days ago, but Tend watched the feed for 100: it says about 100, not 400. The joiner is new.
    expect(never.members.map((m) => m.member.memberId)).toEqual(['lurker', 'newbie']);
    expect(never.members[0]!.quietForDays).toBeLessThanOrEqual(101);
  });

  it('lists drifting regulars before the threshold, and pages the others', async () => {
    const drifting = await unseenMembers(db, GROUP, { now: new Date(at(99, 21)), kind: 'drifting' });
    expect(drifting.ready && drifting.members.map((m) => m.member.memberId)).toEqual(['regular']);
    const first = await unseenMembers(db, GROUP, {
      now: new Date(at(99, 21)),
      kind: 'never-active',
      limit: 1,
    });
    if (!first.ready) throw new Error('expected ready');
    const second = await unseenMembers(db, GROUP, {
      now: new Date(at(99, 21)),
      kind: 'never-active',
      limit: 1,
      after: first.next,
    });
    if (!second.ready) throw new Error('expected ready');
    expect([...first.members, ...second.members].map((m) => m.member.memberId)).toEqual(['lurker', 'newbie']);
    expect(await activityCounts(db, GROUP, new Date(at(99, 21)))).toMatchObject({
      counts: { wentQuiet: 2, neverActive: 2, drifting: 1 },
    });
  });
});

describe('watched days stay with their group', () => {
  it('clearing a group erases what Tend watched of it', async () => {
    await readFeed(0, 26, [['ana', at(0, 12)]]);
    expect(await db.watch.count()).toBeGreaterThan(0);
    const { clearGroup } = await import('@/storage/forget');
    await clearGroup(db, GROUP);
    expect(await db.watch.count()).toBe(0);
  });

  it('a group first read under its vanity name keeps its watched days under the numeric id', async () => {
    const readAt = at(0, 20);
    const sightings = [dated('ana', at(0, 2)), dated('bob', at(0, 19))];
    await ingestSightings(db, { groupId: 'cats.vanity', pageKind: 'group-feed', readAt, sightings });
    const before = await db.watch.toArray();
    await ingestSightings(db, {
      groupId: GROUP,
      groupVanity: 'cats.vanity',
      pageKind: 'group-feed',
      readAt: at(1, 20),
      sightings: [dated('ana', at(1, 10))],
    });
    const rows = await db.watch.toArray();
    expect(rows.every((row) => row.groupId === GROUP)).toBe(true);
    const day0 = rows.find((row) => row.day === before[0]!.day)!;
    expect(day0.items).toBeGreaterThanOrEqual(before[0]!.items);
    expect(day0.spans[0]).toBe(Date.parse(at(0, 2)));
  });
});

describe("each post's comment coverage", () => {
  const thread = (postId: string, time: string, shownComments?: number): Sighting => ({
    ...post('ana', postId),
    at: time,
    ...(shownComments !== undefined ? { shownComments } : {}),
  });
  const reply = (memberId: string, postId: string, commentId: string): Sighting => ({
    memberId,
    name: `Member ${memberId}`,
    kind: 'comment',
    itemId: commentId,
    permalink: `https://www.facebook.com/groups/${GROUP}/posts/${postId}/?comment_id=${commentId}`,
    at: at(0, 11),
  });
  const read = (
    readAt: string,
    sightings: Sighting[],
    pageKind: 'group-feed' | 'group-post' = 'group-feed',
  ) => ingestSightings(db, { groupId: GROUP, pageKind, readAt, sightings });
  const postDay = at(0).slice(0, 10);

  it('keeps the count each post showed and its comments read once each, and sums them on the post’s day', async () => {
    await read(at(0, 20), [thread('900', at(0, 10), 5), reply('bob', '900', '1')]);
    expect(await db.threads.get([GROUP, '900'])).toEqual({
      groupId: GROUP,
      postId: '900',
      day: postDay,
      shownComments: 5,
      commentsRead: 1,
    });
    // Read again later: the same comment is not counted twice; the post now shows 8, and its page 3 more comments.
    await read(at(1, 9), [thread('900', at(0, 10), 8), reply('bob', '900', '1')]);
    await read(
      at(1, 9),
      [
        thread('900', at(0, 10), 8),
        reply('bob', '900', '1'),
        reply('cy', '900', '2'),
        reply('dee', '900', '3'),
      ],
      'group-post',
    );
    expect(await db.threads.get([GROUP, '900'])).toMatchObject({ shownComments: 8, commentsRead: 3 });
    const day0 = await db.watch.get([GROUP, postDay]);
    expect(day0).toMatchObject({ postComments: 8, postCommentsRead: 3 });
  });

  it('a post that never showed a count adds nothing to its day, and comments read never exceed the count', async () => {
    await read(at(0, 20), [thread('901', at(0, 10)), reply('bob', '901', '1')]);
    expect((await db.watch.get([GROUP, postDay]))?.postComments).toBeUndefined();
    await read(at(0, 21), [thread('902', at(0, 10), 1), reply('bob', '902', '2'), reply('cy', '902', '3')]);
    expect(await db.watch.get([GROUP, postDay])).toMatchObject({ postComments: 1, postCommentsRead: 1 });
  });

  it('a group first read under its vanity name keeps its posts’ comment coverage under the numeric id', async () => {
    await ingestSightings(db, {
      groupId: 'cats.vanity',
      pageKind: 'group-feed',
      readAt: at(0, 20),
      sightings: [thread('900', at(0, 10), 5)],
    });
    await ingestSightings(db, {
      groupId: GROUP,
      groupVanity: 'cats.vanity',
      pageKind: 'group-feed',
      readAt: at(1, 20),
      sightings: [thread('900', at(0, 10), 5), reply('bob', '900', '1')],
    });
    expect(await db.threads.toArray()).toEqual([
      { groupId: GROUP, postId: '900', day: postDay, shownComments: 5, commentsRead: 1 },
    ]);
    expect(await db.watch.get([GROUP, postDay])).toMatchObject({ postComments: 5, postCommentsRead: 1 });
  });

  it('clearing the group removes its posts’ comment coverage', async () => {
    await read(at(0, 20), [thread('900', at(0, 10), 5)]);
    expect(await db.threads.count()).toBe(1);
    const { clearGroup } = await import('@/storage/forget');
    await clearGroup(db, GROUP);
    expect(await db.threads.count()).toBe(0);
  });
});
