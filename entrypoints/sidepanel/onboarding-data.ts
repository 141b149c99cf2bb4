/**
 * The onboarding queue of the group the panel follows, live: the same reading as the toolbar badge
 * (storage/onboarding-queue.ts), shared by the "Onboarding" section and the popup.
 */
import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import type { Settings } from '@/storage/settings';
import { groupQueue, resolveOnboarding, type GroupQueue, type QueueMemo } from '@/storage/onboarding-queue';
import { weekOf } from '@/utils/onboarding/schedule';
import { useLiveFor } from './data';
import type { Lang } from '@/utils/templates/schema';

/**
 * Everything due now in a group, oldest first; `null` without a group, `undefined` while loading. The schedule is
 * computed again only when what it reads changed (`QueueMemo`): a page of posts re-runs the query, not the schedule.
 */
export function useOnboardingQueue(
  groupId: string | null,
  settings: Settings | undefined,
  lang: Lang,
  now: Date,
): GroupQueue | null | undefined {
  const memo = useRef<QueueMemo>({}).current;
  return useLiveQuery(
    async () => (groupId && settings ? groupQueue(db(), groupId, settings, lang, now, memo) : null),
    [groupId, settings, lang, now],
  );
}

export interface OnboardingOutlook {
  /** Due now: what the panel's queue lists and the toolbar badge counts. */
  due: number;
  /** Of those, past their "overdue after". */
  overdue: number;
  /** Not due yet, but falling due (or back from a snooze) before the week ends in the admin's time zone. */
  laterThisWeek: number;
  /** First instant of the next week, UTC ISO. */
  weekEnd: string;
}

/**
 * Due now and due later this week. The queue is read as it stands now and as it will stand at the last instant of
 * the week; an item in the second but not the first falls due this week. An item due now that expires before the
 * week ends is counted once, as due now.
 */
export async function readOnboardingOutlook(
  groupId: string,
  settings: Settings,
  lang: Lang,
  now: Date,
): Promise<OnboardingOutlook> {
  const resolved = resolveOnboarding(settings.onboarding, lang);
  const week = weekOf(now, resolved.timeZone, resolved.weekStartsOn);
  const lastInstant = new Date(Date.parse(week.end) - 1);
  const [current, atWeekEnd] = await Promise.all([
    groupQueue(db(), groupId, settings, lang, now),
    groupQueue(db(), groupId, settings, lang, lastInstant),
  ]);
  const dueNow = new Set(current.items.map((item) => item.id));
  return {
    due: current.items.length,
    overdue: current.items.filter((item) => item.overdue).length,
    laterThisWeek: atWeekEnd.items.filter((item) => !dueNow.has(item.id)).length,
    weekEnd: week.end,
  };
}

export function useOnboardingOutlook(
  groupId: string | null,
  settings: Settings | undefined,
  lang: Lang,
  now: Date,
): OnboardingOutlook | null | undefined {
  return useLiveFor(
    groupId,
    async (id) => (id && settings ? readOnboardingOutlook(id, settings, lang, now) : null),
    [settings, lang, now],
  );
}
