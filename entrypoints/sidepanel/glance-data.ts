/** The numbers behind "At a glance", read through indexes: activity and joiners per week, unseen, tiers, coverage. */
import { db } from '@/storage/db';
import { activityCoverage, activitySettingsOf, type ActivityCoverage } from '@/storage/activity';
import {
  activeMembersPerWeek,
  coverageOf,
  joinersPerWeek,
  tierCounts,
  unseenCountsAlone,
  weekBounds,
  type Coverage,
  type WeekRange,
  type TierCounts,
  type UnseenCounts,
} from '@/storage/queries';
import type { Settings } from '@/storage/settings';
import { useLiveEach, useLiveFor } from './data';

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

/** What Tend has watched of a group: with the group's row, which the status of every page read changes. */
async function readWatched(groupId: string, settings: Settings, now: Date) {
  const database = db();
  const [coverage, activity] = await Promise.all([
    coverageOf(database, groupId, now),
    activityCoverage(database, groupId, now, activitySettingsOf(settings)),
  ]);
  return { coverage, activity };
}

/**
 * How many members are unseen (null before Tend watched enough): read without the group's row, so that a page's
 * status does not run it again.
 */
async function readUnseen(groupId: string, settings: Settings, now: Date) {
  const database = db();
  return unseenCountsAlone(database, groupId, now, activitySettingsOf(settings));
}

/** What Tend has watched of a group and how many of its members are unseen, by storage/activity.ts's rules. */
export async function readUnseenSummary(
  groupId: string,
  settings: Settings,
  now: Date,
): Promise<UnseenSummary> {
  const [watched, unseen] = await Promise.all([
    readWatched(groupId, settings, now),
    readUnseen(groupId, settings, now),
  ]);
  return { ...watched, unseen };
}

/** Distinct members who posted or commented in one week. */
async function activeInWeek(groupId: string, week: WeekRange): Promise<number> {
  const [count] = await activeMembersPerWeek(db(), groupId, [week]);
  return count!;
}

/**
 * "At a glance" as several live queries, so that a newly read page re-runs only what it touched (Dexie re-runs a
 * live query only when a change touches what it read): each week's active members is one (a page mostly adds this
 * week's posts and comments; past weeks' sightings are not read again), the joiners, the unseen summary and the
 * tiers are the others. The weeks are those of the render (the section renders again every minute at least).
 */
export function useGlance(groupId: string | null, settings: Settings | undefined): Glance | null | undefined {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const weeks = lastWeeks(new Date(), timeZone);
  const weekly = groupId ? `${groupId}|${timeZone}|${weeks[0]!.start}` : null;
  const active = useLiveEach(weekly, groupId ? weeks.map((week) => () => activeInWeek(groupId, week)) : []);
  const joiners = useLiveFor(weekly, async () => (groupId ? joinersPerWeek(db(), groupId, weeks) : []));
  const summary = useUnseenSummary(groupId, settings);
  const tiers = useLiveFor(
    groupId,
    async (id) => (id && settings ? tierCounts(db(), id, settings.tiers) : null),
    [JSON.stringify(settings?.tiers)],
  );
  if (!groupId || !settings) return null;
  if (!active || !joiners || !summary || !tiers) return undefined;
  return {
    ...summary,
    activePerWeek: weeks.map((week, index) => ({ weekStart: week.start, count: active[index]! })),
    joinersPerWeek: weeks.map((week, index) => ({ weekStart: week.start, count: joiners[index]! })),
    tiers,
  };
}

/**
 * The unseen counts alone, for the popup: the same reading as "At a glance" without the weekly charts. Two live
 * queries: what Tend watched, and the counts (the costly one, not run again for a page's status).
 */
export function useUnseenSummary(
  groupId: string | null,
  settings: Settings | undefined,
): UnseenSummary | null | undefined {
  const inputs = [settings?.inactivityDays, JSON.stringify(settings?.activity)];
  const watched = useLiveFor(
    groupId,
    async (id) => (id && settings ? readWatched(id, settings, new Date()) : null),
    inputs,
  );
  const unseen = useLiveFor(
    groupId,
    async (id) => (id && settings ? { counts: await readUnseen(id, settings, new Date()) } : null),
    inputs,
  );
  if (!groupId || !settings) return null;
  if (!watched || !unseen) return undefined;
  return { ...watched, unseen: unseen.counts };
}
