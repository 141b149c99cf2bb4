/**
 * Where a shared group's configuration is kept: the settings table, under `sharing|<group>`. Whether a group is
 * shared is read from the key alone, so the panel and the worker learn it without loading the engine, PouchDB or
 * the configuration's schema (storage/sharing/config-store.ts reads and checks the configuration itself).
 */
import type { TendDatabase } from '../db';

export const SHARING_PREFIX = 'sharing|';

export const sharingKey = (groupId: string): string => SHARING_PREFIX + groupId;

export async function isShared(db: TendDatabase, groupId: string): Promise<boolean> {
  return (await db.settings.where(':id').equals(sharingKey(groupId)).count()) > 0;
}

/** Every shared group's id. */
export async function sharedGroupIds(db: TendDatabase): Promise<string[]> {
  const keys = await db.settings.where(':id').startsWith(SHARING_PREFIX).primaryKeys();
  return keys.map((key) => key.slice(SHARING_PREFIX.length));
}

/**
 * The newest key epoch a shared group's saved configuration holds, 0 when the group is not shared (read without
 * the configuration's schema, like `isShared`; the engine checks the configuration when it opens).
 */
export async function sharedEpoch(db: TendDatabase, groupId: string): Promise<number> {
  const row = (await db.settings.get(sharingKey(groupId))) as { ring?: { epochs?: unknown } } | undefined;
  if (!row) return 0;
  const epochs = Array.isArray(row.ring?.epochs) ? (row.ring.epochs as { epoch?: unknown }[]) : [];
  return Math.max(1, ...epochs.map((one) => (typeof one.epoch === 'number' ? one.epoch : 1)));
}
