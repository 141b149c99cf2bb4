/**
 * The glance's weekly figures read as keys and counts (`activeMembersPerWeek`, `joinersPerWeek`) say what reading
 * every row says: distinct members who posted or commented in each week, members whose join middle falls in it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { activeMembersPerWeek, joinersPerWeek, weekBounds, type WeekRange } from '@/storage/queries';
import { comment, freshDb, ingest, listed, post } from './helpers';

const GROUP = '1234567';
const OTHER = 'cats.of.lyon';
const NOW = new Date('2026-03-20T12:00:00Z');
const DAY = 86_400_000;

function lastWeeks(count: number): WeekRange[] {
  const weeks: WeekRange[] = [];
  let cursor = NOW;
  for (let index = 0; index < count; index++) {
    const week = weekBounds(cursor, 'Europe/Paris', 1);
    weeks.unshift(week);
    cursor = new Date(Date.parse(week.start) - 1);
  }
  return weeks;
}

/** The reading the glance did before: every row of the range, bucketed by week. */
async function byRows(db: TendDatabase, groupId: string, weeks: WeekRange[]) {
  const bucket = (at: string | undefined) =>
    at === undefined ? -1 : weeks.findIndex((week) => at >= week.start && at < week.end);
  const active = weeks.map(() => new Set<string>());
  for (const row of await db.sightings.toArray()) {
    if (row.groupId !== groupId) continue;
    const index = bucket(row.activityAt);
    if (index >= 0) active[index]!.add(row.memberId);
  }
  const joiners = weeks.map(() => 0);
  for (const row of await db.members.toArray()) {
    const index = row.groupId === groupId ? bucket(row.joinMiddle) : -1;
    if (index >= 0) joiners[index]! += 1;
  }
  return { active: active.map((set) => set.size), joiners };
}

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => db.delete());

describe('the glance per week', () => {
  it('counts distinct active members and joiners per week as reading every row does', async () => {
    const ids = ['100001', '100002', 'jordan.price', 'a_b-c', '100005', '9'];
    for (let day = 0; day < 100; day += 3) {
      const at = new Date(+NOW - day * DAY - 5 * 3_600_000).toISOString();
      for (const groupId of [GROUP, OTHER]) {
        const sightings = ids.flatMap((id, index) =>
          (day + index) % 4 === 0
            ? [post(id, `p${day}-${index}`, `Member ${id}`, at), comment(id, `c${day}-${index}`)]
            : (day + index) % 3 === 0
              ? [comment(id, `c${day}-${index}`)]
              : [],
        );
        if (sightings.length) await ingest(db, at, sightings, 'group-feed', groupId);
        const joined = new Date(+NOW - day * DAY);
        await ingest(
          db,
          at,
          [
            listed(`${day}00${groupId === GROUP ? 1 : 2}`, `Joiner ${day}`, {
              joinedAfter: new Date(+joined - 2 * DAY).toISOString(),
              joinedBefore: joined.toISOString(),
            }),
          ],
          'group-members',
          groupId,
        );
      }
    }
    const weeks = lastWeeks(12);
    for (const groupId of [GROUP, OTHER]) {
      const expected = await byRows(db, groupId, weeks);
      expect(expected.active.some((count) => count > 1)).toBe(true);
      expect(expected.joiners.some((count) => count > 0)).toBe(true);
      expect(await activeMembersPerWeek(db, groupId, weeks)).toEqual(expected.active);
      expect(await joinersPerWeek(db, groupId, weeks)).toEqual(expected.joiners);
    }
  });
});
