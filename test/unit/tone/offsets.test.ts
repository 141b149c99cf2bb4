import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTone, hintSchema, toneResultSchema } from '../../../utils/tone/index.ts';

const samples = [
  '🙂🙂 You are an idiot!!! 👩‍👩‍👧 Stop.',
  'Écoute, t’es vraiment nul·le et LES RÈGLES sont claires ?!',
  'Ça suffit 😤😤 : la vente est interdite, dernier avertissement.',
  '@Zoë Dubois 👀 tu n’as pas lu les règles, comme je l’ai déjà dit.',
  'Œuvre d’art ? Non. Pas de pub ici, cœur sur toi quand même… MAIS STOP !!',
  'e\u0301videmment tu n\u2019as pas lu', // decomposed accent
];

describe('offsets', () => {
  it.each(samples)('every excerpt is exactly text.slice(start, end): %s', (text) => {
    const result = checkTone(text, { uiLang: 'fr' });
    expect(toneResultSchema.parse(result)).toEqual(result);
    expect(result.hints.length).toBeGreaterThan(0);
    for (const hint of result.hints) {
      expect(hintSchema.parse(hint)).toEqual(hint);
      expect(hint.excerpt).toBe(text.slice(hint.start, hint.end));
      expect(hint.end).toBeGreaterThan(hint.start);
      // Never cuts a surrogate pair in half.
      const low = text.charCodeAt(hint.start);
      expect(low >= 0xdc00 && low <= 0xdfff).toBe(false);
    }
  });

  it('sorts hints by start', () => {
    const { hints } = checkTone(samples[1]!, { uiLang: 'en' });
    const starts = hints.map((hint) => hint.start);
    expect(starts).toEqual([...starts].sort((left, right) => left - right));
  });

  it('points at the insult after emoji', () => {
    const text = '🙂🙂 You are an idiot!!!';
    const insult = checkTone(text, { uiLang: 'en' }).hints.find((hint) => hint.category === 'insult');
    expect(insult).toMatchObject({
      start: text.indexOf('idiot'),
      end: text.indexOf('idiot') + 5,
      excerpt: 'idiot',
    });
  });

  it('maps a span across a decomposed accent and an inclusive suffix back to the original', () => {
    const text = 'Tu seras banni·e·s demain.';
    const threat = checkTone(text, { uiLang: 'en', lang: 'fr' }).hints.find(
      (hint) => hint.category === 'threat',
    );
    expect(threat?.excerpt).toBe('Tu seras banni');
  });

  it('returns no hint for an empty text', () => {
    expect(checkTone('', { uiLang: 'en' })).toEqual({ lang: 'en', hints: [] });
  });
});

describe('messages and suggestions', () => {
  it('speaks the UI language and suggests in the text language', () => {
    const { hints } = checkTone('Tu n’as pas lu le message épinglé.', { uiLang: 'en' });
    const blame = hints.find((hint) => hint.category === 'you-blame');
    expect(blame?.message).toMatch(/subject of a fault/);
    expect(blame?.suggestion).toEqual({ kind: 'rephrase', text: expect.stringContaining('J’ai remarqué') });
  });
  it('points insults and call-outs to the gentle-reply library', () => {
    const { hints } = checkTone('@Paul you are a moron.', { uiLang: 'fr' });
    expect(hints.find((hint) => hint.category === 'insult')?.suggestion).toEqual({
      kind: 'situation',
      situation: 'heated-exchange',
    });
    expect(hints.find((hint) => hint.category === 'public-callout')?.suggestion).toEqual({
      kind: 'situation',
      situation: 'move-to-private',
    });
    expect(hints[0]?.message).toMatch(/[ÀàéÉ]|personne/);
  });
  it('links a selling prohibition to the self-promotion situation', () => {
    const { hints } = checkTone('Selling is not allowed here.', { uiLang: 'en' });
    expect(hints.find((hint) => hint.category === 'prohibition')?.suggestion).toEqual({
      kind: 'situation',
      situation: 'self-promotion',
    });
  });
});

describe('offsets on any text', () => {
  const pieces = [
    'Tu n’as pas lu',
    ' les RÈGLES',
    ' ΣΤΑΜΑΤΑ',
    ' banni·e·s',
    ' e\u0301videmment',
    ' 👩‍👩‍👧',
    '🙂',
    ' !!!',
    ' ?!',
    ' you are an idiot',
    ' sinon je te bannis',
    ', merci',
    '\n',
    ' «\u202fpas de pub ici\u202f»',
    ' œuvre',
    '\ud83d', // a lone surrogate
    ' @Zoë Dubois',
    ' Stop.',
  ];
  it('keeps every hint on exact, sorted UTF-16 spans that never split a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 12 }),
        fc.constantFrom('en' as const, 'fr' as const, undefined),
        (parts, lang) => {
          const text = parts.join('');
          const { hints } = checkTone(text, { uiLang: 'en', ...(lang ? { lang } : {}) });
          let previousStart = 0;
          for (const hint of hints) {
            expect(hint.excerpt).toBe(text.slice(hint.start, hint.end));
            expect(hint.end).toBeGreaterThan(hint.start);
            expect(hint.end).toBeLessThanOrEqual(text.length);
            expect(hint.start).toBeGreaterThanOrEqual(previousStart);
            previousStart = hint.start;
            expect(splitsPair(text, hint.start)).toBe(false);
            expect(splitsPair(text, hint.end)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Whether an offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
