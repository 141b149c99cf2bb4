/**
 * The onboarding queue of a large group, kept cheap: only members some step may make due reach the schedule
 * (`dueFilter`), with the same answers as scheduling every member; and the toolbar badge recomputes once per burst
 * of ingest batches, not once per batch, and is right once the burst is over.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import type { Sighting } from '@/storage/schema';
import { coalesce, currentDueCount, startBadge, touchesCount } from '@/entrypoints/background/badge';
import { dueFilter, groupDueCount, groupQueue, type QueueMemo } from '@/storage/onboarding-queue';
import { recordOnboarding } from '@/storage/records';
import { applySettingsPatch, defaultSettings } from '@/storage/settings';
import { defaultCadence, type Cadence } from '@/utils/onboarding/cadence';
import { dueItems, type ScheduleMember } from '@/utils/onboarding/schedule';
import { mulberry32 as random } from '../../support/random';

const DAY = 86_400_000;
const GROUP = '1234567';

const WIDTHS = [0, 3_600_000, DAY, 7 * DAY, 31 * DAY, 365 * DAY, 731 * DAY];

/** Members joined over the last three years, with join intervals from exact to "about two years ago". */
function members(count: number, now: Date, seed: number): ScheduleMember[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const latest = +now - next() * 3 * 365 * DAY + (next() < 0.05 ? 40 * DAY : 0);
    const width = WIDTHS[Math.floor(next() * WIDTHS.length)]!;
    const member: ScheduleMember = { groupId: GROUP, memberId: String(index), name: `Member ${index}` };
    if (next() < 0.97) {
      member.joinedAfter = new Date(latest - width).toISOString();
      member.joinedBefore = new Date(latest).toISOString();
    }
    return member;
  });
}

/** Every step shape: hours and months in offsets, a step that never expires, a disabled one. */
const OTHER_CADENCE: Cadence = {
  steps: [
    ...defaultCadence.steps.map((step) =>
      step.id === 'two-month-check-in' ? { ...step, offset: { months: 1, days: 3, hours: 5 } } : step,
    ),
    { ...defaultCadence.steps[3]!, id: 'six-months', offset: { months: 6 }, expiresAfter: undefined },
    { ...defaultCadence.steps[0]!, id: 'off', enabled: false, offset: { days: 2 } },
  ],
};

describe('dueFilter', () => {
  const cases = [
    { now: '2026-03-31T23:30:00Z', timeZone: 'Europe/Paris', cadence: defaultCadence },
    { now: '2026-03-01T00:10:00Z', timeZone: 'Pacific/Kiritimati', cadence: OTHER_CADENCE },
    { now: '2026-11-01T07:00:00Z', timeZone: 'America/New_York', cadence: defaultCadence },
    { now: '2028-02-29T12:00:00Z', timeZone: 'Pacific/Pago_Pago', cadence: OTHER_CADENCE },
    { now: '2026-12-04T19:00:00Z', timeZone: 'UTC', cadence: defaultCadence },
  ];
  for (const [seed, { now, timeZone, cadence }] of cases.entries()) {
    it(`lists the same items as scheduling everyone (${now}, ${timeZone})`, () => {
      const at = new Date(now);
      const all = members(1_500, at, seed + 1);
      const kept = all.filter(dueFilter(cadence, at));
      const options = { weekStartsOn: seed % 2 === 0 ? (1 as const) : (0 as const) };
      const expected = dueItems(all, cadence, [], at, timeZone, options);
      expect(expected.length).toBeGreaterThan(20);
      expect(dueItems(kept, cadence, [], at, timeZone, options)).toEqual(expected);
      // And it leaves most of a three-year group out (a step that never expires keeps everyone past it).
      if (cadence === defaultCadence) expect(kept.length).toBeLessThan(all.length / 2);
    });
  }

  it('keeps nobody without a join interval and everyone of a step that never expires', () => {
    const at = new Date('2026-06-01T00:00:00Z');
    const keep = dueFilter(OTHER_CADENCE, at);
    expect(keep({ joinedAfter: '2026-05-01T00:00:00Z' })).toBe(false);
    expect(keep({ joinedAfter: '2016-05-01T00:00:00Z', joinedBefore: '2016-05-02T00:00:00Z' })).toBe(true);
    expect(
      dueFilter(
        defaultCadence,
        at,
      )({ joinedAfter: '2016-05-01T00:00:00Z', joinedBefore: '2016-05-02T00:00:00Z' }),
    ).toBe(false);
  });
});

describe('groupDueCount', () => {
  it('counts what groupQueue lists, with history, in every time zone tried', async () => {
    const db = new TendDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    try {
      const now = new Date('2026-03-29T00:30:00Z');
      const sightings: Sighting[] = members(1_200, now, 7).map((member) => ({
        memberId: member.memberId,
        name: member.name,
        kind: 'member',
        ...(member.joinedAfter ? { joinedAfter: member.joinedAfter, joinedBefore: member.joinedBefore } : {}),
      }));
      await ingestSightings(db, {
        groupId: GROUP,
        pageKind: 'group-members',
        readAt: now.toISOString(),
        sightings,
      });
      const first = await groupQueue(db, GROUP, defaultSettings, 'en', now);
      const closed = first.items.filter((_, index) => index % 3 === 0);
      await recordOnboarding(
        db,
        closed.flatMap((item) =>
          (item.type === 'member' ? [item.memberId] : item.members.map((joiner) => joiner.memberId)).map(
            (memberId) => ({
              groupId: GROUP,
              memberId,
              stepId: item.stepId,
              status: 'done' as const,
              at: now.toISOString(),
              by: 'Camille',
            }),
          ),
        ),
      );
      for (const timeZone of ['Europe/Paris', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        for (const lang of ['en', 'fr'] as const) {
          const settings = applySettingsPatch(defaultSettings, { onboarding: { timeZone } });
          const { items } = await groupQueue(db, GROUP, settings, lang, now);
          expect(items.length).toBeGreaterThan(10);
          expect(await groupDueCount(db, GROUP, settings, lang, now)).toBe(items.length);
        }
      }
    } finally {
      await db.delete();
    }
  });
});

describe('groupQueue with a memo', () => {
  it('computes the schedule again only when what it reads changed, with the same items as without', async () => {
    const db = new TendDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    try {
      const now = new Date('2026-11-20T12:00:00Z');
      const joiner = (memberId: string, name: string, daysAgo: number): Sighting => ({
        memberId,
        name,
        kind: 'member',
        joinedAfter: new Date(+now - daysAgo * DAY - 3_600_000).toISOString(),
        joinedBefore: new Date(+now - daysAgo * DAY).toISOString(),
      });
      const store = (sightings: Sighting[], pageKind: 'group-members' | 'group-feed' = 'group-members') =>
        ingestSightings(db, { groupId: GROUP, pageKind, readAt: now.toISOString(), sightings });
      await store([
        joiner('1', 'Chloé Martin', 2),
        joiner('2', 'Bruno Petit', 9),
        joiner('3', 'Ana Lima', 61),
      ]);
      const memo: QueueMemo = {};
      const first = await groupQueue(db, GROUP, defaultSettings, 'en', now, memo);
      expect(first.items).toEqual((await groupQueue(db, GROUP, defaultSettings, 'en', now)).items);
      // A post by a joiner changes their row, not what the schedule reads: the same items, not computed again.
      await store([{ memberId: '1', name: 'Chloé Martin', kind: 'post', itemId: '77' }], 'group-feed');
      const second = await groupQueue(db, GROUP, defaultSettings, 'en', now, memo);
      expect(second.items).toBe(first.items);
      expect(second.members.get('1')!.postCount).toBe(1);
      // A new joiner, a new name, an action, another clock: computed again, as without a memo.
      await store([joiner('4', 'Dana Roy', 1)]);
      await store(
        [{ memberId: '2', name: 'Bruno Petit-Laurent', kind: 'comment', itemId: '78' }],
        'group-feed',
      );
      await recordOnboarding(db, [
        {
          groupId: GROUP,
          memberId: '1',
          stepId: 'personal-welcome',
          status: 'done',
          at: now.toISOString(),
          by: 'A',
        },
      ]);
      for (const at of [now, new Date(+now + 3 * DAY)]) {
        const plain = await groupQueue(db, GROUP, defaultSettings, 'fr', at);
        const memoized = await groupQueue(db, GROUP, defaultSettings, 'fr', at, memo);
        expect(memoized.items).not.toBe(first.items);
        expect(memoized.items).toEqual(plain.items);
      }
      const names = (await groupQueue(db, GROUP, defaultSettings, 'fr', now, memo)).items.map((item) =>
        item.type === 'member' ? item.name : item.members.map((member) => member.name).join(','),
      );
      expect(names.join(';')).toContain('Bruno Petit-Laurent');
      expect(names.join(';')).toContain('Dana Roy');
    } finally {
      await db.delete();
    }
  });
});

describe('groupDueCount with a memo', () => {
  it('reuses the count while the inputs are unchanged and it is young, and counts afresh otherwise', async () => {
    const db = new TendDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    try {
      const now = new Date('2026-11-20T12:00:00Z');
      const joiner = (memberId: string, daysAgo: number): Sighting => ({
        memberId,
        name: `Joiner ${memberId}`,
        kind: 'member',
        joinedAfter: new Date(+now - daysAgo * DAY - 3_600_000).toISOString(),
        joinedBefore: new Date(+now - daysAgo * DAY).toISOString(),
      });
      const store = (sightings: Sighting[]) =>
        ingestSightings(db, {
          groupId: GROUP,
          pageKind: 'group-members',
          readAt: now.toISOString(),
          sightings,
        });
      await store([joiner('1', 2), joiner('2', 9)]);
      const memo = { maxAgeMs: 60_000 };
      const count = (at: Date) => groupDueCount(db, GROUP, defaultSettings, 'en', at, memo);
      const plain = async (at: Date) => (await groupQueue(db, GROUP, defaultSettings, 'en', at)).items.length;
      expect(await count(now)).toBe(await plain(now));
      // A young memo with unchanged inputs gives the same count (reused, not computed again)...
      expect(memo).toMatchObject({ countedAt: +now });
      expect(await count(new Date(+now + 1_000))).toBe(await plain(now));
      expect(memo).toMatchObject({ countedAt: +now });
      // ...a new joiner changes the inputs, and an old memo is counted afresh.
      await store([joiner('3', 1)]);
      expect(await count(new Date(+now + 2_000))).toBe(await plain(new Date(+now + 2_000)));
      expect(memo).toMatchObject({ countedAt: +now + 2_000 });
      const later = new Date(+now + 40 * DAY);
      expect(await count(later)).toBe(await plain(later));
      expect(await plain(later)).not.toBe(await plain(now));
    } finally {
      await db.delete();
    }
  });
});

describe('coalesce', () => {
  it('runs once for a burst of pokes, and again for a poke during a run', async () => {
    let runs = 0;
    let release: (() => void) | undefined;
    const gate = () => new Promise<void>((resolve) => (release = resolve));
    const job = coalesce(
      async () => {
        runs += 1;
        await gate();
      },
      20,
      1_000,
    );
    for (let poke = 0; poke < 50; poke++) job.poke();
    await expect.poll(() => runs).toBe(1);
    job.poke();
    job.poke();
    release!();
    await expect.poll(() => runs).toBe(2);
    release!();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(runs).toBe(2);
    job.stop();
  });

  it('does not let a burst that never pauses delay the run past its longest wait', async () => {
    let runs = 0;
    const job = coalesce(async () => void (runs += 1), 40, 100);
    const started = Date.now();
    while (Date.now() - started < 400 && runs === 0) {
      job.poke();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(runs).toBe(1);
    job.stop();
  });
});

describe('touchesCount', () => {
  it('reacts to the tables the count reads, in this database only', () => {
    const part = (name: string) => ({ [name]: { d: 0 } }) as never;
    expect(touchesCount('tend', part('idb://tend/members/[groupId+joinMiddle]'))).toBe(true);
    expect(touchesCount('tend', part('idb://tend/onboarding/'))).toBe(true);
    expect(touchesCount('tend', part('idb://tend/state/'))).toBe(true);
    expect(touchesCount('tend', part('idb://tend/sightings/'))).toBe(false);
    expect(touchesCount('tend', part('idb://other/members/'))).toBe(false);
    expect(touchesCount('tend', part('idb://tend-2/members/'))).toBe(false);
  });
});

describe('the toolbar badge in a burst of ingest batches', () => {
  const NOW = new Date('2026-11-20T12:00:00.000Z');
  let db: TendDatabase;
  beforeEach(async () => {
    db = new TendDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    await db.state.put({
      key: 'current',
      groupId: GROUP,
      tabId: null,
      url: null,
      status: null,
      at: NOW.toISOString(),
    });
  });
  afterEach(async () => db.delete());

  const batch = (from: number): Sighting[] =>
    Array.from({ length: 5 }, (_, index) => {
      const joined = +NOW - (from + index) * 3 * DAY;
      return {
        memberId: String(1_000 + from + index),
        name: `Joiner ${from + index}`,
        kind: 'member',
        section: 'New to the group',
        joinedAfter: new Date(joined - 3_600_000).toISOString(),
        joinedBefore: new Date(joined).toISOString(),
        joinPrecision: 'hour',
      };
    });

  it('recomputes a bounded number of times and shows the count of after the burst', async () => {
    const shown: string[] = [];
    let recomputations = 0;
    const stop = startBadge(db, {
      setText: async (text) => void shown.push(text),
      now: () => NOW,
      browserLanguages: () => ['en'],
      count: async (...args) => {
        recomputations += 1;
        return currentDueCount(...args);
      },
      quietMs: 150,
      maxWaitMs: 60_000,
    });
    try {
      await expect.poll(() => recomputations).toBe(1);
      const BATCHES = 30;
      for (let index = 0; index < BATCHES; index++) {
        await ingestSightings(db, {
          groupId: GROUP,
          pageKind: 'group-members',
          readAt: NOW.toISOString(),
          sightings: batch(index * 5),
        });
      }
      const expected = await currentDueCount(db, NOW, ['en']);
      expect(expected).toBeGreaterThan(10);
      await expect.poll(() => shown.at(-1), { timeout: 5_000 }).toBe(String(expected));
      await new Promise((resolve) => setTimeout(resolve, 400));
      // One at the start, one (or two, if a batch landed during it) for the whole burst.
      expect(recomputations).toBeLessThanOrEqual(3);
      expect(shown.at(-1)).toBe(String(expected));
    } finally {
      stop();
    }
  });
});
