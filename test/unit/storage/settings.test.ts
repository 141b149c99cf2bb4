import { describe, expect, it } from 'vitest';
import {
  SETTINGS_VERSION,
  SettingsMigrationError,
  applySettingsPatch,
  defaultSettings,
  readSettings,
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
});
