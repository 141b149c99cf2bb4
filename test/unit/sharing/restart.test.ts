// @vitest-environment node
/**
 * The server stops in the middle of a sync (between two batches of a push) and comes back with what it had
 * stored: the sync reports it unreachable, and the next syncs lose nothing and double nothing.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sighting } from '@/storage/schema';
import { REPLICATION_BATCH } from '@/storage/sharing/engine';
import { GROUP, day, ingest, listed, post } from '../storage/helpers';
import { admin, newRing, remoteDb, syncAll, tablesOf } from './helpers';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ persistent: true });
}, 60_000);
afterAll(async () => server.close());

const members = (from: number, count: number, prefix: string): Sighting[] =>
  Array.from({ length: count }, (_, index) => listed(`${from + index}`, `${prefix} ${index}`));
/** Alice reads enough people for her first push to take two batches and a half. */
const ALICE = Math.round(REPLICATION_BATCH * 2.5);

const posts = (from: number, count: number): Sighting[] =>
  Array.from({ length: count }, (_, index) =>
    post(`${from + index}`, `${900_000 + from + index}`, `Poster ${index}`, day(2)),
  );

describe('the server stops mid-sync', () => {
  it('nothing is lost, nothing doubled', async () => {
    const ring = newRing();
    const url = `${server.url}/share-restart`;
    let bulkPushes = 0;
    let stopped = false;
    const alice = await admin(ring, url, undefined, async (address, init) => {
      if (!address.includes('_bulk_docs') || init?.method !== 'POST') return;
      bulkPushes += 1;
      // The second batch of alice's first push: the server goes away before it arrives.
      if (bulkPushes === 2 && !stopped) {
        stopped = true;
        await server.stop();
      }
    });
    const bob = await admin(ring, url);
    await ingest(alice.db, day(0), members(100_000_000_000, ALICE, 'Alice reads'));
    await ingest(bob.db, day(1), [
      ...members(200_000_000_000, 120, 'Bob reads'),
      ...posts(100_000_000_000, 40),
    ]);

    const interrupted = await alice.engine.sync();
    expect(interrupted.ok).toBe(false);
    expect(interrupted.status.connection).toBe('unreachable');
    expect(interrupted.status.pending).toBeGreaterThan(0);
    const offline = await bob.engine.sync();
    expect(offline.status.connection).toBe('unreachable');

    await server.start();
    // Mid-sync indeed: the first batch is stored, the rest is not.
    expect(stopped).toBe(true);
    const partial = (await remoteDb(url).allDocs()).rows.length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ALICE);
    await syncAll([alice, bob]);

    const [a, b] = [await tablesOf(alice.db), await tablesOf(bob.db)];
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
    expect(await alice.db.members.count()).toBe(ALICE + 120);
    expect(await alice.db.sightings.count()).toBe(ALICE + 160);
    const poster = await bob.db.members.get([GROUP, '100000000000']);
    // Both readings of one person merged: bob's later name, alice's earlier one kept as a previous name.
    expect(poster).toMatchObject({ postCount: 1, name: 'Poster 0', previousNames: ['Alice reads 0'] });
    // One document per person, one for the group, one per watched day: none twice, none in conflict.
    const onServer = await remoteDb(url).allDocs({ include_docs: true, conflicts: true });
    const days = await alice.db.watch.count();
    expect(onServer.rows).toHaveLength(ALICE + 120 + 1 + days);
    expect(onServer.rows.filter((row) => (row.doc as { _conflicts?: unknown[] })._conflicts)).toEqual([]);
    expect((await alice.engine.status()).pending).toBe(0);
  }, 120_000);
});
