import { describe, expect, it } from 'vitest';
import { findCapitalWords } from '../../../utils/tone/capitals.ts';
import { hintsOf, raised } from './helpers.ts';

/**
 * Words in capitals found as shouting, whatever the severity (one word among lower-case words is only a note).
 * Shouting does not depend on the language of the text.
 */
const shouted = (text: string): string[] =>
  hintsOf(text, 'en')
    .filter((hint) => hint.category === 'shouting')
    .map((hint) => hint.excerpt);

describe('capitals in any script that has them', () => {
  it.each([
    ['ΣΤΑΜΑΤΗΣΤΕ ΤΩΡΑ', 'ΣΤΑΜΑΤΗΣΤΕ ΤΩΡΑ'],
    ['Please ΣΤΑΜΑΤΑ now.', 'ΣΤΑΜΑΤΑ'],
    ['ПРЕКРАТИТЕ НЕМЕДЛЕННО, это последнее предупреждение.', 'ПРЕКРАТИТЕ НЕМЕДЛЕННО'],
    ['Кто это ПИСАЛ?', 'ПИСАЛ'],
    ['ԴԱԴԱՐԵՔ խնդրում եմ', 'ԴԱԴԱՐԵՔ'],
    ['Merci de LIRE le post épinglé.', 'LIRE'],
    // A decomposed accent (E + U+0301) stays inside the word.
    ['E\u0301COUTEZ-MOI bien.', 'E\u0301COUTEZ-MOI'],
  ])('%s', (text, excerpt) => {
    expect(shouted(text)).toEqual([excerpt]);
  });

  it('leaves mixed case, lower case and scripts without capitals alone', () => {
    expect(shouted('Καλημέρα σε όλους, ευχαριστώ!')).toEqual([]);
    expect(shouted('Спасибо всем, до завтра')).toEqual([]);
    expect(shouted('東京の集まりは土曜日です')).toEqual([]);
    expect(shouted('شكرا جزيلا للجميع')).toEqual([]);
  });

  it('keeps acronyms, short words, insulin brands and names harmless', () => {
    expect(raised('OK, the USA page and the FAQ are pinned.', 'en')).toEqual([]);
    expect(raised('Mon chat a une CKD et le FIV, mais ça va.', 'fr')).toEqual([]);
    expect(raised('Sa dose de LANTUS et de PZI, sa CKD et son FIV : tout va bien, OK ?', 'fr')).toEqual([]);
    expect(raised('He switched from CANINSULIN to PROZINC last month.', 'en')).toEqual([]);
    expect(raised('Greek acronyms like ΟΗΕ or ΕΕ are fine.', 'en')).toEqual([]);
    expect(raised('Merci à Иван ПЕТРОВ pour les photos.', 'fr')).toEqual([]);
    expect(raised('Un lien vers l’ONU et d’EDF, merci.', 'fr')).toEqual([]);
  });
});

describe('findCapitalWords', () => {
  it('reports words, offsets and capital counts', () => {
    const text = 'Ok ΤΩΡΑ, DON’T l’ONU Ab-CD 😀ΑΒ A';
    expect(
      findCapitalWords(text).map(({ text: word, start, end, letters }) => [word, start, end, letters]),
    ).toEqual([
      ['ΤΩΡΑ', 3, 7, 4],
      ['DON’T', 9, 14, 4],
      ['ΑΒ', 29, 31, 2],
    ]);
  });
});

describe('a headline in capitals', () => {
  it('is a title, not a raised voice, when lower-case sentences follow', () => {
    expect(raised('NEVER FEED GRAPES TO A DOG. They can harm the kidneys, even a handful.', 'en')).toEqual(
      [],
    );
    expect(raised('FERMETURE DU JARDIN CE LUNDI, les clés seront chez Odile jusqu’à mardi.', 'fr')).toEqual(
      [],
    );
  });

  it('stays shouting when it opens with a reprimand, when capitals come back, or when little follows', () => {
    expect(raised('ENOUGH NOW with the arguing about kibble brands.', 'en')).toContain('shouting');
    expect(raised('FERMETURE DU JARDIN, les clés SONT CHEZ ODILE.', 'fr')).toContain('shouting');
    expect(raised('CLOSED ON MONDAY. ok then', 'en')).toContain('shouting');
  });
});
