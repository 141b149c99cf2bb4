// @vitest-environment node
/**
 * Offline first, with the network to the server cut in the middle of a sync (a relay in front of the real
 * server drops every connection halfway through an answer): the status says the server could not be reached, in
 * English and in French; nothing of the log here is lost or half applied; and once the network is back the next
 * syncs converge both sides, table by table, with nothing doubled on the server.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { canonicalJson } from '@/storage/merge';
import type { Sighting } from '@/storage/schema';
import { REPLICATION_BATCH } from '@/storage/sharing/engine';
import { openEngine } from '@/storage/sharing/setup';
import { newOrigin } from '@/utils/sharing/config';
import type { PouchDB } from '@/storage/sharing/pouch';
import { GROUP, day, freshDb, ingest, listed } from '../storage/helpers';
import { admin, newRing, remoteDb, syncAll, tablesOf, type Admin } from './helpers';
import { cable, startServer, type Cable, type TestServer } from './server';
import { expectWords } from './words';

let server: TestServer;
let network: Cable;
beforeAll(async () => {
  server = await startServer();
  network = await cable(server);
}, 60_000);
afterAll(async () => {
  await network.close();
  await server.close();
});

const members = (from: number, count: number, prefix: string): Sighting[] =>
  Array.from({ length: count }, (_, index) => listed(`${from + index}`, `${prefix} ${index}`));
/** Enough people for a first sync to take two batches and a half each way. */
const MANY = Math.round(REPLICATION_BATCH * 2.5);
const ALICE_FROM = 100_000_000_000;
const BOB_FROM = 200_000_000_000;

/** Each person's rows in the tables that hold people, as text (key order ignored). */
async function rowsByPerson(db: TendDatabase): Promise<Map<string, string[]>> {
  const byPerson = new Map<string, string[]>();
  for (const row of [...(await db.members.toArray()), ...(await db.sightings.toArray())]) {
    const rows = byPerson.get(row.memberId) ?? [];
    byPerson.set(row.memberId, [...rows, canonicalJson(row)]);
  }
  return byPerson;
}

/** The ids of the people read here from `from` on. */
async function peopleFrom(db: TendDatabase, from: number): Promise<string[]> {
  const ids = (await db.members.toArray()).map((row) => row.memberId);
  return ids.filter((id) => Number(id) >= from && Number(id) < from + 100_000_000_000);
}

/** Cuts the network once the `nth` request whose address has `part` has been sent and `bytes` answered. */
function cutAt(part: string, nth: number, bytes: number, silently?: 'silently') {
  let seen = 0;
  return async (address: string, init: RequestInit | undefined) => {
    if (!address.includes(part) || init?.method !== 'POST') return;
    seen += 1;
    if (seen === nth) network.cutAfter(bytes, silently);
  };
}

async function expectConverged(alice: Admin, bob: Admin, url: string): Promise<void> {
  const [a, b] = [await tablesOf(alice.db), await tablesOf(bob.db)];
  for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
  // One document per person, one for the group, one per watched day: none twice, none in conflict.
  const onServer = await remoteDb(url).allDocs({ include_docs: true, conflicts: true });
  const people = await alice.db.members.count();
  expect(onServer.rows).toHaveLength(people + 1 + (await alice.db.watch.count()));
  expect(onServer.rows.filter((row) => (row.doc as { _conflicts?: unknown[] })._conflicts)).toEqual([]);
  expect((await alice.engine.status()).pending).toBe(0);
  expect((await bob.engine.status()).pending).toBe(0);
}

describe('the network to the server is cut mid-sync', () => {
  it('during a pull: unreachable, what came whole is applied whole, nothing of ours lost, then both converge', async () => {
    network.restore();
    const ring = newRing();
    const path = '/share-cut-pull';
    const alice = await admin(ring, `${server.url}${path}`);
    await ingest(alice.db, day(0), members(ALICE_FROM, MANY, 'Alice reads'));
    expect((await alice.engine.sync()).ok).toBe(true);
    const cutsBefore = network.cuts;
    // Bob's second batch of documents from the server is cut off a few kilobytes into its answer.
    const bob = await admin(ring, `${network.url}${path}`, undefined, cutAt('_bulk_get', 2, 20_000));
    await ingest(bob.db, day(1), members(BOB_FROM, 120, 'Bob reads'));
    const bobsOwn = await tablesOf(bob.db);

    const interrupted = await bob.engine.sync();

    expect(network.cuts).toBe(cutsBefore + 1);
    expect(interrupted.ok).toBe(false);
    expect(interrupted.status.connection).toBe('unreachable');
    expect(interrupted.status.lastSyncedAt).toBeUndefined();
    expectWords(interrupted.status, 'unreachable');
    // Bob's own reading is all there, and waits to be sent.
    expect(await peopleFrom(bob.db, BOB_FROM)).toHaveLength(120);
    expect(interrupted.status.pending).toBeGreaterThanOrEqual(120);
    const afterCut = await tablesOf(bob.db);
    for (const table of ['members', 'sightings'] as const)
      expect(afterCut[table], table).toEqual(expect.arrayContaining(bobsOwn[table]!));
    // Mid-sync indeed: some of Alice's people came, not all; each that came is whole, exactly as Alice has them.
    const arrived = await peopleFrom(bob.db, ALICE_FROM);
    expect(arrived.length).toBeGreaterThan(0);
    expect(arrived.length).toBeLessThan(MANY);
    const [bobs, alices] = [await rowsByPerson(bob.db), await rowsByPerson(alice.db)];
    for (const memberId of arrived) {
      expect(bobs.get(memberId), memberId).toHaveLength(2);
      expect(bobs.get(memberId), memberId).toEqual(alices.get(memberId));
    }

    // Still cut: the next attempt fails the same way and changes nothing here.
    const before = await tablesOf(bob.db);
    expect((await bob.engine.sync()).status.connection).toBe('unreachable');
    expect(await tablesOf(bob.db)).toEqual(before);

    network.restore();
    await syncAll([alice, bob]);
    await expectConverged(alice, bob, `${server.url}${path}`);
    expect(await alice.db.members.count()).toBe(MANY + 120);
  }, 120_000);

  it('during a push, the server’s answer lost: unreachable, then what it had stored is not stored twice', async () => {
    network.restore();
    const ring = newRing();
    const path = '/share-cut-push';
    // Bob's second batch of documents reaches the server, which stores it; its answer is cut at the first byte.
    const bob = await admin(ring, `${network.url}${path}`, undefined, cutAt('_bulk_docs', 2, 1));
    const alice = await admin(ring, `${server.url}${path}`);
    await ingest(bob.db, day(0), members(BOB_FROM, MANY, 'Bob reads'));
    await ingest(alice.db, day(1), members(ALICE_FROM, 120, 'Alice reads'));
    const bobsOwn = await tablesOf(bob.db);
    const cutsBefore = network.cuts;

    const interrupted = await bob.engine.sync();

    expect(network.cuts).toBe(cutsBefore + 1);
    expect(interrupted.ok).toBe(false);
    expect(interrupted.status.connection).toBe('unreachable');
    expect(interrupted.status.pending).toBeGreaterThan(0);
    expectWords(interrupted.status, 'unreachable');
    expect(await tablesOf(bob.db)).toEqual(bobsOwn);
    // The server took two batches, though Bob only heard back about the first.
    const stored = (await remoteDb(`${server.url}${path}`).allDocs()).rows.length;
    expect(stored).toBeGreaterThanOrEqual(2 * REPLICATION_BATCH);
    expect(stored).toBeLessThan(MANY);

    network.restore();
    await syncAll([alice, bob]);
    await expectConverged(alice, bob, `${server.url}${path}`);
    expect(await bob.db.members.count()).toBe(MANY + 120);
    // Each document on the server is the very revision Bob's replica has: none was written a second time.
    const revs = async (db: PouchDB.Database) =>
      Object.fromEntries((await db.allDocs()).rows.map((row) => [row.id, row.value.rev]));
    expect(await revs(remoteDb(`${server.url}${path}`))).toEqual(await revs(bob.local));
  }, 120_000);

  it('the network goes silent halfway through an answer: the sync gives up, says unreachable, then converges once it is back', async () => {
    network.restore();
    const ring = newRing();
    const path = '/share-silent';
    const alice = await admin(ring, `${server.url}${path}`);
    await ingest(alice.db, day(0), members(ALICE_FROM, MANY, 'Alice reads'));
    expect((await alice.engine.sync()).ok).toBe(true);
    // Bob as the extension reaches the server (storage/sharing/setup.ts), with a short patience for the test.
    const before = cutAt('_bulk_get', 2, 20_000, 'silently');
    const connection = {
      adapter: 'memory',
      stallMs: 2_000,
      fetch: async (url: string, init?: RequestInit) => {
        await before(url, init);
        return fetch(url, init);
      },
    };
    const config = {
      groupId: GROUP,
      database: `${network.url}${path}`,
      ring,
      origin: newOrigin(),
      since: day(0),
    };
    const bobDb = await freshDb('silent-bob');
    const bob = { db: bobDb, engine: await openEngine(bobDb, config, connection) };
    await ingest(bob.db, day(1), members(BOB_FROM, 120, 'Bob reads'));
    const cutsBefore = network.cuts;

    const interrupted = await bob.engine.sync();

    expect(network.cuts).toBe(cutsBefore + 1);
    expect(interrupted.ok).toBe(false);
    expect(interrupted.status.connection).toBe('unreachable');
    expect(interrupted.status.error).toMatch(/no answer from the server/);
    expectWords(interrupted.status, 'unreachable');
    expect(await peopleFrom(bob.db, BOB_FROM)).toHaveLength(120);
    const arrived = await peopleFrom(bob.db, ALICE_FROM);
    expect(arrived.length).toBeGreaterThan(0);
    expect(arrived.length).toBeLessThan(MANY);
    // The lock was let go: the next attempt runs (and, the network still silent, gives up too).
    expect((await bob.engine.sync()).status.connection).toBe('unreachable');

    network.restore();
    await syncAll([alice, bob]);
    const [a, b] = [await tablesOf(alice.db), await tablesOf(bob.db)];
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
    expect(await bob.db.members.count()).toBe(MANY + 120);
    expect((await bob.engine.status()).pending).toBe(0);
  }, 120_000);
});
