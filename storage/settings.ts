/**
 * One validated, versioned settings store. Each feature adds its fields here with a default, so that a stored
 * value without the field still parses. A change of meaning needs a migration: add it to `migrations`, bump
 * `SETTINGS_VERSION`. A migration that fails throws and leaves the stored value untouched.
 */
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

export const UiLanguageSetting = z.enum(['auto', 'en', 'fr']);
export type UiLanguageSetting = z.infer<typeof UiLanguageSetting>;

export const Settings = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  /** Interface language; `auto` follows the browser. */
  language: UiLanguageSetting.default('auto'),
  toneCheck: z
    .strictObject({
      enabled: z.boolean().default(true),
      /** Show the hint counter near Facebook's composers. */
      onFacebook: z.boolean().default(true),
    })
    .prefault({}),
  /** Reading the member-requests page is opt-in; screening answers are a second opt-in. */
  memberRequests: z
    .strictObject({
      read: z.boolean().default(false),
      readAnswers: z.boolean().default(false),
    })
    .prefault({}),
});
export type Settings = z.infer<typeof Settings>;

/** What a settings change may contain: any subset of the fields but the version. */
export const SettingsPatch = z.strictObject({
  language: UiLanguageSetting.optional(),
  toneCheck: z.strictObject({ enabled: z.boolean(), onFacebook: z.boolean() }).partial().optional(),
  memberRequests: z.strictObject({ read: z.boolean(), readAnswers: z.boolean() }).partial().optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings: Settings = Settings.parse({ version: SETTINGS_VERSION });

type StoredObject = Record<string, unknown> & { version: number };
/** `migrations[n]` turns a version-n object into a version-(n+1) object. */
export const migrations: Record<number, (old: StoredObject) => StoredObject> = {};

export class SettingsMigrationError extends Error {
  override name = 'SettingsMigrationError';
}

/**
 * Reads a stored settings value: nothing stored gives the defaults; an older version is migrated; anything that
 * cannot be understood throws, so the caller keeps the stored value instead of silently resetting it.
 */
export function readSettings(stored: unknown, migrationSteps = migrations): Settings {
  if (stored === undefined || stored === null) return defaultSettings;
  const envelope = z.looseObject({ version: z.number().int().min(0) }).safeParse(stored);
  if (!envelope.success) throw new SettingsMigrationError('Stored settings have no version.');
  let current: StoredObject = envelope.data;
  if (current.version > SETTINGS_VERSION) {
    throw new SettingsMigrationError(
      `Stored settings are version ${current.version}, newer than this Tend (${SETTINGS_VERSION}).`,
    );
  }
  while (current.version < SETTINGS_VERSION) {
    const step = migrationSteps[current.version];
    if (!step) throw new SettingsMigrationError(`No migration from settings version ${current.version}.`);
    const next = step(structuredClone(current));
    if (next.version !== current.version + 1) {
      throw new SettingsMigrationError(`Settings migration from version ${current.version} did not advance.`);
    }
    current = next;
  }
  const parsed = Settings.safeParse(current);
  if (!parsed.success) {
    throw new SettingsMigrationError(`Stored settings are invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Applies a validated patch; nested groups are merged field by field. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return Settings.parse({
    ...settings,
    ...(patch.language !== undefined ? { language: patch.language } : {}),
    toneCheck: { ...settings.toneCheck, ...patch.toneCheck },
    memberRequests: { ...settings.memberRequests, ...patch.memberRequests },
  });
}

/** The small read-only part of the settings a facebook.com content script may ask for. */
export const ContentConfig = z.strictObject({
  language: UiLanguageSetting,
  toneCheck: Settings.shape.toneCheck,
  readMemberRequests: z.boolean(),
  readScreeningAnswers: z.boolean(),
});
export type ContentConfig = z.infer<typeof ContentConfig>;

export function contentConfigFrom(settings: Settings): ContentConfig {
  return {
    language: settings.language,
    toneCheck: settings.toneCheck,
    readMemberRequests: settings.memberRequests.read,
    readScreeningAnswers: settings.memberRequests.read && settings.memberRequests.readAnswers,
  };
}
