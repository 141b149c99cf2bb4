/**
 * Tone-check evaluation on the labelled corpus: per-category precision and recall, and the false-alarm rate
 * (share of gentle messages that get any `warn` or `alert`), for the whole corpus and for the holdout.
 *
 *   tsx test/tools/tone-eval.ts [--report-only] [--part dev|holdout|all] [--errors]
 *
 * Exits 1 when a holdout target is missed, unless --report-only.
 */
import { checkTone } from '../../utils/tone/index.ts';
import { toneCategories, type ToneCategory } from '../../utils/tone/schema.ts';
import { loadCorpus, type CorpusEntry } from '../tone/corpus.ts';

const targets = { recall: 0.85, precision: 0.8, falseAlarms: 0.05 } as const;

interface CategoryScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

interface Evaluation {
  readonly scores: Record<ToneCategory, CategoryScore>;
  readonly gentleCount: number;
  readonly gentleAlarmed: number;
  readonly errors: string[];
}

function evaluate(entries: readonly CorpusEntry[]): Evaluation {
  const scores = Object.fromEntries(
    toneCategories.map((category) => [category, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<ToneCategory, CategoryScore>;
  let gentleCount = 0;
  let gentleAlarmed = 0;
  const errors: string[] = [];
  for (const entry of entries) {
    const result = checkTone(entry.text, { uiLang: 'en', fallbackLang: entry.lang, context: entry.context });
    const raised = new Set(
      result.hints.filter((hint) => hint.severity !== 'info').map((hint) => hint.category),
    );
    const expected = new Set(entry.categories);
    for (const category of toneCategories) {
      const score = scores[category];
      if (raised.has(category) && expected.has(category)) score.truePositives++;
      else if (raised.has(category)) score.falsePositives++;
      else if (expected.has(category)) score.falseNegatives++;
    }
    if (expected.size === 0) {
      gentleCount++;
      if (raised.size > 0) gentleAlarmed++;
    }
    const missed = [...expected].filter((category) => !raised.has(category));
    const extra = [...raised].filter((category) => !expected.has(category));
    if (result.lang !== entry.lang) errors.push(`${entry.id} language ${result.lang}: ${entry.text}`);
    if (missed.length > 0 || extra.length > 0) {
      const details = result.hints
        .map((hint) => `${hint.category}/${hint.severity}:"${hint.excerpt}"`)
        .join(' ');
      errors.push(
        `${entry.id} missed [${missed.join(',')}] extra [${extra.join(',')}]: ${entry.text}  → ${details}`,
      );
    }
  }
  return { scores, gentleCount, gentleAlarmed, errors };
}

const ratio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 1 : numerator / denominator;
const format = (value: number): string => value.toFixed(2);

function report(title: string, evaluation: Evaluation): boolean {
  console.log(`\n${title}`);
  console.log('category            precision  recall  (tp/fp/fn)');
  let meetsTargets = true;
  for (const category of toneCategories) {
    const { truePositives, falsePositives, falseNegatives } = evaluation.scores[category];
    const precision = ratio(truePositives, truePositives + falsePositives);
    const recall = ratio(truePositives, truePositives + falseNegatives);
    const ok = precision >= targets.precision && recall >= targets.recall;
    if (!ok) meetsTargets = false;
    console.log(
      `${category.padEnd(20)}${format(precision).padStart(9)}${format(recall).padStart(8)}  (${truePositives}/${falsePositives}/${falseNegatives})${ok ? '' : '  below target'}`,
    );
  }
  const falseAlarmRate = ratio(evaluation.gentleAlarmed, evaluation.gentleCount);
  const alarmsOk = falseAlarmRate <= targets.falseAlarms;
  if (!alarmsOk) meetsTargets = false;
  console.log(
    `false alarms: ${format(falseAlarmRate)} (${evaluation.gentleAlarmed}/${evaluation.gentleCount} gentle messages)${alarmsOk ? '' : '  above target'}`,
  );
  return meetsTargets;
}

function main(argv: readonly string[]): number {
  const reportOnly = argv.includes('--report-only');
  const showErrors = argv.includes('--errors');
  const partIndex = argv.indexOf('--part');
  const part = partIndex >= 0 ? argv[partIndex + 1] : undefined;
  const known = new Set(['--report-only', '--errors', '--part', 'dev', 'holdout', 'all']);
  const unknown = argv.filter((argument) => !known.has(argument));
  if (unknown.length > 0 || (partIndex >= 0 && !['dev', 'holdout', 'all'].includes(part ?? ''))) {
    console.error(`usage: tone-eval [--report-only] [--errors] [--part dev|holdout|all]`);
    return 2;
  }
  const dev = loadCorpus('dev');
  const holdout = loadCorpus('holdout');
  console.log(`tone corpus: ${dev.length + holdout.length} messages (${holdout.length} set aside)`);
  if (part === 'dev') {
    const evaluation = evaluate(dev);
    report('development part', evaluation);
    if (showErrors) console.log(evaluation.errors.join('\n'));
    return 0;
  }
  const whole = evaluate([...dev, ...holdout]);
  report('whole corpus', whole);
  const heldOut = evaluate(holdout);
  const holdoutMeetsTargets = report('holdout (set aside, never tuned on)', heldOut);
  if (showErrors && part === 'all') console.log(whole.errors.join('\n'));
  console.log(holdoutMeetsTargets ? '\nholdout targets met' : '\nholdout targets MISSED');
  return holdoutMeetsTargets || reportOnly ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
