/**
 * Words written in capitals, in any script that has capitals (Latin, Greek, Cyrillic, Armenian…), found by
 * Unicode letter case rather than a list of Latin letters. Scripts without case (Chinese, Arabic…) never count.
 */

export interface CapitalWord {
  /** The word as written (apostrophes and hyphens inside it kept). */
  readonly text: string;
  /** UTF-16 offsets in the original text. */
  readonly start: number;
  readonly end: number;
  /** How many capital letters it has. */
  readonly letters: number;
}

const notALetter = 0;
const capital = 1;
/** A lower-case letter, or a letter of a script without case: either makes the word not shouted. */
const otherLetter = 2;
/** A combining mark (a decomposed accent): part of the word, not a letter of its own. */
const mark = 3;
/** An apostrophe or hyphen: part of the word only between two letters ("DON'T", "PEUT-ÊTRE"). */
const joiner = 4;

const capitalPattern = /[\p{Lu}\p{Lt}]/u;
const letterPattern = /\p{L}/u;
const markPattern = /\p{M}/u;

function classifySlow(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (char === "'" || char === '’' || char === '-') return joiner;
  if (capitalPattern.test(char)) return capital;
  if (letterPattern.test(char)) return otherLetter;
  if (markPattern.test(char)) return mark;
  return notALetter;
}

/** Classes of U+0000–U+024F, computed once: nearly every character of an English or French message. */
const latinClasses = Uint8Array.from({ length: 0x250 }, (_, codePoint) => classifySlow(codePoint));
const otherClasses = new Map<number, number>();

function classify(codePoint: number): number {
  if (codePoint < 0x250) return latinClasses[codePoint]!;
  let found = otherClasses.get(codePoint);
  if (found === undefined) {
    found = classifySlow(codePoint);
    otherClasses.set(codePoint, found);
  }
  return found;
}

const isLetterClass = (found: number): boolean => found === capital || found === otherLetter;

/**
 * Words with at least two capital letters and no other letter. A word is a run of letters and combining marks,
 * with single apostrophes or hyphens between letters. A word right after an apostrophe ("l'ONU") is elided,
 * not shouted.
 */
export function findCapitalWords(original: string): CapitalWord[] {
  const words: CapitalWord[] = [];
  const length = original.length;
  let index = 0;
  while (index < length) {
    const codePoint = original.codePointAt(index)!;
    if (!isLetterClass(classify(codePoint))) {
      index += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const start = index;
    let end = index;
    let capitals = 0;
    let onlyCapitals = true;
    while (index < length) {
      const current = original.codePointAt(index)!;
      const size = current > 0xffff ? 2 : 1;
      const found = classify(current);
      if (found === capital) capitals++;
      else if (found === otherLetter) onlyCapitals = false;
      else if (found === joiner) {
        const after = original.codePointAt(index + size);
        if (after === undefined || !isLetterClass(classify(after))) break;
      } else if (found !== mark) break;
      index += size;
      if (found !== joiner) end = index;
    }
    const before = original[start - 1];
    if (onlyCapitals && capitals >= 2 && before !== "'" && before !== '’') {
      words.push({ text: original.slice(start, end), start, end, letters: capitals });
    }
  }
  return words;
}
