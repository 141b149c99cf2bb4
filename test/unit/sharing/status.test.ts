// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SharingEngine } from '@/storage/sharing/engine';
import { PouchDB } from '@/storage/sharing/pouch';
import { day, ingest, listed } from '../storage/helpers';
import { admin, newRing } from './helpers';
import { freePort } from './server';

describe('sync status', () => {
  it('no server: unreachable, and what was read here waits in the replica as pending', async () => {
    const port = await freePort();
    const alice = await admin(newRing(), `http://127.0.0.1:${port}/nobody-listens`);
    await ingest(alice.db, day(0), [listed('100004517623', 'Chloé Lefèvre')]);
    const report = await alice.engine.sync();
    expect(report.ok).toBe(false);
    // The group's document and Chloé's.
    expect(report.status).toMatchObject({ connection: 'unreachable', pending: 2 });
    expect(report.status.error).toMatch(/could not be reached/);
    expect(report.status.lastSyncedAt).toBeUndefined();
    // Nothing new to write: the next attempt adds nothing to the pending documents.
    expect((await alice.engine.sync()).status.pending).toBe(2);
  });

  it('a server that refuses the user: refused, said plainly', async () => {
    const alice = await admin(newRing(), 'http://127.0.0.1:9/unused');
    const refusing = new PouchDB('http://127.0.0.1:9/share', {
      fetch: async () =>
        new Response(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }), {
          status: 401,
          headers: { 'Content-Type': 'application/json' },
        }),
    });
    const engine = await SharingEngine.open({
      db: alice.db,
      ring: alice.engine.ring,
      origin: alice.origin,
      local: alice.local,
      remote: refusing,
    });
    const report = await engine.sync();
    expect(report.status).toMatchObject({ connection: 'refused' });
    expect(report.status.error).toMatch(/refused \(401\)/);
  });
});

/** Runs the panel's and the worker's work together; returns how many ran at once at most. */
async function overlapWith(serialise: boolean): Promise<{ most: number; pending: number }> {
  let active = 0;
  let most = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const counted = async <T>(run: () => Promise<T>): Promise<T> => {
    active += 1;
    most = Math.max(most, active);
    try {
      return await run();
    } finally {
      active -= 1;
    }
  };
  const exclusive = <T>(_name: string, run: () => Promise<T>): Promise<T> => {
    if (!serialise) return counted(run);
    const next = queue.then(() => counted(run));
    queue = next.catch(() => undefined);
    return next;
  };
  const port = await freePort();
  const alice = await admin(newRing(), `http://127.0.0.1:${port}/nobody`);
  await ingest(alice.db, day(0), [listed('100004517623', 'Chloé Lefèvre')]);
  const options = {
    db: alice.db,
    ring: alice.engine.ring,
    origin: alice.origin,
    local: alice.local,
    exclusive,
  };
  const panel = await SharingEngine.open({ ...options, remote: alice.remote });
  const worker = await SharingEngine.open({ ...options, remote: alice.remote });
  await Promise.allSettled([
    panel.sync(),
    worker.sync(),
    panel.forget('100009912345'),
    worker.settleLocally(),
  ]);
  return { most, pending: (await panel.status()).pending };
}

describe('one sync at a time', () => {
  it('the panel and the worker (two engines on one replica) never run at once', async () => {
    expect(await overlapWith(true)).toEqual({ most: 1, pending: 3 });
  });

  it('control: without the lock they do overlap (so the test above can see it)', async () => {
    expect((await overlapWith(false)).most).toBeGreaterThan(1);
  });
});
