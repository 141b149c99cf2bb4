import { describe, expect, it } from 'vitest';
import {
  SETTINGS_VERSION,
  SettingsMigrationError,
  applySettingsPatch,
  csvSeparatorFor,
  defaultSettings,
  readSettings,
  SettingsPatch,
} from '@/storage/settings';

describe('settings store', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(readSettings(undefined)).toEqual(defaultSettings);
    expect(defaultSettings).toMatchObject({
      version: SETTINGS_VERSION,
      language: 'auto',
      memberRequests: { read: false, readAnswers: false },
    });
  });

  it('fills in fields added since the value was stored', () => {
    expect(readSettings({ version: SETTINGS_VERSION, language: 'fr' })).toEqual({
      ...defaultSettings,
      language: 'fr',
    });
  });

  it('runs migrations in order from an older version', () => {
    // A version-0 store called the language `lang`; the migration renames it.
    const steps = {
      0: ({ lang, ...rest }: Record<string, unknown> & { version: number }) => ({
        ...rest,
        version: 1,
        language: lang,
      }),
    };
    expect(readSettings({ version: 0, lang: 'fr' }, steps).language).toBe('fr');
  });

  it('fails loudly, without inventing defaults, on what it cannot read', () => {
    expect(() => readSettings({ language: 'fr' })).toThrow(SettingsMigrationError);
    expect(() => readSettings({ version: SETTINGS_VERSION + 1 })).toThrow(/newer/);
    expect(() => readSettings({ version: SETTINGS_VERSION, language: 'de' })).toThrow(SettingsMigrationError);
    const stuck = { 0: (old: { version: number }) => old };
    expect(() => readSettings({ version: 0 }, stuck)).toThrow(/did not advance/);
  });

  it('applies patches field by field', () => {
    const next = applySettingsPatch(defaultSettings, { memberRequests: { read: true } });
    expect(next.memberRequests).toEqual({ read: true, readAnswers: false });
    expect(next.toneCheck).toEqual(defaultSettings.toneCheck);
  });

  it('has defaults for the member log: 30 days unseen, tiers, one-year retention, automatic CSV separator', () => {
    expect(defaultSettings).toMatchObject({
      inactivityDays: 30,
      tiers: { occasional: 1, regular: 5, core: 20 },
      retentionDays: 365,
      csvSeparator: 'auto',
      adminName: '',
    });
  });

  it('refuses tier thresholds that do not increase, and out-of-range periods', () => {
    expect(SettingsPatch.safeParse({ tiers: { occasional: 5, regular: 5, core: 20 } }).success).toBe(false);
    expect(SettingsPatch.safeParse({ inactivityDays: 0 }).success).toBe(false);
    expect(SettingsPatch.safeParse({ retentionDays: 3 }).success).toBe(false);
    expect(SettingsPatch.safeParse({ csvSeparator: '|' }).success).toBe(false);
    const next = applySettingsPatch(
      defaultSettings,
      SettingsPatch.parse({ tiers: { occasional: 2, regular: 10, core: 50 }, adminName: ' Sam ' }),
    );
    expect(next.tiers).toEqual({ occasional: 2, regular: 10, core: 50 });
    expect(next.adminName).toBe('Sam');
  });

  it('picks ";" for French and "," for English unless the admin chose', () => {
    expect(csvSeparatorFor(defaultSettings, 'fr-FR')).toBe(';');
    expect(csvSeparatorFor(defaultSettings, 'en-US')).toBe(',');
    expect(csvSeparatorFor({ ...defaultSettings, language: 'fr' }, 'en-US')).toBe(';');
    expect(csvSeparatorFor({ ...defaultSettings, language: 'fr', csvSeparator: ',' }, 'fr-FR')).toBe(',');
  });
});
