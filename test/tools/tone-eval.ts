/**
 * Tone-check evaluation: per-category recall and precision of warn/alert hints, overall figures, and false
 * alarms (share of gentle messages given any `warn` or `alert`), for the development data and, apart, for
 * corpus v2's set-aside and probe parts (figures only: their messages are never printed).
 *
 *   tsx test/tools/tone-eval.ts [--part dev|setaside|probe|all] [--errors] [--report-only] [--write-floor]
 *
 * `--part dev` scores only the development data (corpus v2's dev part, then the first corpus, which was tuned
 * on); `--part setaside` (or `holdout`) only the set-aside part; `--part probe` only the probe part; the default
 * scores all three. `--errors` lists the development messages the check gets wrong, never others. The probe
 * part is reported against the targets for information; it fails the run only when a category has no example. The set-aside verdict: targets met, or, while they are not,
 * every figure at or above the floor recorded in `test/tone/corpus-v2/floor.json`; a 0/0 ratio always fails.
 * Exits 1 when the verdict fails, unless `--report-only`. `--write-floor` records today's set-aside figures,
 * rounded down, as the floor.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkTone } from '../../utils/tone/index.ts';
import { toneCategories } from '../../utils/tone/schema.ts';
import { hasCorpusPart, loadCorpus, type CorpusEntry } from '../tone/corpus.ts';
import {
  evaluate,
  figures,
  floorFrom,
  floorSchema,
  judge,
  targets,
  type Evaluation,
  type Figure,
  type Floor,
} from '../tone/scoring.ts';

const floorPath = fileURLToPath(new URL('../tone/corpus-v2/floor.json', import.meta.url));

const check = (entry: CorpusEntry) =>
  checkTone(entry.text, { uiLang: 'en', fallbackLang: entry.lang, context: entry.context });

const shown = (value: number | undefined): string => (value === undefined ? ' 0/0' : value.toFixed(2));

function printFigures(title: string, evaluation: Evaluation): void {
  const result = figures(evaluation);
  console.log(`\n${title}`);
  console.log('category            recall  precision  (tp/fp/fn)');
  const row = (name: string, figure: Figure, counts: string) =>
    console.log(
      `${name.padEnd(20)}${shown(figure.recall).padStart(6)}${shown(figure.precision).padStart(11)}  ${counts}`,
    );
  for (const category of toneCategories) {
    const { truePositives, falsePositives, falseNegatives } = evaluation.counts[category];
    row(category, result.categories[category], `(${truePositives}/${falsePositives}/${falseNegatives})`);
  }
  row('overall', result.overall, '');
  console.log(
    `false alarms: ${shown(result.falseAlarms)} (${evaluation.gentleAlarmed}/${evaluation.gentleCount} gentle messages)`,
  );
}

function readFloor(): Floor | undefined {
  if (!existsSync(floorPath)) return undefined;
  return floorSchema.parse(JSON.parse(readFileSync(floorPath, 'utf8')));
}

/** Scores the development data; its verdict only fails on a 0/0 ratio (it is not a test). */
function developmentPart(showErrors: boolean): boolean {
  const dev = evaluate(loadCorpus('dev'), check);
  printFigures(`corpus v2, development part (${loadCorpus('dev').length} messages, tuned on)`, dev);
  const moreEntries = hasCorpusPart('dev-more') ? loadCorpus('dev-more') : [];
  const more = evaluate(moreEntries, check);
  if (moreEntries.length > 0)
    printFigures(
      `corpus v2, more development messages (dev-more.jsonl, ${moreEntries.length}, tuned on)`,
      more,
    );
  const legacyEntries = [...loadCorpus('legacy-dev'), ...loadCorpus('legacy-holdout')];
  const legacy = evaluate(legacyEntries, check);
  printFigures(`first corpus (${legacyEntries.length} messages, tuned on: development data only)`, legacy);
  if (showErrors) console.log(`\n${[...dev.mistakes, ...more.mistakes, ...legacy.mistakes].join('\n')}`);
  const noValue = judge(figures(dev)).failures.filter((failure) => failure.includes('0/0'));
  for (const failure of noValue) console.log(`development part: ${failure}`);
  return noValue.length === 0;
}

function setAsidePart(writeFloor: boolean): boolean {
  const entries = loadCorpus('setaside');
  const evaluation = evaluate(entries, check);
  printFigures(
    `corpus v2, set-aside part (${entries.length} messages, never tuned on; figures only)`,
    evaluation,
  );
  const result = figures(evaluation);
  if (writeFloor) {
    const recorded = new Date().toISOString().slice(0, 10);
    writeFileSync(floorPath, `${JSON.stringify(floorFrom(result, recorded), null, 2)}\n`);
    console.log(`floor recorded in ${floorPath}`);
  }
  const floor = readFloor();
  const verdict = judge(result, floor);
  console.log(
    `\ntargets (set-aside part): recall ≥ ${targets.recall}, precision ≥ ${targets.precision} per category and overall, false alarms ≤ ${targets.falseAlarms}`,
  );
  if (verdict.targetsMet) console.log('set-aside targets met');
  else {
    console.log(`set-aside targets MISSED:\n  ${verdict.shortfalls.join('\n  ')}`);
    console.log(
      floor
        ? `enforced instead: the floor recorded on ${floor.recorded} (test/tone/corpus-v2/floor.json)`
        : 'no floor recorded: the targets are enforced',
    );
  }
  if (verdict.failures.length > 0) console.log(`check FAILED:\n  ${verdict.failures.join('\n  ')}`);
  return verdict.failures.length === 0;
}

/** Scores the probe part: figures only, never a message; it fails only when a category has no example. */
function probePart(): boolean {
  const entries = loadCorpus('probe');
  const evaluation = evaluate(entries, check);
  printFigures(
    `corpus v2, probe part (${entries.length} messages, written apart, never read to tune; figures only)`,
    evaluation,
  );
  const verdict = judge(figures(evaluation));
  if (verdict.targetsMet) console.log('probe part: targets met');
  else console.log(`probe part, below the targets (information only):\n  ${verdict.shortfalls.join('\n  ')}`);
  const missing = toneCategories.filter(
    (category) => !entries.some((entry) => entry.categories.includes(category)),
  );
  for (const category of missing) console.log(`probe part: no example of ${category}`);
  return missing.length === 0;
}

const parts = ['dev', 'setaside', 'holdout', 'probe', 'all'];
const usage = 'usage: tone-eval [--part dev|setaside|probe|all] [--errors] [--report-only] [--write-floor]';

function main(argv: readonly string[]): number {
  const flags = new Set(['--report-only', '--errors', '--write-floor']);
  const partIndex = argv.indexOf('--part');
  const part = partIndex >= 0 ? argv[partIndex + 1] : 'all';
  const unknown = argv.filter(
    (argument, index) => !flags.has(argument) && index !== partIndex && index !== partIndex + 1,
  );
  if (unknown.length > 0 || !parts.includes(part ?? '')) {
    console.error(usage);
    return 2;
  }
  if (argv.includes('--write-floor') && (part === 'dev' || part === 'probe')) {
    console.error(`tone-eval: --write-floor records set-aside figures; it cannot go with --part ${part}`);
    return 2;
  }
  let ok = true;
  if (part === 'dev' || part === 'all') ok = developmentPart(argv.includes('--errors')) && ok;
  if (part === 'setaside' || part === 'holdout' || part === 'all')
    ok = setAsidePart(argv.includes('--write-floor')) && ok;
  if (part === 'probe' || part === 'all') ok = probePart() && ok;
  return ok || argv.includes('--report-only') ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
