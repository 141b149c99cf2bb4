/** The labelled tone corpus: schema and loaders for the development part and the set-aside holdout. */
import { readFileSync } from 'node:fs';
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

export type CorpusPart = 'dev' | 'holdout';

const corpusDirectory = dirname(fileURLToPath(import.meta.url));

export function loadCorpus(part: CorpusPart): CorpusEntry[] {
  return readFileSync(join(corpusDirectory, `${part}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = corpusEntrySchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${part}.jsonl line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
