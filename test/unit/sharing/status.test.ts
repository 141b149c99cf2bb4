// @vitest-environment node
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
    } as PouchDB.Configuration.RemoteDatabaseConfiguration);
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
