/**
 * One validated, versioned settings store. Each feature adds its fields here with a default, so that a stored
 * value without the field still parses. A change of meaning needs a migration: add it to `migrations`, bump
 * `SETTINGS_VERSION`. A migration that fails throws and leaves the stored value untouched.
 */
import { z } from 'zod';
import { Cadence, defaultCadence } from '@/utils/onboarding/cadence';
import { RhythmSettings, defaultRhythmSettings } from '@/utils/activity/rhythm';
import { UiLanguageSetting } from '@/utils/i18n/language';
import { SignalSettings, SignalSettingsPatch } from '@/utils/signals/schema';
import type { Sighting } from './schema';

export const SETTINGS_VERSION = 1;

export { UiLanguageSetting } from '@/utils/i18n/language';

/** Participation tiers: posts + comments Tend has counted. Below `occasional` a member is a lurker. */
export const TierThresholds = z
  .strictObject({
    occasional: z.number().int().min(1).max(10_000),
    regular: z.number().int().min(2).max(10_000),
    core: z.number().int().min(3).max(10_000),
  })
  .refine((tiers) => tiers.occasional < tiers.regular && tiers.regular < tiers.core, {
    message: 'tier thresholds must increase: occasional < regular < core',
  });
export type TierThresholds = z.infer<typeof TierThresholds>;
export const defaultTierThresholds: TierThresholds = { occasional: 1, regular: 5, core: 20 };

export const CsvSeparatorSetting = z.enum(['auto', ',', ';']);
export type CsvSeparatorSetting = z.infer<typeof CsvSeparatorSetting>;

/** Onboarding (issue 5): the cadence, how weeks are cut, and the weekly welcome. */
export const WeekStartSetting = z.union([z.literal('auto'), z.number().int().min(0).max(6)]);
export type WeekStartSetting = z.infer<typeof WeekStartSetting>;
const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
export const OnboardingSettings = z.strictObject({
  cadence: Cadence,
  /** `auto`: Monday in French, Sunday in English (the interface language). */
  weekStartsOn: WeekStartSetting,
  /** An IANA time zone; `''` follows the browser's. */
  timeZone: z
    .string()
    .max(100)
    .refine((zone) => zone === '' || isTimeZone(zone), 'not a time zone'),
  /** Facebook lets one post tag at most 100 people. */
  maxTagsPerPost: z.number().int().min(1).max(1_000),
  /** Practical pointers added at the end of every weekly welcome post. */
  weeklyPointers: z.string().max(5_000),
  /** French register proposed first for messages to one person. */
  frenchRegister: z.enum(['tu', 'vous']),
});
export type OnboardingSettings = z.infer<typeof OnboardingSettings>;
export const defaultOnboardingSettings: OnboardingSettings = {
  cadence: defaultCadence,
  weekStartsOn: 'auto',
  timeZone: '',
  maxTagsPerPost: 100,
  weeklyPointers: '',
  frenchRegister: 'vous',
};

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
  /** A member is "unseen" after this many days without a post or comment Tend saw. */
  inactivityDays: z.number().int().min(1).max(3_650).default(30),
  /** Each member's own rhythm: when a member is new, and when a regular's silence makes them drifting. */
  activity: z
    .strictObject({
      newMemberDays: RhythmSettings.shape.newMemberDays.default(defaultRhythmSettings.newMemberDays),
      driftFactor: RhythmSettings.shape.driftFactor.default(defaultRhythmSettings.driftFactor),
      quietFactor: RhythmSettings.shape.quietFactor.default(defaultRhythmSettings.quietFactor),
      minActivities: RhythmSettings.shape.minActivities.default(defaultRhythmSettings.minActivities),
      minDriftDays: RhythmSettings.shape.minDriftDays.default(defaultRhythmSettings.minDriftDays),
      minSightings: RhythmSettings.shape.minSightings.default(defaultRhythmSettings.minSightings),
    })
    .prefault({}),
  tiers: TierThresholds.default(defaultTierThresholds),
  /** Detailed sightings older than this are pruned; per-member aggregates stay. */
  retentionDays: z.number().int().min(7).max(36_500).default(365),
  /** `auto`: `;` for French, `,` for English (the interface language). */
  csvSeparator: CsvSeparatorSetting.default('auto'),
  /** The admin's name, recorded with notes and onboarding actions so co-admins see who did what. */
  adminName: z.string().trim().max(200).default(''),
  onboarding: z
    .strictObject({
      cadence: OnboardingSettings.shape.cadence.default(defaultCadence),
      weekStartsOn: OnboardingSettings.shape.weekStartsOn.default('auto'),
      timeZone: OnboardingSettings.shape.timeZone.default(''),
      maxTagsPerPost: OnboardingSettings.shape.maxTagsPerPost.default(100),
      weeklyPointers: OnboardingSettings.shape.weeklyPointers.default(''),
      frenchRegister: OnboardingSettings.shape.frenchRegister.default('vous'),
    })
    .prefault({}),
  /** Weak signals (issue 17): each kind on or off with its thresholds, per group; the toolbar count is off. */
  signals: SignalSettings.prefault({}),
  /**
   * Weak signals need what posts and comments say (a short excerpt, image cues; see utils/facebook/post-content.ts).
   * Off until the admin turns it on: reading members' words is a step beyond seeing who posts, so it is opt-in,
   * like member requests. Off, the content script reads no post contents and the background refuses them.
   */
  readPostContents: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

/** What a settings change may contain: any subset of the fields but the version. */
export const SettingsPatch = z.strictObject({
  language: UiLanguageSetting.optional(),
  toneCheck: z.strictObject({ enabled: z.boolean(), onFacebook: z.boolean() }).partial().optional(),
  memberRequests: z.strictObject({ read: z.boolean(), readAnswers: z.boolean() }).partial().optional(),
  inactivityDays: Settings.shape.inactivityDays.unwrap().optional(),
  tiers: TierThresholds.optional(),
  activity: RhythmSettings.partial().optional(),
  retentionDays: Settings.shape.retentionDays.unwrap().optional(),
  csvSeparator: CsvSeparatorSetting.optional(),
  adminName: Settings.shape.adminName.unwrap().optional(),
  onboarding: OnboardingSettings.partial().optional(),
  signals: SignalSettingsPatch.optional(),
  readPostContents: z.boolean().optional(),
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
    ...(patch.inactivityDays !== undefined ? { inactivityDays: patch.inactivityDays } : {}),
    ...(patch.tiers !== undefined ? { tiers: patch.tiers } : {}),
    ...(patch.retentionDays !== undefined ? { retentionDays: patch.retentionDays } : {}),
    ...(patch.csvSeparator !== undefined ? { csvSeparator: patch.csvSeparator } : {}),
    ...(patch.adminName !== undefined ? { adminName: patch.adminName } : {}),
    ...(patch.readPostContents !== undefined ? { readPostContents: patch.readPostContents } : {}),
    toneCheck: { ...settings.toneCheck, ...patch.toneCheck },
    memberRequests: { ...settings.memberRequests, ...patch.memberRequests },
    activity: { ...settings.activity, ...patch.activity },
    onboarding: { ...settings.onboarding, ...patch.onboarding },
    signals: { ...settings.signals, ...patch.signals },
  });
}

/** The small read-only part of the settings a facebook.com content script may ask for. */
export const ContentConfig = z.strictObject({
  language: UiLanguageSetting,
  toneCheck: Settings.shape.toneCheck,
  readMemberRequests: z.boolean(),
  readScreeningAnswers: z.boolean(),
  /** Weak signals on: read post and comment contents on group pages (off by default). */
  readPostContents: z.boolean(),
});
export type ContentConfig = z.infer<typeof ContentConfig>;

export function contentConfigFrom(settings: Settings): ContentConfig {
  return {
    language: settings.language,
    toneCheck: settings.toneCheck,
    readMemberRequests: settings.memberRequests.read,
    readScreeningAnswers: settings.memberRequests.read && settings.memberRequests.readAnswers,
    readPostContents: settings.readPostContents,
  };
}

/**
 * The background's own check of what a content script sent, whatever that script believed the settings were:
 * request sightings only when reading member requests is on, screening answers only when that is on too.
 */
export function allowedBySettings(sightings: readonly Sighting[], settings: Settings): Sighting[] {
  const { read, readAnswers } = settings.memberRequests;
  return sightings.flatMap((sighting) => {
    if (sighting.kind !== 'request' && sighting.answers === undefined) return [sighting];
    if (sighting.kind === 'request' && !read) return [];
    if (sighting.answers !== undefined && !(read && readAnswers)) {
      const withoutAnswers = { ...sighting };
      delete withoutAnswers.answers;
      return [withoutAnswers];
    }
    return [sighting];
  });
}

/** The CSV separator to use: the setting, or for `auto` `;` in French (Excel's list separator there) and `,` else. */
export function csvSeparatorFor(settings: Settings, browserLanguage: string): ',' | ';' {
  if (settings.csvSeparator !== 'auto') return settings.csvSeparator;
  const language = settings.language === 'auto' ? browserLanguage : settings.language;
  return language.toLowerCase().startsWith('fr') ? ';' : ',';
}
