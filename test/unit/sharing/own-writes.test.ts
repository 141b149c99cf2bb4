// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passOwnWrites } from '@/storage/sharing/absorb';
import { readState } from '@/storage/sharing/state';
import { keysOfRing } from '@/utils/sharing/codec';
import { day, ingest, listed } from '../storage/helpers';
import { admin, newRing, tablesOf } from './helpers';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

describe('the read position after a publish', () => {
  it('moves past the documents this replica just wrote, and what a co-admin sends is still absorbed', async () => {
    const ring = newRing();
    const url = `${server.url}/share-own-writes`;
    const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
    await ingest(alice.db, day(0), [listed('100004517623', 'Chloé Lefèvre')]);
    await alice.engine.settleLocally();
    // Nothing of Alice's own is left to read (and decrypt) again.
    expect((await readState(alice.local)).seq).toEqual((await alice.local.info()).update_seq);
    await alice.engine.sync();
    await ingest(bob.db, day(1), [listed('100009912345', 'Ana Silva')]);
    await bob.engine.sync();
    const report = await alice.engine.sync();
    expect(report.absorbed).toBeGreaterThan(0);
    await bob.engine.sync();
    expect(await tablesOf(alice.db)).toEqual(await tablesOf(bob.db));
  }, 60_000);

  it('stops at the first change that is not one of its own writes', async () => {
    const ring = newRing();
    const alice = await admin(ring, `${server.url}/share-own-stop`);
    const context = { ...alice, groupId: ring.groupId, keys: await keysOfRing(ring), now: () => new Date() };
    const state = await readState(alice.local);
    const mine = await alice.local.put({ _id: 'mine', v: 1 });
    const foreign = await alice.local.put({ _id: 'foreign', v: 1 });
    await alice.local.put({ _id: 'mine-too', v: 1 });
    // 'mine-too' comes after the co-admin's document: read as usual, even though it is this replica's.
    const ours = new Map([
      ['mine', mine.rev],
      ['mine-too', 'any'],
      ['elsewhere', foreign.rev],
    ]);
    await passOwnWrites(context, state, ours);
    const changes = await alice.local.changes({ since: state.seq });
    expect(changes.results.map((change) => change.id)).toEqual(['foreign', 'mine-too']);
  }, 60_000);
});
