/**
 * The labelled tone corpora, read into one shape.
 *
 * - `corpus-v2/` (the real test): `setaside.jsonl`, written and committed first, never used to tune,
 *   `dev.jsonl`, the part the rules may be tuned on, and `probe.jsonl`, written later by a writer who had not
 *   seen the rules, for generalisation figures only (its texts are not to be read by whoever tunes).
 *   Format: `{id, lang, text, labels, gentle, notes}`.
 * - The first corpus (`dev.jsonl`, `holdout.jsonl` here, format `{id, lang, text, categories, context}`): the
 *   rules were tuned on both of its files, so both count as extra development data, never as a test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { toneCategorySchema } from '../../utils/tone/schema.ts';

export const corpusEntrySchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['en', 'fr']),
  text: z.string().min(1),
  /** Categories that must be raised at `warn` or `alert`; empty for a gentle message. */
  categories: z.array(toneCategorySchema),
  context: z.object({ toNewcomer: z.boolean().optional(), firstReply: z.boolean().optional() }).optional(),
});
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

/** One line of corpus v2; `gentle` must agree with `labels`. */
export const corpusV2LineSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['en', 'fr']),
    text: z.string().min(1),
    labels: z.array(toneCategorySchema),
    gentle: z.boolean(),
    notes: z.string().optional(),
  })
  .strict()
  .refine((line) => line.gentle === (line.labels.length === 0), {
    message: '"gentle" must be true exactly when "labels" is empty',
  })
  .refine((line) => new Set(line.labels).size === line.labels.length, { message: 'a label is repeated' });

/** `setaside`, `dev`, `dev-more` (more development messages, written later) and `probe`: corpus v2. `legacy-dev` and `legacy-holdout`: the first corpus, tuned on. */
export const corpusParts = ['setaside', 'dev', 'dev-more', 'probe', 'legacy-dev', 'legacy-holdout'] as const;
export type CorpusPart = (typeof corpusParts)[number];

const corpusDirectory = dirname(fileURLToPath(import.meta.url));

const partFiles: Readonly<Record<CorpusPart, string>> = {
  setaside: 'corpus-v2/setaside.jsonl',
  dev: 'corpus-v2/dev.jsonl',
  'dev-more': 'corpus-v2/dev-more.jsonl',
  probe: 'corpus-v2/probe.jsonl',
  'legacy-dev': 'dev.jsonl',
  'legacy-holdout': 'holdout.jsonl',
};

/** Parses a JSON Lines text of one part; throws with the file and line of the first bad line. */
export function parseCorpus(part: CorpusPart, jsonl: string): CorpusEntry[] {
  const file = partFiles[part];
  const isV2 = part === 'setaside' || part === 'dev' || part === 'dev-more' || part === 'probe';
  return jsonl
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, number }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${file} line ${number}: not JSON`);
      }
      if (!isV2) {
        const parsed = corpusEntrySchema.safeParse(json);
        if (!parsed.success) throw new Error(`${file} line ${number}: ${parsed.error.message}`);
        return parsed.data;
      }
      const parsed = corpusV2LineSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${file} line ${number}: ${parsed.error.message}`);
      const { id, lang, text, labels } = parsed.data;
      return { id, lang, text, categories: labels };
    });
}

/** Whether a part's file is there (`dev-more.jsonl` came later than the others). */
export function hasCorpusPart(part: CorpusPart): boolean {
  return existsSync(join(corpusDirectory, partFiles[part]));
}

export function loadCorpus(part: CorpusPart): CorpusEntry[] {
  return parseCorpus(part, readFileSync(join(corpusDirectory, partFiles[part]), 'utf8'));
}

/** Everything the rules may be tuned on: corpus v2's development part and the whole first corpus. */
export function loadDevelopmentCorpus(): CorpusEntry[] {
  return [...loadCorpus('dev'), ...loadCorpus('legacy-dev'), ...loadCorpus('legacy-holdout')];
}
