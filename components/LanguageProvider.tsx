import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n, resolveLanguage, type UiLanguage } from '@/utils/i18n';
import type { UiLanguageSetting } from '@/storage/settings';

/** Provides the interface language; a change of setting switches it in place, without a reload. */
export function LanguageProvider({ setting, children }: { setting: UiLanguageSetting; children: ReactNode }) {
  const language = resolveLanguage(setting, navigator.languages);
  const [i18n] = useState(() => createI18n(language));
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return i18n.language === 'fr' ? 'fr' : 'en';
}
