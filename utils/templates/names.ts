/**
 * First names from Facebook display names. A display name is whatever the person typed, so this is a best guess
 * that errs towards "unknown" (then the template's fallback is used) rather than a wrong name:
 * - the first word that carries a letter, with emoji and quotes around it removed ("🌻 Marie" → "Marie");
 * - hyphens and apostrophes inside the word are kept ("Jean-Pierre", "D'Arcy");
 * - a lone initial ("J. Martin") gives no first name;
 * - a word in capitals is written in the usual case ("JEAN-PIERRE" → "Jean-Pierre"), so a greeting does not shout;
 * - name order and double first names written with a space ("Marie Claire") cannot be told apart: the admin
 *   can correct the text before copying.
 */

const letter = /\p{L}/u;
const leadingNonLetters = /^[^\p{L}\p{N}]+/u;
const trailingNonLetters = /[^\p{L}\p{M}\p{N}]+$/u;

function titleCaseIfShouting(word: string, locale: string): string {
  const letters = [...word].filter((char) => letter.test(char));
  const isAllCapitals =
    letters.length > 1 && word === word.toLocaleUpperCase(locale) && word !== word.toLocaleLowerCase(locale);
  if (!isAllCapitals) return word;
  // Capitalise each part after a hyphen or apostrophe: "JEAN-PIERRE" → "Jean-Pierre", "D'ARCY" → "D'Arcy".
  return word
    .toLocaleLowerCase(locale)
    .replace(
      /(^|[-'’])(\p{L})/gu,
      (_, separator: string, initial: string) => separator + initial.toLocaleUpperCase(locale),
    );
}

export function firstNameOf(displayName: string, locale = 'fr'): string | undefined {
  const words = displayName.normalize('NFC').trim().split(/\s+/u);
  for (const raw of words) {
    const word = raw.replace(leadingNonLetters, '').replace(trailingNonLetters, '');
    if (!letter.test(word)) continue;
    const letterCount = [...word].filter((char) => letter.test(char)).length;
    if (letterCount < 2) return undefined;
    return titleCaseIfShouting(word, locale);
  }
  return undefined;
}

/** Folds a name for grouping and sorting by hand: "Élodie" and "elodie" both go under "E". */
export function initialOf(name: string | undefined): string {
  const first = [...(name ?? '').normalize('NFD').replace(/\p{M}/gu, '')].find((char) => letter.test(char));
  return first ? first.toLocaleUpperCase('fr') : '#';
}
