/** How groups are shared: one `SharingConfig` per group in the settings table (see ./shared-key.ts), checked. */
import { SharingConfig } from '@/utils/sharing/config';
import type { TendDatabase } from '../db';
import { SHARING_PREFIX, sharingKey } from './shared-key';

export async function loadSharingConfig(db: TendDatabase, groupId: string): Promise<SharingConfig | null> {
  const parsed = SharingConfig.safeParse(await db.settings.get(sharingKey(groupId)));
  return parsed.success ? parsed.data : null;
}

/** Every shared group's configuration (an unreadable one is left out: that group is not shared). */
export async function sharedGroups(db: TendDatabase): Promise<SharingConfig[]> {
  const rows = await db.settings.where(':id').startsWith(SHARING_PREFIX).toArray();
  return rows.flatMap((row) => {
    const parsed = SharingConfig.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function saveSharingConfig(db: TendDatabase, config: SharingConfig): Promise<void> {
  await db.settings.put(SharingConfig.parse(config), sharingKey(config.groupId));
}

export async function removeSharingConfig(db: TendDatabase, groupId: string): Promise<void> {
  await db.settings.delete(sharingKey(groupId));
}
