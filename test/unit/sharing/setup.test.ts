// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSharingConfig, sharedGroups } from '@/storage/sharing/config-store';
import { createInvite, join, onlyTo, syncGroup, turnOff, turnOn } from '@/storage/sharing/setup';
import { openInvite } from '@/utils/sharing/invite';
import { checkServerUrl, permissionPattern } from '@/utils/sharing/config';
import { GROUP, day, freshDb, ingest, listed } from '../storage/helpers';
import { tablesOf, type Recorder } from './helpers';
import { freePort, startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

const recording = (recorder: Recorder) => async (url: string, init?: RequestInit) => {
  recorder.push(url);
  return fetch(url, init);
};

describe('turning sharing on, inviting, joining, turning it off', () => {
  it('a co-admin who joins by invite gets the log; every request goes to the one database', async () => {
    const aliceDb = await freshDb('setup-alice');
    const bobDb = await freshDb('setup-bob');
    const urls: Recorder = [];
    const connection = { adapter: 'memory', fetch: recording(urls) };
    await ingest(aliceDb, day(0), [listed('100', 'Chloé Lefèvre')]);
    const started = await turnOn(aliceDb, GROUP, server.url, {}, connection);
    if (!started.ok) throw new Error(started.error);
    expect(started.config.database).toMatch(new RegExp(`^${server.url}/tend-[0-9a-f]{20}$`));
    expect(await loadSharingConfig(aliceDb, GROUP)).toEqual(started.config);

    const invite = await createInvite(started.config);
    expect(invite.code).not.toContain(started.config.ring.epochs[0]!.secret);
    expect(await openInvite(invite.code, 'WRONG-PASSPHRASE')).toMatchObject({
      ok: false,
      problem: 'passphrase',
    });
    const opened = await openInvite(invite.code, invite.passphrase);
    if (!opened.ok) throw new Error(opened.error);
    expect(await sharedGroups(bobDb)).toEqual([]);

    const joined = await join(bobDb, opened.content, {}, connection);
    if (!joined.ok) throw new Error(joined.error);
    expect(joined.config.origin).not.toBe(started.config.origin);
    await syncGroup(aliceDb, GROUP, connection);
    expect(await tablesOf(bobDb)).toEqual(await tablesOf(aliceDb));
    expect((await tablesOf(bobDb)).members).toHaveLength(1);
    expect(urls.every((url) => url.startsWith(started.config.database))).toBe(true);

    expect(await bobDb.sliceMarks.count()).toBeGreaterThan(0); // the group is tracked while shared
    await turnOff(bobDb, GROUP, connection);
    expect(await loadSharingConfig(bobDb, GROUP)).toBeNull();
    expect(await syncGroup(bobDb, GROUP, connection)).toBeNull();
    expect((await tablesOf(bobDb)).members).toHaveLength(1);
    // Turned off, the group is no longer tracked: its marks went, and a newly read page leaves none.
    await ingest(bobDb, '2026-11-03T10:00:00.000Z', [
      listed('100', 'Chloé Dubois'),
      listed('102', 'Ana Silva'),
    ]);
    expect(await bobDb.sliceMarks.count()).toBe(0);
  });

  it('a server that cannot be reached leaves sharing off, saying so', async () => {
    const db = await freshDb('setup-down');
    const down = `http://127.0.0.1:${await freePort()}`;
    const started = await turnOn(db, GROUP, down, {}, { adapter: 'memory' });
    expect(started.ok).toBe(false);
    if (!started.ok) expect(started.error).toMatch(/could not be reached/);
    expect(await loadSharingConfig(db, GROUP)).toBeNull();
  });
});

describe('the server address', () => {
  it('takes https anywhere and http on this computer only, never a login in the address', () => {
    expect(checkServerUrl('https://couch.example.org').ok).toBe(true);
    expect(checkServerUrl('http://127.0.0.1:5984').ok).toBe(true);
    expect(checkServerUrl('http://couch.example.org')).toEqual({ ok: false, problem: 'insecure' });
    expect(checkServerUrl('https://me:secret@couch.example.org')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkServerUrl('couch.example.org')).toEqual({ ok: false, problem: 'invalid' });
    expect(permissionPattern('https://couch.example.org:6984/tend-1')).toBe('https://couch.example.org/*');
  });

  it('a request outside the database is refused before it is sent', async () => {
    const sent: Recorder = [];
    const guarded = onlyTo('https://couch.example.org/tend-1', async (url) => {
      sent.push(url);
      return new Response('{}');
    });
    await guarded('https://couch.example.org/tend-1/_changes');
    await expect(guarded('https://couch.example.org/tend-10/_all_docs')).rejects.toThrow(/refused/);
    await expect(guarded('https://elsewhere.example/tend-1/')).rejects.toThrow(/refused/);
    expect(sent).toEqual(['https://couch.example.org/tend-1/_changes']);
  });
});

describe('the browser permission', () => {
  it('is asked before every request: once taken back, nothing is sent and the status says why', async () => {
    const db = await freshDb('setup-permission');
    const urls: Recorder = [];
    let granted = true;
    const connection = { adapter: 'memory', fetch: recording(urls), mayConnect: async () => granted };
    const started = await turnOn(db, GROUP, server.url, {}, connection);
    if (!started.ok) throw new Error(started.error);
    granted = false;
    const before = urls.length;
    const report = await syncGroup(db, GROUP, connection);
    expect(report?.ok).toBe(false);
    expect(report?.status.error).toMatch(/no longer lets Tend reach this server/);
    expect(urls.length).toBe(before);
  });
});
