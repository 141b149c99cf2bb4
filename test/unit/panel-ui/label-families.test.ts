/**
 * Labels looked up by a key built from a value (`t(\`data.tables.${table}\`)`) escape the type check that keeps
 * English and French in step: a missing one shows its raw key on screen. Every value of each such family, from the
 * list or enum that produces it, must have a text in both languages.
 */
import { describe, expect, it } from 'vitest';
import { TIERS } from '@/storage/derived';
import { IMPORTED_TABLES } from '@/storage/import';
import { PageKind, SightingKind } from '@/storage/schema';
import { createI18n, UI_LANGUAGES } from '@/utils/i18n';
import { VIEW_KEYS } from '@/entrypoints/sidepanel/sections/members';
import { severitySchema, toneCategorySchema } from '@/utils/tone/schema';

const FAMILIES: Record<string, readonly string[]> = {
  'data.tables': IMPORTED_TABLES,
  pageKind: PageKind.options,
  'members.seenAs': SightingKind.options,
  'glance.tier': TIERS,
  'tone.severity': severitySchema.options,
  'tone.category': toneCategorySchema.options,
  'members.views': VIEW_KEYS.map((key) => key.replace(':', '_')),
};

describe('labels chosen by value', () => {
  for (const language of UI_LANGUAGES) {
    it(`has every one in ${language}`, () => {
      const i18n = createI18n(language);
      const missing = Object.entries(FAMILIES).flatMap(([family, values]) =>
        values.map((value) => `${family}.${value}`).filter((key) => !i18n.exists(key, { fallbackLng: [] })),
      );
      expect(missing).toEqual([]);
    });
  }

  it('notices a French label that only English has (control: no fallback to English hides it)', () => {
    const i18n = createI18n('fr');
    i18n.addResource('en', 'translation', 'data.tables.englishOnly', 'English only');
    expect(i18n.exists('data.tables.englishOnly')).toBe(true);
    expect(i18n.exists('data.tables.englishOnly', { fallbackLng: [] })).toBe(false);
  });
});
