import { describe, expect, it } from 'vitest';
import { checkTone } from '../../../utils/tone/index.ts';

describe('language detection', () => {
  it.each([
    ['Please read the rules before you post again.', 'en'],
    ['Merci de lire les règles avant de publier.', 'fr'],
    ['Tu n’as pas lu le post épinglé ?', 'fr'],
    ["You didn't read the pinned post?", 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(checkTone(text, { uiLang: lang === 'en' ? 'fr' : 'en' }).lang).toBe(lang);
  });

  it('falls back to the given language for short ambiguous texts', () => {
    expect(checkTone('STOP.', { uiLang: 'en', fallbackLang: 'fr' }).lang).toBe('fr');
    expect(checkTone('Stop.', { uiLang: 'en' }).lang).toBe('en');
    expect(checkTone('Super ! 🙂', { uiLang: 'fr' }).lang).toBe('fr');
  });

  it('lets the admin override', () => {
    expect(checkTone('Please read the rules.', { uiLang: 'en', lang: 'fr' }).lang).toBe('fr');
  });
});
