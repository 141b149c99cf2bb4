/**
 * The onboarding cadence: which steps Tend proposes after someone joins, and when. The admin can add, remove,
 * rename, re-time and switch off steps; every change goes back through the schema.
 *
 * Timing:
 * - `personal` and `private` steps are relative to the member's join date (`offset` after it).
 * - `group-weekly` steps are relative to the end of the join week (`{days: 0}` = as the next week starts).
 * - `overdueAfter`: how long after it falls due the item stands out as overdue.
 * - `expiresAfter` (optional): past this, the item is no longer proposed. It keeps a first reading of a members
 *   list full of long-standing members from flooding the queue with welcomes years too late.
 */
import { formatDuration } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { z } from 'zod';
import { SituationId, type Lang } from '@/utils/templates/schema';

const amount = z.number().int().min(0).max(1_000).optional();
/** A calendar duration, added with date-fns in the admin's time zone (a month is a calendar month). */
export const StepOffset = z.strictObject({
  years: amount,
  months: amount,
  weeks: amount,
  days: amount,
  hours: amount,
});
export type StepOffset = z.infer<typeof StepOffset>;

export const StepKind = z.enum(['personal', 'group-weekly', 'private']);
export type StepKind = z.infer<typeof StepKind>;

export const StepId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a step id is lowercase words joined by "-"');

const label = z.string().trim().min(1).max(80);

export const CadenceStep = z.strictObject({
  id: StepId,
  label: z.strictObject({ en: label, fr: label }),
  kind: StepKind,
  offset: StepOffset,
  templateSituation: SituationId,
  enabled: z.boolean(),
  overdueAfter: StepOffset,
  expiresAfter: StepOffset.optional(),
});
export type CadenceStep = z.infer<typeof CadenceStep>;

export const MAX_CADENCE_STEPS = 20;

export const Cadence = z
  .strictObject({ steps: z.array(CadenceStep).max(MAX_CADENCE_STEPS) })
  .superRefine((cadence, context) => {
    const seen = new Set<string>();
    cadence.steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        context.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `duplicate step id "${step.id}"`,
        });
      }
      seen.add(step.id);
    });
  });
export type Cadence = z.infer<typeof Cadence>;

export const defaultCadence: Cadence = Cadence.parse({
  steps: [
    {
      id: 'personal-welcome',
      label: { en: 'Personal welcome', fr: 'Accueil personnel' },
      kind: 'personal',
      offset: { days: 0 },
      templateSituation: 'personal-welcome',
      enabled: true,
      overdueAfter: { days: 3 },
      expiresAfter: { days: 30 },
    },
    {
      id: 'weekly-welcome',
      label: { en: 'Weekly group welcome', fr: 'Accueil collectif de la semaine' },
      kind: 'group-weekly',
      offset: { days: 0 },
      templateSituation: 'weekly-welcome',
      enabled: true,
      overdueAfter: { days: 3 },
      expiresAfter: { weeks: 3 },
    },
    {
      id: 'two-month-check-in',
      label: { en: 'Two-month check-in', fr: 'Nouvelles après deux mois' },
      kind: 'private',
      offset: { months: 2 },
      templateSituation: 'two-month-check-in',
      enabled: true,
      overdueAfter: { days: 7 },
      expiresAfter: { months: 1 },
    },
    {
      id: 'anniversary',
      label: { en: 'One year in the group', fr: 'Un an dans le groupe' },
      kind: 'private',
      offset: { years: 1 },
      templateSituation: 'anniversary',
      enabled: true,
      overdueAfter: { days: 3 },
      expiresAfter: { days: 30 },
    },
  ],
});

export class CadenceEditError extends Error {
  override name = 'CadenceEditError';
}

function requireStep(cadence: Cadence, stepId: string): CadenceStep {
  const step = cadence.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new CadenceEditError(`No step "${stepId}" in this cadence.`);
  return step;
}

function replaceStep(cadence: Cadence, stepId: string, change: (step: CadenceStep) => CadenceStep): Cadence {
  requireStep(cadence, stepId);
  return Cadence.parse({ steps: cadence.steps.map((step) => (step.id === stepId ? change(step) : step)) });
}

/** A step id derived from a label, unique in this cadence ("Six months" → "six-months", "six-months-2"...). */
export function newStepId(cadence: Cadence, labelText: string): string {
  const base =
    labelText
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'step';
  const taken = new Set(cadence.steps.map((step) => step.id));
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}

export function addStep(cadence: Cadence, step: CadenceStep): Cadence {
  return Cadence.parse({ steps: [...cadence.steps, step] });
}

export function removeStep(cadence: Cadence, stepId: string): Cadence {
  requireStep(cadence, stepId);
  return Cadence.parse({ steps: cadence.steps.filter((step) => step.id !== stepId) });
}

/** Renames in one or both languages; the id stays, so the history of the step is kept. */
export function renameStep(cadence: Cadence, stepId: string, label: Partial<Record<Lang, string>>): Cadence {
  return replaceStep(cadence, stepId, (step) => ({ ...step, label: { ...step.label, ...label } }));
}

export function retimeStep(cadence: Cadence, stepId: string, offset: StepOffset): Cadence {
  return replaceStep(cadence, stepId, (step) => ({ ...step, offset }));
}

export function setStepEnabled(cadence: Cadence, stepId: string, enabled: boolean): Cadence {
  return replaceStep(cadence, stepId, (step) => ({ ...step, enabled }));
}

/** "2 months" / "2 mois"; a zero offset reads as "at once" / "tout de suite". */
export function describeOffset(offset: StepOffset, lang: Lang): string {
  const text = formatDuration(offset, { locale: lang === 'fr' ? fr : enGB });
  return text || (lang === 'fr' ? 'tout de suite' : 'at once');
}
