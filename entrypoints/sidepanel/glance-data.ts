/** The numbers behind "At a glance", read through indexes: activity and joiners per week, unseen, tiers, coverage. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { activitySettingsOf, type ActivityCoverage } from '@/storage/activity';
import {
  activeMembersPerWeek,
  coverageOf,
  joinersPerWeek,
  tierCounts,
  unseenCounts,
  weekBounds,
  type Coverage,
  type TierCounts,
  type UnseenCounts,
} from '@/storage/queries';
import type { Settings } from '@/storage/settings';
import { useLiveFor } from './data';

export const WEEKS_SHOWN = 12;

export interface WeekCount {
  /** Start of the week (ISO), in the admin's time zone. */
  weekStart: string;
  count: number;
}

export type { UnseenCounts };

/**
 * How many members are unseen, or `null` while Tend has not read the threshold's worth of the group's feed; with
 * what Tend watched (`activity`: the feed days read and the share of posts, which every answer states).
 */
export interface UnseenSummary {
  coverage: Coverage;
  activity: ActivityCoverage;
  unseen: UnseenCounts | null;
}

export interface Glance extends UnseenSummary {
  activePerWeek: WeekCount[];
  joinersPerWeek: WeekCount[];
  tiers: TierCounts;
}

/** The last `WEEKS_SHOWN` weeks, oldest first, as [start, end) pairs. */
export function lastWeeks(now: Date, timeZone: string): { start: string; end: string }[] {
  const weeks: { start: string; end: string }[] = [];
  let cursor = now;
  for (let index = 0; index < WEEKS_SHOWN; index += 1) {
    const week = weekBounds(cursor, timeZone, 1);
    weeks.unshift(week);
    cursor = new Date(Date.parse(week.start) - 1);
  }
  return weeks;
}

/** What Tend has watched of a group and how many of its members are unseen, by storage/activity.ts's rules. */
export async function readUnseenSummary(
  groupId: string,
  settings: Settings,
  now: Date,
): Promise<UnseenSummary> {
  const database = db();
  const [coverage, { coverage: activity, counts }] = await Promise.all([
    coverageOf(database, groupId, now),
    unseenCounts(database, groupId, now, activitySettingsOf(settings)),
  ]);
  return { coverage, activity, unseen: counts };
}

export async function readGlance(
  groupId: string,
  settings: Settings,
  now: Date,
  timeZone: string,
): Promise<Glance> {
  const database = db();
  const weeks = lastWeeks(now, timeZone);
  const [active, joiners, summary, tiers] = await Promise.all([
    activeMembersPerWeek(database, groupId, weeks),
    joinersPerWeek(database, groupId, weeks),
    readUnseenSummary(groupId, settings, now),
    tierCounts(database, groupId, settings.tiers),
  ]);
  return {
    ...summary,
    activePerWeek: weeks.map((week, index) => ({ weekStart: week.start, count: active[index]! })),
    joinersPerWeek: weeks.map((week, index) => ({ weekStart: week.start, count: joiners[index]! })),
    tiers,
  };
}

export function useGlance(groupId: string | null, settings: Settings | undefined): Glance | null | undefined {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return useLiveQuery(
    async () => (groupId && settings ? readGlance(groupId, settings, new Date(), timeZone) : null),
    [groupId, settings?.inactivityDays, JSON.stringify(settings?.tiers), JSON.stringify(settings?.activity)],
  );
}

/** The unseen counts alone, for the popup: the same reading as "At a glance" without the weekly charts. */
export function useUnseenSummary(
  groupId: string | null,
  settings: Settings | undefined,
): UnseenSummary | null | undefined {
  return useLiveFor(
    groupId,
    async (id) => (id && settings ? readUnseenSummary(id, settings, new Date()) : null),
    [settings?.inactivityDays, JSON.stringify(settings?.activity)],
  );
}
