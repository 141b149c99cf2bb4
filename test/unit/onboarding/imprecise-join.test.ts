/**
 * The one-year word goes to members whose join Tend knows well enough to place it: a members list full of
 * "Joined about 2 years ago" (somewhere between one and three years) or "Joined about a year ago" (between none and
 * two) must not bring everyone up as due for "one year in the group", today or a year later. A join-relative step
 * is proposed only when the join interval is no wider than the time the step stays fitting once due (its expiry,
 * plus its overdue days); a join known to the day or to the month ("Joined 11 months ago") still gets it.
 */
import 'fake-indexeddb/auto';
import { add } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { groupDueCount, groupQueue } from '@/storage/onboarding-queue';
import { defaultSettings, type Settings } from '@/storage/settings';
import { readJoinLine } from '@/utils/facebook/time';
import { GROUP, freshDb, ingest, listed } from '../storage/helpers';

const READ_AT = new Date('2026-06-10T09:00:00.000Z');
const settings: Settings = {
  ...defaultSettings,
  onboarding: { ...defaultSettings.onboarding, timeZone: 'UTC' },
};

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('imprecise-join');
  const clock = { now: READ_AT, timeZone: 'UTC' };
  const line = (memberId: string, raw: string) => {
    const { rawJoin, joinedAfter, joinedBefore, joinPrecision } = readJoinLine(raw, clock);
    return listed(memberId, `Member ${memberId}`, {
      rawJoin,
      ...(joinedAfter ? { joinedAfter, joinedBefore, joinPrecision } : {}),
    });
  };
  await ingest(db, READ_AT.toISOString(), [
    ...Array.from({ length: 30 }, (_, n) => line(`two-years-${n}`, 'Joined about 2 years ago')),
    ...Array.from({ length: 30 }, (_, n) => line(`a-year-${n}`, 'Joined about a year ago')),
    line('exact', 'Joined on June 3, 2025'),
    line('months', 'Joined 12 months ago'),
    line('recent', 'Joined 3 days ago'),
  ]);
});
afterEach(async () => db.delete());

const anniversaries = async (now: Date) =>
  (await groupQueue(db, GROUP, settings, 'en', now)).items
    .filter((item) => item.stepId === 'anniversary')
    .map((item) => (item.type === 'member' ? item.memberId : item.id))
    .sort();

describe('the one-year word with imprecise join dates', () => {
  it('the day the list is read: only the members whose join is known to the day or the month', async () => {
    expect(await anniversaries(READ_AT)).toEqual(['exact', 'months']);
  });

  it('a year later: not the thirty who joined "about a year ago" (none to three years in by then)', async () => {
    // Only the member who joined three days before the reading, whose first year is now.
    for (const days of [0, 10, 25]) {
      expect(await anniversaries(add(READ_AT, { years: 1, days }))).toEqual(['recent']);
    }
  });

  it('the toolbar badge counts the same queue', async () => {
    const items = (await groupQueue(db, GROUP, settings, 'en', READ_AT)).items.length;
    expect(await groupDueCount(db, GROUP, settings, 'en', READ_AT)).toBe(items);
  });

  it('the welcome of the member who joined three days ago is still proposed', async () => {
    const items = (await groupQueue(db, GROUP, settings, 'en', READ_AT)).items;
    expect(items.some((item) => item.type === 'member' && item.memberId === 'recent')).toBe(true);
  });
});
