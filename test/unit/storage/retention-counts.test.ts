/**
 * Retention removes a sighting's detail, never the fact that it was counted: a post seen on day 0, pruned at day
 * 400 and seen again on day 401 is still one post.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { clearGroup, forgetMember } from '@/storage/forget';
import { applyImport, parseMemberLogText } from '@/storage/import';
import { ingestSightings } from '@/storage/ingest';
import { pruneSightings } from '@/storage/retention';
import { GROUP, comment, day, freshDb, ingest, post } from './helpers';

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('retention-counts');
});
afterEach(async () => db.delete());

const counts = async (memberId: string) => {
  const row = await db.members.get([GROUP, memberId]);
  return [row?.postCount, row?.commentCount];
};

describe('counts survive retention', () => {
  it('a post and a comment seen again after their sightings were pruned count once', async () => {
    await ingest(db, day(0), [post('100', 'p1'), comment('100', 'c1')]);
    expect(await pruneSightings(db, new Date(day(400)), 365)).toBe(2);
    await ingest(db, day(401), [post('100', 'p1'), comment('100', 'c1'), post('100', 'p2')]);
    expect(await counts('100')).toEqual([2, 1]);
    // What is kept is the item's key alone, no name, link or time.
    const kept = await db.counted.toArray();
    expect(kept.map((row) => Object.keys(row))).toEqual([['key'], ['key'], ['key']]);
  });

  it('forgetting a member, or clearing the group, removes what was counted for them', async () => {
    await ingest(db, day(0), [post('100', 'p1'), post('200', 'p2')]);
    await forgetMember(db, GROUP, '100');
    expect((await db.counted.toArray()).map((row) => row.key)).toEqual([`${GROUP}|200|post|p2`]);
    // Forgotten without "never again" and seen again: counted afresh, once.
    await ingest(db, day(1), [post('100', 'p1')]);
    expect(await counts('100')).toEqual([1, 0]);
    await clearGroup(db, GROUP);
    expect(await db.counted.count()).toBe(0);
  });

  it('a group merged into its numeric id, and a vanity row into its member, keep what was counted', async () => {
    await ingest(db, day(0), [post('jordan.price', 'p1', 'Jordan')], 'group-feed', 'catsitters');
    await pruneSightings(db, new Date(day(400)), 365);
    await ingestBatch({ groupVanity: 'catsitters', sightings: [post('300', 'p3')] });
    await ingestBatch({ sightings: [{ ...post('200', 'p2', 'Jordan'), vanity: 'jordan.price' }] });
    await ingestBatch({ sightings: [post('jordan.price', 'p1', 'Jordan')] });
    expect(await counts('200')).toEqual([2, 0]);
  });

  it('a post brought by an import, pruned, then read here counts once', async () => {
    const other = await freshDb('retention-counts-file');
    await ingest(other, day(300), [post('100', 'p1')]);
    const parsed = parseMemberLogText(await exportLogText(other, undefined, new Date(day(300))));
    await other.delete();
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(db, parsed);
    await pruneSightings(db, new Date(day(700)), 365);
    await ingest(db, day(701), [post('100', 'p1')]);
    expect(await counts('100')).toEqual([1, 0]);
  });
});

async function ingestBatch(extra: { groupVanity?: string; sightings: ReturnType<typeof post>[] }) {
  return ingestSightings(db, { groupId: GROUP, pageKind: 'group-feed', readAt: day(401), ...extra });
}

describe('upgrade to the counted table', () => {
  it('keeps every row and counts every post and comment already stored', async () => {
    const name = `counted-upgrade-${crypto.randomUUID()}`;
    const previous = SCHEMA_VERSIONS.find((entry) => 'counted' in entry.stores)!.version - 1;
    // Seed the previous version with the rows the current code writes, then upgrade it.
    const seeded = new TendDatabase(`${name}-seeded`);
    await seeded.open();
    await ingest(seeded, day(0), [post('100', 'p1'), comment('100', 'c1'), post('200', 'p2')]);
    const rows = {
      sightings: await seeded.sightings.toArray(),
      members: await seeded.members.toArray(),
      groups: await seeded.groups.toArray(),
    };
    await seeded.delete();
    await Dexie.delete(name);
    const before = new Dexie(name);
    before.version(previous).stores(SCHEMA_VERSIONS[previous - 1]!.stores);
    await before.open();
    await before.table('sightings').bulkPut(rows.sightings);
    await before.table('members').bulkPut(rows.members);
    await before.table('groups').bulkPut(rows.groups);
    before.close();
    const after = new TendDatabase(name);
    await after.open();
    expect(await after.sightings.toArray()).toEqual(rows.sightings);
    expect(await after.members.toArray()).toEqual(rows.members);
    expect(await after.groups.toArray()).toEqual(rows.groups);
    expect((await after.counted.toArray()).map((row) => row.key).sort()).toEqual(
      rows.sightings.map((row) => row.key).sort(),
    );
    await after.delete();
  });
});
