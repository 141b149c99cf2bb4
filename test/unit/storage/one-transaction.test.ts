/**
 * One batch, one transaction: finding the group, merging what was kept under its vanity name, mapping vanity names
 * to numeric ids, storing and merging a person's vanity row all happen together or not at all. A write that fails
 * part-way (here: a hook that throws, as a full disk would) leaves the log exactly as it was before the batch.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import { GROUP, day, freshDb, hashAllTables, ingest, listed, post } from './helpers';

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('one-transaction');
});
afterEach(async () => db.delete());

type Hook = (key: unknown, row: { itemId?: string } | undefined) => void;
/** Makes the first write of `table` that `matches` fail, like a disk that is full at that moment. */
function failNext(
  table: 'sightings' | 'members',
  event: 'creating' | 'deleting',
  matches: (row: { itemId?: string } | undefined) => boolean = () => true,
) {
  const hook = db[table].hook as unknown as (name: string) => {
    subscribe(fn: Hook): void;
    unsubscribe(fn: Hook): void;
  };
  const fail: Hook = (_key, row) => {
    if (!matches(row)) return;
    hook(event).unsubscribe(fail);
    throw new Error('disk full');
  };
  hook(event).subscribe(fail);
}

describe('one batch, one transaction', () => {
  it('a batch that fails after its group was found under the vanity name leaves that group unmerged', async () => {
    await ingest(db, day(0), [listed('100', 'Camille Roux')], 'group-members', 'catsitters');
    const before = await hashAllTables(db);
    // The page's own sighting fails, after the group's rows were moved to its numeric id.
    failNext('sightings', 'creating', (row) => row?.itemId === 'p1');
    const batch = {
      groupId: GROUP,
      groupVanity: 'catsitters',
      pageKind: 'group-feed' as const,
      readAt: day(1),
      sightings: [post('200', 'p1')],
    };
    await expect(ingestSightings(db, batch)).rejects.toThrow();
    expect(await hashAllTables(db)).toBe(before);
    // The same batch, written again once the disk has room, merges and stores all of it.
    await ingestSightings(db, batch);
    expect((await db.members.toArray()).map((row) => [row.groupId, row.memberId])).toEqual([
      [GROUP, '100'],
      [GROUP, '200'],
    ]);
  });

  it('a batch whose vanity-row merge fails stores none of its sightings either', async () => {
    await ingest(db, day(0), [post('jordan.price', 'p1', 'Jordan Price')]);
    const before = await hashAllTables(db);
    failNext('members', 'deleting');
    const both = [{ ...post('200', 'p2', 'Jordan Price'), vanity: 'jordan.price' }, post('300', 'p3')];
    await expect(ingest(db, day(1), both)).rejects.toThrow();
    expect(await hashAllTables(db)).toBe(before);
    await ingest(db, day(1), both);
    const rows = await db.members.toArray();
    expect(rows.map((row) => [row.memberId, row.postCount])).toEqual([
      ['200', 2],
      ['300', 1],
    ]);
  });
});
