import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCadence, setStepEnabled, type Cadence } from '@/utils/onboarding/cadence';
import {
  dueItems,
  markItem,
  membersListGap,
  mergeHistory,
  weekOf,
  joinWeekOf,
  type DueItem,
  type HistoryEntry,
  type ScheduleMember,
} from '@/utils/onboarding/schedule';

const PARIS = 'Europe/Paris';
const MONTREAL = 'America/Montreal';
const HOUR = 3_600_000;
const group = '1234567';

/** A member whose join moment is known exactly. */
const exact = (memberId: string, name: string, at: string): ScheduleMember => ({
  groupId: group,
  memberId,
  name,
  joinedAfter: at,
  joinedBefore: at,
});
const between = (memberId: string, name: string, after: string, before: string): ScheduleMember => ({
  groupId: group,
  memberId,
  name,
  joinedAfter: after,
  joinedBefore: before,
});
const only = (stepId: string, cadence: Cadence = defaultCadence): Cadence => ({
  steps: cadence.steps.filter((step) => step.id === stepId),
});
const summary = (items: DueItem[]) =>
  items.map((item) => ({
    step: item.stepId,
    who: item.type === 'member' ? item.memberId : item.members.map((member) => member.memberId).join(','),
    since: item.dueSince,
    overdue: item.overdue,
  }));

describe('weekOf', () => {
  it('starts French weeks on Monday at local midnight in Paris, across the spring DST change (167 h)', () => {
    const week = weekOf(new Date('2026-03-25T12:00:00Z'), PARIS, 1);
    expect(week).toMatchObject({
      key: '2026-03-23',
      start: '2026-03-22T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
    });
    expect(+new Date(week.end) - +new Date(week.start)).toBe(167 * HOUR);
    // Monday 00:30 in Paris is still Sunday in UTC, but it belongs to the Paris week.
    expect(weekOf(new Date('2026-03-22T23:30:00Z'), PARIS, 1).key).toBe('2026-03-23');
    expect(weekOf(new Date('2026-03-29T21:59:59Z'), PARIS, 1).key).toBe('2026-03-23');
    expect(weekOf(new Date('2026-03-29T22:00:00Z'), PARIS, 1).key).toBe('2026-03-30');
  });

  it('has 169 hours in the Paris week of the autumn change', () => {
    const week = weekOf(new Date('2026-10-22T12:00:00Z'), PARIS, 1);
    expect(week).toMatchObject({
      key: '2026-10-19',
      start: '2026-10-18T22:00:00.000Z',
      end: '2026-10-25T23:00:00.000Z',
    });
  });

  it('starts weeks on Sunday in Montreal when asked, across both DST changes', () => {
    const spring = weekOf(new Date('2026-03-10T12:00:00Z'), MONTREAL, 0);
    expect(spring).toMatchObject({
      key: '2026-03-08',
      start: '2026-03-08T05:00:00.000Z',
      end: '2026-03-15T04:00:00.000Z',
    });
    const autumn = weekOf(new Date('2026-11-03T12:00:00Z'), MONTREAL, 0);
    expect(autumn).toMatchObject({
      key: '2026-11-01',
      start: '2026-11-01T04:00:00.000Z',
      end: '2026-11-08T05:00:00.000Z',
    });
    // Saturday 23:30 in Montreal is Sunday in UTC: still the Montreal week that began the Sunday before.
    expect(weekOf(new Date('2026-03-15T03:30:00Z'), MONTREAL, 0).key).toBe('2026-03-08');
  });

  it('refuses an unknown time zone', () => {
    expect(() => weekOf(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('joinWeekOf', () => {
  it('places an interval in the week of its middle, approximate unless it fits in that week', () => {
    const approx = between('1', 'A', '2026-11-07T23:00:00Z', '2026-11-13T23:00:00Z');
    expect(joinWeekOf(approx, PARIS, 1)).toMatchObject({ week: { key: '2026-11-09' }, approximate: true });
    const inside = between('2', 'B', '2026-11-09T23:00:00Z', '2026-11-10T23:00:00Z');
    expect(joinWeekOf(inside, PARIS, 1)).toMatchObject({ week: { key: '2026-11-09' }, approximate: false });
    expect(joinWeekOf({}, PARIS, 1)).toBeUndefined();
    expect(joinWeekOf({ joinedAfter: '2026-11-09T00:00:00Z' }, PARIS, 1)).toBeUndefined();
  });
});

describe('dueItems: members', () => {
  const welcome = only('personal-welcome');

  it('is due from the start of the admin’s local day of the join, overdue after three days', () => {
    const member = exact('100', 'Jean-Pierre Martin', '2026-11-20T15:00:00Z');
    // Due for the whole local day (here a day-level queue: an anniversary shows from the morning).
    expect(summary(dueItems([member], welcome, [], new Date('2026-11-19T22:59:00Z'), PARIS))).toEqual([]);
    expect(dueItems([member], welcome, [], new Date('2026-11-19T23:00:00Z'), PARIS)).toHaveLength(1);
    expect(summary(dueItems([member], welcome, [], new Date('2026-11-22T12:00:00Z'), PARIS))).toEqual([
      { step: 'personal-welcome', who: '100', since: '2026-11-19T23:00:00.000Z', overdue: false },
    ]);
    expect(dueItems([member], welcome, [], new Date('2026-11-22T23:00:00Z'), PARIS)[0]?.overdue).toBe(true);
    // Past its 30-day expiry it is no longer proposed.
    expect(dueItems([member], welcome, [], new Date('2026-12-20T00:00:00Z'), PARIS)).toEqual([]);
  });

  it('uses the admin’s day: the same join is due a day apart in Montreal and Paris', () => {
    const member = exact('100', 'Chloé', '2026-11-20T03:00:00Z'); // 22:00 on the 19th in Montreal
    const now = new Date('2026-11-21T00:00:00Z');
    expect(dueItems([member], welcome, [], now, MONTREAL)[0]?.dueSince).toBe('2026-11-19T05:00:00.000Z');
    expect(dueItems([member], welcome, [], now, PARIS)[0]?.dueSince).toBe('2026-11-19T23:00:00.000Z');
  });

  it('never proposes a member with no join information, or only one bound, for join-relative steps', () => {
    const unknown: ScheduleMember = { groupId: group, memberId: '7', name: 'Sans Date' };
    const halfKnown: ScheduleMember = { ...unknown, memberId: '8', joinedAfter: '2026-11-01T00:00:00Z' };
    const reversed = between('9', 'Reversed', '2026-11-10T00:00:00Z', '2026-11-01T00:00:00Z');
    const now = new Date('2027-06-01T00:00:00Z');
    expect(dueItems([unknown, halfKnown, reversed], defaultCadence, [], now, PARIS)).toEqual([]);
  });

  it('waits until a step is surely due for an approximate join (the latest possible join + offset)', () => {
    // "Joined in September" in Paris: [1 Sep 00:00, 1 Oct 00:00) local time.
    const member = between('200', 'Amélie', '2026-08-31T22:00:00Z', '2026-09-30T22:00:00Z');
    const checkIn = only('two-month-check-in');
    // 1 November could be two months already, but not surely.
    expect(dueItems([member], checkIn, [], new Date('2026-11-15T12:00:00Z'), PARIS)).toEqual([]);
    const [item] = dueItems([member], checkIn, [], new Date('2026-11-30T12:00:00Z'), PARIS);
    expect(item).toMatchObject({ type: 'member', approximate: true, dueSince: '2026-11-29T23:00:00.000Z' });
  });

  it('adds calendar months across a DST change (offset +02:00 at join, +01:00 at the check-in)', () => {
    const member = exact('300', 'Léa', '2026-09-01T08:00:00Z');
    const [item] = dueItems(
      [member],
      only('two-month-check-in'),
      [],
      new Date('2026-11-01T12:00:00Z'),
      PARIS,
    );
    expect(item?.dueSince).toBe('2026-10-31T23:00:00.000Z'); // 1 November 00:00 in Paris
  });

  it('a 29 February joiner’s first anniversary falls on 28 February', () => {
    const member = between('229', 'Bissextile', '2024-02-28T23:00:00Z', '2024-02-29T23:00:00Z');
    const anniversary = only('anniversary');
    expect(dueItems([member], anniversary, [], new Date('2025-02-27T22:59:00Z'), PARIS)).toEqual([]);
    const [item] = dueItems([member], defaultCadence, [], new Date('2025-02-28T10:00:00Z'), PARIS);
    expect(item).toMatchObject({
      stepId: 'anniversary',
      dueSince: '2025-02-27T23:00:00.000Z',
      approximate: false,
    });
    // In a leap year the same day exists again: four years on, it is 29 February.
    const fourYears = { steps: [{ ...anniversary.steps[0]!, offset: { years: 4 } }] };
    expect(dueItems([member], fourYears, [], new Date('2028-03-01T10:00:00Z'), PARIS)[0]?.dueSince).toBe(
      '2028-02-28T23:00:00.000Z',
    );
  });

  it('does not flood the queue with long-standing members on a first reading of the members list', () => {
    const veteran = between('400', 'Ancienne', '2023-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
    const oldWeek = exact('401', 'Old Week', '2026-10-01T10:00:00Z');
    expect(dueItems([veteran, oldWeek], defaultCadence, [], new Date('2026-11-22T12:00:00Z'), PARIS)).toEqual(
      [],
    );
  });

  it('lists oldest first and leaves disabled steps out', () => {
    const members = [
      exact('2', 'Zoé', '2026-11-21T10:00:00Z'),
      exact('1', 'Yanis', '2026-11-18T10:00:00Z'),
      exact('3', 'Ana', '2026-11-21T09:00:00Z'),
    ];
    const now = new Date('2026-11-22T12:00:00Z');
    const items = dueItems(members, welcome, [], now, PARIS);
    expect(items.map((item) => (item.type === 'member' ? item.name : ''))).toEqual(['Yanis', 'Ana', 'Zoé']);
    expect(items[0]?.overdue).toBe(true);
    expect(dueItems(members, setStepEnabled(welcome, 'personal-welcome', false), [], now, PARIS)).toEqual([]);
  });
});

describe('dueItems: history', () => {
  const member = exact('100', 'Jean-Pierre Martin', '2026-11-20T15:00:00Z');
  const welcome = only('personal-welcome');
  const now = new Date('2026-11-22T12:00:00Z');
  const entry = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
    groupId: group,
    memberId: '100',
    stepId: 'personal-welcome',
    status: 'done',
    at: '2026-11-21T09:00:00.000Z',
    by: 'Camille',
    ...overrides,
  });

  it('done and skipped close the item; history of another group or step does not', () => {
    expect(dueItems([member], welcome, [entry({})], now, PARIS)).toEqual([]);
    expect(dueItems([member], welcome, [entry({ status: 'skipped' })], now, PARIS)).toEqual([]);
    expect(dueItems([member], welcome, [entry({ groupId: '999' })], now, PARIS)).toHaveLength(1);
    expect(dueItems([member], welcome, [entry({ stepId: 'anniversary' })], now, PARIS)).toHaveLength(1);
  });

  it('a snoozed item comes back when the snooze ends, with its original due date', () => {
    const snooze = entry({ status: 'snoozed', until: '2026-11-24T08:00:00.000Z' });
    expect(dueItems([member], welcome, [snooze], now, PARIS)).toEqual([]);
    const later = dueItems([member], welcome, [snooze], new Date('2026-11-24T08:00:00Z'), PARIS);
    expect(later[0]).toMatchObject({ dueSince: '2026-11-19T23:00:00.000Z', overdue: true });
  });

  it('the latest snooze decides; a done from a co-admin wins over any snooze, in any order', () => {
    const long = entry({
      status: 'snoozed',
      at: '2026-11-21T09:00:00.000Z',
      until: '2026-12-01T00:00:00.000Z',
    });
    const short = entry({
      status: 'snoozed',
      at: '2026-11-21T10:00:00.000Z',
      until: '2026-11-22T00:00:00.000Z',
    });
    expect(dueItems([member], welcome, [long, short], now, PARIS)).toHaveLength(1);
    expect(dueItems([member], welcome, [short, long], now, PARIS)).toHaveLength(1);
    const doneEarlier = entry({ at: '2026-11-20T18:00:00.000Z', by: 'Sam' });
    expect(dueItems([member], welcome, [short, doneEarlier], now, PARIS)).toEqual([]);
  });

  it('markItem records who did what, and the item leaves the queue', () => {
    const [item] = dueItems([member], welcome, [], now, PARIS);
    if (!item) throw new Error('expected an item');
    const entries = markItem(item, {
      status: 'done',
      at: now,
      by: 'Camille',
      templateId: 'tend:personal-welcome',
    });
    expect(entries).toEqual([
      {
        groupId: group,
        memberId: '100',
        stepId: 'personal-welcome',
        status: 'done',
        at: now.toISOString(),
        by: 'Camille',
        templateId: 'tend:personal-welcome',
      },
    ]);
    expect(dueItems([member], welcome, entries, now, PARIS)).toEqual([]);
    expect(() => markItem(item, { status: 'snoozed', at: now, by: 'Camille' })).toThrow();
  });
});

describe('dueItems: weekly welcome', () => {
  const weekly = only('weekly-welcome');
  const members = [
    exact('1', 'Zoé Blanc', '2026-11-10T09:00:00Z'),
    exact('2', 'Ana Lima', '2026-11-12T09:00:00Z'),
    between('3', 'Marc Roy', '2026-11-07T23:00:00Z', '2026-11-13T23:00:00Z'), // middle in the week of 9 Nov
    exact('4', 'Next Week', '2026-11-17T09:00:00Z'),
  ];

  it('is due when the join week ends in the admin’s zone, with that week’s joiners only', () => {
    expect(dueItems(members, weekly, [], new Date('2026-11-15T22:00:00Z'), PARIS)).toEqual([]);
    const items = dueItems(members, weekly, [], new Date('2026-11-18T12:00:00Z'), PARIS);
    expect(items).toHaveLength(1);
    const [item] = items;
    if (item?.type !== 'week') throw new Error('expected a week item');
    expect(item.week.key).toBe('2026-11-09');
    expect(item.dueSince).toBe('2026-11-15T23:00:00.000Z');
    expect(item.members).toEqual([
      { memberId: '2', name: 'Ana Lima', approximate: false },
      { memberId: '3', name: 'Marc Roy', approximate: true },
      { memberId: '1', name: 'Zoé Blanc', approximate: false },
    ]);
  });

  it('marking the week done closes it for every member it named; a late-found joiner makes a new item', () => {
    const now = new Date('2026-11-18T12:00:00Z');
    const [item] = dueItems(members, weekly, [], now, PARIS);
    if (!item) throw new Error('expected an item');
    const history = markItem(item, { status: 'done', at: now, by: 'Camille' });
    expect(history).toHaveLength(3);
    expect(dueItems(members, weekly, history, now, PARIS)).toEqual([]);
    const late = exact('5', 'Lucie Late', '2026-11-11T09:00:00Z');
    const again = dueItems([...members, late], weekly, history, now, PARIS);
    expect(again).toHaveLength(1);
    expect(again[0]?.type === 'week' && again[0].members.map((member) => member.memberId)).toEqual(['5']);
  });
});

describe('mergeHistory', () => {
  const a: HistoryEntry = {
    groupId: group,
    memberId: '1',
    stepId: 'personal-welcome',
    status: 'done',
    at: '2026-11-21T09:00:00Z',
    by: 'Camille',
  };
  const sameActionOtherSpelling: HistoryEntry = { ...a, at: '2026-11-21T10:00:00.000+01:00' };
  const b: HistoryEntry = {
    ...a,
    memberId: '2',
    status: 'snoozed',
    until: '2026-11-25T00:00:00Z',
    by: 'Sam',
  };

  it('is a union that counts the same action once, however its time is written', () => {
    expect(mergeHistory([a], [sameActionOtherSpelling, b])).toEqual(mergeHistory([b, a]));
    expect(mergeHistory([a], [sameActionOtherSpelling])).toHaveLength(1);
  });

  it('is idempotent, order independent and associative (property)', () => {
    const entryArbitrary = fc.record({
      groupId: fc.constantFrom('g1', 'g2'),
      memberId: fc.constantFrom('1', '2', '3'),
      stepId: fc.constantFrom('personal-welcome', 'anniversary'),
      status: fc.constantFrom('done' as const, 'skipped' as const),
      at: fc
        .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 3) })
        .map((ms) => new Date(Math.floor(ms / HOUR) * HOUR).toISOString()),
      by: fc.constantFrom('Camille', 'Sam'),
    });
    const log = fc.array(entryArbitrary, { maxLength: 15 });
    fc.assert(
      fc.property(log, log, log, (x, y, z) => {
        const xy = mergeHistory(x, y);
        expect(mergeHistory(xy, y)).toEqual(xy);
        expect(mergeHistory(y, x)).toEqual(xy);
        expect(mergeHistory(mergeHistory(x, y), z)).toEqual(mergeHistory(x, mergeHistory(y, z)));
        expect(mergeHistory([...x].reverse())).toEqual(mergeHistory(x));
      }),
    );
  });
});

describe('membersListGap', () => {
  it('says when the members list has not been read for more than a week', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(membersListGap(undefined, now)).toEqual({ stale: true });
    expect(membersListGap('2026-11-20T12:00:00Z', now).stale).toBe(false);
    expect(membersListGap('2026-11-15T12:00:00Z', now)).toEqual({
      stale: true,
      lastReadAt: '2026-11-15T12:00:00Z',
    });
  });
});
