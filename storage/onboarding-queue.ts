/**
 * The due queue of one group, as the panel shows it and the toolbar badge counts it: the same reading of the
 * database and the same settings, so the two never disagree.
 *
 * Only members whose join could make a step due now are read: for each enabled step, the members whose latest
 * possible join (`[groupId+joinedBefore]`) or, for the weekly welcome, join middle (`[groupId+joinMiddle]`) lies in
 * that step's window (its offset, its expiry, margins for weeks and time zones). A step without an expiry reads
 * every member joined before its window's end.
 *
 * Of those, only the members some step may make due now go on to the schedule (`mayBeDue`): a test in plain UTC
 * milliseconds, much cheaper than the schedule's calendar arithmetic in the admin's time zone, and generous by
 * `ZONE_SLACK` on both sides, so it never leaves out a member the schedule would list (the queue is the same).
 */
import Dexie from 'dexie';
import { sub } from 'date-fns';
import type { TendDatabase } from './db';
import { onboardingHistory } from './records';
import type { MemberRow } from './schema';
import type { OnboardingSettings, Settings } from './settings';
import type { Lang } from '@/utils/templates/schema';
import type { Cadence, CadenceStep } from '@/utils/onboarding/cadence';
import { joinInterval, joinMiddle, latestJoinMoment, type JoinFacts } from '@/utils/onboarding/join';
import {
  defaultWeekStartsOn,
  dueCount,
  dueItems,
  type DueItem,
  type HistoryEntry,
  type WeekStartsOn,
} from '@/utils/onboarding/schedule';

/**
 * How far the schedule's calendar arithmetic in the admin's zone can land from the same in UTC: a month-end clamp
 * (up to 3 days), the start of the local day and the zone's offset (a day), a daylight-saving hour; doubled.
 */
const ZONE_SLACK_MS = 10 * 86_400_000;
/** A week ends at most this long after any instant in it (7 days, plus a daylight-saving hour). */
const WEEK_MS = 7 * 86_400_000 + 3_600_000;

/**
 * The instants, in UTC milliseconds, between which a member's reference moment must lie for `step` to be due at
 * `now`: the latest join moment for a join-relative step, the join middle for the weekly welcome (its week ends
 * within `WEEK_MS` after it). A step is due from (reference + offset) until its expiry after that.
 */
function dueWindow(step: CadenceStep, now: Date): { from: number; to: number } {
  const to = +sub(now, step.offset) + ZONE_SLACK_MS;
  if (!step.expiresAfter) return { from: -Infinity, to };
  const week = step.kind === 'group-weekly' ? WEEK_MS : 0;
  return { from: +sub(sub(now, step.expiresAfter), step.offset) - week - ZONE_SLACK_MS, to };
}

/**
 * Whether some enabled step may be due now for a member with these join facts: a superset of the members the
 * schedule lists, for every step (all joiners of a due week lie in the weekly window, so none is left out).
 */
export function dueFilter(cadence: Cadence, now: Date): (member: JoinFacts) => boolean {
  const windows = cadence.steps
    .filter((step) => step.enabled)
    .map((step) => ({ weekly: step.kind === 'group-weekly', ...dueWindow(step, now) }));
  return (member) => {
    const interval = joinInterval(member);
    if (!interval) return false; // the schedule gives no step to a member without a join interval
    const latest = +latestJoinMoment(interval);
    const middle = +joinMiddle(interval);
    return windows.some(({ weekly, from, to }) => {
      const at = weekly ? middle : latest;
      return at >= from && at <= to;
    });
  };
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

/**
 * Stored join bounds are ISO times that may carry an offset (an imported file's), which sort by their text within
 * a day of their instant; index ranges over them are widened by this much, and `dueFilter` decides.
 */
const TEXT_SLACK_MS = 2 * 86_400_000;

/**
 * Members of a group who may have a step due now (see the module comment): for each enabled step, the members of
 * its own window, read by index (the latest possible join for a join-relative step, `[groupId+joinedBefore]`; the
 * join middle for the weekly welcome), then `dueFilter`. A year of joiners is not read for a one-year step: only
 * those whose year falls due now.
 */
export async function scheduleMembers(
  db: TendDatabase,
  groupId: string,
  cadence: Cadence,
  now: Date,
): Promise<MemberRow[]> {
  const mayBeDue = dueFilter(cadence, now);
  const found = new Map<string, MemberRow>();
  for (const step of cadence.steps) {
    if (!step.enabled) continue;
    const { from, to } = dueWindow(step, now);
    const index = step.kind === 'group-weekly' ? '[groupId+joinMiddle]' : '[groupId+joinedBefore]';
    const lower = from === -Infinity ? Dexie.minKey : new Date(from - TEXT_SLACK_MS).toISOString();
    const upper = new Date(to + TEXT_SLACK_MS).toISOString();
    const rows = await db.members
      .where(index)
      .between([groupId, lower], [groupId, upper], true, true)
      .toArray();
    for (const row of rows) if (!found.has(row.memberId) && mayBeDue(row)) found.set(row.memberId, row);
  }
  return [...found.values()];
}

/** The history of a group, as utils/onboarding's schedule reads it (stored rows carry an extra `id`). */
export async function groupHistory(db: TendDatabase, groupId: string): Promise<HistoryEntry[]> {
  return onboardingHistory(db, groupId);
}

export interface GroupQueue {
  items: DueItem[];
  /** The members some step may make due (every member of an item among them), by id: the weekly welcome needs
   * their join intervals. */
  members: Map<string, MemberRow>;
  resolved: ResolvedOnboarding;
}

/**
 * What the schedule reads, as one comparable value: of each member only what `dueItems` looks at (ids, name, join
 * interval), the history, the resolved settings and the clock.
 */
function scheduleInputs(
  members: readonly MemberRow[],
  history: readonly HistoryEntry[],
  resolved: ResolvedOnboarding,
  now: Date,
): unknown[] {
  return [
    +now,
    JSON.stringify(resolved),
    JSON.stringify(history),
    ...members.map((member) => [
      member.groupId,
      member.memberId,
      member.name,
      member.joinedAfter,
      member.joinedBefore,
    ]),
  ];
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => JSON.stringify(value) === JSON.stringify(b[index]));

/**
 * The last schedule computed, for a caller that asks again and again (the panel's live queue re-runs after every
 * batch stored, and most batches change nothing the schedule reads, only when members were last seen).
 */
export interface QueueMemo {
  inputs?: unknown[];
  items?: DueItem[];
}

/** Everything due now in one group, oldest first. With `memo`, the schedule is only computed again when its inputs
 * changed (the same items either way). */
export async function groupQueue(
  db: TendDatabase,
  groupId: string,
  settings: Settings,
  lang: Lang,
  now: Date,
  memo?: QueueMemo,
): Promise<GroupQueue> {
  const resolved = resolveOnboarding(settings.onboarding, lang);
  const [members, history] = await Promise.all([
    scheduleMembers(db, groupId, resolved.cadence, now),
    groupHistory(db, groupId),
  ]);
  const inputs = memo && scheduleInputs(members, history, resolved, now);
  let items =
    memo?.items && inputs && memo.inputs && sameInputs(inputs, memo.inputs) ? memo.items : undefined;
  if (!items) {
    items = dueItems(members, resolved.cadence, history, now, resolved.timeZone, {
      weekStartsOn: resolved.weekStartsOn,
    });
    if (memo) Object.assign(memo, { inputs, items });
  }
  return { items, members: new Map(members.map((member) => [member.memberId, member])), resolved };
}

/** Members scheduled at once by `groupDueCount` between two pauses (a few tens of milliseconds of work). */
const COUNT_CHUNK = 100;
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The last count, for the toolbar badge: reused while what the schedule reads is unchanged and it is younger than
 * `maxAgeMs` (the badge's refresh interval, the time it already allows for items falling due as time passes).
 */
export interface CountMemo {
  maxAgeMs: number;
  inputs?: unknown[];
  count?: number;
  countedAt?: number;
}

/**
 * The number of items `groupQueue` lists (the toolbar badge's number), computed step by step, each step on the
 * members its own window keeps, and member by member in parts with a pause between them, so that a worker counting
 * a large group still answers its messages meanwhile. The same count: a member's step is due or not whatever the
 * other members and steps, and a weekly step's weeks are computed whole, on every member of its window.
 */
export async function groupDueCount(
  db: TendDatabase,
  groupId: string,
  settings: Settings,
  lang: Lang,
  now: Date,
  memo?: CountMemo,
): Promise<number> {
  const resolved = resolveOnboarding(settings.onboarding, lang);
  const [members, history] = await Promise.all([
    scheduleMembers(db, groupId, resolved.cadence, now),
    groupHistory(db, groupId),
  ]);
  const inputs = memo && [groupId, ...scheduleInputs(members, history, resolved, new Date(0))];
  const fresh =
    memo?.countedAt !== undefined && +now >= memo.countedAt && +now - memo.countedAt < memo.maxAgeMs;
  if (memo?.count !== undefined && fresh && inputs && memo.inputs && sameInputs(inputs, memo.inputs))
    return memo.count;
  const historyOf = Map.groupBy(history, (entry) => entry.memberId);
  const options = { weekStartsOn: resolved.weekStartsOn };
  let count = 0;
  for (const step of resolved.cadence.steps.filter((candidate) => candidate.enabled)) {
    const cadence: Cadence = { steps: [step] };
    const kept = members.filter(dueFilter(cadence, now));
    const size = step.kind === 'group-weekly' ? kept.length : COUNT_CHUNK;
    for (let from = 0; from < kept.length; from += size) {
      const part = kept.slice(from, from + size);
      const entries = part.flatMap((member) => historyOf.get(member.memberId) ?? []);
      count += dueCount(dueItems(part, cadence, entries, now, resolved.timeZone, options));
      await pause();
    }
  }
  if (memo) Object.assign(memo, { inputs, count, countedAt: +now });
  return count;
}
