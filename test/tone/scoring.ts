/**
 * Scoring of the tone check on a labelled corpus, and the verdict against the targets or a recorded floor.
 * A category counts as raised on a message when the check gives it a `warn` or `alert` hint there (an `info`
 * hint is advice, never counted). A ratio whose denominator is 0 has no value: it fails every verdict.
 */
import { z } from 'zod';
import { toneCategories, type ToneCategory, type ToneResult } from '../../utils/tone/schema.ts';
import type { CorpusEntry } from './corpus.ts';

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Evaluation {
  readonly counts: Record<ToneCategory, Counts>;
  readonly gentleCount: number;
  readonly gentleAlarmed: number;
  /** One line per message the check got wrong, or whose language it detected wrongly. */
  readonly mistakes: string[];
}

export type Check = (entry: CorpusEntry) => ToneResult;

export function evaluate(entries: readonly CorpusEntry[], check: Check): Evaluation {
  const counts = Object.fromEntries(
    toneCategories.map((category) => [category, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<ToneCategory, Counts>;
  let gentleCount = 0;
  let gentleAlarmed = 0;
  const mistakes: string[] = [];
  for (const entry of entries) {
    const result = check(entry);
    const raised = new Set(
      result.hints.filter((hint) => hint.severity !== 'info').map((hint) => hint.category),
    );
    const expected = new Set(entry.categories);
    for (const category of toneCategories) {
      const score = counts[category];
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
    if (result.lang !== entry.lang) mistakes.push(`${entry.id} language ${result.lang}: ${entry.text}`);
    if (missed.length > 0 || extra.length > 0) {
      const details = result.hints
        .map((hint) => `${hint.category}/${hint.severity}:"${hint.excerpt}"`)
        .join(' ');
      mistakes.push(
        `${entry.id} missed [${missed.join(',')}] extra [${extra.join(',')}]: ${entry.text}  → ${details}`,
      );
    }
  }
  return { counts, gentleCount, gentleAlarmed, mistakes };
}

/** A ratio, or `undefined` when its denominator is 0 (no example, or no hint): never read as 1. */
export const ratio = (numerator: number, denominator: number): number | undefined =>
  denominator === 0 ? undefined : numerator / denominator;

export interface Figure {
  readonly recall: number | undefined;
  readonly precision: number | undefined;
}

export interface Figures {
  readonly categories: Record<ToneCategory, Figure>;
  /** Over every category's counts taken together (micro average). */
  readonly overall: Figure;
  readonly falseAlarms: number | undefined;
}

function figureOf({ truePositives, falsePositives, falseNegatives }: Counts): Figure {
  return {
    recall: ratio(truePositives, truePositives + falseNegatives),
    precision: ratio(truePositives, truePositives + falsePositives),
  };
}

export function figures(evaluation: Evaluation): Figures {
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const category of toneCategories) {
    const counts = evaluation.counts[category];
    total.truePositives += counts.truePositives;
    total.falsePositives += counts.falsePositives;
    total.falseNegatives += counts.falseNegatives;
  }
  return {
    categories: Object.fromEntries(
      toneCategories.map((category) => [category, figureOf(evaluation.counts[category])]),
    ) as Record<ToneCategory, Figure>,
    overall: figureOf(total),
    falseAlarms: ratio(evaluation.gentleAlarmed, evaluation.gentleCount),
  };
}

export const targets = { recall: 0.85, precision: 0.9, falseAlarms: 0.05 } as const;

const figureFloorSchema = z.object({ recall: z.number().min(0).max(1), precision: z.number().min(0).max(1) });
/** Figures the check must not fall below while the targets are not met yet (`corpus-v2/floor.json`). */
export const floorSchema = z
  .object({
    recorded: z.string().min(1),
    overall: figureFloorSchema,
    categories: z.record(z.enum(toneCategories), figureFloorSchema),
    falseAlarmsAtMost: z.number().min(0).max(1),
  })
  .strict()
  .refine((floor) => toneCategories.every((category) => floor.categories[category] !== undefined), {
    message: 'the floor must name every category',
  });
export type Floor = z.infer<typeof floorSchema>;

export interface Verdict {
  /** Every figure has a value and meets the targets. */
  readonly targetsMet: boolean;
  /** What fails the check: a ratio with no value, or a figure below the floor (the targets when no floor). */
  readonly failures: string[];
  /** Figures below the targets. */
  readonly shortfalls: string[];
}

const shown = (value: number | undefined): string => (value === undefined ? '0/0' : value.toFixed(2));

export function judge(result: Figures, floor?: Floor): Verdict {
  const failures: string[] = [];
  const shortfalls: string[] = [];
  const compare = (
    name: string,
    value: number | undefined,
    target: number,
    least: number,
    atMost = false,
  ) => {
    if (value === undefined) {
      failures.push(`${name}: 0/0 (no example or no hint: an error, not a score)`);
      return;
    }
    const meets = (bound: number): boolean => (atMost ? value <= bound : value >= bound);
    const word = atMost ? 'above' : 'below';
    // Three decimals where two would read as the target itself (0.897 is not 0.90).
    const exact = shown(value) === target.toFixed(2) ? value.toFixed(3) : shown(value);
    if (!meets(target)) shortfalls.push(`${name} ${exact} ${word} target ${target.toFixed(2)}`);
    if (!meets(least))
      failures.push(`${name} ${shown(value)} ${word} ${floor ? 'floor' : 'target'} ${least}`);
  };
  const figureChecks: [string, Figure, { recall: number; precision: number }][] = [
    ['overall', result.overall, floor?.overall ?? targets],
    ...toneCategories.map((category): [string, Figure, { recall: number; precision: number }] => [
      category,
      result.categories[category],
      floor?.categories[category] ?? targets,
    ]),
  ];
  for (const [name, figure, least] of figureChecks) {
    compare(`${name} recall`, figure.recall, targets.recall, least.recall);
    compare(`${name} precision`, figure.precision, targets.precision, least.precision);
  }
  compare(
    'false alarms',
    result.falseAlarms,
    targets.falseAlarms,
    floor?.falseAlarmsAtMost ?? targets.falseAlarms,
    true,
  );
  const noValue = failures.some((failure) => failure.includes('0/0'));
  return { targetsMet: shortfalls.length === 0 && !noValue, failures, shortfalls };
}

/** The figures rounded down (false alarms up) to two decimals: the floor to record for today's check. */
export function floorFrom(result: Figures, recorded: string): Floor {
  const down = (value: number | undefined): number => Math.floor((value ?? 0) * 100 + 1e-9) / 100;
  const figureFloor = (figure: Figure) => ({
    recall: down(figure.recall),
    precision: down(figure.precision),
  });
  return {
    recorded,
    overall: figureFloor(result.overall),
    categories: Object.fromEntries(
      toneCategories.map((category) => [category, figureFloor(result.categories[category])]),
    ) as Floor['categories'],
    falseAlarmsAtMost: Math.ceil((result.falseAlarms ?? 1) * 100 - 1e-9) / 100,
  };
}
