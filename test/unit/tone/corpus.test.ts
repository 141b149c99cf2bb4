import { describe, expect, it } from 'vitest';
import { toneCategories } from '../../../utils/tone/index.ts';
import { loadCorpus } from '../../tone/corpus.ts';

describe('tone corpus', () => {
  const dev = loadCorpus('dev');
  const holdout = loadCorpus('holdout');
  const all = [...dev, ...holdout];

  it('has unique ids and keeps the holdout apart (about a third)', () => {
    expect(new Set(all.map((entry) => entry.id)).size).toBe(all.length);
    expect(holdout.length / all.length).toBeGreaterThan(0.3);
    expect(holdout.length / all.length).toBeLessThan(0.37);
  });

  it.each(
    toneCategories.flatMap((category) => (['en', 'fr'] as const).map((lang) => [category, lang] as const)),
  )('has at least 12 examples of %s in %s', (category, lang) => {
    const count = all.filter((entry) => entry.lang === lang && entry.categories.includes(category)).length;
    expect(count).toBeGreaterThanOrEqual(12);
  });

  it('has at least 100 gentle messages, including harmless "never", "interdit", "rule"…', () => {
    const gentle = all.filter((entry) => entry.categories.length === 0);
    expect(gentle.length).toBeGreaterThanOrEqual(100);
    for (const word of [
      /\bjamais\b/i,
      /\balways\b/i,
      /\brules?\b/i,
      /\binterdit/i,
      /\bnever\b/i,
      /\bsinon\b/i,
    ]) {
      expect(gentle.some((entry) => word.test(entry.text))).toBe(true);
    }
  });
});
