/** Suggestions: rephrasings as given, gentle replies from the library in the text's language and register. */
import { describe, expect, it } from 'vitest';
import { frenchRegisterOf, suggestionView } from '@/components/ToneModel';
import { gentleSituationSchema } from '@/utils/tone';

describe('frenchRegisterOf', () => {
  it.each([
    ["Tu n'as pas lu les règles", 'tu'],
    ["t'es ridicule", 'tu'],
    ['Merci pour ton message', 'tu'],
    ['Vous ne respectez pas les règles', 'vous'],
    ['Tu vois, votre message…', 'vous'],
    ['Merci à tous', 'vous'],
    // Words that only contain "tu", "te" or "tes": not tutoiement.
    ['Cette tutoriel teste les statuts', 'vous'],
  ] as const)('%s → %s', (text, register) => {
    expect(frenchRegisterOf(text)).toBe(register);
  });
});

describe('suggestionView', () => {
  it('passes a rephrasing through', () => {
    expect(suggestionView({ kind: 'rephrase', text: 'Could we…?' }, 'en', 'Stop')).toEqual({
      kind: 'rephrase',
      text: 'Could we…?',
    });
  });

  it.each(
    gentleSituationSchema.options.flatMap((situation) => [
      [situation, 'en'] as const,
      [situation, 'fr'] as const,
    ]),
  )('fills the library reply for %s (%s) with its fallbacks, leaving no placeholder', (situation, lang) => {
    const view = suggestionView({ kind: 'situation', situation }, lang, 'texte');
    expect(view.kind).toBe('situation');
    expect(view.text).toBeDefined();
    expect(view.text).not.toMatch(/[{}]/);
  });

  it('answers in the register of the checked French text, and uses the admin’s values', () => {
    const suggestion = { kind: 'situation', situation: 'move-to-private' } as const;
    expect(suggestionView(suggestion, 'fr', "Tu n'as pas lu les règles").text).toMatch(/je t’écris/);
    expect(suggestionView(suggestion, 'fr', 'Vous ne respectez pas les règles').text).toMatch(
      /je vous écris/,
    );
    expect(suggestionView(suggestion, 'en', 'You never read', { firstName: 'Ana' }).text).toMatch(/^Hi Ana,/);
  });
});
