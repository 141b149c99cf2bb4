/**
 * One-time split of the tone corpus into a development part and a set-aside (holdout) third.
 * It ran once, with the seed below, on the full corpus; the two files it wrote are committed and
 * must not be regenerated after rules have been written. It refuses to overwrite them.
 *
 *   tsx test/tone/split.ts <full-corpus.jsonl>
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { corpusEntrySchema, type CorpusEntry } from './corpus.ts';
import { mulberry32 as seededRandom } from '../support/random.ts';

const SPLIT_SEED = 20_260_606;
const HOLDOUT_SHARE = 1 / 3;

const sourcePath = process.argv[2];
const here = dirname(fileURLToPath(import.meta.url));
const devPath = join(here, 'dev.jsonl');
const holdoutPath = join(here, 'holdout.jsonl');
if (!sourcePath) throw new Error('usage: tsx test/tone/split.ts <full-corpus.jsonl>');
if (existsSync(devPath) || existsSync(holdoutPath))
  throw new Error('the split already exists; it is made once');

const entries = readFileSync(sourcePath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => corpusEntrySchema.parse(JSON.parse(line)));

// Stratify by language and main category so every category keeps examples in the holdout.
const strata = new Map<string, CorpusEntry[]>();
for (const entry of entries) {
  const key = `${entry.lang}:${entry.categories[0] ?? 'gentle'}`;
  strata.set(key, [...(strata.get(key) ?? []), entry]);
}
const random = seededRandom(SPLIT_SEED);
const holdoutIds = new Set<string>();
for (const members of strata.values()) {
  const shuffled = [...members];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  for (const entry of shuffled.slice(0, Math.round(members.length * HOLDOUT_SHARE))) holdoutIds.add(entry.id);
}
const toJsonl = (list: CorpusEntry[]): string => list.map((entry) => JSON.stringify(entry)).join('\n') + '\n';
writeFileSync(devPath, toJsonl(entries.filter((entry) => !holdoutIds.has(entry.id))));
writeFileSync(holdoutPath, toJsonl(entries.filter((entry) => holdoutIds.has(entry.id))));
console.log(`dev ${entries.length - holdoutIds.size}, holdout ${holdoutIds.size}`);
