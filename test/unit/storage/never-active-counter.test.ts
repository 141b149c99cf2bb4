/**
 * The count of members never seen active (coverage `neverActive`, schema v8) is kept at every write, so the glance
 * reads it instead of counting an index range of up to the whole group: members read, seen posting, merged from a
 * vanity name into their number, forgotten, imported. At each step it equals the members stored (the crash guard's
 * integrity check says so too, and finds a counter that was broken on purpose), and the glance's never-active count
 * equals the index count it replaces.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TABLES, type TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { forgetMember } from '@/storage/forget';
import { applyImport, parseMemberLogText } from '@/storage/import';
import { unseenCounts } from '@/storage/queries';
import type { Sighting } from '@/storage/schema';
import { integrityProblems } from '../../guards/integrity';
import { GROUP, freshDb, ingest, listed, post } from './helpers';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 5);
const at = (day: number, hour = 0) => new Date(start + day * DAY + hour * 3_600_000).toISOString();

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('never-active');
});
afterEach(async () => db.delete());

async function dump(database: TendDatabase) {
  return Object.fromEntries(
    await Promise.all(TABLES.map(async (table) => [table, await database.table(table).toArray()])),
  );
}

/** The counter, the members it counts, and what the crash guard says of the whole database. */
async function check(database: TendDatabase) {
  const members = (await database.members.toArray()).filter((member) => member.groupId === GROUP);
  return {
    counter: (await database.coverage.get(GROUP))?.neverActive,
    neverActive: members.filter((member) => member.everActive === 0).length,
    problems: integrityProblems(await dump(database)),
  };
}

/** The feed read every evening for `days` days from `from`, with a steady crowd, so the glance can count. */
async function readFeed(from: number, days: number, extra: Sighting[] = []) {
  for (let day = from; day < from + days; day += 1) {
    const crowd = [0, 1, 2, 3].map((n) => ({ ...post(`crowd${n}`, `c${day}-${n}`), at: at(day, 1 + 5 * n) }));
    await ingest(db, at(day, 20), day === from ? [...crowd, ...extra] : crowd);
  }
}

describe('the never-active counter', () => {
  it('follows members read, seen active, merged and forgotten', async () => {
    await ingest(db, at(0, 9), [
      listed('100', 'Chloé'),
      listed('101', 'Jordan'),
      listed('102', 'Ana'),
      listed('ana.vanity', 'Ana V'),
    ]);
    expect(await check(db)).toEqual({ counter: 4, neverActive: 4, problems: [] });
    await readFeed(0, 2, [{ ...post('100', 'p1'), at: at(0, 12) }]);
    expect(await check(db)).toMatchObject({ counter: 3, neverActive: 3, problems: [] });
    await ingest(db, at(3, 9), [
      { ...listed('103', 'Ana V'), profileUrl: `https://www.facebook.com/ana.vanity` },
    ]);
    const merged = await check(db);
    expect(merged.counter).toBe(merged.neverActive);
    expect(merged.problems).toEqual([]);
    await forgetMember(db, GROUP, '101');
    expect(await check(db)).toMatchObject({ counter: merged.neverActive - 1, problems: [] });
  });

  it('the glance counts never-active members as the index range did, before and after an import', async () => {
    await ingest(db, at(0, 9), [
      listed('old', 'Old', { joinedAfter: at(-400), joinedBefore: at(-399), joinPrecision: 'day' }),
      listed('lurker', 'Lurker'),
      listed('late', 'Late', { joinedAfter: at(60), joinedBefore: at(61), joinPrecision: 'day' }),
    ]);
    await readFeed(0, 70, [{ ...post('poster', 'p1'), at: at(0, 12) }]);
    const now = new Date(at(69, 21));
    const byIndex = await db.members
      .where('[groupId+everActive+quietSince+memberId]')
      .between(
        [GROUP, 0, -Infinity, -Infinity],
        [GROUP, 0, (await unseenCounts(db, GROUP, now)).coverage.quietCutoff!, -Infinity],
      )
      .count();
    expect((await unseenCounts(db, GROUP, now)).counts!.neverActive).toBe(byIndex);
    expect(byIndex).toBe(2);

    const copy = await freshDb('never-active-copy');
    const parsed = parseMemberLogText(await exportLogText(db, undefined, now));
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(copy, parsed);
    expect((await unseenCounts(copy, GROUP, now)).counts!.neverActive).toBe(byIndex);
    expect(integrityProblems(await dump(copy))).toEqual([]);
    await copy.delete();
  });

  it('control: a counter broken on purpose is found by the integrity check', async () => {
    await ingest(db, at(0, 9), [listed('100', 'Chloé'), listed('101', 'Jordan')]);
    const coverage = (await db.coverage.get(GROUP))!;
    await db.coverage.put({ ...coverage, neverActive: coverage.neverActive! + 1 });
    expect((await check(db)).problems).toEqual([`group ${GROUP}: coverage counts 3 never active, 2 stored`]);
  });
});
