/**
 * Interface language with i18next: French and English, switchable at run time without reloading
 * (WXT's browser.i18n-based module cannot switch at run time).
 */
import i18next, { type i18n } from 'i18next';
import { UI_LANGUAGES, UiLanguageSetting, type UiLanguage } from './language';
import { en } from './en';
import { fr } from './fr';
import { sectionStrings } from './sections';
import { sharingStrings } from './sections/sharing';

export { UI_LANGUAGES, UiLanguageSetting, type UiLanguage };

/** `auto` follows the browser: French for any fr-* locale, English otherwise. */
export function resolveLanguage(setting: UiLanguageSetting, browserLanguages: readonly string[]): UiLanguage {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: {
      en: { translation: { ...en, ...sectionStrings.en, ...sharingStrings.en } },
      fr: { translation: { ...fr, ...sectionStrings.fr, ...sharingStrings.fr } },
    },
    // React escapes text itself; i18next must not add HTML entities to names.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
