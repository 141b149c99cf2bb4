/**
 * Read-only questions the panel asks, per group. Pure functions over a `TendDatabase`: wrap them in `useLiveQuery`
 * in the panel, call them directly in tests. Every list is read through an index with `limit`, page by page
 * (keyset paging: pass back `next`), so the first page costs the same with 100 or 100,000 members.
 */
import { add, startOfWeek } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { TendDatabase } from './db';
import {
  HISTOGRAM_CAP,
  MAX_KEY,
  MIN_KEY,
  TIERS,
  nameTokenOf,
  normalizeText,
  tierOf,
  wordsOf,
  type Tier,
} from './derived';
import type { MemberRow, NoteRow, SightingKind } from './schema';
import type { TierThresholds } from './settings';
import {
  defaultActivitySettings,
  flaggedMembers,
  type ActivityCoverage,
  type ActivitySettings,
  type FlaggedKind,
  type FlaggedMember,
  type FlaggedPage,
  driftingCount,
  loadTimeline,
  watchedTimeline,
} from './activity';
import { silenceCutoff, type Timeline } from '@/utils/activity/coverage';
import { byUnusualness, classifyMember, type RhythmSettings } from '@/utils/activity/rhythm';
import { isApproximate, joinInterval, latestJoinMoment } from '@/utils/onboarding/join';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_PAGE = 1_000;
const clampLimit = (limit: number | undefined, fallback = 100) =>
  Math.min(MAX_PAGE, Math.max(1, limit ?? fallback));
const wholeDays = (ms: number) => Math.max(0, Math.floor(ms / DAY_MS));

/** An opaque position in a list: the index key of the last row returned. Pass it back as `after`. */
export type PageCursor = readonly (string | number)[];

export interface Page<T> {
  items: T[];
  /** Null when there is nothing more. */
  next: PageCursor | null;
}

// ---------- Members, page by page ----------

export type MemberOrder = 'lastSeen' | 'lastActive' | 'name';

export interface MembersPageOptions {
  order: MemberOrder;
  /** `desc` (default for dates: most recent first) or `asc` (default for names). */
  direction?: 'asc' | 'desc';
  limit?: number;
  after?: PageCursor | null;
}

const ORDER_INDEX: Record<MemberOrder, string> = {
  lastSeen: '[groupId+lastSeenAt+memberId]',
  // Active members by last activity, then those never seen active (by latest join or first sighting).
  lastActive: '[groupId+everActive+quietSince+memberId]',
  name: '[groupId+nameKey+memberId]',
};
const keyFor = (order: MemberOrder, member: MemberRow): PageCursor =>
  order === 'lastSeen'
    ? [member.groupId, member.lastSeenAt, member.memberId]
    : order === 'name'
      ? [member.groupId, member.nameKey, member.memberId]
      : [member.groupId, member.everActive, member.quietSince, member.memberId];

export async function membersPage(
  db: TendDatabase,
  groupId: string,
  options: MembersPageOptions,
): Promise<Page<MemberRow>> {
  const limit = clampLimit(options.limit);
  const descending = (options.direction ?? (options.order === 'name' ? 'asc' : 'desc')) === 'desc';
  const width = options.order === 'lastActive' ? 4 : 3;
  const lowest = [groupId, ...Array<unknown>(width - 1).fill(MIN_KEY)];
  const highest = [
    groupId,
    ...Array<unknown>(width - 1)
      .fill(undefined)
      .map(MAX_KEY),
  ];
  const after = options.after ? [...options.after] : undefined;
  let collection = descending
    ? db.members
        .where(ORDER_INDEX[options.order])
        .between(lowest, after ?? highest, true, after === undefined)
    : db.members
        .where(ORDER_INDEX[options.order])
        .between(after ?? lowest, highest, after === undefined, true);
  if (descending) collection = collection.reverse();
  const items = await collection.limit(limit).toArray();
  const last = items.at(-1);
  return { items, next: items.length === limit && last ? keyFor(options.order, last) : null };
}

// ---------- Search ----------

export interface SearchResult {
  members: MemberRow[];
  /** True when more members match than were returned: the admin should type more. */
  more: boolean;
}

/**
 * Members whose name has a word starting with each word of the query, accents and case ignored ("chlo" and
 * "Chloe" find "Chloé Martin"; "mar chl" too). Sorted by name.
 */
export async function searchMembersByName(
  db: TendDatabase,
  groupId: string,
  query: string,
  limit = 200,
): Promise<SearchResult> {
  const words = wordsOf(query);
  if (words.length === 0) return { members: [], more: false };
  // The longest word narrows the index range most; the others are checked on the rows found.
  const [anchor, ...others] = [...words].sort((a, b) => b.length - a.length);
  const cap = clampLimit(limit);
  const found = await db.members
    .where('nameTokens')
    .startsWith(nameTokenOf(groupId, anchor!))
    .distinct()
    .filter((member) =>
      others.every((word) => member.nameTokens.some((token) => token.startsWith(nameTokenOf(groupId, word)))),
    )
    .limit(cap + 1)
    .toArray();
  const members = found
    .slice(0, cap)
    .sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
  return { members, more: found.length > cap };
}

/** Members with a note containing the text (accents and case ignored), with the matching notes. */
export async function searchMembersByNote(
  db: TendDatabase,
  groupId: string,
  query: string,
  limit = 200,
): Promise<{ member: MemberRow; notes: NoteRow[] }[]> {
  const needle = normalizeText(query.trim());
  if (!needle) return [];
  const notes = await db.notes
    .where('[groupId+memberId]')
    .between([groupId, ''], [groupId, '\uffff'])
    .filter((note) => normalizeText(note.text).includes(needle))
    .toArray();
  const byMember = new Map<string, NoteRow[]>();
  for (const note of notes) byMember.set(note.memberId, [...(byMember.get(note.memberId) ?? []), note]);
  const ids = [...byMember.keys()].slice(0, clampLimit(limit));
  const members = await db.members.bulkGet(ids.map((id) => [groupId, id] as [string, string]));
  return members.flatMap((member) => (member ? [{ member, notes: byMember.get(member.memberId)! }] : []));
}

// ---------- Coverage ----------

export interface Coverage {
  groupId: string;
  /** When Tend first read any page of this group, and for how many whole days it has been watching. */
  watchingSince: string | null;
  watchedDays: number;
  /** Posts and comments are known from this moment on (the first feed or post page read). */
  feedReadSince: string | null;
  lastFeedReadAt: string | null;
  membersListReadSince: string | null;
  membersListLastReadAt: string | null;
  /** Members Tend has seen in this group, in any way. Not the group's size: only what was shown to the admin. */
  membersSeen: number;
}

export async function coverageOf(db: TendDatabase, groupId: string, now: Date): Promise<Coverage> {
  const [group, coverage] = await Promise.all([db.groups.get(groupId), db.coverage.get(groupId)]);
  return {
    groupId,
    watchingSince: group?.firstWatchedAt ?? null,
    watchedDays: group ? wholeDays(+now - Date.parse(group.firstWatchedAt)) : 0,
    feedReadSince: coverage?.feedReadSince ?? null,
    lastFeedReadAt: group?.lastFeedReadAt ?? null,
    membersListReadSince: coverage?.membersListReadSince ?? null,
    membersListLastReadAt: group?.lastMembersReadAt ?? null,
    membersSeen: coverage?.membersSeen ?? 0,
  };
}

// ---------- Unseen members ----------

export type UnseenKind = FlaggedKind;

export interface UnseenMember {
  member: MemberRow;
  kind: UnseenKind;
  /** How unusual the silence is: watched silence over their usual gap (over the fixed threshold without one). */
  unusualness: number;
  /** Last activity (went quiet), else the latest possible join date, else when Tend first saw them. */
  quietSince: string;
  /** Watched days of silence: days Tend did not watch (or read too little of) never count. */
  quietForDays: number;
  /** Watched days between two of their posts or comments, once Tend has seen enough of them. */
  usualGapDays: number | null;
  /** Sightings Tend would have expected in the silence at their own pace (null when it cannot say). */
  expectedSightings: number | null;
  evidence: {
    lastSeenAt: string;
    lastSeenKind: SightingKind;
    /** The last post or comment Tend saw, if any. */
    lastActiveAt?: string;
    lastActiveLink?: string;
    profileUrl?: string;
  };
}

export type UnseenResult =
  | {
      ready: true;
      thresholdDays: number;
      watchedDays: number;
      coverage: ActivityCoverage;
      members: UnseenMember[];
      next: PageCursor | null;
    }
  /** Tend has not watched `thresholdDays` days of the group's feed yet, so it cannot honestly call anyone quiet. */
  | {
      ready: false;
      thresholdDays: number;
      watchedDays: number;
      watchingSince: string | null;
      coverage: ActivityCoverage;
    };

export interface UnseenOptions {
  now: Date;
  /** Default 30; the panel passes the `inactivityDays` setting. */
  thresholdDays?: number;
  /** The rhythm thresholds (see storage/settings.ts `activity`). */
  rhythm?: Partial<RhythmSettings>;
  kind: UnseenKind;
  limit?: number;
  after?: PageCursor | null;
}

/** Where a member stands in a list sorted by unusualness; a cursor is one (see `unusualKey`). */
type Rank = Pick<FlaggedMember, 'unusualness' | 'silentWatchedDays' | 'memberId'>;
/** Most unusual first (storage/activity.ts's order), then by member id, so that a cursor has one place. */
const unusualFirst = (a: Rank, b: Rank) =>
  byUnusualness(a, b) || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0);
const unusualKey = (rank: Rank): PageCursor => [
  'unusual',
  rank.unusualness,
  rank.silentWatchedDays,
  rank.memberId,
];
const rankOfKey = (cursor: PageCursor): Rank => ({
  unusualness: Number(cursor[1]),
  silentWatchedDays: Number(cursor[2]),
  memberId: String(cursor[3]),
});

/**
 * Every member who went quiet, most unusual silence first: their silence against their own usual gap, not the
 * calendar (someone who posted daily and stopped a month ago comes before someone who posted monthly and stopped
 * two months ago). Candidates come through the index page by page, as storage/activity.ts finds them; the order
 * needs them all, then one page is cut from it after `after`.
 */
async function wentQuietByUnusualness(
  db: TendDatabase,
  groupId: string,
  now: Date,
  settings: Partial<ActivitySettings>,
  limit: number,
  after: PageCursor | null,
): Promise<FlaggedPage> {
  let page = await flaggedMembers(db, groupId, now, 'went-quiet', { settings, limit: MAX_PAGE });
  const all = [...page.members];
  while (page.next) {
    page = await flaggedMembers(db, groupId, now, 'went-quiet', {
      settings,
      limit: MAX_PAGE,
      after: page.next,
    });
    all.push(...page.members);
  }
  const sorted = all.sort(unusualFirst);
  const start = after ? sorted.findIndex((member) => unusualFirst(member, rankOfKey(after)) > 0) : 0;
  const members = start < 0 ? [] : sorted.slice(start, start + limit);
  const last = members.at(-1);
  const more = start >= 0 && start + limit < sorted.length;
  return { coverage: page.coverage, members, next: more && last ? unusualKey(last) : null };
}

/**
 * Members silent for `thresholdDays` watched days: those who were active and went quiet, most unusual silence
 * first; (asked for separately) those never seen active since joining, longest since joining first (the latest
 * possible join, else when Tend first saw them: for them the watched silence is the time since joining, so this is
 * their unusualness order too); or drifting regulars, most unusual first. Each comes with its evidence. The rules
 * are storage/activity.ts's.
 */
export async function unseenMembers(
  db: TendDatabase,
  groupId: string,
  options: UnseenOptions,
): Promise<UnseenResult> {
  const thresholdDays = options.thresholdDays ?? 30;
  const settings = { ...options.rhythm, quietDays: thresholdDays };
  const page =
    options.kind === 'went-quiet'
      ? await wentQuietByUnusualness(
          db,
          groupId,
          options.now,
          settings,
          clampLimit(options.limit),
          options.after ?? null,
        )
      : await flaggedMembers(db, groupId, options.now, options.kind, {
          settings,
          ...(options.limit !== undefined ? { limit: options.limit } : {}),
          after: options.after ?? null,
        });
  const { coverage } = page;
  const watchedDays = Math.floor(coverage.all.watchedDays);
  if (!coverage.ready && options.kind !== 'drifting') {
    const watchingSince = coverage.firstWatchedDay ? `${coverage.firstWatchedDay}T00:00:00.000Z` : null;
    return { ready: false, thresholdDays, watchedDays, watchingSince, coverage };
  }
  const members = page.members.map((flagged): UnseenMember => {
    const { member, quietForDays, usualGapDays, unusualness, expectedSightings } = flagged;
    const evidence: UnseenMember['evidence'] = {
      lastSeenAt: member.lastSeenAt,
      lastSeenKind: member.lastSeenKind,
    };
    if (member.lastActiveAt) evidence.lastActiveAt = member.lastActiveAt;
    if (member.lastActiveLink) evidence.lastActiveLink = member.lastActiveLink;
    if (member.profileUrl) evidence.profileUrl = member.profileUrl;
    return {
      member,
      kind: options.kind,
      unusualness,
      quietSince: member.quietSince,
      quietForDays: quietForDays ?? 0,
      usualGapDays,
      expectedSightings,
      evidence,
    };
  });
  return { ready: true, thresholdDays, watchedDays, coverage, members, next: page.next };
}

// ---------- The glance's counts ----------

export interface UnseenCounts {
  wentQuiet: number;
  neverActive: number;
  drifting: number;
  /** Silent for the fixed threshold, but seen too few times (or too rarely) to judge: "not enough seen yet". */
  notEnoughSeen: number;
}

/**
 * Members never seen active whose silence began before `cutoff`: the group's counter (coverage `neverActive`, kept
 * at every write) less those whose silence began since, a short index range (who joined or was first seen
 * within the threshold); the whole range is counted only for a coverage row not counted yet.
 */
async function neverActiveBefore(db: TendDatabase, groupId: string, cutoff: string): Promise<number> {
  const index = db.members.where('[groupId+everActive+quietSince+memberId]');
  const total = (await db.coverage.get(groupId))?.neverActive;
  if (total === undefined) {
    return index.between([groupId, 0, MIN_KEY, MIN_KEY], [groupId, 0, cutoff, MIN_KEY]).count();
  }
  const since = await index
    .between([groupId, 0, cutoff, MIN_KEY], [groupId, 0, MAX_KEY(), MAX_KEY()])
    .count();
  return Math.max(0, total - since);
}

/**
 * How many members went quiet, were never seen active, are drifting, or are not enough seen yet to judge; null
 * counts while Tend has not watched enough (with the coverage saying why). Those active once and silent for the
 * threshold are read once and judged by the rules of utils/activity (quiet, or not enough seen yet); never-active
 * members are one index range, counted; drifting members are storage/activity.ts's.
 */
export async function unseenCounts(
  db: TendDatabase,
  groupId: string,
  now: Date,
  settings?: Partial<ActivitySettings>,
): Promise<{ coverage: ActivityCoverage; counts: UnseenCounts | null }> {
  const rules: ActivitySettings = { ...defaultActivitySettings, ...settings };
  // One load of the watched days for the coverage, the drifting and the quiet (it was three).
  const { timeline, coverage, drifting } = await watchedTimeline(db, groupId, now, rules);
  if (coverage.quietCutoff === null) return { coverage, counts: null };
  return {
    coverage,
    counts: await countsBefore(db, groupId, timeline, coverage.quietCutoff, drifting, rules),
  };
}

/**
 * The counts of `unseenCounts` alone, read without the group's row: the page status written to it after each page
 * read changes none of them, so a live query of these is not run again for it (the coverage is asked apart).
 */
export async function unseenCountsAlone(
  db: TendDatabase,
  groupId: string,
  now: Date,
  settings?: Partial<ActivitySettings>,
): Promise<UnseenCounts | null> {
  const rules: ActivitySettings = { ...defaultActivitySettings, ...settings };
  const timeline = await loadTimeline(db, groupId, now);
  const cutoff = silenceCutoff(timeline, rules.quietDays);
  if (cutoff === null) return null;
  const drifting = await driftingCount(db, groupId, timeline, rules);
  return countsBefore(db, groupId, timeline, new Date(cutoff).toISOString(), drifting, rules);
}

/** The counts for silences that began before `quietCutoff`, with the drifting members already counted. */
async function countsBefore(
  db: TendDatabase,
  groupId: string,
  timeline: Timeline,
  quietCutoff: string,
  drifting: number,
  rules: ActivitySettings,
): Promise<UnseenCounts> {
  const [silent, neverActive] = await Promise.all([
    db.members
      .where('[groupId+everActive+quietSince+memberId]')
      .between([groupId, 1, MIN_KEY, MIN_KEY], [groupId, 1, quietCutoff, MIN_KEY])
      .toArray(),
    neverActiveBefore(db, groupId, quietCutoff),
  ]);
  let wentQuiet = 0;
  let notEnoughSeen = 0;
  for (const member of silent) {
    const answer = classifyMember(member, timeline, rules);
    if (answer.state === 'quiet') wentQuiet += 1;
    else if (answer.notEnoughSeen) notEnoughSeen += 1;
  }
  return { wentQuiet, neverActive, drifting, notEnoughSeen };
}

// ---------- Participation tiers ----------

export type TierCounts = Record<Tier, number> & { total: number };

/**
 * Members per tier, from the counters kept at ingest (no member row is read), for any thresholds. The 90-9-1
 * pattern is a starting point: the thresholds are the admin's.
 */
export async function tierCounts(
  db: TendDatabase,
  groupId: string,
  thresholds: TierThresholds,
): Promise<TierCounts> {
  const coverage = await db.coverage.get(groupId);
  const counts: TierCounts = { lurker: 0, occasional: 0, regular: 0, core: 0, total: 0 };
  for (const [bucket, members] of Object.entries(coverage?.activityHistogram ?? {})) {
    counts[tierOf(Math.min(Number(bucket), HISTOGRAM_CAP), thresholds)] += members;
    counts.total += members;
  }
  return counts;
}

export { TIERS };

/** Members of one tier, most active first, page by page. */
export async function membersInTier(
  db: TendDatabase,
  groupId: string,
  tier: Tier,
  thresholds: TierThresholds,
  options: { limit?: number; after?: PageCursor | null } = {},
): Promise<Page<MemberRow>> {
  const bounds: Record<Tier, [number, number]> = {
    lurker: [0, thresholds.occasional],
    occasional: [thresholds.occasional, thresholds.regular],
    regular: [thresholds.regular, thresholds.core],
    core: [thresholds.core, Infinity],
  };
  const [low, high] = bounds[tier];
  const limit = clampLimit(options.limit);
  const after = options.after ? [...options.after] : undefined;
  const items = await db.members
    .where('[groupId+activityCount+memberId]')
    .between([groupId, low, MIN_KEY], after ?? [groupId, high, MIN_KEY], true, false)
    .reverse()
    .limit(limit)
    .toArray();
  const last = items.at(-1);
  return {
    items,
    next: items.length === limit && last ? [groupId, last.activityCount, last.memberId] : null,
  };
}

// ---------- Joiners ----------

export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Joiner {
  member: MemberRow;
  /** The join interval is not wholly inside the week (its middle is). */
  approximate: boolean;
}

/** The week containing `date` in the admin's time zone: [start, end) as UTC ISO. */
export function weekBounds(
  date: Date,
  timeZone: string,
  weekStartsOn: WeekStartsOn = 1,
): { start: string; end: string } {
  const context = tz(timeZone);
  const start = startOfWeek(date, { weekStartsOn, in: context });
  const end = add(start, { weeks: 1 }, { in: context });
  return { start: new Date(+start).toISOString(), end: new Date(+end).toISOString() };
}

/**
 * Who joined in the week containing `date` (admin's time zone): members whose join interval's middle falls in it,
 * the rule onboarding uses for the weekly welcome. Sorted by join time.
 */
export async function joinersInWeek(
  db: TendDatabase,
  groupId: string,
  date: Date,
  timeZone: string,
  weekStartsOn: WeekStartsOn = 1,
): Promise<Joiner[]> {
  const { start, end } = weekBounds(date, timeZone, weekStartsOn);
  const members = await db.members
    .where('[groupId+joinMiddle]')
    .between([groupId, start], [groupId, end], true, false)
    .toArray();
  return members.map((member) => ({
    member,
    approximate: !(member.joinedAfter! >= start && member.joinedBefore! <= end),
  }));
}

export interface WeekRange {
  /** First instant (inclusive), UTC ISO. */
  start: string;
  /** First instant of the next week (exclusive), UTC ISO. */
  end: string;
}

/**
 * The member id in a sighting's key: keys are `<groupId>|<memberId>|<kind>|<itemId>` (storage/ingest.ts
 * `sightingKey`, also when import or a merge re-keys a row), and ids never hold a `|`.
 */
function memberOfSightingKey(groupId: string, key: string): string {
  const from = groupId.length + 1;
  return key.slice(from, key.indexOf('|', from));
}

/**
 * For each week, how many distinct members Tend saw post or comment in it (by the time of the post or comment).
 * Read as keys only, week by week: no row is read, and a key names its member.
 */
export async function activeMembersPerWeek(
  db: TendDatabase,
  groupId: string,
  weeks: readonly WeekRange[],
): Promise<number[]> {
  return Promise.all(
    weeks.map(async (week) => {
      const active = new Set<string>();
      for (const kind of ['post', 'comment'] as const) {
        const keys = await db.sightings
          .where('[groupId+kind+activityAt]')
          .between([groupId, kind, week.start], [groupId, kind, week.end], true, false)
          .primaryKeys();
        for (const key of keys) active.add(memberOfSightingKey(groupId, key));
      }
      return active.size;
    }),
  );
}

/** For each week, how many members joined in it (the middle of their join interval, as onboarding places them). */
export async function joinersPerWeek(
  db: TendDatabase,
  groupId: string,
  weeks: readonly WeekRange[],
): Promise<number[]> {
  return Promise.all(
    weeks.map((week) =>
      db.members
        .where('[groupId+joinMiddle]')
        .between([groupId, week.start], [groupId, week.end], true, false)
        .count(),
    ),
  );
}

/** How far a join interval's middle can lie from its latest moment: half of "about a year ago" and then some. */
const MAX_HALF_WIDTH_DAYS = 400;

export interface CohortMark {
  member: MemberRow;
  /** When the mark (e.g. two months after joining) surely falls: latest possible join + the offset. */
  dueAt: string;
  approximate: boolean;
}

/**
 * Members whose mark (e.g. `{months: 2}` or `{years: 1}` after joining) falls in [from, to), counted from the
 * latest possible join moment in the admin's time zone (never early). Join intervals are those stored: already
 * intersected at ingest, the most precise reading winning.
 */
export async function cohortMarksDue(
  db: TendDatabase,
  groupId: string,
  mark: { months?: number; years?: number; days?: number },
  window: { from: Date; to: Date },
  timeZone: string,
): Promise<CohortMark[]> {
  const context = tz(timeZone);
  const back = { months: -(mark.months ?? 0), years: -(mark.years ?? 0), days: -(mark.days ?? 0) };
  const lower = new Date(
    +add(window.from, back, { in: context }) - (MAX_HALF_WIDTH_DAYS + 2) * DAY_MS,
  ).toISOString();
  const upper = new Date(+add(window.to, back, { in: context }) + 2 * DAY_MS).toISOString();
  const candidates = await db.members
    .where('[groupId+joinMiddle]')
    .between([groupId, lower], [groupId, upper], true, true)
    .toArray();
  const due: CohortMark[] = [];
  for (const member of candidates) {
    const interval = joinInterval(member);
    if (!interval) continue;
    // Bounds are half-open when the interval has a width: the one rule, utils/onboarding/join.ts.
    const dueAt = add(latestJoinMoment(interval), mark, { in: context });
    if (+dueAt >= +window.from && +dueAt < +window.to) {
      due.push({ member, dueAt: new Date(+dueAt).toISOString(), approximate: isApproximate(interval) });
    }
  }
  return due.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}

// ---------- Activity over time ----------

export interface ActivityCounts {
  days: number;
  posts: number;
  comments: number;
  /** False when the window reaches back before Tend read the feed, or before the retention period: a lower bound. */
  complete: boolean;
}

function windowCompleteness(
  now: Date,
  days: number,
  feedReadSince: string | undefined,
  retentionDays: number | undefined,
) {
  const start = +now - days * DAY_MS;
  return (
    feedReadSince !== undefined &&
    Date.parse(feedReadSince) <= start &&
    (retentionDays === undefined || days <= retentionDays)
  );
}

/** Posts and comments of a group over the last N days, for each N in `windows` (e.g. [30, 90]), from sightings. */
export async function groupActivityCounts(
  db: TendDatabase,
  groupId: string,
  now: Date,
  windows: readonly number[] = [30, 90],
  retentionDays?: number,
): Promise<ActivityCounts[]> {
  const coverage = await db.coverage.get(groupId);
  return Promise.all(
    windows.map(async (days) => {
      const since = new Date(+now - days * DAY_MS).toISOString();
      const count = (kind: 'post' | 'comment') =>
        db.sightings
          .where('[groupId+kind+activityAt]')
          .between([groupId, kind, since], [groupId, kind, MAX_KEY()])
          .count();
      const [posts, comments] = await Promise.all([count('post'), count('comment')]);
      return {
        days,
        posts,
        comments,
        complete: windowCompleteness(now, days, coverage?.feedReadSince, retentionDays),
      };
    }),
  );
}

/** The same for one member (their sightings are few: read through the member index). */
export async function memberActivityCounts(
  db: TendDatabase,
  groupId: string,
  memberId: string,
  now: Date,
  windows: readonly number[] = [30, 90],
  retentionDays?: number,
): Promise<ActivityCounts[]> {
  const [coverage, sightings] = await Promise.all([
    db.coverage.get(groupId),
    db.sightings.where('[groupId+memberId]').equals([groupId, memberId]).toArray(),
  ]);
  return windows.map((days) => {
    const since = new Date(+now - days * DAY_MS).toISOString();
    const inWindow = sightings.filter((s) => s.activityAt !== undefined && s.activityAt >= since);
    return {
      days,
      posts: inWindow.filter((s) => s.kind === 'post').length,
      comments: inWindow.filter((s) => s.kind === 'comment').length,
      complete: windowCompleteness(now, days, coverage?.feedReadSince, retentionDays),
    };
  });
}

/** Groups Tend knows, most recently read first. */
export async function knownGroups(db: TendDatabase) {
  const groups = await db.groups.toArray();
  return groups.sort((a, b) => (a.lastReadAt < b.lastReadAt ? 1 : a.lastReadAt > b.lastReadAt ? -1 : 0));
}
