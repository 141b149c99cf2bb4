// @vitest-environment node
/**
 * Removing a co-admin as the panel does it (storage/sharing/setup.ts): the key is rotated and saved, what the
 * server holds is written again under the new key, a document written later does not open with the old key, and
 * a co-admin who stays takes the new key from a new invite and converges.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSharingConfig } from '@/storage/sharing/config-store';
import { NewerKeyWaiting, StaleKey } from '@/storage/sharing/engine';
import { sharedEpoch } from '@/storage/sharing/shared-key';
import {
  createInvite,
  join,
  openEngine,
  removeCoAdmin,
  syncGroup,
  takeNewKey,
  turnOn,
  type Connection,
} from '@/storage/sharing/setup';
import type { SharingConfig } from '@/utils/sharing/config';
import { deriveEpochKeys, documentId, open } from '@/utils/sharing/crypto';
import { currentEpoch, Envelope, type KeyRing } from '@/utils/sharing/documents';
import { openInvite, type InviteContent } from '@/utils/sharing/invite';
import { GROUP, day, freshDb, ingest, listed } from '../storage/helpers';
import { remoteDb, tablesOf } from './helpers';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

const connection: Connection = { adapter: 'memory' };

async function inviteOf(config: SharingConfig): Promise<InviteContent> {
  const { code, passphrase } = await createInvite(config);
  const opened = await openInvite(code, passphrase);
  if (!opened.ok) throw new Error(opened.error);
  return opened.content;
}

const keysOf = (ring: KeyRing) => {
  const newest = currentEpoch(ring);
  return deriveEpochKeys(newest.secret, newest.epoch, ring.groupId);
};

async function syncEach(dbs: Parameters<typeof syncGroup>[0][], rounds = 3): Promise<void> {
  for (let round = 0; round < rounds; round += 1)
    for (const db of dbs) {
      const report = await syncGroup(db, GROUP, connection);
      if (!report?.ok) throw new Error(`sync failed: ${report?.status.error}`);
    }
}

describe('removing a co-admin from the panel', () => {
  it('rotates the key: new documents do not open with the old one, and the admin who stays converges', async () => {
    const [aliceDb, bobDb, carolDb] = [
      await freshDb('remove-alice'),
      await freshDb('remove-bob'),
      await freshDb('remove-carol'),
    ];
    await ingest(aliceDb, day(0), [listed('100004517623', 'Chloé Lefèvre')]);
    const started = await turnOn(aliceDb, GROUP, server.url, {}, connection);
    if (!started.ok) throw new Error(started.error);
    const firstInvite = await inviteOf(started.config);
    for (const db of [bobDb, carolDb]) {
      const joined = await join(db, firstInvite, {}, connection);
      if (!joined.ok) throw new Error(joined.error);
    }
    await syncEach([aliceDb, bobDb, carolDb]);
    const oldKeys = await keysOf(started.config.ring);
    // An engine the panel opened before the removal (a stale key): it must not write under the old key.
    const stale = await openEngine(aliceDb, started.config, connection);

    // Carol is removed.
    expect(await sharedEpoch(aliceDb, GROUP)).toBe(1);
    const removed = await removeCoAdmin(aliceDb, GROUP, connection);
    if (!removed) throw new Error('not shared');
    expect(removed.report.ok).toBe(true);
    expect(currentEpoch(removed.config.ring).epoch).toBe(2);
    expect(await loadSharingConfig(aliceDb, GROUP)).toEqual(removed.config);
    // The panel reopens its engine when this changes.
    expect(await sharedEpoch(aliceDb, GROUP)).toBe(2);
    const remote = remoteDb(started.config.database);
    const afterRotation = (await remote.allDocs()).rows.map((row) => row.id);
    expect(afterRotation.length).toBeGreaterThan(0);
    expect(afterRotation.filter((id) => !id.startsWith('e2.'))).toEqual([]);
    await expect(stale.sync()).rejects.toBeInstanceOf(StaleKey);
    const reopenedOld = await openEngine(aliceDb, started.config, connection);
    await expect(reopenedOld.sync()).rejects.toBeInstanceOf(StaleKey);

    // A member read after the removal: their document opens with the new key only.
    await ingest(aliceDb, day(1), [listed('100007770001', 'Ana Silva')]);
    await syncEach([aliceDb], 1);
    const newKeys = await keysOf(removed.config.ring);
    const id = await documentId(newKeys, ['person', GROUP, '100007770001']);
    const written = Envelope.parse(await remote.get(id));
    expect(await open(newKeys, id, written)).toContain('Ana Silva');
    await expect(open(oldKeys, id, written)).rejects.toThrow(/does not authenticate/);
    const underOldId = await documentId(oldKeys, ['person', GROUP, '100007770001']);
    await expect(remote.get(underOldId)).rejects.toMatchObject({ status: 404 });

    // Bob, before his new invite, waits for the key; Carol never gets it and reads nothing new.
    for (const db of [bobDb, carolDb]) {
      const report = await syncGroup(db, GROUP, connection);
      expect(report?.status.waitingForKey).toBeGreaterThan(0);
      expect(await db.members.get([GROUP, '100007770001'])).toBeUndefined();
    }
    // What Bob reads meanwhile is not sent under the old key (Carol holds it): it waits for the new one, and so
    // does a member he forgets meanwhile.
    await ingest(bobDb, day(1), [listed('100005550001', 'Read Meanwhile')]);
    const bobConfig = (await loadSharingConfig(bobDb, GROUP))!;
    await (await openEngine(bobDb, bobConfig, connection)).forget('100004517623');
    // Bob cannot start a key of his own while Alice's waits (the group's keys would fork).
    await expect(removeCoAdmin(bobDb, GROUP, connection)).rejects.toBeInstanceOf(NewerKeyWaiting);
    expect((await syncGroup(bobDb, GROUP, connection))?.pushed).toBe(0);
    const meanwhile = (await remote.allDocs()).rows.map((row) => row.id);
    expect(meanwhile.filter((id) => !id.startsWith('e2.'))).toEqual([]);
    // The old invite is no new key; the new one is taken, and Bob converges with Alice.
    expect(await takeNewKey(bobDb, firstInvite, connection)).toEqual({ ok: false, problem: 'notNewer' });
    const taken = await takeNewKey(bobDb, await inviteOf(removed.config), connection);
    if (!taken.ok) throw new Error(taken.problem);
    expect(taken.config.origin).not.toBe(removed.config.origin);
    expect(taken.report.status.waitingForKey).toBe(0);
    await ingest(bobDb, day(2), [listed('100001234321', 'Jeanne Roy')]);
    await syncEach([aliceDb, bobDb]);
    expect(await tablesOf(bobDb)).toEqual(await tablesOf(aliceDb));
    expect(await aliceDb.members.get([GROUP, '100001234321'])).toBeDefined();
    expect(await aliceDb.members.get([GROUP, '100005550001'])).toBeDefined();
    expect(await aliceDb.members.get([GROUP, '100004517623'])).toBeUndefined();
    expect(await carolDb.members.get([GROUP, '100001234321'])).toBeUndefined();
    // Carol keeps what she had before the removal (removal cannot take it back), and hears of no later forget.
    expect(await carolDb.members.get([GROUP, '100004517623'])).toBeDefined();
  }, 60_000);

  it('a new invite for another database, or for a group not shared here, is not taken', async () => {
    const db = await freshDb('remove-other');
    const started = await turnOn(db, GROUP, server.url, {}, connection);
    if (!started.ok) throw new Error(started.error);
    const ring: KeyRing = {
      groupId: GROUP,
      epochs: [{ epoch: 5, secret: started.config.ring.epochs[0]!.secret }],
    };
    const elsewhere = { ring, database: `${server.url}/tend-00000000000000000000` };
    expect(await takeNewKey(db, elsewhere, connection)).toEqual({ ok: false, problem: 'otherDatabase' });
    const otherGroup = { ring: { ...ring, groupId: '999' }, database: started.config.database };
    expect(await takeNewKey(db, otherGroup, connection)).toEqual({ ok: false, problem: 'notShared' });
    expect(await loadSharingConfig(db, GROUP)).toEqual(started.config);
  });
});
