/**
 * Merging two versions of the same record (a backup restored over a log, a co-admin's log merged into one's own).
 *
 * Every rule is a "latest wins" or "union" on a total order, so merging is idempotent (importing the same file
 * twice changes nothing), commutative and associative (any order of imports gives the same log):
 * - a field that changes over time takes the value seen latest, ties broken by the value itself;
 * - first-seen times take the earliest, last-seen times the latest;
 * - join intervals are intersected (the most precise reading wins; a vaguer one never widens it);
 * - counts take the largest (each log counted what it saw; the caller raises them to the merged sightings);
 * - previous names are a union (kept in stored order when both sides agree, else sorted).
 */
import { addSpan } from '@/utils/activity/coverage';
import { finer } from './ingest';
import type {
  CoverageFacts,
  GroupRow,
  MemberFacts,
  NoteRow,
  ProspectFacts,
  SightingFacts,
  WatchRow,
} from './schema';

/** JSON with sorted keys: equal values give equal text, whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const minOf = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;
const maxOf = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;

/** Of two optional values, the one with the later time; ties by the value's canonical text. */
function latest<T>(
  a: { at: string; value: T | undefined },
  b: { at: string; value: T | undefined },
): T | undefined {
  if (a.value === undefined) return b.value;
  if (b.value === undefined) return a.value;
  const byTime = compare(a.at, b.at);
  if (byTime !== 0) return byTime > 0 ? a.value : b.value;
  return compare(canonicalJson(a.value), canonicalJson(b.value)) >= 0 ? a.value : b.value;
}

const PRECISION_RANK = { minute: 0, hour: 1, day: 2, week: 3, month: 4, year: 5 } as const;

/**
 * Previous names: when both sides agree, their list (oldest first) stays as it is. Otherwise the union of every
 * name either side had, except the kept one, sorted: a set has no "oldest first" once two logs disagree, and a
 * sorted set is the same whatever the order of the merges.
 */
function mergePreviousNames(a: MemberFacts, b: MemberFacts, name: string): string[] {
  const same =
    a.name === b.name &&
    a.previousNames.length === b.previousNames.length &&
    a.previousNames.every((previous, index) => previous === b.previousNames[index]);
  if (same) return a.previousNames;
  const union = new Set([...a.previousNames, ...b.previousNames, a.name, b.name]);
  union.delete(name);
  return [...union].sort(compare).slice(-50);
}

export function mergeMemberFacts(a: MemberFacts, b: MemberFacts): MemberFacts {
  const seen = (side: MemberFacts) => side.lastSeenAt;
  const pick = <K extends keyof MemberFacts>(key: K) =>
    latest({ at: seen(a), value: a[key] }, { at: seen(b), value: b[key] });
  const name = pick('name')!;
  const merged: MemberFacts = {
    groupId: a.groupId,
    memberId: a.memberId,
    name,
    previousNames: mergePreviousNames(a, b, name),
    isPage: pick('isPage')!,
    firstSeenAt: minOf(a.firstSeenAt, b.firstSeenAt)!,
    lastSeenAt: maxOf(a.lastSeenAt, b.lastSeenAt)!,
    lastSeenKind: pick('lastSeenKind')!,
    postCount: Math.max(a.postCount, b.postCount),
    commentCount: Math.max(a.commentCount, b.commentCount),
    badges: pick('badges')!,
  };
  const profileUrl = pick('profileUrl');
  if (profileUrl !== undefined) merged.profileUrl = profileUrl;
  const section = pick('section');
  if (section !== undefined) merged.section = section;
  const invitedBy = pick('invitedBy');
  if (invitedBy !== undefined) merged.invitedBy = invitedBy;
  const vanity = pick('vanity');
  if (vanity !== undefined) merged.vanity = vanity;
  // Last activity and its link travel together.
  const active = latest(
    {
      at: a.lastActiveAt ?? '',
      value: a.lastActiveAt === undefined ? undefined : [a.lastActiveAt, a.lastActiveLink ?? ''],
    },
    {
      at: b.lastActiveAt ?? '',
      value: b.lastActiveAt === undefined ? undefined : [b.lastActiveAt, b.lastActiveLink ?? ''],
    },
  );
  if (active) {
    merged.lastActiveAt = active[0];
    if (active[1]) merged.lastActiveLink = active[1];
  }
  // Join: intersect the intervals; the finest precision and the text of the finest reading.
  const joinedAfter = maxOf(a.joinedAfter, b.joinedAfter);
  const joinedBefore = minOf(a.joinedBefore, b.joinedBefore);
  if (joinedAfter !== undefined) merged.joinedAfter = joinedAfter;
  if (joinedBefore !== undefined) merged.joinedBefore = joinedBefore;
  const precision =
    a.joinPrecision === undefined
      ? b.joinPrecision
      : b.joinPrecision === undefined
        ? a.joinPrecision
        : finer(a.joinPrecision, b.joinPrecision);
  if (precision !== undefined) merged.joinPrecision = precision;
  const rank = (side: MemberFacts) =>
    String(9 - (side.joinPrecision === undefined ? 9 : PRECISION_RANK[side.joinPrecision]));
  const rawJoin = latest({ at: rank(a), value: a.rawJoin }, { at: rank(b), value: b.rawJoin });
  if (rawJoin !== undefined) merged.rawJoin = rawJoin;
  return merged;
}

/**
 * Someone who asked to join (or was invited): the latest reading's name, status, link and answers; request
 * intervals intersected like join intervals (disagreeing readings keep the first side's, ordered canonically).
 */
export function mergeProspectFacts(a: ProspectFacts, b: ProspectFacts): ProspectFacts {
  const pick = <K extends keyof ProspectFacts>(key: K) =>
    latest({ at: a.lastSeenAt, value: a[key] }, { at: b.lastSeenAt, value: b[key] });
  const merged: ProspectFacts = {
    groupId: a.groupId,
    memberId: a.memberId,
    name: pick('name')!,
    status: pick('status')!,
    firstSeenAt: minOf(a.firstSeenAt, b.firstSeenAt)!,
    lastSeenAt: maxOf(a.lastSeenAt, b.lastSeenAt)!,
  };
  for (const key of ['profileUrl', 'rawRequest', 'answers', 'invitedBy'] as const) {
    const value = pick(key);
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  const after = maxOf(a.requestedAfter, b.requestedAfter);
  const before = minOf(a.requestedBefore, b.requestedBefore);
  const [first] = [a, b].sort((x, y) => compare(canonicalJson(x), canonicalJson(y)));
  const consistent = !(after !== undefined && before !== undefined && after > before);
  const requestedAfter = consistent ? after : first!.requestedAfter;
  const requestedBefore = consistent ? before : first!.requestedBefore;
  if (requestedAfter !== undefined) merged.requestedAfter = requestedAfter;
  if (requestedBefore !== undefined) merged.requestedBefore = requestedBefore;
  const precisions = [a.requestPrecision, b.requestPrecision].filter((p) => p !== undefined);
  if (precisions.length)
    merged.requestPrecision = precisions.reduce((x, y) => (PRECISION_RANK[x] <= PRECISION_RANK[y] ? x : y));
  return merged;
}

/** Same natural key: earliest first-seen, latest last-seen, and the rest from the reading seen latest. */
export function mergeSightingFacts(a: SightingFacts, b: SightingFacts): SightingFacts {
  const rest = (side: SightingFacts) => {
    const copy: Partial<SightingFacts> = { ...side };
    delete copy.firstSeenAt;
    return copy;
  };
  const winner = latest({ at: a.lastSeenAt, value: rest(a) }, { at: b.lastSeenAt, value: rest(b) })!;
  return { ...winner, firstSeenAt: minOf(a.firstSeenAt, b.firstSeenAt)! } as SightingFacts;
}

export function mergeGroupRows(a: GroupRow, b: GroupRow): GroupRow {
  const merged: GroupRow = {
    groupId: a.groupId,
    firstWatchedAt: minOf(a.firstWatchedAt, b.firstWatchedAt)!,
    lastReadAt: maxOf(a.lastReadAt, b.lastReadAt)!,
  };
  const lastFeedReadAt = maxOf(a.lastFeedReadAt, b.lastFeedReadAt);
  if (lastFeedReadAt !== undefined) merged.lastFeedReadAt = lastFeedReadAt;
  const lastMembersReadAt = maxOf(a.lastMembersReadAt, b.lastMembersReadAt);
  if (lastMembersReadAt !== undefined) merged.lastMembersReadAt = lastMembersReadAt;
  const lastStatus = latest(
    { at: a.lastStatus?.readAt ?? '', value: a.lastStatus },
    { at: b.lastStatus?.readAt ?? '', value: b.lastStatus },
  );
  if (lastStatus !== undefined) merged.lastStatus = lastStatus;
  // The name from the latest reading that showed one (ties broken by the name itself, so order never matters).
  const named = [a, b].filter((row) => row.name !== undefined);
  named.sort((x, y) =>
    x.lastReadAt !== y.lastReadAt ? (x.lastReadAt < y.lastReadAt ? 1 : -1) : x.name! < y.name! ? -1 : 1,
  );
  if (named[0]) merged.name = named[0].name!;
  const aliases = [...new Set([...(a.aliases ?? []), ...(b.aliases ?? [])])].sort(compare).slice(-20);
  if (aliases.length) merged.aliases = aliases;
  // Sample data stays marked once any log said so: removing it removes the whole group.
  if (a.sample || b.sample) merged.sample = true;
  return merged;
}

/**
 * One watched day from two logs: the time either covered, and for each count (posts and comments read) the larger
 * of the two, never their sum, so merging the same day again changes nothing.
 */
export function mergeWatchRows(a: WatchRow, b: WatchRow): WatchRow {
  let spans = [...a.spans];
  for (let pair = 0; pair + 1 < b.spans.length; pair += 2)
    spans = addSpan(spans, b.spans[pair]!, b.spans[pair + 1]!);
  const merged: Record<string, unknown> = { ...b, ...a, spans };
  // Every count of the row, including any a later schema adds beside `items`.
  for (const [key, value] of Object.entries(b)) {
    const ours = merged[key];
    if (typeof value === 'number' && typeof ours === 'number') merged[key] = Math.max(ours, value);
  }
  return merged as WatchRow;
}

export function mergeCoverageFacts(a: CoverageFacts, b: CoverageFacts): CoverageFacts {
  const merged: CoverageFacts = { groupId: a.groupId };
  const feedReadSince = minOf(a.feedReadSince, b.feedReadSince);
  if (feedReadSince !== undefined) merged.feedReadSince = feedReadSince;
  const membersListReadSince = minOf(a.membersListReadSince, b.membersListReadSince);
  if (membersListReadSince !== undefined) merged.membersListReadSince = membersListReadSince;
  return merged;
}

/** Notes are a union by id; one id with two texts (never written by Tend) keeps one deterministically. */
export function mergeNotes(a: NoteRow, b: NoteRow): NoteRow {
  return compare(canonicalJson(a), canonicalJson(b)) >= 0 ? a : b;
}
