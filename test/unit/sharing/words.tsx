/** The sync status as the panel words it (components/SharingStatusView.tsx), in English and in French. */
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { expect } from 'vitest';
import { SharingStatusView } from '@/components/SharingStatusView';
import type { SharingStatus } from '@/storage/sharing/state';
import { createI18n, type UiLanguage } from '@/utils/i18n';

export const wordsOf = (status: SharingStatus, language: UiLanguage): string =>
  renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(language)}>
      <SharingStatusView
        status={status}
        server="https://couch.example.org"
        since="2026-01-02T00:00:00.000Z"
        syncing={false}
        language={language}
        now={new Date('2026-01-31T10:00:00.000Z')}
        onSyncNow={() => undefined}
      />
    </I18nextProvider>,
  ).replace(/&#x27;|&#39;/g, "'");

/** The words each case must show, per language; the other cases' words must not appear. */
export const WORDS = {
  unreachable: { en: 'could not be reached', fr: 'est injoignable' },
  refused: { en: 'turned down your login', fr: 'a refusé votre identifiant' },
  forbidden: { en: 'does not let it read or write', fr: 'ne le laisse pas lire ou écrire' },
  tampered: { en: 'failed the authenticity check', fr: 'contrôle d’authenticité' },
  invalid: { en: 'not a valid Tend document', fr: 'pas un document valide de Tend' },
} as const;

/** The status shows `expected`'s words in both languages, no other case's, and no untranslated key. */
export function expectWords(status: SharingStatus, expected: keyof typeof WORDS): void {
  for (const language of ['en', 'fr'] as const) {
    const text = wordsOf(status, language);
    expect(text, language).toContain(WORDS[expected][language]);
    expect(text).not.toMatch(/sharing\.|\{\{/);
    for (const [other, words] of Object.entries(WORDS))
      if (other !== expected) expect(text, `${language} ${other}`).not.toContain(words[language]);
  }
}

/** A sync that worked: up to date, in both languages, and none of the failures' words. */
export function expectUpToDate(status: SharingStatus): void {
  const upToDate = { en: 'Up to date with the server', fr: 'À jour avec le serveur' } as const;
  for (const language of ['en', 'fr'] as const) {
    const text = wordsOf(status, language);
    expect(text, language).toContain(upToDate[language]);
    for (const [other, words] of Object.entries(WORDS))
      expect(text, `${language} ${other}`).not.toContain(words[language]);
  }
}
