// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP, day, ingest, listed } from '../storage/helpers';
import { admin, newRing, remoteDb, syncAll, tablesOf, withRing } from './helpers';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

describe('removing a co-admin rotates the key', () => {
  it('the others go on under the new key; the removed one reads nothing new and writes nothing that is kept', async () => {
    const ring = newRing();
    const url = `${server.url}/share-rotate`;
    const [alice, bob, carol] = [await admin(ring, url), await admin(ring, url), await admin(ring, url)];
    await ingest(alice.db, day(0), [listed('100004517623', 'Chloé Lefèvre')]);
    await ingest(carol.db, day(0), [listed('100009912345', 'Zoé Martin')]);
    await syncAll([alice, bob, carol]);
    await alice.engine.forget('100009912345', { neverRecordAgain: true });
    await syncAll([alice, bob, carol]);

    // Carol is removed: alice rotates; bob gets the new key (a new invite).
    const rotated = await alice.engine.rotate();
    expect(rotated.epochs.map((epoch) => epoch.epoch)).toEqual([2]);
    expect(rotated.epochs[0]!.secret).not.toBe(ring.epochs[0]!.secret);
    const bob2 = await withRing(bob, rotated);
    await ingest(alice.db, day(1), [listed('100007770001', 'Ana Silva')]);
    await ingest(carol.db, day(1), [listed('100001112223', 'Intruder Written')]);
    await syncAll([alice, bob2]);
    const carolReport = await carol.engine.sync();
    await syncAll([alice, bob2]);

    expect(await bob2.db.members.get([GROUP, '100007770001'])).toBeDefined();
    expect(await carol.db.members.get([GROUP, '100007770001'])).toBeUndefined();
    expect(carolReport.status.waitingForKey).toBeGreaterThan(0);
    for (const one of [alice, bob2])
      expect(await one.db.members.get([GROUP, '100001112223'])).toBeUndefined();
    // The forget survived the rotation: a co-admin who joins under the new key does not record Zoé either.
    const dave = await admin(rotated, url);
    await syncAll([alice, bob2, dave]);
    await ingest(dave.db, day(2), [listed('100009912345', 'Zoé Martin')]);
    await syncAll([alice, bob2, dave]);
    for (const one of [alice, bob2, dave])
      expect(await one.db.members.get([GROUP, '100009912345'])).toBeUndefined();
    const [a, b, d] = [await tablesOf(alice.db), await tablesOf(bob2.db), await tablesOf(dave.db)];
    for (const table of Object.keys(a)) expect([b[table], d[table]], table).toEqual([a[table], a[table]]);
    // Only documents of the new key are left on the server.
    const ids = (await remoteDb(url).allDocs()).rows.map((row) => row.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !id.startsWith('e2.'))).toEqual([]);
  }, 60_000);
});
