// @vitest-environment node
/**
 * The service worker's periodic sync: an alarm only while a group is shared, one sync of each shared group per
 * alarm, and a failing group does not stop the others.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { keepAlarm, syncShared, type AlarmsApi } from '@/entrypoints/background/sharing-sync';
import type { TendDatabase } from '@/storage/db';
import { removeSharingConfig, saveSharingConfig } from '@/storage/sharing/config-store';
import type { SyncReport } from '@/storage/sharing/engine';
import { SYNC_ALARM } from '@/utils/sharing/schedule';
import { freshDb } from '../storage/helpers';

function fakeAlarms() {
  const set = new Map<string, { periodInMinutes: number }>();
  const api: AlarmsApi = {
    create: (name, info) => set.set(name, info),
    clear: async (name) => set.delete(name),
    get: async (name) => set.get(name),
    onAlarm: { addListener: () => undefined },
  };
  return { api, set };
}

const share = (db: TendDatabase, groupId: string) =>
  saveSharingConfig(db, {
    groupId,
    database: 'https://couch.example.org/tend-0123456789abcdef0123',
    ring: { groupId, epochs: [{ epoch: 1, secret: 'A'.repeat(43) }] },
    origin: 'origin-12345',
    since: '2026-01-01T00:00:00.000Z',
  });

const reportOf = (groupId: string) => ({ ok: true, groupId }) as unknown as SyncReport;

describe('periodic sync', () => {
  it('sets no alarm and loads nothing while no group is shared', async () => {
    const db = await freshDb('alarm-none');
    const alarms = fakeAlarms();
    alarms.set.set(SYNC_ALARM, { periodInMinutes: 5 }); // Left from a sharing turned off since.
    const synced: string[] = [];
    const reports = await syncShared(db, {
      alarms: alarms.api,
      syncGroup: async (id) => (synced.push(id), null),
    });
    expect(reports).toEqual([]);
    expect(synced).toEqual([]);
    expect(alarms.set.has(SYNC_ALARM)).toBe(false);
  });

  it('keeps one alarm while groups are shared and syncs each once per alarm, past a failing one', async () => {
    const db = await freshDb('alarm-shared');
    const alarms = fakeAlarms();
    await share(db, '111');
    await share(db, '222');
    expect(await keepAlarm(db, alarms.api)).toEqual(['111', '222']);
    expect(alarms.set.get(SYNC_ALARM)?.periodInMinutes).toBe(5);
    const synced: string[] = [];
    const syncGroup = async (id: string) => {
      synced.push(id);
      if (id === '111') throw new Error('the replica could not be opened');
      return reportOf(id);
    };
    const reports = await syncShared(db, { alarms: alarms.api, syncGroup });
    expect(synced).toEqual(['111', '222']);
    expect(reports).toEqual([reportOf('222')]);

    await removeSharingConfig(db, '111');
    await removeSharingConfig(db, '222');
    await syncShared(db, { alarms: alarms.api, syncGroup });
    expect(synced).toEqual(['111', '222']);
    expect(alarms.set.has(SYNC_ALARM)).toBe(false);
  });
});
