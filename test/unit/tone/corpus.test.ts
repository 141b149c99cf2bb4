import { describe, expect, it } from 'vitest';
import { toneCategories } from '../../../utils/tone/index.ts';
import { loadCorpus, loadDevelopmentCorpus, parseCorpus } from '../../tone/corpus.ts';

// Only counts and ids are read from the set-aside part: its messages are never shown.
describe('tone corpus v2', () => {
  const setAside = loadCorpus('setaside');
  const dev = loadCorpus('dev');

  it('keeps the set-aside part apart: unique ids, no shared text with the development data', () => {
    const all = [...setAside, ...loadDevelopmentCorpus()];
    expect(new Set(all.map((entry) => entry.id)).size).toBe(all.length);
    const devTexts = new Set(loadDevelopmentCorpus().map((entry) => entry.text));
    expect(setAside.filter((entry) => devTexts.has(entry.text)).length).toBe(0);
    expect(setAside.length).toBe(327);
    expect(dev.length).toBe(501);
  });

  it.each(
    (['setaside', 'dev'] as const).flatMap((part) =>
      toneCategories.flatMap((category) =>
        (['en', 'fr'] as const).map((lang) => [part, category, lang] as const),
      ),
    ),
  )('%s has at least 12 examples of %s in %s', (part, category, lang) => {
    const entries = part === 'setaside' ? setAside : dev;
    const count = entries.filter(
      (entry) => entry.lang === lang && entry.categories.includes(category),
    ).length;
    expect(count).toBeGreaterThanOrEqual(12);
  });

  it('has gentle messages in both parts that use trap words kindly', () => {
    for (const entries of [setAside, dev]) {
      expect(entries.filter((entry) => entry.categories.length === 0).length).toBeGreaterThanOrEqual(140);
    }
    const gentleDev = dev.filter((entry) => entry.categories.length === 0);
    for (const word of [/\bjamais\b/i, /\balways\b/i, /\bnever\b/i, /\battention\b/i, /\btoujours\b/i]) {
      expect(gentleDev.some((entry) => word.test(entry.text))).toBe(true);
    }
  });
});

describe('corpus v2 lines', () => {
  const line = (fields: Record<string, unknown>): string =>
    JSON.stringify({ id: 'x-1', lang: 'fr', text: 'Bonjour', labels: [], gentle: true, ...fields });

  it('reads labels as the categories to raise', () => {
    expect(parseCorpus('dev', line({ labels: ['insult'], gentle: false }))).toEqual([
      { id: 'x-1', lang: 'fr', text: 'Bonjour', categories: ['insult'] },
    ]);
  });

  it.each([
    ['gentle with a label', { labels: ['insult'], gentle: true }],
    ['not gentle without a label', { gentle: false }],
    ['an unknown category', { labels: ['rudeness'], gentle: false }],
    ['a repeated label', { labels: ['insult', 'insult'], gentle: false }],
    ['an unknown field', { context: {} }],
  ])('refuses %s, naming the file and line', (_name, fields) => {
    expect(() => parseCorpus('dev', `${line({})}\n${line(fields)}`)).toThrow(/corpus-v2\/dev\.jsonl line 2/);
  });
});
