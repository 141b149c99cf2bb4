import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toneCategories, type Hint, type ToneCategory, type ToneResult } from '../../../utils/tone/index.ts';
import type { CorpusEntry } from '../../tone/corpus.ts';
import { evaluate, figures, floorFrom, floorSchema, judge, targets, type Floor } from '../../tone/scoring.ts';

const hint = (category: ToneCategory, severity: Hint['severity'] = 'warn'): Hint => ({
  category,
  severity,
  start: 0,
  end: 1,
  excerpt: 'x',
  message: 'm',
});

/** One message per category (found), plus gentle messages; `answers` says what the check raises per id. */
function corpus(): CorpusEntry[] {
  return [
    ...toneCategories.map((category) => ({
      id: category,
      lang: 'en' as const,
      text: category,
      categories: [category],
    })),
    ...Array.from({ length: 20 }, (_, index) => ({
      id: `gentle-${index}`,
      lang: 'en' as const,
      text: 'hi',
      categories: [],
    })),
  ];
}
const perfect = (entry: CorpusEntry): ToneResult => ({
  lang: 'en',
  hints: entry.categories.map((c) => hint(c)),
});

describe('tone scoring', () => {
  it('counts warn and alert hints, never info ones', () => {
    const evaluation = evaluate(corpus(), (entry) => ({
      lang: 'en',
      hints: entry.categories.map((category) => hint(category, category === 'insult' ? 'info' : 'alert')),
    }));
    expect(evaluation.counts.insult).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(evaluation.counts.threat).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });

  it('passes a check that is right everywhere and reports its figures', () => {
    const result = figures(evaluate(corpus(), perfect));
    expect(result.overall).toEqual({ recall: 1, precision: 1 });
    expect(result.falseAlarms).toBe(0);
    expect(judge(result)).toEqual({ targetsMet: true, failures: [], shortfalls: [] });
  });

  it('counts any warn on a gentle message as a false alarm, and fails above 5%', () => {
    const evaluation = evaluate(corpus(), (entry) =>
      entry.id === 'gentle-1' || entry.id === 'gentle-2'
        ? { lang: 'en', hints: [hint('absolute')] }
        : perfect(entry),
    );
    expect(evaluation.gentleAlarmed).toBe(2);
    const verdict = judge(figures(evaluation));
    expect(verdict.targetsMet).toBe(false);
    expect(verdict.failures).toContain('false alarms 0.10 above target 0.05');
    expect(verdict.failures).toContain('absolute precision 0.33 below target 0.9');
  });

  it('fails a category with no example (0/0 is an error, not 1.00), even with a floor at 0', () => {
    const withoutThreat = corpus().filter((entry) => entry.id !== 'threat');
    const result = figures(evaluate(withoutThreat, perfect));
    expect(result.categories.threat).toEqual({ recall: undefined, precision: undefined });
    const floor: Floor = { ...floorFrom(result, '2026-01-01') };
    const verdict = judge(result, floor);
    expect(verdict.targetsMet).toBe(false);
    expect(verdict.failures.filter((failure) => failure.startsWith('threat'))).toHaveLength(2);
  });

  it('fails a category never raised at warn or alert (precision 0/0)', () => {
    const verdict = judge(
      figures(
        evaluate(corpus(), (entry) =>
          entry.id === 'missing-warmth' ? { lang: 'en', hints: [] } : perfect(entry),
        ),
      ),
    );
    expect(verdict.failures).toContain(
      'missing-warmth precision: 0/0 (no example or no hint: an error, not a score)',
    );
  });

  it('while targets are missed, holds the recorded floor: today passes, anything lower fails', () => {
    // Half the insults found, one gentle message alarmed.
    const entries = [
      ...corpus(),
      { id: 'insult-2', lang: 'en' as const, text: 'x', categories: ['insult' as const] },
    ];
    const today = (entry: CorpusEntry): ToneResult =>
      entry.id === 'insult-2'
        ? { lang: 'en', hints: [] }
        : entry.id === 'gentle-0'
          ? { lang: 'en', hints: [hint('shouting')] }
          : perfect(entry);
    const result = figures(evaluate(entries, today));
    const floor = floorFrom(result, '2026-12-03');
    expect(floor.categories.insult).toEqual({ recall: 0.5, precision: 1 });
    expect(floor.falseAlarmsAtMost).toBe(0.05);
    const held = judge(result, floor);
    expect(held.targetsMet).toBe(false);
    expect(held.shortfalls).toContain('insult recall 0.50 below target 0.85');
    expect(held.failures).toEqual([]);
    // The broken variant: the check loses the other insult too.
    const worse = figures(
      evaluate(entries, (entry) => (entry.id === 'insult' ? { lang: 'en', hints: [] } : today(entry))),
    );
    expect(judge(worse, floor).failures).toContain('insult recall 0.00 below floor 0.5');
  });

  it('aims at the issue targets', () => {
    expect(targets).toEqual({ recall: 0.85, precision: 0.9, falseAlarms: 0.05 });
  });

  it('never shows a shortfall as the target itself (0.897 is not 0.90)', () => {
    const entries = [
      ...corpus(),
      ...Array.from({ length: 25 }, (_, index) => ({
        id: `threat-${index}`,
        lang: 'en' as const,
        text: 'x',
        categories: ['threat' as const],
      })),
    ];
    // 26 threat hints right out of 29 raised (three on gentle messages): 0.897.
    const result = figures(
      evaluate(entries, (entry) =>
        ['gentle-3', 'gentle-4', 'gentle-5'].includes(entry.id)
          ? { lang: 'en', hints: [hint('threat')] }
          : perfect(entry),
      ),
    );
    expect(result.categories.threat.precision).toBeCloseTo(0.9, 1);
    expect(
      judge(result).shortfalls.some((line) => /^threat precision 0\.897 below target 0\.90$/.test(line)),
    ).toBe(true);
  });

  it('has a committed floor that names every category, when the set-aside targets are not met yet', () => {
    const floorPath = path.resolve(import.meta.dirname, '../../tone/corpus-v2/floor.json');
    if (!existsSync(floorPath)) return;
    const floor = floorSchema.parse(JSON.parse(readFileSync(floorPath, 'utf8')));
    expect(Object.keys(floor.categories).sort()).toEqual([...toneCategories].sort());
  });
});
