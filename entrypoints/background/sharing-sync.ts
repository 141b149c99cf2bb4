/**
 * Periodic sync from the service worker (chrome.alarms): while a group is shared, an alarm wakes the worker every
 * few minutes for one sync of each shared group; with nothing shared, the alarm is cleared and the engine, PouchDB
 * with it, is never loaded.
 */
import type { TendDatabase } from '@/storage/db';
import type { SyncReport } from '@/storage/sharing/engine';
import { sharedGroupIds } from '@/storage/sharing/shared-key';
import { permissionPattern } from '@/utils/sharing/config';
import { SYNC_ALARM, SYNC_EVERY_MINUTES } from '@/utils/sharing/schedule';

/** The part of `browser.alarms` used here (the tests pass their own). */
export interface AlarmsApi {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<unknown>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface SharingSyncOptions {
  alarms: AlarmsApi;
  /** One sync of a shared group (the real one loads storage/sharing/setup.ts on first use). */
  syncGroup?: (groupId: string) => Promise<SyncReport | null>;
}

const mayConnect = (database: string): Promise<boolean> =>
  browser.permissions.contains({ origins: [permissionPattern(database)] });

async function syncWithEngine(db: TendDatabase, groupId: string): Promise<SyncReport | null> {
  const sharing = await import('@/storage/sharing/setup');
  return sharing.syncGroup(db, groupId, { mayConnect });
}

/** Keeps the alarm while a group is shared and clears it when none is; returns the shared groups. */
export async function keepAlarm(db: TendDatabase, alarms: AlarmsApi): Promise<string[]> {
  const groups = await sharedGroupIds(db);
  if (groups.length === 0) await alarms.clear(SYNC_ALARM);
  else if (!(await alarms.get(SYNC_ALARM)))
    await alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES, delayInMinutes: 0.5 });
  return groups;
}

/** One alarm: one sync of each shared group, in turn (a failure is in that group's status, the others go on). */
export async function syncShared(db: TendDatabase, options: SharingSyncOptions): Promise<SyncReport[]> {
  const sync = options.syncGroup ?? ((groupId: string) => syncWithEngine(db, groupId));
  const reports: SyncReport[] = [];
  for (const groupId of await keepAlarm(db, options.alarms)) {
    try {
      const report = await sync(groupId);
      if (report) reports.push(report);
    } catch (error) {
      console.warn('Tend: a sharing sync failed', error);
    }
  }
  return reports;
}

export function startSharingSync(db: TendDatabase, options: SharingSyncOptions): void {
  options.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncShared(db, options);
  });
  void keepAlarm(db, options.alarms).catch((error: unknown) =>
    console.warn('Tend: the sharing alarm could not be set', error),
  );
}
