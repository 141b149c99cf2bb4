/**
 * The pure part of the onboarding section: which template an item uses, the text it fills, snooze times, the
 * weekly welcome of a week item. No React, no database, so every rule is tested in test/unit/onboarding-ui.
 */
import { add } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { MemberRow } from '@/storage/schema';
import { templatesForSituation } from '@/utils/templates/catalog';
import { renderTemplate, type RenderResult } from '@/utils/templates/render';
import { pickBody, type Lang, type Register, type Template } from '@/utils/templates/schema';
import { placeholderValuesFor } from '@/utils/templates/values';
import {
  weeklyWelcome,
  type MemberDueItem,
  type WeekDueItem,
  type WeeklyWelcome,
} from '@/utils/onboarding/schedule';
import type { ResolvedOnboarding } from '@/storage/onboarding-queue';
import { newStepId, type Cadence, type CadenceStep, type StepOffset } from '@/utils/onboarding/cadence';

/** Facebook's members page of a group (its shape lives with the other Facebook links, utils/facebook/links.ts). */
export { membersPageUrl } from '@/utils/facebook/links';

/**
 * The template for a step: the admin's own (custom) template for that situation first, most recently edited, then
 * Tend's built-in one. Only templates with words in `lang` qualify.
 */
export function templateForSituation(
  templates: readonly Template[],
  situation: string,
  lang: Lang,
): Template | undefined {
  return templatesForSituation(templates, situation, lang)[0];
}

/** Templates that can serve a step, in the order `templateForSituation` prefers them (utils/templates/catalog.ts). */
export { templatesForSituation };

export interface TextContext {
  lang: Lang;
  register: Register;
  now: Date;
  adminName?: string;
  groupName?: string;
  allowAnswers?: boolean;
}

/**
 * The filled text of a member item. `undefined` when the template has no words in `lang`. A placeholder without a
 * value nor a fallback gives `ok: false`, and the panel refuses to copy.
 */
export function memberItemText(
  member: Pick<MemberRow, 'name' | 'joinedAfter' | 'joinedBefore'>,
  template: Template,
  context: TextContext,
): RenderResult | undefined {
  const body = pickBody(template, context.lang, context.register);
  if (!body) return undefined;
  const values = placeholderValuesFor({
    member,
    now: context.now,
    lang: context.lang,
    ...(context.adminName ? { adminName: context.adminName } : {}),
    ...(context.groupName ? { groupName: context.groupName } : {}),
  });
  return renderTemplate(body.text, values, { allowAnswers: context.allowAnswers ?? false });
}

/** The whole weekly welcome of a week item: only that week's joiners not yet welcomed, split at the tag limit. */
export function weekItemWelcome(
  item: WeekDueItem,
  members: ReadonlyMap<string, MemberRow>,
  template: Template | undefined,
  resolved: Pick<ResolvedOnboarding, 'maxTagsPerPost' | 'weeklyPointers'>,
  context: Pick<TextContext, 'lang' | 'register' | 'adminName' | 'groupName'>,
): WeeklyWelcome {
  const joiners = item.members.flatMap((joiner) => {
    const member = members.get(joiner.memberId);
    return member ? [member] : [];
  });
  const body = template ? pickBody(template, context.lang, context.register)?.text : undefined;
  return weeklyWelcome(joiners, item.week, {
    lang: context.lang,
    register: context.register,
    maxTagsPerPost: resolved.maxTagsPerPost,
    ...(body !== undefined ? { body } : {}),
    ...(context.adminName ? { adminName: context.adminName } : {}),
    ...(context.groupName ? { groupName: context.groupName } : {}),
    ...(resolved.weeklyPointers.trim() ? { pointers: resolved.weeklyPointers } : {}),
  });
}

export type SnoozeChoice = 'day' | 'week';
export const SNOOZE_CHOICES: readonly SnoozeChoice[] = ['day', 'week'];

/** Until when a snooze hides an item: one calendar day or week later in the admin's time zone. */
export function snoozeUntil(choice: SnoozeChoice, now: Date, timeZone: string): Date {
  return new Date(+add(now, choice === 'day' ? { days: 1 } : { weeks: 1 }, { in: tz(timeZone) }));
}

/** Whole days since an item fell due (0 on its first day). */
export function daysDue(item: Pick<MemberDueItem, 'dueSince'>, now: Date): number {
  return Math.max(0, Math.floor((+now - Date.parse(item.dueSince)) / 86_400_000));
}

// ---------- Settings: a step's timing as one amount and one unit ----------

export type OffsetUnit = 'days' | 'weeks' | 'months' | 'years';
export const OFFSET_UNITS: readonly OffsetUnit[] = ['days', 'weeks', 'months', 'years'];

/**
 * A step offset as the settings form shows it: the largest unit used, and the amount in it. Offsets mixing units
 * (`{months: 1, days: 3}`) or using hours are shown in days when that is exact, otherwise by their largest unit
 * (the smaller parts are dropped only if the admin edits the step).
 */
export function simpleOffset(offset: StepOffset): { amount: number; unit: OffsetUnit } {
  const used = OFFSET_UNITS.filter((unit) => (offset[unit] ?? 0) > 0);
  const hours = offset.hours ?? 0;
  if (used.length === 0) return { amount: Math.floor(hours / 24), unit: 'days' };
  if (used.length === 1 && hours === 0) return { amount: offset[used[0]!] ?? 0, unit: used[0]! };
  if (!offset.months && !offset.years) {
    return { amount: (offset.weeks ?? 0) * 7 + (offset.days ?? 0) + Math.floor(hours / 24), unit: 'days' };
  }
  const largest = used.at(-1)!;
  return { amount: offset[largest] ?? 0, unit: largest };
}

export function offsetOf(amount: number, unit: OffsetUnit): StepOffset {
  return { [unit]: Math.max(0, Math.min(1_000, Math.floor(amount))) };
}

/** A new step for the settings form: a private check-in six months after joining, ready to rename. */
export function newCadenceStep(cadence: Cadence, label: { en: string; fr: string }): CadenceStep {
  return {
    id: newStepId(cadence, label.en),
    label,
    kind: 'private',
    offset: { months: 6 },
    templateSituation: 'two-month-check-in',
    enabled: true,
    overdueAfter: { days: 7 },
    expiresAfter: { months: 1 },
  };
}
