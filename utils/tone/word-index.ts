/**
 * Tokens of a normalised text, and one pass over them that runs a language's patterns only where they can
 * start: a pattern that begins with "merci" is tried at the one or two places a message says "merci", not at
 * each of its 2,000 positions, and a token looks up, once, every pattern that can start with it.
 */
import { isTokenUnit, leadingWords } from './leading-words.ts';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits normalised text into runs of a-z and 0-9 (by hand: cheaper than a global regex here). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    const isWordUnit = index < text.length && isTokenUnit(text.charCodeAt(index));
    if (isWordUnit && start < 0) start = index;
    else if (!isWordUnit && start >= 0) {
      tokens.push({ text: text.slice(start, index), start, end: index });
      start = -1;
    }
  }
  return tokens;
}

/** A match as [start, end) offsets into the normalised text. */
export type Span = readonly [number, number];

interface ScannedPattern {
  /** Tried exactly where one of the leading words starts. */
  readonly sticky: RegExp;
  /** For a pattern whose leading words cannot be told: run over the whole text, only when asked. */
  readonly global: RegExp;
  /** Undefined when the leading words cannot be told. */
  readonly words: ReadonlySet<string> | undefined;
  /** Left out of the pass over the tokens; looked for only when asked (patterns rarely needed). */
  readonly lazy: boolean;
}

/** Where `pattern` matches, trying it only at the tokens in `words`: non-overlapping, leftmost first. */
function matchAtWords(pattern: ScannedPattern, text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let nextFree = 0;
  for (const token of tokens) {
    if (token.start < nextFree || !pattern.words!.has(token.text)) continue;
    pattern.sticky.lastIndex = token.start;
    const match = pattern.sticky.exec(text);
    if (!match || match[0].length === 0) continue;
    nextFree = token.start + match[0].length;
    spans.push([token.start, nextFree]);
  }
  return spans;
}

/** A language's patterns, indexed by the words their matches can start with. */
export class PatternScanner {
  private readonly patterns: readonly ScannedPattern[];
  private readonly patternsByLeadingWord = new Map<string, number[]>();

  /** Pattern ids are the positions in `sources`. */
  constructor(
    sources: readonly { readonly pattern: string; readonly flags?: string; readonly lazy?: boolean }[],
  ) {
    this.patterns = sources.map(({ pattern, flags = '', lazy = false }, id) => {
      // The word index assumes the pattern reads the lower-case normalised text as written.
      const words = flags.includes('i') ? undefined : leadingWords(pattern);
      for (const word of lazy ? [] : (words ?? [])) {
        const ids = this.patternsByLeadingWord.get(word);
        if (ids) ids.push(id);
        else this.patternsByLeadingWord.set(word, [id]);
      }
      return {
        sticky: new RegExp(pattern, `${flags}y`),
        global: new RegExp(pattern, `${flags}g`),
        words,
        lazy,
      };
    });
  }

  /**
   * Every pattern's non-overlapping matches, leftmost first, as a global regular expression would find them.
   * Indexed patterns are run now, in one pass over the tokens; lazy and unindexed ones when first asked for.
   */
  scan(text: string, tokens: readonly Token[]): ScanResult {
    const found: (Span[] | undefined)[] = this.patterns.map((pattern) =>
      pattern.words !== undefined && !pattern.lazy ? [] : undefined,
    );
    const nextFree = new Int32Array(this.patterns.length);
    for (const token of tokens) {
      const candidates = this.patternsByLeadingWord.get(token.text);
      if (candidates === undefined) continue;
      for (const id of candidates) {
        if (token.start < nextFree[id]!) continue;
        const { sticky } = this.patterns[id]!;
        sticky.lastIndex = token.start;
        const match = sticky.exec(text);
        if (!match || match[0].length === 0) continue;
        const end = token.start + match[0].length;
        nextFree[id] = end;
        found[id]!.push([token.start, end]);
      }
    }
    return new ScanResult(text, tokens, this.patterns, found);
  }
}

export class ScanResult {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly patterns: readonly ScannedPattern[],
    private readonly found: (Span[] | undefined)[],
  ) {}

  matches(id: number): readonly Span[] {
    let spans = this.found[id];
    if (spans === undefined && this.patterns[id]!.words !== undefined) {
      spans = matchAtWords(this.patterns[id]!, this.text, this.tokens);
      this.found[id] = spans;
    }
    if (spans === undefined) {
      spans = [];
      const { global } = this.patterns[id]!;
      global.lastIndex = 0;
      for (let match = global.exec(this.text); match; match = global.exec(this.text)) {
        if (match[0].length === 0) global.lastIndex++;
        else spans.push([match.index, match.index + match[0].length]);
      }
      this.found[id] = spans;
    }
    return spans;
  }

  test(id: number): boolean {
    return this.matches(id).length > 0;
  }

  count(id: number): number {
    return this.matches(id).length;
  }
}
