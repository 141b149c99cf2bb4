import { describe, expect, it } from 'vitest';
import { leadingWords } from '../../../utils/tone/leading-words.ts';
import { normalizeText } from '../../../utils/tone/normalize.ts';
import { languageRules } from '../../../utils/tone/rules.ts';
import { PatternScanner, tokenize } from '../../../utils/tone/word-index.ts';
import type { ToneLang } from '../../../utils/tone/schema.ts';
import { loadDevelopmentCorpus } from '../../tone/corpus.ts';

describe('leadingWords', () => {
  it.each([
    [String.raw`\b(?:tu|vous)\s+as\b`, ['tu', 'vous']],
    [String.raw`\bc'est\s+dehors\b`, ['c']],
    [String.raw`\b(?:last|final)\s+(?:warning|chance)\b`, ['final', 'last']],
    [String.raw`(?<!\bpeux )\b(?:jamais|tout\s+le\s+monde)\b`, ['jamais', 'tout']],
    // "\s*" may be empty: "tun'as" is one token, so it must be looked up too.
    [String.raw`\btu\s*(?:n')?as\b`, ['tu', 'tuas', 'tun']],
    [String.raw`\bseriously\s*[?!]`, ['seriously']],
  ])('%s starts with %j', (pattern, words) => {
    expect([...(leadingWords(pattern) ?? [])].sort()).toEqual(words);
  });

  it.each([
    // A match may start inside a word ("n't" in "isn't").
    String.raw`(?:\bnot|n't)\s+allowed\b`,
    // No word boundary before the first letter.
    String.raw`adore`,
    // The first word is open-ended: "spam", "spammer", "spamming"…
    String.raw`\bspam\w*`,
    String.raw`\b(?:je|j')\s*[a-z]+`,
    // Starts with punctuation or an emoji.
    String.raw`[?!]{2,}`,
    String.raw`\bhi\b|👋`,
    // Syntax it does not know.
    String.raw`\b(?<name>tu)\b`,
    String.raw`\bt\u0075\b`,
  ])('cannot tell where %s starts', (pattern) => {
    expect(leadingWords(pattern)).toBeUndefined();
  });
});

const corpusTexts: Record<ToneLang, string[]> = { en: [], fr: [] };
for (const entry of loadDevelopmentCorpus()) corpusTexts[entry.lang].push(normalizeText(entry.text).text);

function patternsOf(lang: ToneLang): string[] {
  const rules = languageRules[lang];
  return [
    ...rules.phrases.map((rule) => rule.pattern),
    ...rules.phrases.flatMap((rule) => (rule.requiresBefore === undefined ? [] : [rule.requiresBefore])),
    rules.thanks,
    rules.falseThanks,
    rules.politeRequest,
    rules.softener,
    rules.speakerStatement,
    rules.strongReprimand,
    rules.weakReprimand,
    ...rules.situations.map(({ pattern }) => pattern),
  ];
}

/** Matches of `pattern` (in any text) that do not start at a token listed in `words`. */
function startsOutside(pattern: string, words: ReadonlySet<string>, texts: readonly string[]): string[] {
  const missed: string[] = [];
  for (const text of texts) {
    const tokenAt = new Map(tokenize(text).map((token) => [token.start, token.text]));
    for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
      const token = tokenAt.get(match.index);
      if (token === undefined || !words.has(token)) missed.push(`${match[0]} in "${text}"`);
    }
  }
  return missed;
}

describe.each(['en', 'fr'] as const)('rule index (%s)', (lang) => {
  const texts = corpusTexts[lang];

  it('lists, for every indexed pattern, the word each corpus match starts with', () => {
    let indexed = 0;
    for (const pattern of patternsOf(lang)) {
      const words = leadingWords(pattern);
      if (words === undefined) continue;
      indexed++;
      expect(startsOutside(pattern, words, texts)).toEqual([]);
    }
    expect(indexed).toBeGreaterThan(20);
  });

  it('catches a word missing from the index (positive control)', () => {
    // Take away the leading word of a pattern that matches in the corpus: the same check must notice.
    const pattern = patternsOf(lang).find((candidate) => {
      const words = leadingWords(candidate);
      return words !== undefined && texts.some((text) => new RegExp(candidate).test(text));
    });
    expect(pattern).toBeDefined();
    const words = new Set(leadingWords(pattern!));
    const firstMatch = texts
      .map((text) => ({ text, match: new RegExp(pattern!).exec(text) }))
      .find(({ match }) => match !== null)!;
    const firstToken = tokenize(firstMatch.text).find((token) => token.start === firstMatch.match!.index)!;
    words.delete(firstToken.text);
    expect(startsOutside(pattern!, words, texts).length).toBeGreaterThan(0);
  });

  it('finds exactly the matches a global scan finds', () => {
    const patterns = patternsOf(lang);
    // Every other pattern is lazy (looked for on demand): both ways must agree with a global scan.
    const scanner = new PatternScanner(patterns.map((pattern, id) => ({ pattern, lazy: id % 2 === 1 })));
    for (const text of [...texts, texts.join(' '), texts.join('. ').toLowerCase()]) {
      const scan = scanner.scan(text, tokenize(text));
      patterns.forEach((pattern, id) => {
        const expected = [...text.matchAll(new RegExp(pattern, 'g'))].map(
          (match) => [match.index, match.index + match[0].length] as const,
        );
        expect(scan.matches(id)).toEqual(expected);
      });
    }
  });
});
