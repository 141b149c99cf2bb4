/**
 * The due queue of one group, as the panel shows it and the toolbar badge counts it: the same reading of the
 * database and the same settings, so the two never disagree.
 *
 * Only members whose join could still make a step due are read: the `[groupId+joinMiddle]` index is cut at the
 * oldest join any enabled step can still propose (each step's offset plus its expiry, plus margins for the width
 * of approximate joins and for weeks). A step without an expiry reads every member with a known join.
 */
import Dexie from 'dexie';
import { sub, type Duration } from 'date-fns';
import type { TendDatabase } from './db';
import { onboardingHistory } from './records';
import type { MemberRow } from './schema';
import type { OnboardingSettings, Settings } from './settings';
import type { Lang } from '@/utils/templates/schema';
import type { Cadence } from '@/utils/onboarding/cadence';
import {
  defaultWeekStartsOn,
  dueItems,
  type DueItem,
  type HistoryEntry,
  type WeekStartsOn,
} from '@/utils/onboarding/schedule';

/** Half of the widest join interval Tend stores ("about a year ago") and then some; same bound as storage/queries. */
const MAX_HALF_WIDTH: Duration = { days: 402 };
/** A week member is placed by the middle of their join; its week ends at most 7 days later. Plus calendar slack. */
const WEEK_AND_SLACK: Duration = { days: 10 };

/** The earliest join middle that can still give a due item at `now`, or null when some step never expires. */
export function joinLookback(cadence: Cadence, now: Date): Date | null {
  let earliest: Date = now;
  for (const step of cadence.steps) {
    if (!step.enabled) continue;
    if (!step.expiresAfter) return null;
    const bound = sub(sub(sub(sub(now, step.offset), step.expiresAfter), MAX_HALF_WIDTH), WEEK_AND_SLACK);
    if (+bound < +earliest) earliest = bound;
  }
  return earliest;
}

/** The browser's own time zone, used when the setting is left empty. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export interface ResolvedOnboarding {
  cadence: Cadence;
  timeZone: string;
  weekStartsOn: WeekStartsOn;
  maxTagsPerPost: number;
  weeklyPointers: string;
  frenchRegister: 'tu' | 'vous';
}

/** Settings with `auto` and `''` resolved for an interface language. */
export function resolveOnboarding(settings: OnboardingSettings, lang: Lang): ResolvedOnboarding {
  return {
    cadence: settings.cadence,
    timeZone: settings.timeZone || browserTimeZone(),
    weekStartsOn:
      settings.weekStartsOn === 'auto' ? defaultWeekStartsOn(lang) : (settings.weekStartsOn as WeekStartsOn),
    maxTagsPerPost: settings.maxTagsPerPost,
    weeklyPointers: settings.weeklyPointers,
    frenchRegister: settings.frenchRegister,
  };
}

/** Members of a group who may have a step due now (see the module comment). */
export async function scheduleMembers(
  db: TendDatabase,
  groupId: string,
  cadence: Cadence,
  now: Date,
): Promise<MemberRow[]> {
  const lookback = joinLookback(cadence, now);
  const lower = lookback ? lookback.toISOString() : Dexie.minKey;
  return db.members
    .where('[groupId+joinMiddle]')
    .between([groupId, lower], [groupId, Dexie.maxKey], true, true)
    .toArray();
}

/** The history of a group, as utils/onboarding's schedule reads it (stored rows carry an extra `id`). */
export async function groupHistory(db: TendDatabase, groupId: string): Promise<HistoryEntry[]> {
  return onboardingHistory(db, groupId);
}

export interface GroupQueue {
  items: DueItem[];
  /** The members read, by id: the weekly welcome needs their join intervals. */
  members: Map<string, MemberRow>;
  resolved: ResolvedOnboarding;
}

/** Everything due now in one group, oldest first. */
export async function groupQueue(
  db: TendDatabase,
  groupId: string,
  settings: Settings,
  lang: Lang,
  now: Date,
): Promise<GroupQueue> {
  const resolved = resolveOnboarding(settings.onboarding, lang);
  const [members, history] = await Promise.all([
    scheduleMembers(db, groupId, resolved.cadence, now),
    groupHistory(db, groupId),
  ]);
  const items = dueItems(members, resolved.cadence, history, now, resolved.timeZone, {
    weekStartsOn: resolved.weekStartsOn,
  });
  return { items, members: new Map(members.map((member) => [member.memberId, member])), resolved };
}
