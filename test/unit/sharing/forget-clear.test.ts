// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote } from '@/storage/records';
import { GROUP, day, ingest, listed, post } from '../storage/helpers';
import { admin, newRing, remoteDb, syncAll, tablesOf } from './helpers';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

const [CHLOE, ZOE, ANA] = ['100004517623', '100009912345', '100007770001'];
const rowsOf = async (db: Awaited<ReturnType<typeof admin>>['db'], memberId: string) =>
  (await db.members.where('[groupId+memberId]').equals([GROUP, memberId]).count()) +
  (await db.sightings.where('[groupId+memberId]').equals([GROUP, memberId]).count()) +
  (await db.notes.where('[groupId+memberId]').equals([GROUP, memberId]).count());

describe('forgetting and clearing propagate', () => {
  it('a forget reaches every co-admin; "never record again" holds on each, also for one who joins later', async () => {
    const ring = newRing();
    const url = `${server.url}/share-forget`;
    const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
    await ingest(alice.db, day(0), [
      listed(CHLOE, 'Chloé Lefèvre'),
      listed(ZOE, 'Zoé Martin'),
      listed(ANA, 'Ana Silva'),
    ]);
    await ingest(bob.db, day(1), [
      post(ZOE, '4441', 'Zoé Martin', day(1)),
      post(ANA, '4442', 'Ana Silva', day(1)),
    ]);
    await addNote(
      bob.db,
      { groupId: GROUP, memberId: ZOE, text: 'Private note', author: 'Bob' },
      new Date(day(1)),
    );
    await syncAll([alice, bob]);

    await alice.engine.forget(ZOE);
    await alice.engine.forget(ANA, { neverRecordAgain: true });
    await syncAll([alice, bob]);
    expect([await rowsOf(bob.db, ZOE), await rowsOf(bob.db, ANA)]).toEqual([0, 0]);
    expect(await rowsOf(bob.db, CHLOE)).toBe(2); // her member row and the members-list sighting

    // Zoé posts again and bob sees it: a plain forget lets her be recorded anew, from then on only.
    await ingest(bob.db, day(5), [
      post(ZOE, '4443', 'Zoé Martin', day(5)),
      post(ANA, '4444', 'Ana Silva', day(5)),
    ]);
    const carol = await admin(ring, url);
    await syncAll([alice, bob, carol]);
    expect(await alice.db.sightings.where('[groupId+memberId]').equals([GROUP, ZOE]).primaryKeys()).toEqual([
      `${GROUP}|${ZOE}|post|4443`,
    ]);
    await ingest(carol.db, day(6), [post(ANA, '4445', 'Ana Silva', day(6))]);
    await syncAll([alice, bob, carol]);
    for (const one of [alice, bob, carol]) expect(await rowsOf(one.db, ANA)).toBe(0);
    const [a, b, c] = [await tablesOf(alice.db), await tablesOf(bob.db), await tablesOf(carol.db)];
    for (const table of Object.keys(a)) expect([b[table], c[table]], table).toEqual([a[table], a[table]]);
  }, 60_000);

  it('clearing the group clears it for every co-admin and leaves only the fact of the clear on the server', async () => {
    const ring = newRing();
    const url = `${server.url}/share-clear`;
    const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
    await ingest(alice.db, day(0), [listed(CHLOE, 'Chloé Lefèvre'), listed(ZOE, 'Zoé Martin')]);
    await ingest(bob.db, day(1), [post(ANA, '4442', 'Ana Silva', day(1))]);
    await syncAll([alice, bob]);

    await alice.engine.clear();
    await syncAll([alice, bob]);
    for (const one of [alice, bob]) {
      const tables = await tablesOf(one.db);
      expect(Object.values(tables).flat()).toEqual([]);
    }
    const live = await remoteDb(url).allDocs();
    expect(live.rows).toHaveLength(1);
    // Reading the group again after the clear is shared as usual.
    await ingest(bob.db, day(3), [post(CHLOE, '4450', 'Chloé Lefèvre', day(3))]);
    await syncAll([alice, bob]);
    expect(await alice.db.members.count()).toBe(1);
    expect(await alice.db.sightings.count()).toBe(1);
  }, 60_000);
});
