/**
 * Turns sightings read from a page into stored rows: one sighting row per natural key, and per-member aggregates.
 * One transaction per batch, so two tabs reading the same group at once give the same log as one tab.
 */
import type { TendDatabase } from './db';
import { adjustCoverage, deriveMember, deriveSighting, emptyCoverage, memberFactsOf } from './derived';
import { forgottenHashesOf } from './forget';
import type { GroupRow, MemberFacts, MemberRow, PageKind, Sighting, SightingRow } from './schema';

export function sightingKey(
  groupId: string,
  sighting: Pick<Sighting, 'memberId' | 'kind' | 'itemId'>,
): string {
  return [groupId, sighting.memberId, sighting.kind, sighting.itemId ?? ''].join('|');
}

export function profileUrlOf(groupId: string, memberId: string): string {
  return `https://www.facebook.com/groups/${groupId}/user/${memberId}/`;
}

const isActivity = (kind: Sighting['kind']) => kind === 'post' || kind === 'comment';
const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;

function mergeMember(
  groupId: string,
  existing: MemberFacts | undefined,
  sighting: Sighting,
  isNewSighting: boolean,
  seenAt: string,
): MemberFacts {
  const base: MemberFacts = existing ?? {
    groupId,
    memberId: sighting.memberId,
    name: sighting.name,
    previousNames: [],
    isPage: sighting.isPage ?? false,
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    lastSeenKind: sighting.kind,
    postCount: 0,
    commentCount: 0,
    badges: [],
  };
  const row: MemberFacts = {
    ...base,
    lastSeenAt: later(base.lastSeenAt, seenAt) ?? seenAt,
    lastSeenKind: sighting.kind,
  };
  if (sighting.name && sighting.name !== base.name) {
    row.previousNames = [...base.previousNames, base.name].slice(-50);
    row.name = sighting.name;
  }
  row.profileUrl = sighting.profileUrl ?? base.profileUrl ?? profileUrlOf(groupId, sighting.memberId);
  if (sighting.isPage !== undefined) row.isPage = sighting.isPage;
  if (isActivity(sighting.kind)) {
    const activeAt = sighting.at ?? seenAt;
    if (!base.lastActiveAt || activeAt >= base.lastActiveAt) {
      row.lastActiveAt = activeAt;
      if (sighting.permalink) row.lastActiveLink = sighting.permalink;
    }
    if (isNewSighting) {
      if (sighting.kind === 'post') row.postCount += 1;
      else row.commentCount += 1;
    }
  }
  if (sighting.kind === 'member') {
    if (sighting.section !== undefined) row.section = sighting.section;
    if (sighting.badges) row.badges = sighting.badges;
    if (sighting.invitedBy) row.invitedBy = sighting.invitedBy;
    if (sighting.rawJoin !== undefined && row.rawJoin === undefined) row.rawJoin = sighting.rawJoin;
    // Intersect join intervals: a later, vaguer reading never widens an earlier, narrower one.
    const after = later(base.joinedAfter, sighting.joinedAfter);
    const before = earlier(base.joinedBefore, sighting.joinedBefore);
    if (after !== undefined && before !== undefined && after > before) {
      // Readings disagree: keep the stored interval rather than invent one.
    } else {
      if (after !== undefined) row.joinedAfter = after;
      if (before !== undefined) row.joinedBefore = before;
      if (
        sighting.joinPrecision &&
        (sighting.joinedAfter !== undefined || sighting.joinedBefore !== undefined)
      ) {
        row.joinPrecision = finer(base.joinPrecision, sighting.joinPrecision);
      }
      if (sighting.rawJoin !== undefined) row.rawJoin = sighting.rawJoin;
    }
  }
  return row;
}

const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;
const PRECISION_ORDER = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export function finer(a: MemberFacts['joinPrecision'], b: NonNullable<MemberFacts['joinPrecision']>) {
  if (!a) return b;
  return PRECISION_ORDER.indexOf(a) <= PRECISION_ORDER.indexOf(b) ? a : b;
}

export interface IngestBatch {
  groupId: string;
  pageKind: PageKind;
  sightings: Sighting[];
  /** When the page was read (ISO). */
  readAt: string;
}

export interface IngestResult {
  added: number;
  updated: number;
}

const earliestOf = (a: string | undefined, b: string) => (a === undefined || b < a ? b : a);

const NEEDS_HASHES = Symbol('needs hashes');

/**
 * Stores one page's sightings. Members the admin asked Tend never to record again are dropped before anything is
 * written; member aggregates, their index fields and the group's coverage counters are updated in the same
 * transaction, so a refused write leaves all of them as they were.
 *
 * Speed: one transaction per page, all reads issued at once. The "never record again" list is read inside that
 * transaction; only when the group has one (rare) are the ids hashed (outside any transaction: hashing is not an
 * IndexedDB operation) and the transaction run again.
 */
export async function ingestSightings(db: TendDatabase, batch: IngestBatch): Promise<IngestResult> {
  const { groupId } = batch;
  // The same person may appear several times in one batch (e.g. two sections); keep the first of each key.
  const unique = new Map<string, Sighting>();
  for (const sighting of batch.sightings) {
    const key = sightingKey(groupId, sighting);
    if (!unique.has(key)) unique.set(key, sighting);
  }
  const allMemberIds = [...new Set([...unique.values()].map((s) => s.memberId))];
  let hashes: Map<string, string> | undefined;
  for (;;) {
    const outcome = await db.transaction(
      'rw',
      [db.sightings, db.members, db.groups, db.coverage, db.forgotten],
      () => storeBatch(db, batch, unique, allMemberIds, hashes),
    );
    if (outcome !== NEEDS_HASHES) return outcome;
    hashes = (await forgottenHashesOf(db, groupId, allMemberIds)) ?? new Map();
  }
}

async function storeBatch(
  db: TendDatabase,
  batch: IngestBatch,
  unique: Map<string, Sighting>,
  memberIds: string[],
  hashes: Map<string, string> | undefined,
): Promise<IngestResult | typeof NEEDS_HASHES> {
  const { groupId, readAt } = batch;
  const keys = [...unique.keys()];
  const [forgotten, existingMembers, storedCoverage, storedGroup] = await Promise.all([
    db.forgotten.where('[groupId+hash]').between([groupId, ''], [groupId, '\uffff']).toArray(),
    db.members.bulkGet(memberIds.map((id) => [groupId, id] as [string, string])),
    db.coverage.get(groupId),
    db.groups.get(groupId),
  ]);
  // A sighting is only ever stored with its member (ingest, import, forget and clear keep both together; pruning
  // only removes sightings), so a member Tend does not know has no stored sightings to look up.
  const known = new Set(memberIds.filter((_, index) => existingMembers[index] !== undefined));
  const lookups = keys.filter((key) => known.has(unique.get(key)!.memberId));
  const found = await db.sightings.bulkGet(lookups);
  const storedSightings = new Map<string, SightingRow>();
  lookups.forEach((key, index) => {
    const row = found[index];
    if (row) storedSightings.set(key, row);
  });
  let refused: Set<string> | undefined;
  if (forgotten.length > 0) {
    if (!hashes) return NEEDS_HASHES;
    const forgottenHashes = new Set(forgotten.map((row) => row.hash));
    refused = new Set(memberIds.filter((id) => forgottenHashes.has(hashes.get(id) ?? '')));
  }
  const before = new Map<string, MemberRow>();
  const members = new Map<string, MemberFacts>();
  memberIds.forEach((id, index) => {
    const row = existingMembers[index];
    if (row) {
      before.set(id, row);
      members.set(id, memberFactsOf(row));
    }
  });

  const sightingRows: SightingRow[] = [];
  let added = 0;
  let stored = 0;
  for (const key of keys) {
    const sighting = unique.get(key)!;
    if (refused?.has(sighting.memberId)) continue;
    stored += 1;
    const previous = storedSightings.get(key);
    if (!previous) added += 1;
    const merged = {
      ...previous,
      ...sighting,
      key,
      groupId,
      firstSeenAt: previous?.firstSeenAt ?? readAt,
      lastSeenAt: later(previous?.lastSeenAt, readAt) ?? readAt,
    };
    sightingRows.push(deriveSighting(merged));
    members.set(
      sighting.memberId,
      mergeMember(groupId, members.get(sighting.memberId), sighting, !previous, readAt),
    );
  }
  const memberRows = [...members.entries()]
    .filter(([id]) => !refused?.has(id))
    .map(([, facts]) => deriveMember(facts));
  const coverage = storedCoverage ?? emptyCoverage(groupId);
  for (const row of memberRows) adjustCoverage(coverage, before.get(row.memberId), row);
  const isFeed = batch.pageKind === 'group-feed' || batch.pageKind === 'group-post';
  if (isFeed) coverage.feedReadSince = earliestOf(coverage.feedReadSince, readAt);
  if (batch.pageKind === 'group-members') {
    coverage.membersListReadSince = earliestOf(coverage.membersListReadSince, readAt);
  }
  const group: GroupRow = storedGroup ?? { groupId, firstWatchedAt: readAt, lastReadAt: readAt };
  group.firstWatchedAt = earliestOf(group.firstWatchedAt, readAt);
  group.lastReadAt = later(group.lastReadAt, readAt) ?? readAt;
  if (batch.pageKind === 'group-members') group.lastMembersReadAt = later(group.lastMembersReadAt, readAt);
  if (isFeed) group.lastFeedReadAt = later(group.lastFeedReadAt, readAt);

  await Promise.all([
    db.sightings.bulkPut(sightingRows),
    db.members.bulkPut(memberRows),
    db.coverage.put(coverage),
    db.groups.put(group),
  ]);
  return { added, updated: stored - added };
}
