import type { TendDatabase } from './db';
import { applySettingsPatch, readSettings, type Settings, type SettingsPatch } from './settings';

const SETTINGS_KEY = 'settings';

/** Reads the stored settings; throws SettingsMigrationError rather than resetting what it cannot read. */
export async function loadSettings(db: TendDatabase): Promise<Settings> {
  return readSettings(await db.settings.get(SETTINGS_KEY));
}

export async function updateSettings(db: TendDatabase, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = applySettingsPatch(readSettings(await db.settings.get(SETTINGS_KEY)), patch);
    await db.settings.put(next, SETTINGS_KEY);
    return next;
  });
}

export { SETTINGS_KEY };
