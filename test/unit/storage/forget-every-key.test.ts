/**
 * "Forget and never record again" holds for every key a person was known by: their numeric id, their vanity name
 * (the reader keys a person by it when a page shows no number), whichever of them a later page shows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { forgetMember } from '@/storage/forget';
import { applyImport, parseMemberLogText } from '@/storage/import';
import { GROUP, day, freshDb, ingest, listed, post } from './helpers';

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('forget-keys');
});
afterEach(async () => db.delete());

const memberKeys = async () => (await db.members.toArray()).map((row) => row.memberId).sort();

describe('never record again, whatever key a later page shows', () => {
  it('a member known by number and vanity: a later vanity-only sighting is refused', async () => {
    await ingest(db, day(0), [
      listed('100', 'Camille Roux', { vanity: 'camille.roux' }),
      listed('200', 'Ana'),
    ]);
    await forgetMember(db, GROUP, '100', { neverRecordAgain: true });
    const result = await ingest(db, day(1), [post('camille.roux', 'p1'), post('300', 'p2')]);
    expect(result).toEqual({ added: 1, updated: 0 });
    expect(await memberKeys()).toEqual(['200', '300']);
    expect((await db.sightings.toArray()).filter((row) => row.memberId === 'camille.roux')).toEqual([]);
  });

  it('a vanity they were seen under only in a sighting is covered too', async () => {
    await ingest(db, day(0), [post('100', 'p1', 'Camille Roux')]);
    await ingest(db, day(0), [{ ...post('100', 'p2', 'Camille Roux'), vanity: 'camille.roux' }]);
    // The member row keeps the vanity; an older one, before a rename, lives on in a sighting.
    await ingest(db, day(0), [{ ...post('100', 'p3', 'Camille Roux'), vanity: 'camille.r' }]);
    await forgetMember(db, GROUP, '100', { neverRecordAgain: true });
    await ingest(db, day(1), [post('camille.roux', 'p4'), post('camille.r', 'p5')]);
    expect(await memberKeys()).toEqual([]);
  });

  it('a member known only by vanity: later seen with their number, refused, and from then on by number alone', async () => {
    await ingest(db, day(0), [post('jordan.price', 'p1', 'Jordan Price')]);
    await forgetMember(db, GROUP, 'jordan.price', { neverRecordAgain: true });
    await ingest(db, day(1), [{ ...post('200', 'p2', 'Jordan Price'), vanity: 'jordan.price' }]);
    await ingest(db, day(2), [post('200', 'p3', 'Jordan Price')]);
    expect(await memberKeys()).toEqual([]);
    expect(await db.sightings.count()).toBe(0);
  });

  it('an imported row carrying a forgotten vanity is dropped', async () => {
    const other = await freshDb('forget-keys-file');
    await ingest(other, day(0), [
      listed('200', 'Jordan Price', { vanity: 'jordan.price' }),
      listed('300', 'Ana'),
    ]);
    const text = await exportLogText(other, undefined, new Date(day(1)));
    await other.delete();
    await ingest(db, day(0), [post('jordan.price', 'p1', 'Jordan Price')]);
    await forgetMember(db, GROUP, 'jordan.price', { neverRecordAgain: true });
    const parsed = parseMemberLogText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const preview = await applyImport(db, parsed);
    expect(preview.skippedForgotten).toBeGreaterThan(0);
    expect(await memberKeys()).toEqual(['300']);
  });
});
