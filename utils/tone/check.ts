/**
 * The tone check: reads a message an admin is about to post and returns gentle hints with exact spans.
 * Pure and synchronous; every regular expression is compiled once per language, on first use.
 */
import { detectLanguage } from './language.ts';
import { insultLexicon, insultLookingNames, knownAcronyms, shortShoutedWords } from './lexicons.ts';
import { categoryMessages, categorySeverity, defaultSituations, infoNotes, rephrasings } from './messages.ts';
import { normalizeText, toOriginalRange, type NormalizedText } from './normalize.ts';
import { languageRules, notANameOpeners, type LanguageRules, type PhraseRule } from './rules.ts';
import type {
  Hint,
  Severity,
  Suggestion,
  ToneCategory,
  ToneContext,
  ToneLang,
  ToneOptions,
  ToneResult,
} from './schema.ts';

interface CompiledLanguage {
  readonly frontalOpener: RegExp;
  readonly phrases: readonly (PhraseRule & { readonly regex: RegExp })[];
  readonly addressee: RegExp;
  readonly kindness: RegExp;
  readonly kindnessNegation: RegExp;
  readonly negationBefore: RegExp;
  readonly greeting: RegExp;
  readonly thanks: RegExp;
  readonly falseThanks: RegExp;
  readonly politeRequest: RegExp;
  readonly softener: RegExp;
  readonly speakerStatement: RegExp;
  readonly strongReprimand: RegExp;
  readonly weakReprimand: RegExp;
  readonly situations: readonly {
    readonly situation: Suggestion & { kind: 'situation' };
    readonly regex: RegExp;
  }[];
}

/** Joins rules of the same category and conditions into one pattern: one pass over the text instead of several. */
function mergeSimilarRules(rules: readonly PhraseRule[]): PhraseRule[] {
  const groups = new Map<string, PhraseRule[]>();
  for (const rule of rules) {
    const key = [
      rule.category,
      rule.needsAddressee,
      rule.quietWhenKind,
      rule.negatable,
      rule.sentenceStart,
      rule.notSentenceStart,
    ].join();
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }
  return [...groups.values()].map((group) => ({
    ...group[0]!,
    pattern: group.map((rule) => `(?:${rule.pattern})`).join('|'),
  }));
}

function compileLanguage(rules: LanguageRules): CompiledLanguage {
  return {
    // Sticky: tried exactly at the opening position of the message.
    frontalOpener: new RegExp(rules.frontalOpener, 'y'),
    phrases: mergeSimilarRules(rules.phrases).map((rule) => ({
      ...rule,
      regex: new RegExp(rule.pattern, 'g'),
    })),
    addressee: new RegExp(rules.addressee),
    kindness: new RegExp(rules.kindness, 'g'),
    kindnessNegation: new RegExp(rules.kindnessNegation),
    negationBefore: new RegExp(rules.negationBefore),
    greeting: new RegExp(rules.greeting, 'u'),
    thanks: new RegExp(rules.thanks, 'g'),
    falseThanks: new RegExp(rules.falseThanks, 'g'),
    politeRequest: new RegExp(rules.politeRequest),
    softener: new RegExp(rules.softener),
    speakerStatement: new RegExp(rules.speakerStatement),
    strongReprimand: new RegExp(rules.strongReprimand),
    weakReprimand: new RegExp(rules.weakReprimand),
    situations: rules.situations.map(({ situation, pattern }) => ({
      situation: { kind: 'situation', situation },
      regex: new RegExp(pattern),
    })),
  };
}

const compiledLanguages = new Map<ToneLang, CompiledLanguage>();
function compiled(lang: ToneLang): CompiledLanguage {
  let language = compiledLanguages.get(lang);
  if (!language) {
    language = compileLanguage(languageRules[lang]);
    compiledLanguages.set(lang, language);
  }
  return language;
}

type InfoReason = keyof typeof infoNotes;

interface RawHint {
  category: ToneCategory;
  severity: Severity;
  /** Original-text offsets. */
  start: number;
  end: number;
  infoReason?: InfoReason;
  suggestion?: Suggestion;
}

interface Sentence {
  /** Normalised offsets of the sentence, leading spaces excluded. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const sentencePattern = /[^.!?…\n]+[.!?…]*/g;

function splitSentences(normalized: string): Sentence[] {
  const sentences: Sentence[] = [];
  sentencePattern.lastIndex = 0;
  for (let match = sentencePattern.exec(normalized); match; match = sentencePattern.exec(normalized)) {
    const leading = match[0].length - match[0].trimStart().length;
    if (match[0].trim() === '') continue;
    const start = match.index + leading;
    const end = match.index + match[0].length;
    sentences.push({ start, end, text: normalized.slice(start, end) });
  }
  return sentences;
}

function sentenceAt(sentences: readonly Sentence[], position: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (position < sentence.start) high = middle - 1;
    else if (position >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

const edgePunctuation = /[\s,.;:!?…'"«»“”()-]/;

/** Trims spaces and punctuation from both ends of a normalised span. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let trimmedStart = start;
  let trimmedEnd = end;
  while (trimmedStart < trimmedEnd && edgePunctuation.test(text[trimmedStart] ?? '')) trimmedStart++;
  while (trimmedEnd > trimmedStart && edgePunctuation.test(text[trimmedEnd - 1] ?? '')) trimmedEnd--;
  return [trimmedStart, trimmedEnd];
}

/** Finds the first normalised index whose source starts at or after an original offset. */
function normalizedIndexAt(normalized: NormalizedText, originalOffset: number): number {
  let low = 0;
  let high = normalized.text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((normalized.originalStart[middle] ?? 0) < originalOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Per-message facts shared by the detectors. */
class MessageFacts {
  readonly sentences: Sentence[];
  private readonly kindSentences = new Map<number, boolean>();
  private readonly addressedSentences = new Map<number, boolean>();

  constructor(
    readonly normalized: NormalizedText,
    readonly language: CompiledLanguage,
  ) {
    this.sentences = splitSentences(normalized.text);
  }

  isKind(sentence: Sentence): boolean {
    let kind = this.kindSentences.get(sentence.start);
    if (kind === undefined) {
      kind = false;
      const { kindness, kindnessNegation } = this.language;
      kindness.lastIndex = 0;
      for (let match = kindness.exec(sentence.text); match && !kind; match = kindness.exec(sentence.text)) {
        kind = !kindnessNegation.test(sentence.text.slice(0, match.index));
      }
      this.kindSentences.set(sentence.start, kind);
    }
    return kind;
  }

  isAddressed(sentence: Sentence): boolean {
    let addressed = this.addressedSentences.get(sentence.start);
    if (addressed === undefined) {
      addressed = this.language.addressee.test(sentence.text);
      this.addressedSentences.set(sentence.start, addressed);
    }
    return addressed;
  }

  isNegatedBefore(sentence: Sentence, position: number): boolean {
    return this.language.negationBefore.test(this.normalized.text.slice(sentence.start, position));
  }

  toHint(category: ToneCategory, normalizedStart: number, normalizedEnd: number): RawHint | undefined {
    const [start, end] = trimSpan(this.normalized.text, normalizedStart, normalizedEnd);
    if (end <= start) return undefined;
    const [originalStart, originalEnd] = toOriginalRange(this.normalized, start, end);
    return { category, severity: categorySeverity[category], start: originalStart, end: originalEnd };
  }
}

function findPhraseHints(facts: MessageFacts): RawHint[] {
  const hints: RawHint[] = [];
  const text = facts.normalized.text;
  for (const rule of facts.language.phrases) {
    const { regex } = rule;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const [start, end] = trimSpan(text, match.index, match.index + match[0].length);
      const sentence = sentenceAt(facts.sentences, start);
      if (!sentence) continue;
      // Right after an opening quote or a colon also counts: 'Rule 3: no ads here', '"Pas de pub ici"'.
      const atSentenceStart =
        start === sentence.start || /["“«„:]\s*$/.test(text.slice(sentence.start, start));
      if (rule.sentenceStart && !atSentenceStart) continue;
      if (rule.notSentenceStart && atSentenceStart) continue;
      if (rule.needsAddressee && !facts.isAddressed(sentence)) continue;
      if (rule.quietWhenKind && facts.isKind(sentence)) continue;
      if (rule.negatable && facts.isNegatedBefore(sentence, start)) continue;
      const hint = facts.toHint(rule.category, start, end);
      if (hint) hints.push(hint);
    }
  }
  return hints;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits normalised text into runs of a-z and 0-9 (by hand: cheaper than a global regex here). */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0;
    const isWordUnit = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWordUnit && start < 0) start = index;
    else if (!isWordUnit && start >= 0) {
      tokens.push({ text: text.slice(start, index), start, end: index });
      start = -1;
    }
  }
  return tokens;
}
const upperCaseStart = /^\p{Lu}/u;

/** "s" or "x", the plural endings tried when a word is not in the lexicon as written. */
const isPluralMark = (code: number): boolean => code === 115 || code === 120;

function findInsults(facts: MessageFacts, lang: ToneLang): RawHint[] {
  const lexicon = insultLexicon(lang);
  const { normalized } = facts;
  const tokens = tokenize(normalized.text);
  const hints: RawHint[] = [];
  const original = normalized.original;
  const originalWordAt = (normalizedStart: number): string => {
    const offset = normalized.originalStart[normalizedStart] ?? 0;
    return original.slice(offset, offset + 2);
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let matchedEnd = -1;
    for (const phrase of lexicon.phrasesByFirstToken.get(token.text) ?? []) {
      if (phrase.every((part, offset) => tokens[index + offset]?.text === part)) {
        matchedEnd = Math.max(matchedEnd, tokens[index + phrase.length - 1]!.end);
      }
    }
    const isWord =
      lexicon.words.has(token.text) ||
      (token.text.length > 3 &&
        isPluralMark(token.text.charCodeAt(token.text.length - 1)) &&
        lexicon.words.has(token.text.slice(0, -1)));
    if (matchedEnd < 0 && isWord) matchedEnd = token.end;
    if (matchedEnd < 0) continue;
    const sentence = sentenceAt(facts.sentences, token.start);
    if (!sentence) continue;
    // Names that look like insults: "Dick Turner", "thank you Dick", "@Randy".
    const capitalised = upperCaseStart.test(originalWordAt(token.start));
    const taggedOrNamed =
      normalized.text[token.start - 1] === '@' ||
      (capitalised && insultLookingNames.has(token.text)) ||
      (capitalised && token.start !== sentence.start) ||
      (capitalised &&
        tokens[index + 1] !== undefined &&
        upperCaseStart.test(originalWordAt(tokens[index + 1]!.start)));
    if (taggedOrNamed && matchedEnd === token.end) continue;
    if (facts.isNegatedBefore(sentence, token.start)) continue;
    const hint = facts.toHint('insult', token.start, matchedEnd);
    if (hint) hints.push(hint);
  }
  return hints;
}

/** Words written entirely in capitals (at least two letters). */
// Latin capitals only (English and French); the letter checks around a match are done by hand, which is
// much faster than a Unicode look-behind tried at every position.
const upperCaseWord = /[A-ZÀ-ÖØ-ÞŒŸ](?:[A-ZÀ-ÖØ-ÞŒŸ'’-]*[A-ZÀ-ÖØ-ÞŒŸ])?/g;
const letter = /\p{L}/u;
const isLetterAt = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return letter.test(text[index] ?? '');
};
const titleCaseWordBefore = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+$/u;
const punctuationRun = /[!?](?:[\s\u00a0\u202f]?[!?])+/g;

const foldWord = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const letterCount = (word: string): number => word.replace(/['’-]/g, '').length;

function findShouting(original: string): RawHint[] {
  const hints: RawHint[] = [];
  const words: { text: string; start: number; end: number }[] = [];
  upperCaseWord.lastIndex = 0;
  for (let match = upperCaseWord.exec(original); match; match = upperCaseWord.exec(original)) {
    const end = match.index + match[0].length;
    const standsAlone =
      !isLetterAt(original, match.index - 1) &&
      original[match.index - 1] !== "'" &&
      original[match.index - 1] !== '’' &&
      !isLetterAt(original, end);
    if (match[0].length >= 2 && standsAlone) words.push({ text: match[0], start: match.index, end });
  }
  let index = 0;
  while (index < words.length) {
    let last = index;
    // A run of capitals: words separated only by spaces or light punctuation.
    while (
      last + 1 < words.length &&
      /^[\s,;:'’"«»-]*$/.test(original.slice(words[last]!.end, words[last + 1]!.start))
    ) {
      last++;
    }
    const run = words.slice(index, last + 1);
    index = last + 1;
    const shouted = run.filter((word) => !knownAcronyms.has(word.text.replace(/['’]/g, '')));
    const firstWord = shouted[0];
    const lastWord = shouted[shouted.length - 1];
    if (firstWord === undefined || lastWord === undefined) continue;
    const letters = shouted.reduce((sum, word) => sum + letterCount(word.text), 0);
    const loud =
      (shouted.length >= 2 && letters >= 5) ||
      (shouted.length === 1 && (letters >= 4 || shortShoutedWords.has(firstWord.text)));
    if (!loud) continue;
    // "Marie DUPONT": a surname in capitals after a first name, not "Please READ".
    const nameBefore =
      run.length === 1
        ? titleCaseWordBefore.exec(original.slice(Math.max(0, firstWord.start - 30), firstWord.start))
        : null;
    if (nameBefore?.[1] !== undefined && !notANameOpeners.has(foldWord(nameBefore[1]))) continue;
    hints.push({
      category: 'shouting',
      severity: 'warn',
      start: firstWord.start,
      end: lastWord.end,
      suggestion: { kind: 'rephrase', text: original.slice(firstWord.start, lastWord.end).toLowerCase() },
    });
  }
  punctuationRun.lastIndex = 0;
  for (let match = punctuationRun.exec(original); match; match = punctuationRun.exec(original)) {
    const marks = match[0].replace(/[\s\u00a0\u202f]/g, '');
    const mixed = marks.includes('!') && marks.includes('?');
    const severity: Severity = mixed || marks.length >= 3 ? 'warn' : 'info';
    hints.push({
      category: 'shouting',
      severity,
      start: match.index,
      end: match.index + match[0].length,
      ...(severity === 'info' ? { infoReason: 'mild' as const } : {}),
      suggestion: { kind: 'rephrase', text: marks.includes('?') ? '?' : '!' },
    });
  }
  return hints;
}

interface NamedTarget {
  readonly start: number;
  readonly end: number;
}

const tagPattern = /@[\p{L}][\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{Ll}'’-]+)?/gu;
const vocativePattern =
  /^\s*(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Bb]onjour|[Ss]alut|[Cc]oucou|[Bb]onsoir)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)\s*[,:]/u;

function findNamedTargets(original: string): { targets: NamedTarget[]; openingEnd: number } {
  const targets: NamedTarget[] = [];
  let openingEnd = 0;
  const vocative = vocativePattern.exec(original);
  const name = vocative?.[1];
  if (vocative && name !== undefined) {
    const firstWord = name.split(/\s+/)[0] ?? '';
    const folded = firstWord
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    if (!notANameOpeners.has(folded)) {
      const nameStart = vocative.index + vocative[0].indexOf(name);
      targets.push({ start: nameStart, end: nameStart + name.length });
      openingEnd = vocative.index + vocative[0].length;
    }
  }
  tagPattern.lastIndex = 0;
  for (let match = tagPattern.exec(original); match; match = tagPattern.exec(original)) {
    const tag = match[0].replace(/[.'’-]+$/, '');
    targets.push({ start: match.index, end: match.index + tag.length });
    // A tag that opens the message ("@Tom selling is…") is part of the opening.
    if (
      original.slice(0, match.index).trim() === '' ||
      original.slice(openingEnd, match.index).trim() === ''
    ) {
      openingEnd = Math.max(openingEnd, match.index + tag.length);
    }
  }
  // "Hey @Nina, …", "Coucou @Nina, …": greeting, tag and comma all belong to the opening.
  const afterOpening = /^[\s,:]*/.exec(original.slice(openingEnd));
  openingEnd += afterOpening?.[0].length ?? 0;
  return { targets, openingEnd };
}

/** Tries the openers at the very start, then after a leading greeting, name or tag ("Jason, stop."). */
function findFrontalOpener(facts: MessageFacts, openingEnd: number): RawHint | undefined {
  const { normalized } = facts;
  const opener = facts.language.frontalOpener;
  for (const originalOffset of new Set([0, openingEnd])) {
    let position = normalizedIndexAt(normalized, originalOffset);
    while (position < normalized.text.length && /\s/.test(normalized.text[position] ?? '')) position++;
    opener.lastIndex = position;
    const match = opener.exec(normalized.text);
    if (match) return facts.toHint('frontal-opener', match.index, match.index + match[0].length);
  }
  return undefined;
}

const warmEmoji = /[🙂😊😉❤💛💙💚🧡💜🤗🙏👍🌸☺😀😃😄🎉☕👋💕🌷🌼✨🥰😍]/u;

interface Warmth {
  readonly score: number;
  readonly greetsOrThanks: boolean;
}

function measureWarmth(facts: MessageFacts): Warmth {
  const { language } = facts;
  const text = facts.normalized.text;
  const thanksCount = text.match(language.thanks)?.length ?? 0;
  const falseThanksCount = text.match(language.falseThanks)?.length ?? 0;
  const thanks = thanksCount > falseThanksCount;
  const greeting = language.greeting.test(text);
  let score = (thanks ? 2 : 0) + (greeting ? 2 : 0);
  if (language.politeRequest.test(text)) score++;
  if (language.softener.test(text)) score++;
  if (language.speakerStatement.test(text)) score++;
  if (warmEmoji.test(facts.normalized.original)) score++;
  return { score, greetsOrThanks: thanks || greeting };
}

const quotationPattern = /"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]/g;

function quotedRanges(original: string): [number, number][] {
  const ranges: [number, number][] = [];
  quotationPattern.lastIndex = 0;
  for (let match = quotationPattern.exec(original); match; match = quotationPattern.exec(original)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Categories whose hint, next to a name, makes the mention a public reproach. */
const reproachCategories: ReadonlySet<ToneCategory> = new Set([
  'frontal-opener',
  'prohibition',
  'you-blame',
  'personal-attack',
  'insult',
  'shouting',
  'absolute',
  'threat',
  'condescension',
]);
/** Categories that warmth around them can soften to a note. */
const softenable: Readonly<Partial<Record<ToneCategory, number>>> = { prohibition: 2, 'frontal-opener': 3 };

function mergeOverlapping(hints: RawHint[]): RawHint[] {
  const sorted = [...hints].sort((left, right) => left.start - right.start || right.end - left.end);
  const merged: RawHint[] = [];
  for (const hint of sorted) {
    const previous = merged.findLast((candidate) => candidate.category === hint.category);
    if (previous && hint.start < previous.end) {
      previous.end = Math.max(previous.end, hint.end);
      if (severityRank[hint.severity] > severityRank[previous.severity]) {
        previous.severity = hint.severity;
        delete previous.infoReason;
        if (hint.suggestion) previous.suggestion = hint.suggestion;
      }
      continue;
    }
    merged.push({ ...hint });
  }
  return merged;
}

const severityRank: Readonly<Record<Severity, number>> = { info: 0, warn: 1, alert: 2 };

function suggestionFor(
  hint: RawHint,
  lang: ToneLang,
  situation: Suggestion | undefined,
): Suggestion | undefined {
  if (hint.suggestion) return hint.suggestion;
  const situational: ReadonlySet<ToneCategory> = new Set(['prohibition', 'frontal-opener', 'public-callout']);
  if (situation && situational.has(hint.category)) return situation;
  const fixed = defaultSituations[hint.category];
  if (fixed) return fixed;
  const rephrasing = rephrasings[hint.category];
  return rephrasing ? { kind: 'rephrase', text: rephrasing[lang] } : undefined;
}

function missingWarmthHint(
  facts: MessageFacts,
  context: ToneContext | undefined,
  warmth: Warmth,
): RawHint | undefined {
  if (!context?.toNewcomer && !context?.firstReply) return undefined;
  if (warmth.greetsOrThanks) return undefined;
  const firstSentence = facts.sentences[0];
  if (!firstSentence) return undefined;
  return facts.toHint('missing-warmth', firstSentence.start, firstSentence.end);
}

export function checkTone(text: string, options: ToneOptions): ToneResult {
  const normalized = normalizeText(text);
  const lang = options.lang ?? detectLanguage(normalized.text, text, options.fallbackLang ?? options.uiLang);
  const language = compiled(lang);
  const facts = new MessageFacts(normalized, language);

  const { targets, openingEnd } = findNamedTargets(text);
  let hints: RawHint[] = [...findPhraseHints(facts), ...findInsults(facts, lang), ...findShouting(text)];
  const opener = findFrontalOpener(facts, openingEnd);
  if (opener) hints.push(opener);

  // A rule quoted from the group's rules is information, not an order.
  const quotes = quotedRanges(text);
  for (const hint of hints) {
    if (quotes.some(([start, end]) => hint.start >= start && hint.end <= end)) {
      hint.severity = 'info';
      hint.infoReason = 'quoted';
    }
  }

  const warmth = measureWarmth(facts);
  const hasFirmerHint = hints.some(
    (hint) => severityRank[hint.severity] >= severityRank.warn && softenable[hint.category] === undefined,
  );
  if (!hasFirmerHint) {
    for (const hint of hints) {
      const threshold = softenable[hint.category];
      if (threshold !== undefined && warmth.score >= threshold && hint.severity !== 'info') {
        hint.severity = 'info';
        hint.infoReason = 'softened';
      }
    }
  }

  const reproached =
    hints.some((hint) => reproachCategories.has(hint.category) && hint.severity !== 'info') ||
    language.strongReprimand.test(normalized.text) ||
    (warmth.score < 2 && language.weakReprimand.test(normalized.text));
  if (reproached) {
    for (const target of targets) {
      hints.push({ category: 'public-callout', severity: categorySeverity['public-callout'], ...target });
    }
  }
  const warmthHint = missingWarmthHint(facts, options.context, warmth);
  if (warmthHint) hints.push(warmthHint);

  hints = mergeOverlapping(hints);
  const situation = language.situations.find(({ regex }) => regex.test(normalized.text))?.situation;
  const uiLang = options.uiLang;
  return {
    lang,
    hints: hints
      .sort((left, right) => left.start - right.start || left.end - right.end)
      .map((hint): Hint => {
        const note = hint.infoReason ? ` ${infoNotes[hint.infoReason][uiLang]}` : '';
        const suggestion = suggestionFor(hint, lang, situation);
        return {
          category: hint.category,
          severity: hint.severity,
          start: hint.start,
          end: hint.end,
          excerpt: text.slice(hint.start, hint.end),
          message: categoryMessages[hint.category][uiLang] + note,
          ...(suggestion ? { suggestion } : {}),
        };
      }),
  };
}
