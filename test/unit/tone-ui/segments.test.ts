/** Highlighting: the checked text cut at hint boundaries, with overlaps, clamping and emoji kept whole. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referencesEndingAt, segmentText, strongestSeverity, type TextSegment } from '@/components/ToneModel';
import { checkTone, type Severity } from '@/utils/tone';

const hint = (start: number, end: number, severity: Severity = 'warn') => ({ start, end, severity });
const view = (segments: TextSegment[]) => segments.map((s) => [s.text, s.hintIndexes, s.severity ?? null]);

describe('segmentText', () => {
  it('gives the whole text as one plain segment when there is no hint, and nothing for an empty text', () => {
    expect(view(segmentText('Hello there', []))).toEqual([['Hello there', [], null]]);
    expect(segmentText('', [])).toEqual([]);
  });

  it('marks a span in the middle, keeping the text around it', () => {
    expect(view(segmentText('Please stop that now', [hint(7, 11)]))).toEqual([
      ['Please ', [], null],
      ['stop', [0], 'warn'],
      [' that now', [], null],
    ]);
  });

  it('keeps overlapping hints apart: same span, nested and crossing, with the strongest severity', () => {
    const text = 'This is your LAST WARNING!!!';
    // threat and shouting on the same words, shouting on the "!!!", an info over the whole sentence.
    const hints = [hint(13, 25, 'alert'), hint(13, 25, 'warn'), hint(25, 28, 'warn'), hint(0, 28, 'info')];
    expect(view(segmentText(text, hints))).toEqual([
      ['This is your ', [3], 'info'],
      ['LAST WARNING', [0, 1, 3], 'alert'],
      ['!!!', [2, 3], 'warn'],
    ]);
    expect(view(segmentText('abcdef', [hint(0, 4, 'info'), hint(2, 6, 'alert')]))).toEqual([
      ['ab', [0], 'info'],
      ['cd', [0, 1], 'alert'],
      ['ef', [1], 'alert'],
    ]);
  });

  it('clamps spans outside the text and ignores empty or inverted ones', () => {
    expect(view(segmentText('short', [hint(3, 99), hint(-4, 1), hint(2, 2), hint(4, 1)]))).toEqual([
      ['s', [1], 'warn'],
      ['ho', [], null],
      ['rt', [0], 'warn'],
    ]);
  });

  it('never cuts an emoji in two', () => {
    const text = 'Hi 👋 STOP';
    // 4 falls between the two UTF-16 halves of the emoji.
    const segments = segmentText(text, [hint(4, 10)]);
    expect(segments.map((s) => s.text)).toEqual(['Hi ', '👋 STOP']);
  });

  it('always covers the text exactly, in order, and each hint is the joined segments that carry it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(45), fc.nat(45), fc.constantFrom<Severity>('info', 'warn', 'alert')), {
          maxLength: 6,
        }),
        (text, spans) => {
          const hints = spans.map(([a, b, severity]) => hint(Math.min(a, b), Math.max(a, b), severity));
          const segments = segmentText(text, hints);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          let position = 0;
          for (const segment of segments) {
            expect(segment.start).toBe(position);
            expect(segment.end).toBeGreaterThan(segment.start);
            position = segment.end;
            expect(segment.severity).toBe(
              strongestSeverity(segment.hintIndexes.map((index) => hints[index]!)),
            );
          }
          hints.forEach((span, index) => {
            const start = Math.min(span.start, text.length);
            const end = Math.min(span.end, text.length);
            const joined = segments
              .filter((s) => s.hintIndexes.includes(index))
              .map((s) => s.text)
              .join('');
            // Offsets from fast-check may split a surrogate pair; the engine's never do (checked below).
            if (!/[\uD800-\uDFFF]/.test(text)) expect(joined).toBe(text.slice(start, end));
          });
        },
      ),
    );
  });

  it.each([
    ['en', 'Warning: you keep posting spam. This is your LAST WARNING!!!'],
    ['fr', "Ça suffit ! Tu n'as pas lu les règles, t'es ridicule. Dernier avertissement."],
    ['fr', 'Attention : c’est INTERDIT ici 😡, vous ne respectez jamais rien !!!'],
  ] as const)('marks exactly each excerpt of the engine’s hints (%s)', (_lang, text) => {
    const { hints } = checkTone(text, { uiLang: 'en' });
    expect(hints.length).toBeGreaterThan(0);
    const segments = segmentText(text, hints);
    hints.forEach((engineHint, index) => {
      const joined = segments
        .filter((s) => s.hintIndexes.includes(index))
        .map((s) => s.text)
        .join('');
      expect(joined).toBe(engineHint.excerpt);
    });
  });
});

describe('referencesEndingAt', () => {
  it('puts each hint number once, after the last segment of its span', () => {
    const segments = segmentText('abcdef', [hint(0, 4), hint(2, 6), hint(2, 4)]);
    expect(segments.map((_, position) => referencesEndingAt(segments, position))).toEqual([[], [1, 3], [2]]);
    expect(referencesEndingAt(segments, 9)).toEqual([]);
  });
});

describe('strongestSeverity', () => {
  it('orders info < warn < alert, and has none for no hints', () => {
    expect(strongestSeverity([])).toBeUndefined();
    expect(strongestSeverity([{ severity: 'info' }, { severity: 'alert' }, { severity: 'warn' }])).toBe(
      'alert',
    );
    expect(strongestSeverity([{ severity: 'info' }, { severity: 'warn' }])).toBe('warn');
  });
});
