import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { tierOf } from '@/storage/derived';
import {
  cohortMarksDue,
  coverageOf,
  groupActivityCounts,
  joinersInWeek,
  memberActivityCounts,
  membersInTier,
  membersPage,
  searchMembersByName,
  searchMembersByNote,
  tierCounts,
  type PageCursor,
} from '@/storage/queries';
import { addNote } from '@/storage/records';
import { defaultTierThresholds } from '@/storage/settings';
import { GROUP, comment, day, freshDb, ingest, listed, post } from './helpers';

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('queries');
});
afterEach(async () => db.delete());

async function allPages(
  fetch: (after: PageCursor | null) => Promise<{ items: { memberId: string }[]; next: PageCursor | null }>,
) {
  const ids: string[] = [];
  let after: PageCursor | null = null;
  do {
    const page = await fetch(after);
    ids.push(...page.items.map((m) => m.memberId));
    after = page.next;
  } while (after);
  return ids;
}

describe('members page by page', () => {
  it('pages through every member once in each order, ties included', async () => {
    // 25 members seen at the same moment (a members list), 5 more later.
    await ingest(
      db,
      day(0),
      Array.from({ length: 25 }, (_, i) => listed(`m${i}`, `Name ${String.fromCharCode(90 - i)}`)),
    );
    await ingest(
      db,
      day(3),
      Array.from({ length: 5 }, (_, i) => post(`m${i + 40}`, `p${i}`, `Poster ${i}`, day(2))),
    );
    for (const order of ['lastSeen', 'lastActive', 'name'] as const) {
      const ids = await allPages((after) => membersPage(db, GROUP, { order, limit: 7, after }));
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
    }
    const byName = await membersPage(db, GROUP, { order: 'name', limit: 3 });
    expect(byName.items.map((m) => m.name)).toEqual(['Name B', 'Name C', 'Name D']);
    const bySeen = await membersPage(db, GROUP, { order: 'lastSeen', limit: 5 });
    expect(bySeen.items.every((m) => m.lastSeenAt === day(3))).toBe(true);
    const byActive = await membersPage(db, GROUP, { order: 'lastActive', limit: 5 });
    expect(byActive.items.every((m) => m.everActive === 1)).toBe(true);
  });

  it('keeps groups apart', async () => {
    await ingest(db, day(0), [listed('1', 'Ana')]);
    await ingest(db, day(0), [listed('2', 'Ben')], 'group-members', '999');
    expect((await membersPage(db, GROUP, { order: 'name' })).items.map((m) => m.memberId)).toEqual(['1']);
    expect((await searchMembersByName(db, '999', 'ana')).members).toEqual([]);
  });
});

describe('search', () => {
  beforeEach(async () => {
    await ingest(db, day(0), [
      listed('1', 'Chloé Martin'),
      listed('2', 'Chloe Dupont'),
      listed('3', 'Zoë Ærøskøbing-Lefèvre'),
      listed('4', 'Martine Chlorophylle'),
      listed('5', 'Jean'),
    ]);
  });

  it('ignores accents and case, and matches any word of the name', async () => {
    const ids = async (query: string) =>
      (await searchMembersByName(db, GROUP, query)).members.map((m) => m.memberId);
    expect(await ids('Chloe')).toEqual(['2', '1']);
    expect(await ids('CHLOÉ')).toEqual(['2', '1']);
    expect(await ids('chlo')).toEqual(['2', '1', '4']);
    expect(await ids('mart chlo')).toEqual(['1', '4']);
    expect(await ids('lefevre')).toEqual(['3']);
    expect(await ids('zoe aer')).toEqual(['3']);
    expect(await ids('  ')).toEqual([]);
    expect(await ids('nobody')).toEqual([]);
  });

  it('says when there are more matches than it returns', async () => {
    expect(await searchMembersByName(db, GROUP, 'chlo', 2)).toMatchObject({ more: true });
  });

  it('finds members by the text of their notes', async () => {
    await addNote(
      db,
      { groupId: GROUP, memberId: '1', text: 'Chat diabétique, sous insuline', author: 'Sam' },
      new Date(day(1)),
    );
    await addNote(
      db,
      { groupId: GROUP, memberId: '2', text: 'asked for help by private message', author: 'Sam' },
      new Date(day(1)),
    );
    const found = await searchMembersByNote(db, GROUP, 'DIABETIQUE');
    expect(found.map((f) => f.member.memberId)).toEqual(['1']);
    expect(found[0]!.notes).toHaveLength(1);
  });
});

describe('participation tiers', () => {
  it('counts members per tier from counters, for any thresholds, as a full scan would', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 25 }),
        fc.record({
          occasional: fc.integer({ min: 1, max: 3 }),
          regular: fc.integer({ min: 4, max: 8 }),
          core: fc.integer({ min: 9, max: 25 }),
        }),
        async (activity, thresholds) => {
          const local = await freshDb('tiers');
          for (const [index, posts] of activity.entries()) {
            await ingest(local, day(0), [listed(`m${index}`, `M${index}`)]);
            if (posts)
              await ingest(
                local,
                day(1),
                Array.from({ length: posts }, (_, p) => post(`m${index}`, `${index}-${p}`)),
              );
          }
          const counts = await tierCounts(local, GROUP, thresholds);
          const expected = { lurker: 0, occasional: 0, regular: 0, core: 0, total: activity.length };
          for (const posts of activity) expected[tierOf(posts, thresholds)] += 1;
          expect(counts).toEqual(expected);
          const core = await membersInTier(local, GROUP, 'core', thresholds, { limit: 1000 });
          expect(core.items).toHaveLength(expected.core);
          await local.delete();
        },
      ),
      { numRuns: 15 },
    );
  }, 30_000);

  it('lists one tier, most active first, page by page', async () => {
    for (let i = 0; i < 6; i++)
      await ingest(
        db,
        day(1),
        Array.from({ length: i + 1 }, (_, p) => post(`m${i}`, `${i}-${p}`)),
      );
    const ids = await allPages((after) =>
      membersInTier(db, GROUP, 'regular', defaultTierThresholds, { limit: 1, after }),
    );
    expect(ids).toEqual(['m5', 'm4']);
  });
});

describe('coverage', () => {
  it('says what Tend watched and when', async () => {
    await ingest(db, day(0), [listed('1', 'A')]);
    await ingest(db, day(2), [post('2', 'p')]);
    await ingest(db, day(9), [listed('3', 'C')]);
    expect(await coverageOf(db, GROUP, new Date(day(10)))).toEqual({
      groupId: GROUP,
      watchingSince: day(0),
      watchedDays: 10,
      feedReadSince: day(2),
      lastFeedReadAt: day(2),
      membersListReadSince: day(0),
      membersListLastReadAt: day(9),
      membersSeen: 3,
    });
  });
});

describe('joiners and cohorts', () => {
  const join = (id: string, after: string, before: string, precision: 'hour' | 'day' | 'month') =>
    listed(id, `Joiner ${id}`, { joinedAfter: after, joinedBefore: before, joinPrecision: precision });

  it('finds who joined in a week of the admin’s time zone, marking approximate dates', async () => {
    await ingest(db, '2026-03-20T12:00:00.000Z', [
      // Monday 9 March 2026, 00:30 in Paris = Sunday 23:30 UTC: in the Paris week of 9 March.
      join('a', '2026-03-08T23:30:00.000Z', '2026-03-08T23:45:00.000Z', 'hour'),
      join('b', '2026-03-12T00:00:00.000Z', '2026-03-13T00:00:00.000Z', 'day'),
      // A month-wide interval whose middle falls in that week: approximate.
      join('c', '2026-02-25T00:00:00.000Z', '2026-03-27T00:00:00.000Z', 'month'),
      join('d', '2026-03-16T00:00:00.000Z', '2026-03-17T00:00:00.000Z', 'day'),
    ]);
    const week = await joinersInWeek(db, GROUP, new Date('2026-03-11T12:00:00Z'), 'Europe/Paris', 1);
    expect(week.map((j) => [j.member.memberId, j.approximate])).toEqual([
      ['a', false],
      ['c', true],
      ['b', false],
    ]);
    // In UTC, member a joined on Sunday 8 March: the week before.
    const utc = await joinersInWeek(db, GROUP, new Date('2026-03-11T12:00:00Z'), 'UTC', 1);
    expect(utc.map((j) => j.member.memberId)).not.toContain('a');
  });

  it('finds cohorts whose two-month and one-year marks fall due, counted from the latest possible join', async () => {
    await ingest(db, '2026-03-20T12:00:00.000Z', [
      join('exact', '2026-01-10T09:00:00.000Z', '2026-01-10T10:00:00.000Z', 'hour'),
      join('vague', '2025-12-20T00:00:00.000Z', '2026-01-20T00:00:00.000Z', 'month'),
      join('year', '2025-03-15T00:00:00.000Z', '2025-03-16T00:00:00.000Z', 'day'),
    ]);
    const twoMonths = await cohortMarksDue(
      db,
      GROUP,
      { months: 2 },
      { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-31T00:00:00Z') },
      'Europe/Paris',
    );
    expect(twoMonths.map((m) => [m.member.memberId, m.approximate])).toEqual([
      ['exact', false],
      ['vague', true],
    ]);
    const oneYear = await cohortMarksDue(
      db,
      GROUP,
      { years: 1 },
      { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-31T00:00:00Z') },
      'Europe/Paris',
    );
    expect(oneYear.map((m) => m.member.memberId)).toEqual(['year']);
  });
});

describe('activity over time windows', () => {
  it('counts posts and comments of the last 30 and 90 days, and says when a window is incomplete', async () => {
    await ingest(db, day(0), [post('1', 'old', 'A', day(-10))]);
    await ingest(db, day(65), [post('1', 'p1', 'A', day(65)), comment('2', 'c1'), comment('1', 'c2')]);
    await ingest(db, day(99), [post('2', 'p2', 'B', day(98))]);
    const now = new Date(day(100));
    expect(await groupActivityCounts(db, GROUP, now, [30, 90, 200])).toEqual([
      { days: 30, posts: 1, comments: 0, complete: true },
      { days: 90, posts: 2, comments: 2, complete: true },
      { days: 200, posts: 3, comments: 2, complete: false },
    ]);
    expect(await memberActivityCounts(db, GROUP, '1', now, [30, 90])).toEqual([
      { days: 30, posts: 0, comments: 0, complete: true },
      { days: 90, posts: 1, comments: 1, complete: true },
    ]);
  });
});
