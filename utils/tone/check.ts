/**
 * The tone check: reads a message an admin is about to post and returns gentle hints with exact spans.
 * Pure and synchronous; every regular expression is compiled once per language, on first use. The text is
 * normalised once; phrase rules and whole-message patterns are then tried only where a word they can start
 * with begins (word-index.ts), not at every position of the text.
 */
import { findCapitalWords } from './capitals.ts';
import { detectLanguage } from './language.ts';
import { insultLexicon, insultLookingNames, knownAcronyms, shortShoutedWords } from './lexicons.ts';
import { categoryMessages, categorySeverity, defaultSituations, infoNotes, rephrasings } from './messages.ts';
import { normalizeText, toOriginalRange, type NormalizedText } from './normalize.ts';
import { languageRules, notANameOpeners, type LanguageRules, type PhraseRule } from './rules.ts';
import { findJudgements } from './judgement.ts';
import { findStructuralMatches, hasFaultSign } from './structure.ts';
import { PatternScanner, tokenize, type ScanResult, type Token } from './word-index.ts';
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

/** Patterns tested once on the whole message (greeting, thanks, reprimand words…). */
const messagePatternNames = [
  'greeting',
  'thanks',
  'falseThanks',
  'politeRequest',
  'softener',
  'speakerStatement',
  'strongReprimand',
  'weakReprimand',
] as const;
type MessagePatternName = (typeof messagePatternNames)[number];

interface CompiledLanguage {
  readonly frontalOpener: RegExp;
  /** Phrase rules; rule `i` is pattern `i` of the scanner. */
  readonly phrases: readonly PhraseRule[];
  /** For each phrase rule with `requiresBefore`, the scanner's id of that pattern. */
  readonly requiredBeforeIds: ReadonlyMap<PhraseRule, number>;
  /** Phrase rules, message patterns and situations, indexed by the words they can start with. */
  readonly scanner: PatternScanner;
  readonly messagePatternIds: Readonly<Record<MessagePatternName, number>>;
  readonly situations: readonly {
    readonly situation: Suggestion & { kind: 'situation' };
    readonly patternId: number;
  }[];
  readonly addressee: RegExp;
  readonly kindness: RegExp;
  readonly kindnessNegation: RegExp;
  readonly negationBefore: RegExp;
}

/**
 * Joins rules of the same category and conditions into one pattern: one try where a word starts instead of one
 * per rule, and matches of one kind never overlap.
 */
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
      rule.requiresBefore,
    ].join();
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }
  return [...groups.values()].map((group) => ({
    ...group[0]!,
    pattern: group.map((rule) => `(?:${rule.pattern})`).join('|'),
  }));
}

function compileLanguage(rules: LanguageRules): CompiledLanguage {
  const phrases = mergeSimilarRules(rules.phrases);
  const sources: { pattern: string; flags?: string; lazy?: boolean }[] = phrases.map(({ pattern }) => ({
    pattern,
  }));
  const addSource = (source: { pattern: string; flags?: string; lazy?: boolean }): number =>
    sources.push(source) - 1;
  const messagePatternIds = Object.fromEntries(
    messagePatternNames.map((name) => [
      name,
      addSource({
        pattern: rules[name],
        // The greeting pattern has emoji in it.
        ...(name === 'greeting' ? { flags: 'u' } : {}),
        // Only needed when someone is named in the message.
        ...(name === 'strongReprimand' || name === 'weakReprimand' ? { lazy: true } : {}),
      }),
    ]),
  ) as Record<MessagePatternName, number>;
  // Only needed where the rule itself matched, and only in that sentence: looked for on demand.
  const requiredBeforeIds = new Map<PhraseRule, number>();
  for (const rule of phrases) {
    if (rule.requiresBefore !== undefined) {
      requiredBeforeIds.set(rule, addSource({ pattern: rule.requiresBefore, lazy: true }));
    }
  }
  // Only needed when a hint can point to a situation.
  const situations = rules.situations.map(({ situation, pattern }) => ({
    situation: { kind: 'situation' as const, situation },
    patternId: addSource({ pattern, lazy: true }),
  }));
  return {
    // Sticky: tried exactly at the opening position of the message.
    frontalOpener: new RegExp(rules.frontalOpener, 'y'),
    phrases,
    requiredBeforeIds,
    scanner: new PatternScanner(sources),
    messagePatternIds,
    situations,
    addressee: new RegExp(rules.addressee),
    kindness: new RegExp(rules.kindness, 'g'),
    kindnessNegation: new RegExp(rules.kindnessNegation),
    negationBefore: new RegExp(rules.negationBefore),
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
/**
 * An emoji (with its modifiers) closing words, then more words: many write emoji as full stops ("Great session
 * tonight 🏃 Just one thing that bugs me: …"), and a kind sentence must not cover the reproach after it.
 */
const emojiStop =
  /\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*(?=\s+\S)/gu;
const anyPictograph = /\p{Extended_Pictographic}/u;
const letter = /\p{L}/u;

function splitSentences(normalized: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    const piece = normalized.slice(from, to);
    if (piece.trim() === '') return;
    const start = from + piece.length - piece.trimStart().length;
    sentences.push({ start, end: to, text: normalized.slice(start, to) });
  };
  const withEmoji = anyPictograph.test(normalized);
  sentencePattern.lastIndex = 0;
  for (let match = sentencePattern.exec(normalized); match; match = sentencePattern.exec(normalized)) {
    let from = match.index;
    const end = match.index + match[0].length;
    if (withEmoji && anyPictograph.test(match[0])) {
      emojiStop.lastIndex = 0;
      for (let stop = emojiStop.exec(match[0]); stop; stop = emojiStop.exec(match[0])) {
        // Only after words: a message or sentence opening with an emoji keeps it ("🐱 Hello all").
        if (!letter.test(normalized.slice(from, match.index + stop.index))) continue;
        push(from, match.index + stop.index + stop[0].length);
        from = match.index + stop.index + stop[0].length;
      }
    }
    push(from, end);
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
const praiseTag =
  /^(?:bravo|well done|good job|great job|nice one|nice|chapeau|felicitations|congrats|genial|super|top)$/;

/**
 * Praise tacked on as the sentence's last words ("…les outils ont disparu, bravo.", "you left it open again,
 * well done"): irony, not kindness, when the sentence tells of a fault.
 */
function isIronicPraiseTag(sentence: string, start: number, end: number): boolean {
  if (!praiseTag.test(sentence.slice(start, end))) return false;
  if (/[a-z]/.test(sentence.slice(end))) return false;
  return /[,;:.\u2013\u2014-]\s*(?:[a-z]+\s+)?$/.test(sentence.slice(0, start));
}

class MessageFacts {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
  /** Where each of the language's patterns matches. */
  readonly scan: ScanResult;
  private readonly kindSentences = new Map<number, boolean>();
  private readonly addressedSentences = new Map<number, boolean>();

  constructor(
    readonly normalized: NormalizedText,
    readonly language: CompiledLanguage,
  ) {
    this.sentences = splitSentences(normalized.text);
    this.tokens = tokenize(normalized.text);
    this.scan = language.scanner.scan(normalized.text, this.tokens);
  }

  /** Whether one of the message patterns matches anywhere in the message. */
  has(name: MessagePatternName): boolean {
    return this.scan.test(this.language.messagePatternIds[name]);
  }

  sentenceOf(sentence: { readonly start: number }): Sentence {
    return sentenceAt(this.sentences, sentence.start) ?? this.sentences[0]!;
  }

  isKind(sentence: Sentence): boolean {
    let kind = this.kindSentences.get(sentence.start);
    if (kind === undefined) {
      kind = false;
      const { kindness, kindnessNegation } = this.language;
      kindness.lastIndex = 0;
      const original = this.normalized.original.slice(
        this.normalized.originalStart[sentence.start] ?? 0,
        this.normalized.originalEnd[sentence.end - 1] ?? 0,
      );
      // A warm emoji after the sentence's first words; one opening the message is a habit, not a softener.
      kind = warmEmoji.test(original.replace(/^[^\p{L}]*\p{L}+/u, ''));
      for (let match = kindness.exec(sentence.text); match && !kind; match = kindness.exec(sentence.text)) {
        kind = !kindnessNegation.test(sentence.text.slice(0, match.index));
      }
      this.kindSentences.set(sentence.start, kind);
    }
    return kind;
  }

  /**
   * Kind words of the sentence outside [start, end): the words of the reproach itself do not count, nor, when the
   * sentence tells of a fault (`faultSaid`), praise tacked on after it.
   */
  isKindOutside(sentence: Sentence, start: number, end: number, faultSaid = false): boolean {
    if (!this.isKind(sentence)) return false;
    const { kindness, kindnessNegation } = this.language;
    const text = sentence.text;
    const from = start - sentence.start;
    const to = end - sentence.start;
    kindness.lastIndex = 0;
    for (let match = kindness.exec(text); match; match = kindness.exec(text)) {
      const inside = match.index >= from && match.index + match[0].length <= to;
      if (inside || kindnessNegation.test(text.slice(0, match.index))) continue;
      const tagEnd = match.index + match[0].length;
      if (faultSaid && match.index >= to && isIronicPraiseTag(text, match.index, tagEnd)) continue;
      return true;
    }
    const original = this.normalized.original.slice(
      this.normalized.originalStart[sentence.start] ?? 0,
      this.normalized.originalEnd[sentence.end - 1] ?? 0,
    );
    return warmEmoji.test(original.replace(/^[^\p{L}]*\p{L}+/u, ''));
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

/** The hint for a phrase rule's match, unless the rule's conditions keep it quiet. */
function phraseHint(
  facts: MessageFacts,
  rule: PhraseRule,
  matchStart: number,
  matchEnd: number,
): RawHint | undefined {
  const text = facts.normalized.text;
  const [start, end] = trimSpan(text, matchStart, matchEnd);
  const sentence = sentenceAt(facts.sentences, start);
  if (!sentence) return undefined;
  // Right after an opening quote or a colon also counts: 'Rule 3: no ads here', '"Pas de pub ici"'.
  const atSentenceStart = start === sentence.start || /["“«„:]\s*$/.test(text.slice(sentence.start, start));
  if (rule.sentenceStart && !atSentenceStart) return undefined;
  if (rule.notSentenceStart && atSentenceStart) return undefined;
  if (rule.needsAddressee && !facts.isAddressed(sentence)) return undefined;
  if (rule.quietWhenKind && facts.isKind(sentence)) return undefined;
  if (rule.negatable && facts.isNegatedBefore(sentence, start)) return undefined;
  const requiredId = facts.language.requiredBeforeIds.get(rule);
  if (
    requiredId !== undefined &&
    !facts.scan
      .matches(requiredId)
      .some(([before, beforeEnd]) => before >= sentence.start && beforeEnd <= start)
  ) {
    return undefined;
  }
  return facts.toHint(rule.category, start, end);
}

/** The structural rules' hints (structure.ts): who is the subject, what is said about them, what it is tied to. */
function findStructuralHints(facts: MessageFacts, lang: ToneLang): RawHint[] {
  const warm = facts.has('greeting') || facts.has('thanks');
  return findStructuralMatches(
    lang,
    facts.sentences,
    (sentence, start, end) =>
      facts.isKindOutside(facts.sentenceOf(sentence), start, end, hasFaultSign(lang, sentence.text)),
    warm,
    facts.tokens,
  )
    .map(({ category, start, end }) => facts.toHint(category, start, end))
    .filter((hint): hint is RawHint => hint !== undefined);
}

/**
 * Judgements of a person found by a person frame and a valence lexicon (judgement.ts). Only the sure ones are
 * a warning; the others (a look, the past, part of the group, a word further on) are a note.
 */
function findJudgementHints(facts: MessageFacts, lang: ToneLang): RawHint[] {
  const hints: RawHint[] = [];
  const judgements = findJudgements(lang, facts.sentences, (sentence, start, end) =>
    facts.isKindOutside(facts.sentenceOf(sentence), start, end),
  );
  for (const { category, start, end, sure } of judgements) {
    const hint = facts.toHint(category, start, end);
    if (hint && !sure) {
      hint.severity = 'info';
      hint.infoReason = 'mild';
    }
    if (hint) hints.push(hint);
  }
  return hints;
}

/** The phrase rules' hints, rule by rule; where each rule matches was found by the scanner. */
function findPhraseHints(facts: MessageFacts): RawHint[] {
  const hints: RawHint[] = [];
  facts.language.phrases.forEach((rule, ruleIndex) => {
    for (const [start, end] of facts.scan.matches(ruleIndex)) {
      const hint = phraseHint(facts, rule, start, end);
      if (hint) hints.push(hint);
    }
  });
  return hints;
}

const upperCaseStart = /^\p{Lu}/u;

/** A negation governing the word, with at most an article or an intensifier and a noun between ("pas de question idiote"). */
const insultNegation: Readonly<Record<ToneLang, RegExp>> = {
  en: /(?:\bnot|n't|\bnever|\bno)\s+(?:(?:a|an|the|that|so|really|such|some|being|such thing as)\s+)?(?:[a-z]+\s+)?$/,
  fr: /(?:\bpas|\bplus|\bjamais|\bni|\bsans|\bnon|\baucune?)\s+(?:(?:un|une|des|de|d'|si|aussi|trop|vraiment)\s*)?(?:[a-z]+\s+)?$/,
};

function findInsults(facts: MessageFacts, lang: ToneLang): RawHint[] {
  const lexicon = insultLexicon(lang);
  const { normalized } = facts;
  const { tokens } = facts;
  const hints: RawHint[] = [];
  const original = normalized.original;
  const originalWordAt = (normalizedStart: number): string => {
    const offset = normalized.originalStart[normalizedStart] ?? 0;
    return original.slice(offset, offset + 2);
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let matchedEnd = -1;
    const nextToken = tokens[index + 1];
    const phrases = nextToken && lexicon.phrasesByFirstTokens.get(token.text)?.get(nextToken.text);
    for (const phrase of phrases ?? []) {
      if (phrase.every((part, offset) => offset < 2 || tokens[index + offset]?.text === part)) {
        matchedEnd = Math.max(matchedEnd, tokens[index + phrase.length - 1]!.end);
      }
    }
    if (matchedEnd < 0 && lexicon.wordForms.has(token.text)) matchedEnd = token.end;
    if (matchedEnd < 0) continue;
    const sentence = sentenceAt(facts.sentences, token.start);
    if (!sentence) continue;
    // Names that look like insults: "Dick Turner", "thank you Dick", "@Randy".
    // Capitals only count as a name when the word is not all capitals ("BANDE DE CRÉTINS" is not a name).
    const capitalised = /^\p{Lu}\p{Ll}/u.test(originalWordAt(token.start));
    const taggedOrNamed =
      normalized.text[token.start - 1] === '@' ||
      (capitalised && insultLookingNames.has(token.text)) ||
      (capitalised && token.start !== sentence.start) ||
      (capitalised &&
        tokens[index + 1] !== undefined &&
        upperCaseStart.test(originalWordAt(tokens[index + 1]!.start)));
    if (taggedOrNamed && matchedEnd === token.end) continue;
    // Only a negation of the word itself counts ("not an idiot", "pas si con"), not one earlier in the
    // sentence ("Don't listen to that twit").
    if (insultNegation[lang].test(normalized.text.slice(sentence.start, token.start))) continue;
    const hint = facts.toHint('insult', token.start, matchedEnd);
    if (hint) hints.push(hint);
  }
  return hints;
}

const titleCaseWordBefore = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+$/u;
const punctuationRun = /[!?](?:[\s\u00a0\u202f]?[!?])+/g;

const foldWord = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

function findShouting(original: string): RawHint[] {
  const hints: RawHint[] = [];
  const words = findCapitalWords(original);
  let mostlyCapitals: boolean | undefined;
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
    const letters = shouted.reduce((sum, word) => sum + word.letters, 0);
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
    // One word in capitals among lower-case words is emphasis ("everyone SAUF toi"), only a note.
    mostlyCapitals ??= isMostlyCapitals(original);
    const emphasis = shouted.length === 1 && !mostlyCapitals;
    hints.push({
      category: 'shouting',
      severity: emphasis ? 'info' : 'warn',
      ...(emphasis ? { infoReason: 'mild' as const } : {}),
      start: firstWord.start,
      end: lastWord.end,
      suggestion: { kind: 'rephrase', text: original.slice(firstWord.start, lastWord.end).toLowerCase() },
    });
  }
  const loudCapitals = hints.some((hint) => hint.severity === 'warn');
  punctuationRun.lastIndex = 0;
  for (let match = punctuationRun.exec(original); match; match = punctuationRun.exec(original)) {
    const marks = match[0].replace(/[\s\u00a0\u202f]/g, '');
    const mixed = marks.includes('!') && marks.includes('?');
    // Marks alone are a note, unless the message reproaches: shouting is capitals ("Merci à tous !!!").
    const severity: Severity = (mixed || marks.length >= 3) && loudCapitals ? 'warn' : 'info';
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

/**
 * A person named in the middle of a message: a title and a surname ("Mr Harper", "Madame Dufresne"), a first
 * name with a surname or an initial ("Rebecca Hill", "Debbie K."), a possessive ("Carla's word"), a name
 * after "except" / "sauf" or "c'est" / "that was".
 */
const namedPersonPatterns: readonly RegExp[] = [
  /\b(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Monsieur|Madame|M\.)\s+\p{Lu}\p{Ll}+/gu,
  // Mid-sentence only: after a lower-case word (checked by the caller), so not a sentence's first word.
  / (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:\p{Lu}\p{Ll}{2,}|\p{Lu}\.))(?=[\s,.:;!?]|$)/gu,
  /\b(?:except|sauf(?:\s+(?:à|a|pour))?|but not|à part)\s+(\p{Lu}\p{Ll}+)/gu,
  /\b(?:[Cc]['’]est|[Tt]hat was|[Ii]t was|[Ii]t['’]s)\s+(\p{Lu}\p{Ll}+)\s+(?:du|de|from|of|in)\b/gu,
  /\b(?:de|que propose|with|about|from|of)\s+(\p{Lu}\p{Ll}+)(?=[\s,]+(?:elle|il|she|he|who|qui|sur|on|the)\b)/gu,
];
/** Capitalised words that start sentences or name places and days, not people. */
const notANameWords: ReadonlySet<string> = new Set([
  // Interjections and SMS words that open a message with a capital.
  'let',
  'slt',
  'ahaha',
  'haha',
  'hahaha',
  'whoa',
  'wow',
  'lol',
  'mdr',
  'ptdr',
  'tbh',
  'omg',
  'the',
  'this',
  'that',
  'le',
  'la',
  'les',
  'ce',
  'cette',
  'un',
  'une',
  'je',
  'i',
  'we',
  'on',
  'it',
  'il',
  'elle',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'christmas',
  'noel',
  'facebook',
  'google',
  'rue',
  'avenue',
  'lane',
  'close',
  'park',
  'square',
  'drive',
  'way',
  'place',
  'hill',
  'green',
  'market',
  'centre',
  'center',
  'hall',
  'club',
  'school',
  'church',
  'station',
  'bridge',
  'gardens',
  'court',
  'crescent',
  'terrace',
  'road',
  'street',
]);

/** A possessive ("Carla's word"): found from its apostrophe, the name read backwards (cheaper than from each capital). */
const possessive = /['’]s(?![\p{L}])/gu;
const capitalisedWordAtEnd = /\p{Lu}\p{Ll}+$/u;

/** People named in the middle of the message; looked for only when the message reproaches someone. */
function findNamedPeople(original: string): NamedTarget[] {
  const targets: NamedTarget[] = [];
  possessive.lastIndex = 0;
  for (let match = possessive.exec(original); match; match = possessive.exec(original)) {
    const name = capitalisedWordAtEnd.exec(original.slice(Math.max(0, match.index - 30), match.index))?.[0];
    if (name === undefined || notANameOpeners.has(foldWord(name)) || notANameWords.has(foldWord(name)))
      continue;
    targets.push({ start: match.index - name.length, end: match.index });
  }
  for (const pattern of namedPersonPatterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(original); match; match = pattern.exec(original)) {
      const name = match[1] ?? match[0];
      const start = match.index + match[0].indexOf(name);
      if (match[0].startsWith(' ') && !/[\p{Ll},;]\s*$/u.test(original.slice(Math.max(0, start - 3), start)))
        continue;
      const words = name.split(/[\s']+/).map(foldWord);
      const firstWord = words[0] ?? '';
      const lastWord = words[words.length - 1] ?? '';
      if (notANameOpeners.has(firstWord) || notANameWords.has(firstWord) || notANameWords.has(lastWord))
        continue;
      targets.push({ start, end: start + name.length });
    }
  }
  return targets;
}

/** The message names someone in front of the group as the one at fault: exposure said in so many words. */
/**
 * Saying the group knows who did it: a call-out whether or not a name follows ("tout le quartier sait que c'est
 * vous", "on sait tous qui c'est", "se reconnaîtra", "the whole road knows it's you", "we all know who").
 */
const knownToAllPatterns: Readonly<Record<ToneLang, RegExp>> = {
  en: /\b(?:(?:we|you|they) all know (?:who|it's|it is|it was)|(?:everyone|everybody|the whole(?: [a-z]+){1,2}|all of us) (?:knows|saw|has seen) (?:who|it's|it is|it was|that it's)|you know who you are)/,
  fr: /\b(?:on sait (?:tous |toutes |bien |tres bien )*(?:qui|que c'est)|tout (?:le |l')(?:monde|quartier|village|club|immeuble|groupe|rucher|jardin|chemin|potager|parc|ecole) (?:(?:sait|savent) (?:qui|que c'est (?:toi|vous|lui|elle|le |la |les ))|est au courant|t'a vue?|vous a vue?s?)|se reconnaitr(?:a|ont))/,
};

/** Words one of which each known-to-all pattern needs (the patterns are tried only then). */
const knownToAllWords: Readonly<Record<ToneLang, ReadonlySet<string>>> = {
  en: new Set(['know', 'knows', 'saw', 'seen']),
  fr: new Set(['sait', 'savent', 'courant', 'vu', 'vue', 'vus', 'vues', 'reconnaitra', 'reconnaitront']),
};

const exposurePatterns: Readonly<Record<ToneLang, RegExp>> = {
  en: /\b(?:you know who you are|(?:he|she|they) knows? who (?:he|she|they) (?:is|are)|everyone should know|so (?:you all|everyone) (?:knows?|can see)|now everyone knows|judge for yourselves|leaving this public|shame on|share far and wide|screenshots? (?:of|from|below|attached)|(?:here are|see) (?:the )?screenshots|tagging @\S+(?: [a-z]+)? so|here are (?:some )?(?:highlights|the best bits)|we've all seen (?:it|you)|the whole street has|i'll know (?:her|him|them)|i'm posting (?:my|the|our) (?:chat|messages|conversation)|(?:the|that) (?:guy|lady|woman|man|bloke|person) (?:in|at|with) the [a-z]+ [a-z]+ who)/,
  fr: /\b(?:(?:il|elle) se reconnaitra|(?:ils|elles) se reconnaitront|que tout le monde sache|pour que (?:vous|tout le monde) (?:sachiez|jugiez|voie|voient|sache)|jugiez par vous-memes|je laisse ce commentaire public|je publie ici|honte (?:a|au|aux)|partagez un max|captures? d'ecran|je tague @\S+(?: [a-z]+)? pour|florilege|on t'a vue?|tout le monde t'a vue?|on s'est reconnus?|je la reconnaitrai|je le reconnaitrai|voila,? c'est dit|on (?:te|vous) voit\b|(?:la|le) (?:meuf|mec|gars|dame|monsieur|voisine?) (?:du|de la|qui)\b[^.!?]*\b(?:je la|je le|crie|insulte))/,
};

/**
 * A message that opens by addressing someone described so that everyone can tell who ("À la voisine du 14 qui
 * laisse son chat…", "To the guy at number 8 who…", "To whoever owns the white Transit…"): a call-out without a
 * name, when the message reproaches.
 */
const describedAddressee: Readonly<Record<ToneLang, RegExp>> = {
  en: /^(?:a |quick |little |friendly )?(?:message |note |shout-?out |reminder )?(?:to|for) (?:(?:the|that) (?:person|people|owner|owners|driver|drivers|man|woman|lady|guy|bloke|family|couple|neighbou?rs?|parents?|members?|one|folks?|individual|genius|geniuses|charmer)\b[^.!?:]{0,20}?\b(?:who|that|with|in|at|of|from|driving|walking|parking)\b|whoever\b)[^.!?:]{0,160}/,
  fr: /^(?:(?:petit |un )?(?:message |mot |rappel )?(?:au|a la|aux|pour le|pour la|pour les|a l')\s*|(?:le|la|les) (?=[^.!?]{0,200}:))(?:monsieur|madame|dame|personne|proprietaire|proprio|voisin|voisine|couple|famille|conducteur|conductrice|maitre|maitresse|gens|personnes|membre|membres|mec|gars|individu|charmante? personne)s? (?:du|de la|de l'|des|qui|avec|en|au|a la|d')[^.!?:]{0,160}/,
};

/** Thanks to all but one, by name ("merci à tous sauf à Fabrice", "thanks everyone except Darren"). */
const thanksExceptPattern =
  /\b(?:[Tt]hanks|[Tt]hank you|[Mm]erci)\b[^.!?\n]{0,80}?\b(?:except|but not|sauf|à part|a part)\s+(?:(?:à|a|pour)\s+)?(\p{Lu}\p{Ll}+)/u;

/** Cheap tests before the pattern: most messages except no one. */
const exceptWords = ['xcept', 'sauf', 'part', 'but not'];

function exceptedFromThanks(original: string): NamedTarget | undefined {
  if (!exceptWords.some((word) => original.includes(word))) return undefined;
  const match = thanksExceptPattern.exec(original);
  const name = match?.[1];
  if (!match || name === undefined || notANameWords.has(foldWord(name))) return undefined;
  const start = match.index + match[0].length - name.length;
  return { start, end: start + name.length };
}

/**
 * Thanks or praise to someone by name for a fault: a call-out dressed as a thank-you ("Shoutout to Greg for
 * parking across three spaces 🙄", "Bravo à Léa pour avoir encore oublié les clés", "special mention to Connor
 * for "supervising""). What the thanks is for gives it away: a forgetting, scare quotes, an ironic face.
 */
const ironicThanksPattern =
  /(?:^|[^\p{L}])(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Ss]hout-?out|[Ss]pecial mention|[Kk]udos|[Bb]ig up|[Mm]erci|[Bb]ravo|[Mm]ention sp[ée]ciale|[Ff][ée]licitations|[Cc]hapeau)(?:\s+(?:so much|again|encore|beaucoup|bien|tout particulier|sp[ée]cial))?\s+(?:to|à|a|au)\s+@?(\p{Lu}\p{Ll}+)\s+(?:for|pour|qui|who)\b([^.!?\n]{0,140})/gu;
const thankedForFault =
  /\b(?:forgot|forgetting|forgotten|oubli[ée]?e?s?|oublier|oubliant)\b|["“«]\s?\p{L}+\s?["”»]|[🙃🙄😑😒🤨]/u;
/** Cheap test before the pattern: the fault the pattern cannot do without. */
const thankedForFaultHint = /forg|oubli|["“«]|[🙃🙄😑😒🤨]/u;

function findIronicThanks(original: string): NamedTarget[] {
  if (!thankedForFaultHint.test(original)) return [];
  const targets: NamedTarget[] = [];
  ironicThanksPattern.lastIndex = 0;
  for (let match = ironicThanksPattern.exec(original); match; match = ironicThanksPattern.exec(original)) {
    const [whole, name = '', forWhat = ''] = match;
    if (notANameOpeners.has(foldWord(name)) || notANameWords.has(foldWord(name))) continue;
    // What the thanks is for, up to a comma (after it, the speaker may say what they forgot themselves); an
    // ironic face may close the sentence ("…three spaces again 🙄").
    const comma = forWhat.search(/[,;:]/);
    const tail =
      comma >= 0 ? forWhat.slice(0, comma) : forWhat + original.slice(match.index + whole.length).slice(0, 4);
    if (!thankedForFault.test(tail)) continue;
    const start = match.index + whole.indexOf(name);
    targets.push({ start, end: start + name.length });
  }
  return targets;
}

/**
 * Someone addressed by name in the middle of a message, then spoken to ("… Et Audrey, tu m'as laissé…",
 * "That said, Sabrina, you said…"): a name followed by a comma, after a sentence break or a conjunction, with
 * "you" or "tu" later in the same sentence. Found from the name (a capital is rare), then its context checked.
 */
const nameAtEnd = /(\p{Lu}\p{Ll}+)\s*$/u;
const addressingContext =
  /(?:[.!?…:]\s+|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Ee]t|[Mm]ais|[Aa]lors|[Pp]ar contre|[Tt]hat said|[Oo]h|[Aa]h|[Bb]tw|PS|P\.S\.)\s*,?\s+)$/u;
const spokenTo = /^[^.!?\n]*\b(?:you|your|tu|t['’]|ton|ta|tes|vous|votre|vos)\b/u;

function findAddressedMidMessage(original: string): NamedTarget[] {
  const targets: NamedTarget[] = [];
  // From each comma (a few per message) back to the word before it: cheaper than a search for capitals.
  for (let comma = original.indexOf(','); comma >= 0; comma = original.indexOf(',', comma + 1)) {
    // The word before the comma, then a name at its end ("Jake", "(Jake").
    let wordStart = comma;
    while (wordStart > 0 && comma - wordStart < 40 && !/[,\n]/.test(original[wordStart - 1]!)) {
      if (/\s/.test(original[wordStart - 1]!) && original.slice(wordStart, comma).trim() !== '') break;
      wordStart--;
    }
    const before = original.slice(wordStart, comma);
    const name = nameAtEnd.exec(before)?.[1];
    if (name === undefined) continue;
    const folded = foldWord(name);
    if (notANameOpeners.has(folded) || notANameWords.has(folded)) continue;
    const start = comma - before.length + before.lastIndexOf(name);
    if (!addressingContext.test(original.slice(Math.max(0, start - 12), start))) continue;
    if (!spokenTo.test(original.slice(comma + 1))) continue;
    targets.push({ start, end: start + name.length });
  }
  return targets;
}

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
    if (!notANameOpeners.has(folded) && !notANameWords.has(folded)) {
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

/** A kind warning opening with "Attention" ("Attention aux tiques…", "Attention to…") is not a reprimand. */
const kindAttention = /^attention\s+(?:a|aux|au|to|the)\b/;
/**
 * Words of a safety warning or an appeal (a danger, an animal at risk, a lost pet): "ATTENTION : serpent vu
 * près du parc", "PLEASE KEEP DOGS ON LEADS". Capitals or a warning word there are care, not a reprimand.
 */
const safetyWords =
  /\b(?:danger|dangereux|dangereuse|dangerous|careful|beware|prudence|prudent|prudents|vigilance|vigilants?|toxique|toxic|poison|poisonous|poisoned|empoisonnee?s?|appats?|bait|chaleur|heat|heatwave|canicule|hot car|serpents?|snakes?|viperes?|adders?|tiques?|ticks?|perdue?s?|lost|missing|disparue?s?|urgent|urgence|emergency|veto|vet|veterinaire|en laisse|on leads?|on a lead|leash|gardez-les|fuite|escaped|enfuie?|broken glass|verre casse|glace|ice|verglas|orage|storm)\b/;
/** First clauses that announce rather than reprimand ("Update:", "Petit rappel :", "Lost dog:"). */
const headerWords =
  /\b(?:update|edit|info|note|psa|news|ps|nb|maj|mise a jour|petit|petite|quick|little|friendly|gentle|bonne|good|fyi|important|urgent|lost|found|perdu|perdue|trouve|trouvee|donner|wanted|cherche|recherche|sale|vendre|question|photo|photos|pics|event|evenement|rdv|reunion|meeting|spoiler|tip|tips|astuce|conseil|bravo|congrats|felicitations|today|aujourd'hui|demain|tomorrow|hier|yesterday|ce soir|tonight|weekend|samedi|dimanche|saturday|sunday|menu|agenda|programme|sondage|poll|bienvenue|welcome|hello|bonjour|salut|coucou|hi|hey|avis|douceur|heads up|heads-up|psst)\b|^(?:je|j'|i|i'm|we|on|nous)\b/;
/** Words of anger that keep capitals a reproach even beside a safety word ("STOP… I'M NOT YOUR VET"). */
const angerWords =
  /\b(?:stop|arrete[sz]?|assez|marre|enough|done|serious|again|encore|repete|dixieme|savez|know|sick of|fed up|ras le bol|elsewhere|ailleurs|not your|pas votre|pas ton|pas ta|not a|pas un|pas une)\b/;
/** Words that make a clause before a colon a reprimand of its own ("Rappel à l'ordre :", "Final warning:"). */
const colonReprimand =
  /\b(?:ordre|avertissement|warning|final|dernier|derniere|stop|non|no|encore|again|seriously|serieusement|serieux|bon|ok|okay|right|alors|enough|assez)\b/;
const askingWords =
  /\b(?:qui|quoi|ou|quand|comment|combien|quel|quelle|who|what|where|when|how|which|anyone|quelqu'un|dispo|available)\b/;
/** Interjections that, followed by a comma, open on a reprimand when the message reproaches. */
const reprimandInterjection =
  /^(?:um+|uh+|euh+|ben la|ben|allez|wow|ugh|pardon mais|sans blague|hold on(?: a (?:second|sec|minute))?|excuse me|come on|non mais(?: attends)?|alors|so|oh honey|mate|dis donc)\s*(?:,|\.\.\.|…)/;

const anyEmojiIn = (text: string): boolean => /\p{Extended_Pictographic}/u.test(text);

/**
 * The first clause as an opener of its own: a clause of one to three words closed by a full stop, a colon or
 * (one or two words) a question mark, with no kind, greeting or announcing word in it, and more to the message
 * after it ("Bon. On va reprendre…", "Really? Another…", "Rappel : …"); or a reprimanding interjection before
 * a comma, when the message reproaches.
 */
function structuralOpener(facts: MessageFacts, position: number, reproaches: boolean): RawHint | undefined {
  const text = facts.normalized.text;
  const rest = text.slice(position);
  const interjection = reprimandInterjection.exec(rest);
  if (interjection && reproaches)
    return facts.toHint('frontal-opener', position, position + interjection[0].length);
  const clause = /^[^.!?:…\n]{1,40}?(?:\?!|[.?:]|!(?=\s|$))/.exec(rest);
  if (!clause) return undefined;
  const body = clause[0].slice(0, -1);
  const words = body.match(/[a-z0-9']+/g) ?? [];
  // "Encore toi ?!", "Again??": a question said in anger (a second mark after the question mark).
  const angryQuestion =
    clause[0].endsWith('?!') || (clause[0].endsWith('?') && /^[?!]/.test(rest.slice(clause[0].length)));
  const mark = angryQuestion ? '?' : clause[0].slice(-1);
  const original = facts.normalized.original.slice(
    facts.normalized.originalStart[position] ?? 0,
    facts.normalized.originalEnd[position + clause[0].length - 1] ?? 0,
  );
  const shouted = mark === '!' && original === original.toUpperCase() && /\p{Lu}/u.test(original);
  if (mark === '!' && !shouted) return undefined;
  const limit = mark === '?' && !angryQuestion ? 2 : 3;
  if (words.length === 0 || words.length > limit) return undefined;
  if (headerWords.test(body) || (mark === '?' && askingWords.test(body)) || anyEmojiIn(original))
    return undefined;
  // "Plot holders:", "Rule 9:", "One small favour:": a colon after a few words addresses or announces.
  if (mark === ':' && !colonReprimand.test(body)) return undefined;
  // A short reply on its own is a cold reply, not an opener: something must follow it.
  const following = text.slice(position + clause[0].length).match(/[a-z0-9']+/g)?.length ?? 0;
  if (following < (angryQuestion ? 2 : 5)) return undefined;
  const sentence = sentenceAt(facts.sentences, position);
  if (sentence && facts.isKind(sentence)) return undefined;
  if (facts.has('greeting') || facts.has('thanks')) return undefined;
  return facts.toHint('frontal-opener', position, position + clause[0].length);
}

/** Tries the openers at the very start, then after a leading greeting, name or tag ("Jason, stop."). */
function findFrontalOpener(
  facts: MessageFacts,
  openingEnd: number,
  reproaches: boolean,
): RawHint | undefined {
  const { normalized } = facts;
  const opener = facts.language.frontalOpener;
  for (const originalOffset of new Set([0, openingEnd])) {
    let position = normalizedIndexAt(normalized, originalOffset);
    while (position < normalized.text.length && /\s/.test(normalized.text[position] ?? '')) position++;
    opener.lastIndex = position;
    const match = opener.exec(normalized.text);
    const rest = normalized.text.slice(position);
    const warns = match !== null && /^(?:attention|warning)\b/.test(match[0]) && safetyWords.test(rest);
    if (match && !warns && !kindAttention.test(rest)) {
      return facts.toHint('frontal-opener', match.index, match.index + match[0].length);
    }
    const structural = structuralOpener(facts, position, reproaches);
    if (structural) return structural;
  }
  return undefined;
}

/** An ironic face beside a name in a thank-you makes it a dig ("Brandon mostly held the coffee 🙃"). */
const ironicEmoji = /[🙃🙄😑😒🤨]/u;
const warmEmoji = /[🙂😊😉❤💛💙💚🧡💜🤗🙏👍🌸☺😀😃😄🎉☕👋💕🌷🌼✨🥰😍]/u;

interface Warmth {
  readonly score: number;
  readonly greetsOrThanks: boolean;
}

function measureWarmth(facts: MessageFacts): Warmth {
  const { scan, language } = facts;
  const thanks =
    scan.count(language.messagePatternIds.thanks) > scan.count(language.messagePatternIds.falseThanks);
  const greeting = facts.has('greeting');
  let score = (thanks ? 2 : 0) + (greeting ? 2 : 0);
  if (facts.has('politeRequest')) score++;
  if (facts.has('softener')) score++;
  if (facts.has('speakerStatement')) score++;
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

/** Mostly capitals: a notice written in capitals, not one word stressed ("Please READ the post"). */
function isMostlyCapitals(text: string): boolean {
  let capitals = 0;
  let lowers = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // ASCII letters by code (most of any message); other characters by their case mappings.
    if (code >= 65 && code <= 90) capitals++;
    else if (code >= 97 && code <= 122) lowers++;
    else if (code >= 128) {
      const character = text[index]!;
      if (character.toLowerCase() !== character) capitals++;
      else if (character.toUpperCase() !== character) lowers++;
    }
  }
  return capitals > lowers;
}

/** Thanks, a greeting, a warm emoji or a kind sentence; a "please" counts in a notice written in capitals. */
function isCaring(facts: MessageFacts, warmth: Warmth): boolean {
  const { original } = facts.normalized;
  return (
    warmth.greetsOrThanks ||
    warmEmoji.test(original) ||
    facts.sentences.some((sentence) => facts.isKind(sentence)) ||
    (facts.has('politeRequest') && isMostlyCapitals(original)) ||
    (safetyWords.test(facts.normalized.text) && !angerWords.test(facts.normalized.text))
  );
}

/** Hints a caring safety warning may carry without reproaching anyone: a ban, capitals, "never". */
const ruleLikeCategories: ReadonlySet<ToneCategory> = new Set([
  'prohibition',
  'shouting',
  'frontal-opener',
  'absolute',
]);

/** A warning about a danger (poison, heat, a snake…) said with warmth (a warm emoji, a kind word, a greeting). */
function isCaringSafetyAdvice(facts: MessageFacts, warmth: Warmth): boolean {
  const { original, text } = facts.normalized;
  if (!safetyWords.test(text) || angerWords.test(text)) return false;
  return (
    warmth.greetsOrThanks ||
    warmEmoji.test(original) ||
    facts.sentences.some((sentence) => facts.isKind(sentence))
  );
}

const lowerCaseWord = /\p{Ll}{2,}/gu;
const headlineMinWords = 4;

/**
 * Capitals only as the message's headline ("DO NOT GIVE DOGS XYLITOL. It's in…", "ATTENTION AUX GUÊPES, il y
 * a…"): every loud run sits before the first lower-case letter, and at least a few lower-case words follow. A
 * title written in capitals, not a raised voice (unless it opens with a reprimand: "ENOUGH ALREADY with…").
 */
function isCapitalHeadline(original: string, hints: readonly RawHint[]): boolean {
  const firstLower = original.search(/\p{Ll}/u);
  if (firstLower < 0) return false;
  const loud = hints.filter((hint) => hint.category === 'shouting' && hint.severity !== 'info');
  if (loud.length === 0 || loud.some((hint) => hint.end > firstLower)) return false;
  if (/\p{L}/u.test(original.slice(0, loud[0]!.start))) return false;
  lowerCaseWord.lastIndex = 0;
  return (original.slice(firstLower).match(lowerCaseWord)?.length ?? 0) >= headlineMinWords;
}

const negativeAbsolute = /\b(?:never|nobody|no one|noone|jamais|personne)\b/;

/**
 * Whether a greeting's warmth can soften the message's absolutes: none of them is a "never" or a "nobody", and
 * the message has no other sign of fault (its absolutes' own words set aside: "toujours" is one in French).
 */
function absolutesAreMild(facts: MessageFacts, lang: ToneLang, hints: readonly RawHint[]): boolean {
  const { text: normalizedText, original } = facts.normalized;
  let rest = normalizedText;
  for (const hint of hints) {
    if (hint.category !== 'absolute') continue;
    const words = normalizeText(original.slice(hint.start, hint.end)).text;
    if (negativeAbsolute.test(words)) return false;
    rest = rest.replace(words, ' ');
  }
  return !hasFaultSign(lang, rest);
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
const softenable: Readonly<Partial<Record<ToneCategory, number>>> = { prohibition: 2, 'frontal-opener': 2 };

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

/**
 * A hint that makes the message a reproach: a warning, or a judgement of the person said as a note (the only
 * personal-attack note that is 'mild': findJudgementHints).
 */
const isFirm = (hint: RawHint): boolean =>
  hint.severity !== 'info' || (hint.category === 'personal-attack' && hint.infoReason === 'mild');

/**
 * A shouting note that is loud in a reproach: a word in capitals ("you did it AGAIN"). Marks alone ("?!",
 * "!!!") stay a note: they are emphasis, not capitals aimed at readers.
 */
function isLoudNote(hint: RawHint, original: string): boolean {
  if (hint.category !== 'shouting' || hint.infoReason !== 'mild') return false;
  return /\p{L}/u.test(original.slice(hint.start, hint.end));
}

/** Categories whose hint points to the gentle reply for the message's situation, when it has one. */
const situationalCategories: ReadonlySet<ToneCategory> = new Set([
  'prohibition',
  'frontal-opener',
  'public-callout',
]);

function suggestionFor(
  hint: RawHint,
  lang: ToneLang,
  situation: Suggestion | undefined,
): Suggestion | undefined {
  if (hint.suggestion) return hint.suggestion;
  if (situation && situationalCategories.has(hint.category)) return situation;
  const fixed = defaultSituations[hint.category];
  if (fixed) return fixed;
  const rephrasing = rephrasings[hint.category];
  return rephrasing ? { kind: 'rephrase', text: rephrasing[lang] } : undefined;
}

/** Any pictograph: a message with an emoji is rarely a cold one. */
const anyEmoji = /\p{Extended_Pictographic}/u;
const wordPattern = /[a-z0-9']+/g;
const coldReplyMaxWords = 5;
/**
 * A somewhat longer bare reply ("Lis le post épinglé, tout y est.", "You put this under the wrong album.") is
 * still a brush-off when coldness is its problem; when it attacks, threatens or shouts, that is what it says.
 */
const curtReplyMaxWords = 8;

/**
 * Hints that make a short message something other than a curt reply: an attack, a threat, capitals, a rule
 * stated or a reprimand opening it (a notice to all, not a brush-off). A reproach or talking down may be curt.
 */
/** A reply that opens by sending the reader elsewhere: to read, search, look, or away ("wrong group"). */
const sendsAway =
  /^(?:re-?)?(?:lis|lisez|regarde|regardez|cherche|cherchez|tape|tapez|va voir|allez voir|voir|demande|demandez|utilise|utilisez|verifie|verifiez|consulte|consultez|fouille|scroll|read|check|look|search|google|use|try|see|go|ask|scroll|mauvais|wrong)\b/;
const curtCategories: ReadonlySet<ToneCategory> = new Set(['you-blame', 'condescension', 'missing-warmth']);
const isHarsherThanCold = (hint: RawHint): boolean =>
  hint.severity !== 'info' && !curtCategories.has(hint.category);

/**
 * A bare reply with no greeting, thanks, kind word or emoji: one or two sentences of a few words, stated (no
 * question, no exclamation unless in capitals). Without context, only such short messages are called cold.
 */
function isBareReply(facts: MessageFacts, warmth: Warmth, hints: readonly RawHint[]): boolean {
  const { original, text } = facts.normalized;
  if (warmth.score > 0 && !(warmth.score === 1 && facts.has('speakerStatement'))) return false;
  if (facts.sentences.length > 2 || anyEmoji.test(original) || original.includes('?')) return false;
  if (original.includes('!') && original !== original.toUpperCase()) return false;
  const wordCount = text.match(wordPattern)?.length ?? 0;
  if (wordCount > curtReplyMaxWords) return false;
  if (wordCount > coldReplyMaxWords) {
    // Six words or more state news as often as they brush off ("Il n'y a pas de question idiote, vraiment."):
    // curt only when they reproach, talk down or send the reader away ("Lis le post épinglé, tout y est.").
    if (hints.some(isHarsherThanCold)) return false;
    const curt = hints.some((hint) => hint.severity !== 'info') || sendsAway.test(text);
    if (!curt) return false;
  }
  return !facts.sentences.some((sentence) => facts.isKind(sentence));
}

function missingWarmthHint(
  facts: MessageFacts,
  context: ToneContext | undefined,
  warmth: Warmth,
  hints: readonly RawHint[],
): RawHint | undefined {
  if (warmth.greetsOrThanks) return undefined;
  if (!context?.toNewcomer && !context?.firstReply && !isBareReply(facts, warmth, hints)) return undefined;
  const firstSentence = facts.sentences[0];
  if (!firstSentence) return undefined;
  return facts.toHint('missing-warmth', firstSentence.start, firstSentence.end);
}

/** A whole life named after a never ("in your life", "de ta vie", "dans sa vie"). Normalised text. */
const wholeLife =
  /\b(?:in (?:your|his|her|their|my) (?:whole |entire )?life|(?:de|dans) (?:ta|sa|votre|leur) (?:vie|existence))\b/;
const neverWord = /\b(?:never|jamais)\b/;

export function checkTone(text: string, options: ToneOptions): ToneResult {
  const normalized = normalizeText(text);
  const lang = options.lang ?? detectLanguage(normalized.text, text, options.fallbackLang ?? options.uiLang);
  const language = compiled(lang);
  const facts = new MessageFacts(normalized, language);

  const { targets, openingEnd } = findNamedTargets(text);
  let hints: RawHint[] = [
    ...findPhraseHints(facts),
    ...findStructuralHints(facts, lang),
    ...findJudgementHints(facts, lang),
    ...findInsults(facts, lang),
    ...findShouting(text),
  ];
  const reproaches = hints.some((hint) => isFirm(hint) && hint.category !== 'shouting');
  const opener = findFrontalOpener(facts, openingEnd, reproaches);
  if (opener) hints.push(opener);
  // In a reproach, a loud word is part of the anger; elsewhere it stays a note.
  if (reproaches || (opener && opener.severity !== 'info')) {
    for (const hint of hints) {
      if (!isLoudNote(hint, text)) continue;
      hint.severity = 'warn';
      // Cleared, not deleted: the hint keeps its shape (deleting a property slows every later read of it).
      hint.infoReason = undefined;
    }
  }

  // Name-calling is an insult; the same words are not also counted as an attack on the person.
  const insults = hints.filter((hint) => hint.category === 'insult');
  hints = hints.filter(
    (hint) =>
      hint.category !== 'personal-attack' ||
      !insults.some((insult) => insult.start < hint.end && hint.start < insult.end),
  );

  // A rule quoted from the group's rules is information, not an order.
  const quotes = quotedRanges(text);
  for (const hint of hints) {
    if (quotes.some(([start, end]) => hint.start >= start && hint.end <= end)) {
      hint.severity = 'info';
      hint.infoReason = 'quoted';
    }
  }

  const warmth = measureWarmth(facts);
  const hasFirmerHint = hints.some((hint) => isFirm(hint) && softenable[hint.category] === undefined);
  if (!hasFirmerHint) {
    for (const hint of hints) {
      const threshold = softenable[hint.category];
      if (threshold !== undefined && warmth.score >= threshold && hint.severity !== 'info') {
        hint.severity = 'info';
        hint.infoReason = 'softened';
      }
    }
  }

  // Capitals in a caring message (a safety warning, a lost pet, joy) are only a note; so is an opener there.
  const loudOnly =
    hints.some((hint) => hint.category === 'shouting' || hint.category === 'frontal-opener') &&
    !hints.some((hint) => hint.category !== 'shouting' && hint.category !== 'frontal-opener' && isFirm(hint));
  const reprimandOpener = hints.some(
    (hint) => hint.category === 'frontal-opener' && hint.severity !== 'info',
  );
  if (loudOnly && (isCaring(facts, warmth) || (!reprimandOpener && isCapitalHeadline(text, hints)))) {
    for (const hint of hints) {
      if ((hint.category === 'shouting' || hint.category === 'frontal-opener') && hint.severity !== 'info') {
        hint.severity = 'info';
        hint.infoReason = 'softened';
      }
    }
  }

  // "Ne mettez jamais d'huiles essentielles près de vos chats, c'est toxique. Prenez soin d'eux ❤️": a ban
  // worded as safety advice in a caring message, with no reproach of its own, is care, not a rule enforced.
  const onlyRules = !hints.some((hint) => isFirm(hint) && !ruleLikeCategories.has(hint.category));
  if (onlyRules && isCaringSafetyAdvice(facts, warmth)) {
    for (const hint of hints) {
      if (hint.category !== 'prohibition' || hint.severity === 'info') continue;
      hint.severity = 'info';
      hint.infoReason = 'softened';
    }
  }

  // An opener said as "Seriously?" is the opener; the same word is not also counted as talking down.
  const openers = hints.filter((hint) => hint.category === 'frontal-opener' && hint.severity !== 'info');
  hints = hints.filter(
    (hint) =>
      hint.category !== 'condescension' ||
      !/^s[ée]rieu|^seriously/i.test(text.slice(hint.start, hint.end)) ||
      !openers.some((opener) => opener.start <= hint.start && hint.end <= opener.end),
  );

  const exposure =
    exposurePatterns[lang].exec(normalized.text) ??
    (facts.tokens.some((token) => knownToAllWords[lang].has(token.text))
      ? knownToAllPatterns[lang].exec(normalized.text)
      : null);
  if (exposure) {
    const hint = facts.toHint('public-callout', exposure.index, exposure.index + exposure[0].length);
    if (hint) hints.push(hint);
  }
  const described = describedAddressee[lang].exec(normalized.text);
  const describedReproach =
    described !== null &&
    (hints.some((hint) => reproachCategories.has(hint.category) && isFirm(hint)) ||
      facts.has('strongReprimand') ||
      (!warmth.greetsOrThanks && hasFaultSign(lang, normalized.text)));
  if (described && describedReproach) {
    const hint = facts.toHint('public-callout', described.index, described.index + described[0].length);
    if (hint) hints.push(hint);
  }
  const excepted = exceptedFromThanks(text);
  if (excepted)
    hints.push({ category: 'public-callout', severity: categorySeverity['public-callout'], ...excepted });
  for (const thanked of findIronicThanks(text))
    hints.push({ category: 'public-callout', severity: categorySeverity['public-callout'], ...thanked });
  const reproached =
    exposure !== null ||
    excepted !== undefined ||
    hints.some((hint) => reproachCategories.has(hint.category) && isFirm(hint)) ||
    ((targets.length > 0 || /\p{Lu}/u.test(text)) &&
      (facts.has('strongReprimand') ||
        (warmth.score < 2 && facts.has('weakReprimand')) ||
        ironicEmoji.test(text)));
  if (reproached) {
    for (const target of [...targets, ...findNamedPeople(text), ...findAddressedMidMessage(text)]) {
      hints.push({ category: 'public-callout', severity: categorySeverity['public-callout'], ...target });
    }
  }
  // "Toujours là si besoin 🤗", "nobody here will judge you 💜", "Hello all! … tea as always": in a caring
  // message (a warm emoji, a kind sentence, or a greeting or thanks with no sign of fault such as "nobody" or
  // "again") with no other reproach, never / always / nobody is not blame.
  const absoluteOnly = !hints.some((hint) => hint.category !== 'absolute' && isFirm(hint));
  const caringMessage =
    warmEmoji.test(text) ||
    facts.sentences.some((sentence) => facts.isKind(sentence)) ||
    (warmth.greetsOrThanks && absolutesAreMild(facts, lang, hints));
  if (absoluteOnly && caringMessage) {
    for (const hint of hints) {
      if (hint.category !== 'absolute' || hint.severity === 'info') continue;
      hint.severity = 'info';
      hint.infoReason = 'softened';
    }
  }
  // "You've never kept bees in your life", "t'as jamais eu d'animaux de ta vie": a never said of a whole life
  // judges the person's experience (an attack on their standing), not a habit of theirs.
  if (wholeLife.test(normalized.text)) {
    hints = hints.filter((hint) => {
      if (hint.category !== 'absolute') return true;
      const sentence = sentenceAt(facts.sentences, normalizedIndexAt(normalized, hint.start));
      if (!sentence) return true;
      const after = normalized.text.slice(normalizedIndexAt(normalized, hint.start), sentence.end);
      return !(neverWord.test(after.slice(0, 24)) && wholeLife.test(after));
    });
  }
  const warmthHint = missingWarmthHint(facts, options.context, warmth, hints);
  if (warmthHint) hints.push(warmthHint);

  hints = mergeOverlapping(hints);
  const needsSituation = hints.some((hint) => !hint.suggestion && situationalCategories.has(hint.category));
  const situation = needsSituation
    ? language.situations.find(({ patternId }) => facts.scan.test(patternId))?.situation
    : undefined;
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
