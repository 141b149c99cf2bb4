/**
 * The unseen lists in the order an admin needs: who went quiet by how unusual their silence is for them (not by the
 * calendar), never-active members by time since joining, drifting regulars most unusual first; each row with its
 * evidence (last post with its link, their usual rhythm), page by page without losing or repeating anyone.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import { activityCounts, memberActivity } from '@/storage/activity';
import {
  unseenCounts,
  unseenCountsAlone,
  unseenMembers,
  type UnseenKind,
  type UnseenMember,
} from '@/storage/queries';
import type { Sighting } from '@/storage/schema';
import { GROUP, freshDb, ingest, listed, post } from './helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const start = Date.UTC(2026, 0, 5);
const at = (day: number, hour = 0) => new Date(start + day * DAY + hour * HOUR).toISOString();
const NOW = new Date(at(99, 21));

let db: TendDatabase;
let item = 0;
const dated = (memberId: string, time: string): Sighting => ({
  ...post(memberId, `p${(item += 1)}`),
  at: time,
});

/** The feed read every evening a day back: a steady crowd, plus the members' own posts of that day. */
async function readFeed(day: number, extra: [string, string][]) {
  const readAt = start + day * DAY + 20 * HOUR;
  const crowd: Sighting[] = [];
  for (let time = readAt - HOUR; time >= readAt - 26 * HOUR; time -= 2 * HOUR) {
    crowd.push(dated(`crowd${(time / HOUR) % 4}`, new Date(time).toISOString()));
  }
  await ingestSightings(db, {
    groupId: GROUP,
    pageKind: 'group-feed',
    readAt: new Date(readAt).toISOString(),
    sightings: [...crowd, ...extra.map(([memberId, time]) => dated(memberId, time))],
  });
}

async function listAll(kind: UnseenKind, limit: number): Promise<UnseenMember[]> {
  const rows: UnseenMember[] = [];
  let after: readonly (string | number)[] | null = null;
  for (let pages = 0; pages < 20; pages += 1) {
    const page = await unseenMembers(db, GROUP, { now: NOW, kind, limit, after });
    if (!page.ready) throw new Error('expected ready');
    rows.push(...page.members);
    if (!page.next) return rows;
    after = page.next;
  }
  throw new Error('paging did not end');
}

beforeEach(async () => {
  db = await freshDb('unseen-order');
  await ingest(db, at(0, 9), [
    listed('old-lurker', 'Old Lurker', {
      joinedAfter: at(-400),
      joinedBefore: at(-399),
      joinPrecision: 'day',
    }),
    listed('lurker', 'Lurker', { joinedAfter: at(-20), joinedBefore: at(-19), joinPrecision: 'day' }),
  ]);
  for (let day = 0; day < 100; day += 1) {
    const extra: [string, string][] = [];
    // Daily until day 59: 40 days of silence is 40 of their usual gaps.
    if (day < 60) extra.push(['daily', at(day, 10)]);
    // Weekly until day 35: 64 days of silence, the longest on the calendar after "early", but about 11 gaps.
    if (day <= 35 && day % 7 === 0) extra.push(['weekly', at(day, 11)]);
    // Five posts in the first five days, then 95 days of silence: about 32 gaps.
    if (day < 5) extra.push(['early', at(day, 12)]);
    // A regular who posts daily and stopped on day 86: drifting, and more unusual than the one who stopped on 90.
    if (day < 87) extra.push(['drifter', at(day, 13)]);
    if (day < 91) extra.push(['drifter2', at(day, 14)]);
    // Seen twice, long ago: silent long enough, but too little seen to judge.
    if (day === 2 || day === 3) extra.push(['twice', at(day, 15)]);
    await readFeed(day, extra);
  }
});
afterEach(async () => db.delete());

describe('who went quiet, most unusual silence first', () => {
  it('puts the daily poster silent for 40 days before the weekly one silent for 64', async () => {
    const quiet = await listAll('went-quiet', 100);
    expect(quiet.map((row) => row.member.memberId)).toEqual(['daily', 'early', 'weekly']);
    const unusualness = quiet.map((row) => row.unusualness);
    expect(unusualness).toEqual([...unusualness].sort((a, b) => b - a));
    // The calendar would have said otherwise: weekly's silence is longer than daily's.
    const [daily, , weekly] = quiet;
    expect(weekly!.quietForDays).toBeGreaterThan(daily!.quietForDays);
  });

  it('gives each row its evidence: the last post with its link and the usual rhythm', async () => {
    const [daily] = await listAll('went-quiet', 100);
    expect(daily).toMatchObject({
      kind: 'went-quiet',
      evidence: { lastActiveAt: at(59, 10), lastActiveLink: expect.stringContaining('/posts/p') },
    });
    expect(daily!.usualGapDays).toBeGreaterThan(0);
    expect(daily!.usualGapDays).toBeLessThan(3);
    expect(daily!.unusualness).toBeGreaterThan(10);
  });

  it('pages through the same order one row at a time, nobody lost or repeated', async () => {
    const whole = (await listAll('went-quiet', 100)).map((row) => row.member.memberId);
    const paged = (await listAll('went-quiet', 1)).map((row) => row.member.memberId);
    expect(paged).toEqual(whole);
  });
});

describe('never active and drifting', () => {
  it('lists never-active members by time since joining, longest first, page by page', async () => {
    const never = await listAll('never-active', 1);
    expect(never.map((row) => row.member.memberId)).toEqual(['old-lurker', 'lurker']);
    expect(never[0]!.evidence.lastActiveAt).toBeUndefined();
    expect(never[0]!.unusualness).toBeGreaterThanOrEqual(never[1]!.unusualness);
  });

  it('lists drifting regulars most unusual first, with their rhythm', async () => {
    const drifting = await listAll('drifting', 100);
    const judged = (await memberActivity(db, GROUP, NOW)).members.filter((m) => m.state === 'drifting');
    // Every member the rules call drifting, in their order (most unusual first), the long-silent regular first.
    expect(drifting.map((row) => row.member.memberId)).toEqual(judged.map((m) => m.memberId));
    expect(drifting[0]!.member.memberId).toBe('drifter');
    const unusualness = drifting.map((row) => row.unusualness);
    expect(unusualness).toEqual([...unusualness].sort((a, b) => b - a));
    expect(drifting[0]!.usualGapDays).not.toBeNull();
    expect(drifting[0]!.evidence.lastActiveLink).toContain('/posts/p');
  });
});

describe('the glance’s counts', () => {
  it('counts each list, and the members not enough seen yet, as the rules judge every member', async () => {
    const { counts } = await unseenCounts(db, GROUP, NOW);
    const everyone = (await memberActivity(db, GROUP, NOW)).members;
    const judged = (state: string) => everyone.filter((member) => member.state === state).length;
    expect(counts).toEqual({
      wentQuiet: judged('quiet'),
      neverActive: judged('never-active'),
      drifting: judged('drifting'),
      notEnoughSeen: everyone.filter((member) => member.notEnoughSeen).length,
    });
    // The fixture has some of each, "twice" among the not enough seen.
    for (const count of Object.values(counts!)) expect(count).toBeGreaterThan(0);
    expect(everyone.find((member) => member.memberId === 'twice')).toMatchObject({ notEnoughSeen: true });
    // The same as storage/activity.ts's own counts where both say something.
    expect(counts).toMatchObject((await activityCounts(db, GROUP, NOW)).counts!);
  });

  it('follows the minSightings setting', async () => {
    for (const minSightings of [1, 2, 10]) {
      const { counts } = await unseenCounts(db, GROUP, NOW, { minSightings });
      const everyone = (await memberActivity(db, GROUP, NOW, { minSightings })).members;
      expect(counts!.notEnoughSeen).toBe(everyone.filter((member) => member.notEnoughSeen).length);
    }
    // Ten sightings asked for: the weekly poster (six seen) is not enough seen either.
    expect((await unseenCounts(db, GROUP, NOW, { minSightings: 10 })).counts!.notEnoughSeen).toBeGreaterThan(
      (await unseenCounts(db, GROUP, NOW)).counts!.notEnoughSeen,
    );
  });

  it('says nothing before Tend has watched the threshold', async () => {
    const early = new Date(at(10, 21));
    expect((await unseenCounts(db, GROUP, early)).counts).toBeNull();
    expect(await unseenCountsAlone(db, GROUP, early)).toBeNull();
  });

  it('gives the same counts read without the group row (the live glance reads them so)', async () => {
    for (const settings of [
      {},
      { minSightings: 1 },
      { minSightings: 10 },
      { quietDays: 10 },
      { quietDays: 60 },
    ]) {
      const { counts } = await unseenCounts(db, GROUP, NOW, settings);
      expect(await unseenCountsAlone(db, GROUP, NOW, settings)).toEqual(counts);
    }
  });
});
