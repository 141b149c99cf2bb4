/**
 * Fields derived from stored facts, only so that queries can use an index. Computed in one place, on every write
 * and on every schema upgrade, so an index can never disagree with the facts it is built from.
 */
import type { Table } from 'dexie';
import { joinInterval, joinMiddle as middleOfJoin } from '@/utils/onboarding/join';
import type {
  CoverageFacts,
  CoverageRow,
  MemberFacts,
  MemberRow,
  SightingFacts,
  SightingRow,
} from './schema';

/** Counts at or above this share one histogram bucket; tier thresholds are bounded by it. */
export const HISTOGRAM_CAP = 10_000;

/** Lowercase, accents and ligatures removed: "Chloé" and "Chloe" compare equal. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd');
}

/** The words of a text, normalised; a search matches a name when each query word starts one of its words. */
export function wordsOf(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export const nameTokenOf = (groupId: string, word: string) => `${groupId}|${word}`;

export function deriveMember(facts: MemberFacts): MemberRow {
  const words = [...new Set(wordsOf(facts.name))].slice(0, 20);
  const everActive = facts.lastActiveAt !== undefined ? 1 : 0;
  // The same interval and middle as the onboarding schedule's (a reversed interval is unknown to both).
  const interval = joinInterval(facts);
  const joinMiddle = interval ? middleOfJoin(interval).toISOString() : undefined;
  const row: MemberRow = {
    ...facts,
    nameKey: normalizeText(facts.name),
    nameTokens: words.map((word) => nameTokenOf(facts.groupId, word)),
    activityCount: facts.postCount + facts.commentCount,
    everActive,
    quietSince: facts.lastActiveAt ?? facts.joinedBefore ?? facts.firstSeenAt,
  };
  if (joinMiddle !== undefined) row.joinMiddle = joinMiddle;
  return row;
}

const MEMBER_DERIVED_KEYS = [
  'nameKey',
  'nameTokens',
  'activityCount',
  'everActive',
  'quietSince',
  'joinMiddle',
] as const satisfies readonly (keyof MemberRow)[];

/** The facts of a stored member, without the derived fields (the export shape). */
export function memberFactsOf(row: MemberRow): MemberFacts {
  const derived = new Set<string>(MEMBER_DERIVED_KEYS);
  return Object.fromEntries(Object.entries(row).filter(([key]) => !derived.has(key))) as MemberFacts;
}

export function deriveSighting(facts: SightingFacts): SightingRow {
  const row: SightingRow = { ...facts };
  delete row.activityAt;
  if (facts.kind === 'post' || facts.kind === 'comment') row.activityAt = facts.at ?? facts.firstSeenAt;
  return row;
}

export function sightingFactsOf(row: SightingRow): SightingFacts {
  const facts: SightingRow = { ...row };
  delete facts.activityAt;
  return facts;
}

export const histogramBucket = (activityCount: number) => String(Math.min(activityCount, HISTOGRAM_CAP));

export function coverageFactsOf(row: CoverageRow): CoverageFacts {
  const facts: CoverageFacts = { groupId: row.groupId };
  if (row.feedReadSince !== undefined) facts.feedReadSince = row.feedReadSince;
  if (row.membersListReadSince !== undefined) facts.membersListReadSince = row.membersListReadSince;
  return facts;
}

export function emptyCoverage(groupId: string): CoverageRow {
  return { groupId, membersSeen: 0, activityHistogram: {}, neverActive: 0 };
}

/** What the coverage counters know of a member; without `everActive`, the never-active count becomes unknown. */
type CountedMember = Pick<MemberRow, 'activityCount'> & Partial<Pick<MemberRow, 'everActive'>>;

/**
 * Moves one member in the coverage counters: `before` undefined = a new member, `after` undefined = removed. A row
 * without `neverActive` (not counted) is left without it, and a member given without `everActive` (import rebuilds
 * the histogram from index keys alone) removes it: the panel then counts never-active members by index.
 */
export function adjustCoverage(
  coverage: CoverageRow,
  before: CountedMember | undefined,
  after: CountedMember | undefined,
): void {
  const histogram = coverage.activityHistogram;
  const neverActive = (member: CountedMember | undefined) => (member?.everActive === 0 ? 1 : 0);
  const known = [before, after].every((member) => member === undefined || member.everActive !== undefined);
  if (!known) delete coverage.neverActive;
  else if (coverage.neverActive !== undefined)
    coverage.neverActive = Math.max(0, coverage.neverActive - neverActive(before) + neverActive(after));
  if (before) {
    const bucket = histogramBucket(before.activityCount);
    const left = (histogram[bucket] ?? 0) - 1;
    if (left > 0) histogram[bucket] = left;
    else Reflect.deleteProperty(histogram, bucket);
    coverage.membersSeen = Math.max(0, coverage.membersSeen - 1);
  }
  if (after) {
    const bucket = histogramBucket(after.activityCount);
    histogram[bucket] = (histogram[bucket] ?? 0) + 1;
    coverage.membersSeen += 1;
  }
}

/**
 * Members of a group never seen active, counted through the unseen index: the coverage row's `neverActive` (schema
 * v8), kept from then on at every write (`adjustCoverage`), so the panel does not count them again.
 */
export function countNeverActive(members: Table<MemberRow, [string, string]> | Table, groupId: string) {
  return members
    .where('[groupId+everActive+quietSince+memberId]')
    .between([groupId, 0, MIN_KEY, MIN_KEY], [groupId, 0, MAX_KEY(), MAX_KEY()], true, true)
    .count();
}

export const TIERS = ['lurker', 'occasional', 'regular', 'core'] as const;
export type Tier = (typeof TIERS)[number];

/** The participation tier of an activity count (posts + comments Tend counted). */
export function tierOf(
  activityCount: number,
  thresholds: { occasional: number; regular: number; core: number },
): Tier {
  if (activityCount >= thresholds.core) return 'core';
  if (activityCount >= thresholds.regular) return 'regular';
  if (activityCount >= thresholds.occasional) return 'occasional';
  return 'lurker';
}

/**
 * Range ends for IndexedDB keys. The maximum is a fresh array each time: a key that holds the same array object
 * twice is rejected as a cycle by IndexedDB, so Dexie's shared `Dexie.maxKey` cannot appear twice in one key.
 */
export const MIN_KEY = -Infinity;
export const MAX_KEY = (): unknown[][] => [[]];
