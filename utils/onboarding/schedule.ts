/**
 * The onboarding schedule: pure functions of the members, the cadence, the history and a fixed clock, computed in
 * the admin's IANA time zone.
 *
 * Decisions (tested in test/unit/onboarding/schedule.test.ts):
 * - A join-relative step is due once it is surely due: from the start of the admin's local day containing
 *   (latest possible join + offset). Never early (no "happy anniversary" a month before), at worst late by the
 *   width of the join interval. A member with no join interval gets no join-relative step, nor one whose join
 *   interval is wider than the time the step stays fitting once due (its expiry plus its overdue days): "Joined
 *   about 2 years ago" is one to three years, so a whole members list of them would all be due for "one year in
 *   the group" the day it is read (and "about a year ago" all on one day a year later), each one wrong by up to
 *   a year. A join known to the day or the month ("Joined 12 months ago") still gets it. A step that never
 *   expires has no such limit.
 * - The weekly welcome puts a member in the week that contains the middle of their join interval, marked
 *   approximate unless the whole interval lies inside that week. It falls due when that week ends (+ offset).
 * - Calendar arithmetic is date-fns `add` in the time zone: a 29 February joiner's one-year mark is 28 February
 *   (date-fns clamps to the end of the month), and "1 day" across a daylight-saving change is a calendar day.
 * - Weeks start on Monday by default for French and on Sunday for English (the calendars most English-speaking
 *   admins in North America use); `weekStartsOn` overrides either.
 * - History: any `done` or `skipped` entry closes an item for good, whatever the order entries arrive in from
 *   co-admins, so nobody is welcomed twice. Otherwise the latest `snoozed` entry hides the item until `until`.
 * - Checking on quiet members is private: the only function here that writes several names into one text is
 *   `weeklyWelcome`, and it only takes the joiners of one week.
 */
import { add, format, startOfDay, startOfWeek, type Duration } from 'date-fns';
import { tz } from '@date-fns/tz';
import { z } from 'zod';
import { GroupId, IsoTime, MemberId } from '@/utils/schema-base';
import { TemplateId, pickBody, type Lang, type Register } from '@/utils/templates/schema';
import { placeholdersUsed, renderTemplate, type RenderResult } from '@/utils/templates/render';
import { firstNameOf, initialOf } from '@/utils/templates/names';
import { defaultTemplateFor } from '@/utils/templates/library';
import { StepId, type Cadence, type CadenceStep, type StepKind } from './cadence';
import {
  isApproximate,
  joinInterval,
  joinMiddle,
  latestJoinMoment,
  type JoinFacts,
  type JoinInterval,
} from './join';

// ---------- History ----------

export const HistoryStatus = z.enum(['done', 'skipped', 'snoozed']);
export type HistoryStatus = z.infer<typeof HistoryStatus>;

/** One admin action on one member's step. `groupId` keeps a welcome in one group from closing it in another. */
export const HistoryEntry = z
  .strictObject({
    groupId: GroupId,
    memberId: MemberId,
    stepId: StepId,
    status: HistoryStatus,
    /** Snoozed until this moment; only for `snoozed`. */
    until: IsoTime.optional(),
    at: IsoTime,
    /** The admin's name as set in the settings. */
    by: z.string().trim().min(1).max(200),
    /** What was sent, when known. */
    templateId: TemplateId.optional(),
  })
  .refine((entry) => (entry.status === 'snoozed') === (entry.until !== undefined), {
    message: 'a snoozed entry needs "until", and only a snoozed entry has one',
    path: ['until'],
  });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

const canonicalTime = (iso: string): string => new Date(iso).toISOString();

function canonicalEntry(entry: HistoryEntry): HistoryEntry {
  return {
    groupId: entry.groupId,
    memberId: entry.memberId,
    stepId: entry.stepId,
    status: entry.status,
    ...(entry.until !== undefined ? { until: canonicalTime(entry.until) } : {}),
    at: canonicalTime(entry.at),
    by: entry.by,
    ...(entry.templateId !== undefined ? { templateId: entry.templateId } : {}),
  };
}

const entryKey = (entry: HistoryEntry): string =>
  JSON.stringify([
    entry.at,
    entry.groupId,
    entry.memberId,
    entry.stepId,
    entry.status,
    entry.until ?? '',
    entry.by,
    entry.templateId ?? '',
  ]);

/**
 * Union of history logs from several admins: the same action recorded twice (even with differently written
 * times) counts once, and the result is the same whatever the order or grouping of the logs.
 */
export function mergeHistory(...logs: readonly (readonly HistoryEntry[])[]): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>();
  for (const entry of logs.flat()) {
    const canonical = canonicalEntry(entry);
    byKey.set(entryKey(canonical), canonical);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

type ItemState = { kind: 'open' } | { kind: 'closed' } | { kind: 'snoozed'; until: string };

const itemKey = (groupId: string, memberId: string, stepId: string): string =>
  JSON.stringify([groupId, memberId, stepId]);

function indexHistory(history: readonly HistoryEntry[]): Map<string, HistoryEntry[]> {
  const index = new Map<string, HistoryEntry[]>();
  for (const entry of history) {
    const key = itemKey(entry.groupId, entry.memberId, entry.stepId);
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  }
  return index;
}

function stateOf(entries: readonly HistoryEntry[] | undefined, now: Date): ItemState {
  if (!entries?.length) return { kind: 'open' };
  if (entries.some((entry) => entry.status === 'done' || entry.status === 'skipped'))
    return { kind: 'closed' };
  let latest: HistoryEntry | undefined;
  for (const entry of entries) {
    if (entry.status !== 'snoozed') continue;
    const later = !latest || +new Date(entry.at) > +new Date(latest.at);
    const sameTimeLongerSnooze =
      latest &&
      +new Date(entry.at) === +new Date(latest.at) &&
      +new Date(entry.until ?? 0) > +new Date(latest.until ?? 0);
    if (later || sameTimeLongerSnooze) latest = entry;
  }
  if (latest?.until && +new Date(latest.until) > +now) return { kind: 'snoozed', until: latest.until };
  return { kind: 'open' };
}

// ---------- Weeks ----------

export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function defaultWeekStartsOn(lang: Lang): WeekStartsOn {
  return lang === 'fr' ? 1 : 0;
}

export interface Week {
  /** The local date of the first day, `2026-03-23`: stable, sortable, the same for every admin of the zone. */
  key: string;
  /** First instant of the week (inclusive), UTC ISO. */
  start: string;
  /** First instant of the next week (exclusive), UTC ISO. 167 or 169 hours after `start` across DST changes. */
  end: string;
  timeZone: string;
  weekStartsOn: WeekStartsOn;
}

const knownTimeZones = new Set<string>();

export function assertTimeZone(timeZone: string): void {
  if (knownTimeZones.has(timeZone)) return; // Building a formatter per call was a sixth of a large queue's time.
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}".`);
  }
  knownTimeZones.add(timeZone);
}

/**
 * `compute` remembered by its argument's exact time, for one schedule: members read from the same members page
 * share join moments ("Joined about a year ago"), and each time-zone calculation costs tens of microseconds.
 */
function memoByTime<T>(compute: (date: Date) => T): (date: Date) => T {
  const known = new Map<number, T>();
  return (date) => {
    const time = +date;
    if (!known.has(time)) known.set(time, compute(date));
    return known.get(time) as T;
  };
}

const utcIso = (date: Date): string => new Date(+date).toISOString();

export function weekOf(date: Date, timeZone: string, weekStartsOn: WeekStartsOn = 1): Week {
  assertTimeZone(timeZone);
  const context = tz(timeZone);
  const start = startOfWeek(date, { weekStartsOn, in: context });
  const end = add(start, { weeks: 1 }, { in: context });
  return { key: format(start, 'yyyy-MM-dd'), start: utcIso(start), end: utcIso(end), timeZone, weekStartsOn };
}

export function isInWeek(date: Date, week: Week): boolean {
  return +date >= +new Date(week.start) && +date < +new Date(week.end);
}

export interface ScheduleMember extends JoinFacts {
  groupId: string;
  memberId: string;
  name: string;
}

/** The week a member is welcomed in (middle of the join interval), or undefined with no join interval. */
export function joinWeekOf(
  member: JoinFacts,
  timeZone: string,
  weekStartsOn: WeekStartsOn = 1,
  weekAt: (date: Date) => Week = (date) => weekOf(date, timeZone, weekStartsOn),
): { week: Week; approximate: boolean } | undefined {
  const interval = joinInterval(member);
  if (!interval) return undefined;
  const week = weekAt(joinMiddle(interval));
  const inside = isInWeek(interval.earliest, week) && isInWeek(latestJoinMoment(interval), week);
  return { week, approximate: !inside };
}

// ---------- Due items ----------

interface DueItemBase {
  /** Stable key for lists. */
  id: string;
  groupId: string;
  stepId: string;
  stepKind: StepKind;
  templateSituation: string;
  /** When the item fell due, UTC ISO. */
  dueSince: string;
  overdue: boolean;
}

export interface MemberDueItem extends DueItemBase {
  type: 'member';
  memberId: string;
  name: string;
  /** The join date, hence the due date, is only known to more than a day. */
  approximate: boolean;
}

export interface WeekMember {
  memberId: string;
  name: string;
  approximate: boolean;
}

export interface WeekDueItem extends DueItemBase {
  type: 'week';
  week: Week;
  /** Joiners of the week not yet welcomed, in name order. */
  members: WeekMember[];
}

export type DueItem = MemberDueItem | WeekDueItem;

export interface ScheduleOptions {
  weekStartsOn?: WeekStartsOn;
}

const asDuration = (offset: CadenceStep['offset']): Duration => ({ ...offset });

function timing(
  step: CadenceStep,
  dueAt: Date,
  now: Date,
  timeZone: string,
): { overdue: boolean } | undefined {
  const context = tz(timeZone);
  if (+now < +dueAt) return undefined;
  if (step.expiresAfter && +now >= +add(dueAt, asDuration(step.expiresAfter), { in: context }))
    return undefined;
  return { overdue: +now >= +add(dueAt, asDuration(step.overdueAfter), { in: context }) };
}

const nameCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Whether a join interval is narrow enough to place a join-relative step (see the module comment): no wider than
 * the step's expiry plus its overdue days. Plain UTC calendar arithmetic: a bound on a width, not a local date.
 */
function placeableJoin(step: CadenceStep): (interval: JoinInterval) => boolean {
  const { expiresAfter } = step;
  if (!expiresAfter) return () => true;
  return (interval) =>
    +add(add(interval.earliest, asDuration(expiresAfter)), asDuration(step.overdueAfter)) >= +interval.latest;
}

/**
 * Who is due for which step, oldest first. Disabled steps, closed items, snoozed items (until their time) and
 * expired items are left out.
 */
export function dueItems(
  members: readonly ScheduleMember[],
  cadence: Cadence,
  history: readonly HistoryEntry[],
  now: Date,
  timeZone: string,
  options: ScheduleOptions = {},
): DueItem[] {
  assertTimeZone(timeZone);
  const context = tz(timeZone);
  const weekStartsOn = options.weekStartsOn ?? 1;
  const index = indexHistory(history);
  const items: DueItem[] = [];
  const steps = cadence.steps.filter((step) => step.enabled);

  for (const step of steps) {
    const base = { stepId: step.id, stepKind: step.kind, templateSituation: step.templateSituation };

    if (step.kind === 'group-weekly') {
      const weeks = new Map<string, { groupId: string; week: Week; members: WeekMember[] }>();
      const weekAt = memoByTime((date) => weekOf(date, timeZone, weekStartsOn));
      for (const member of members) {
        const placed = joinWeekOf(member, timeZone, weekStartsOn, weekAt);
        if (!placed) continue;
        const state = stateOf(index.get(itemKey(member.groupId, member.memberId, step.id)), now);
        if (state.kind !== 'open') continue;
        const key = JSON.stringify([member.groupId, placed.week.key]);
        const entry = weeks.get(key) ?? { groupId: member.groupId, week: placed.week, members: [] };
        entry.members.push({ memberId: member.memberId, name: member.name, approximate: placed.approximate });
        weeks.set(key, entry);
      }
      for (const { groupId, week, members: weekMembers } of weeks.values()) {
        const dueAt = add(new Date(week.end), asDuration(step.offset), { in: context });
        const due = timing(step, dueAt, now, timeZone);
        if (!due) continue;
        weekMembers.sort(
          (a, b) => nameCollator.compare(a.name, b.name) || (a.memberId < b.memberId ? -1 : 1),
        );
        items.push({
          type: 'week',
          id: `${step.id}:${groupId}:week:${week.key}`,
          groupId,
          ...base,
          week,
          members: weekMembers,
          dueSince: utcIso(dueAt),
          ...due,
        });
      }
      continue;
    }

    const dueAtOf = memoByTime((latestJoin) =>
      startOfDay(add(latestJoin, asDuration(step.offset), { in: context }), { in: context }),
    );
    const timingOf = memoByTime((dueAt) => timing(step, dueAt, now, timeZone));
    const placeable = placeableJoin(step);
    for (const member of members) {
      const interval = joinInterval(member);
      if (!interval || !placeable(interval)) continue;
      const dueAt = dueAtOf(latestJoinMoment(interval));
      const due = timingOf(dueAt);
      if (!due) continue;
      if (stateOf(index.get(itemKey(member.groupId, member.memberId, step.id)), now).kind !== 'open')
        continue;
      items.push({
        type: 'member',
        id: `${step.id}:${member.groupId}:${member.memberId}`,
        groupId: member.groupId,
        ...base,
        memberId: member.memberId,
        name: member.name,
        approximate: isApproximate(interval),
        dueSince: utcIso(dueAt),
        ...due,
      });
    }
  }

  const stepOrder = new Map(steps.map((step, position) => [step.id, position]));
  const label = (item: DueItem): string => (item.type === 'member' ? item.name : item.week.key);
  return items.sort(
    (a, b) =>
      +new Date(a.dueSince) - +new Date(b.dueSince) ||
      (stepOrder.get(a.stepId) ?? 0) - (stepOrder.get(b.stepId) ?? 0) ||
      nameCollator.compare(label(a), label(b)) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The number the toolbar badge shows: one per member item, one per weekly post to write. */
export function dueCount(items: readonly DueItem[]): number {
  return items.length;
}

export interface MarkOptions {
  status: HistoryStatus;
  at: Date;
  by: string;
  /** Required for `snoozed`. */
  until?: Date;
  templateId?: string;
}

/** The history entries that record an action on a due item: one per member, also for a weekly post. */
export function markItem(item: DueItem, options: MarkOptions): HistoryEntry[] {
  const memberIds = item.type === 'member' ? [item.memberId] : item.members.map((member) => member.memberId);
  return memberIds.map((memberId) =>
    HistoryEntry.parse({
      groupId: item.groupId,
      memberId,
      stepId: item.stepId,
      status: options.status,
      ...(options.until ? { until: options.until.toISOString() } : {}),
      at: options.at.toISOString(),
      by: options.by,
      ...(options.templateId ? { templateId: options.templateId } : {}),
    }),
  );
}

/** Honest about gaps: joiners are only known from members-list readings; a stale reading means some are missing. */
export function membersListGap(
  lastMembersReadAt: string | undefined,
  now: Date,
  maxAge: Duration = { days: 7 },
): { stale: boolean; lastReadAt?: string } {
  if (!lastMembersReadAt) return { stale: true };
  const stale = +now >= +add(new Date(lastMembersReadAt), maxAge);
  return { stale, lastReadAt: lastMembersReadAt };
}

// ---------- Weekly welcome ----------

export interface WeeklyJoiner {
  memberId: string;
  name: string;
  firstName?: string;
  approximate: boolean;
}

export interface WeeklyPost {
  /** 1-based. */
  part: number;
  parts: number;
  joiners: WeeklyJoiner[];
  /** `ok: false` (a placeholder without value) means the UI must not offer to copy it. */
  result: RenderResult;
}

export interface WeeklyWelcomeOptions {
  lang: Lang;
  register?: Register;
  /** Facebook lets one post tag at most 100 people. */
  maxTagsPerPost?: number;
  /** The template body to use; defaults to Tend's weekly welcome in `lang` and `register`. */
  body?: string;
  groupName?: string;
  adminName?: string;
  /** Practical pointers every newcomer should read, added at the end of every post. */
  pointers?: string;
}

export interface WeeklyWelcome {
  week: Week;
  joiners: WeeklyJoiner[];
  posts: WeeklyPost[];
}

export const DEFAULT_MAX_TAGS_PER_POST = 100;

/** Splits into the fewest parts of at most `max`, as even as possible (250 → 84, 83, 83), order kept. */
export function splitEvenly<T>(items: readonly T[], max: number): T[][] {
  if (items.length === 0) return [];
  const parts = Math.ceil(items.length / max);
  const size = Math.floor(items.length / parts);
  const larger = items.length % parts;
  const chunks: T[][] = [];
  let position = 0;
  for (let part = 0; part < parts; part++) {
    const length = size + (part < larger ? 1 : 0);
    chunks.push(items.slice(position, position + length));
    position += length;
  }
  return chunks;
}

/** One line per initial, names alphabetical by first name: easy to go down the list and tag each by hand. */
export function namesBlock(joiners: readonly WeeklyJoiner[]): string {
  const lines: string[] = [];
  let currentInitial: string | undefined;
  for (const joiner of joiners) {
    const initial = initialOf(joiner.firstName ?? joiner.name);
    if (initial === currentInitial) lines[lines.length - 1] += `, ${joiner.name}`;
    else lines.push(joiner.name);
    currentInitial = initial;
  }
  return lines.join('\n');
}

/**
 * The post text(s) welcoming the joiners of one week. The names are written out, not tagged: a pasted "@Name" is
 * not a tag on Facebook, so the admin tags each by hand, which the alphabetical, grouped order makes easy. Above
 * `maxTagsPerPost` the joiners are spread over several posts, each with the greeting and the pointers.
 */
export function weeklyWelcome(
  joiners: readonly ScheduleMember[],
  week: Week,
  options: WeeklyWelcomeOptions,
): WeeklyWelcome {
  const maxTags = options.maxTagsPerPost ?? DEFAULT_MAX_TAGS_PER_POST;
  if (!Number.isInteger(maxTags) || maxTags < 1)
    throw new RangeError('maxTagsPerPost must be a whole number ≥ 1.');
  const body =
    options.body ??
    pickBody(defaultTemplateFor('weekly-welcome'), options.lang, options.register ?? 'vous')?.text;
  if (body === undefined) throw new Error(`No weekly welcome text in ${options.lang}.`);

  const collator = new Intl.Collator(options.lang, { sensitivity: 'base', numeric: true });
  const seen = new Set<string>();
  const weekJoiners: WeeklyJoiner[] = [];
  for (const member of joiners) {
    const placed = joinWeekOf(member, week.timeZone, week.weekStartsOn);
    if (!placed || placed.week.key !== week.key || seen.has(member.memberId)) continue;
    seen.add(member.memberId);
    const firstName = firstNameOf(member.name, options.lang);
    weekJoiners.push({
      memberId: member.memberId,
      name: member.name.normalize('NFC').trim(),
      ...(firstName ? { firstName } : {}),
      approximate: placed.approximate,
    });
  }
  weekJoiners.sort(
    (a, b) =>
      collator.compare(a.firstName ?? a.name, b.firstName ?? b.name) ||
      collator.compare(a.name, b.name) ||
      (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0),
  );

  const bodyHasNames = placeholdersUsed(body).includes('names');
  const pointers = options.pointers?.trim();
  const chunks = splitEvenly(weekJoiners, maxTags);
  const posts = chunks.map((chunk, position): WeeklyPost => {
    const names = namesBlock(chunk);
    const values = {
      names,
      ...(options.groupName ? { group: options.groupName } : {}),
      ...(options.adminName ? { admin: options.adminName } : {}),
    };
    const rendered = renderTemplate(body, values);
    const extra = [bodyHasNames ? '' : names, pointers ?? ''].filter(Boolean);
    const withExtra = (text: string): string => [text, ...extra].join('\n\n');
    const result: RenderResult = rendered.ok
      ? { ok: true, text: withExtra(rendered.text) }
      : { ...rendered, preview: withExtra(rendered.preview) };
    return { part: position + 1, parts: chunks.length, joiners: chunk, result };
  });
  return { week, joiners: weekJoiners, posts };
}
