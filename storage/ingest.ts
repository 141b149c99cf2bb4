/**
 * Turns sightings read from a page into stored rows: one sighting row per natural key, and per-member aggregates.
 * One transaction per batch, so two tabs reading the same group at once give the same log as one tab.
 */
import type { TendDatabase } from './db';
import { adjustCoverage, deriveMember, deriveSighting, emptyCoverage, memberFactsOf } from './derived';
import { recordFeedReading, recordPostPageReading } from './activity';
import { recordThreads, type ThreadSeen } from './threads';
import { forgottenAmong, withHashes, type KeyHashes } from './forget';
import { canonicalGroupId, isNumericId, mergeGroupInto, mergeVanityRows, resolveVanities } from './aliases';
import type {
  CountedRow,
  GroupRow,
  MemberFacts,
  MemberRow,
  PageKind,
  ProspectRow,
  Sighting,
  SightingRow,
} from './schema';
import { personOfKey, profileUrlOf } from '@/utils/facebook/links';
import { sightingItemKey } from '@/utils/facebook/reading';
import { postIdOfComment } from '@/utils/facebook/urls';

export function sightingKey(
  groupId: string,
  sighting: Pick<Sighting, 'memberId' | 'kind' | 'itemId'>,
): string {
  return `${groupId}|${sightingItemKey(sighting)}`;
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
  row.profileUrl =
    sighting.profileUrl ?? base.profileUrl ?? profileUrlOf(personOfKey(sighting.memberId), groupId);
  if (sighting.isPage !== undefined) row.isPage = sighting.isPage;
  if (sighting.vanity !== undefined) row.vanity = sighting.vanity;
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

/** Who a sighting is about in storage: a member, or someone who is not (yet) one (see `ProspectFacts`). */
export const isProspectSighting = (sighting: Sighting) =>
  sighting.kind === 'request' || sighting.status !== undefined;

/** A prospect row updated with one sighting of them (asked to join, or listed as invited or previewing). */
export function mergeProspect(
  groupId: string,
  existing: ProspectRow | undefined,
  sighting: Sighting,
  seenAt: string,
): ProspectRow {
  const status = sighting.kind === 'request' ? 'requested' : (sighting.status ?? 'invited');
  const row: ProspectRow = existing
    ? { ...existing, lastSeenAt: later(existing.lastSeenAt, seenAt) ?? seenAt }
    : {
        groupId,
        memberId: sighting.memberId,
        name: sighting.name,
        status,
        firstSeenAt: seenAt,
        lastSeenAt: seenAt,
      };
  if (!existing || seenAt >= existing.lastSeenAt) row.status = status;
  if (sighting.name) row.name = sighting.name;
  if (sighting.profileUrl) row.profileUrl = sighting.profileUrl;
  if (sighting.invitedBy) row.invitedBy = sighting.invitedBy;
  if (sighting.kind === 'request') {
    if (sighting.rawTime !== undefined) row.rawRequest = sighting.rawTime;
    // Intersect, like join intervals: a vaguer reading never widens a narrower one; disagreeing ones keep the stored.
    const after = later(row.requestedAfter, sighting.atAfter);
    const before = earlier(row.requestedBefore, sighting.atBefore);
    if (!(after !== undefined && before !== undefined && after > before)) {
      if (after !== undefined) row.requestedAfter = after;
      if (before !== undefined) row.requestedBefore = before;
      if (sighting.atPrecision && sighting.atAfter !== undefined)
        row.requestPrecision = finer(row.requestPrecision, sighting.atPrecision);
    }
    if (sighting.answers) row.answers = sighting.answers;
  }
  return row;
}

/**
 * Approval is the most exact join date Tend can get: a member who asked to join joined after asking. Narrows the
 * join interval to start no earlier than the request (never when that would contradict what the page said).
 */
export function narrowJoinByRequest(member: MemberFacts, prospect: ProspectRow | undefined): MemberFacts {
  const askedAfter = prospect?.requestedAfter;
  if (askedAfter === undefined) return member;
  if (member.joinedAfter !== undefined && member.joinedAfter >= askedAfter) return member;
  if (member.joinedBefore !== undefined && member.joinedBefore < askedAfter) return member;
  return { ...member, joinedAfter: askedAfter };
}

export interface IngestBatch {
  groupId: string;
  /** The vanity name the page's address used for this group (`groupId` is its numeric id): merged into it. */
  groupVanity?: string;
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

/** Every table one batch may touch: its own rows, and the rows a group or vanity merge moves. */
const INGEST_TABLES = (db: TendDatabase) => [
  db.sightings,
  db.members,
  db.groups,
  db.coverage,
  db.forgotten,
  db.prospects,
  db.watch,
  db.notes,
  db.onboarding,
  db.meta,
  db.counted,
  // A group's or a member's vanity merged into their numeric id takes their fingerprints and signals along.
  db.fingerprints,
  db.signals,
  db.threads,
];

/**
 * Stores one page's sightings. Members the admin asked Tend never to record again are dropped before anything is
 * written; member aggregates, their index fields and the group's coverage counters are updated in the same
 * transaction, so a refused write leaves all of them as they were.
 *
 * One transaction for the whole batch: finding the group's numeric id, merging what was kept under its vanity
 * name, mapping vanity names to known numeric ids, storing, and merging a person's vanity-keyed row into their
 * numeric one. A crash anywhere leaves the log as it was before the batch.
 *
 * Speed: all reads of a step issued at once. The "never record again" list is read inside the transaction; only
 * when the group has one (rare) are the keys hashed (outside any transaction: hashing is not an IndexedDB
 * operation) and the transaction run again.
 */
export async function ingestSightings(db: TendDatabase, given: IngestBatch): Promise<IngestResult> {
  return withHashes((hashes) =>
    db.transaction('rw', INGEST_TABLES(db), () => ingestInTransaction(db, given, hashes)),
  );
}

async function ingestInTransaction(
  db: TendDatabase,
  given: IngestBatch,
  hashes: KeyHashes,
): Promise<IngestResult> {
  // Inside a transaction, only await helpers that reach the database: one returning without doing so would lose
  // the transaction (Dexie follows it through IndexedDB's own requests). Hence the checks before each call.
  const groupId =
    given.groupVanity || isNumericId(given.groupId)
      ? given.groupId
      : await canonicalGroupId(db, given.groupId);
  const batch = { ...given, groupId };
  if (batch.groupVanity && batch.groupVanity !== groupId)
    await mergeGroupInto(db, batch.groupVanity, groupId);
  // A person seen before by vanity name only is stored under the numeric id they were later seen with.
  const sightings = batch.sightings.some((sighting) => !isNumericId(sighting.memberId))
    ? await resolveVanities(db, groupId, batch.sightings)
    : batch.sightings;
  // The same person may appear several times in one batch (e.g. two sections); keep the first of each key.
  const unique = new Map<string, Sighting>();
  const prospects: Sighting[] = [];
  for (const sighting of sightings) {
    if (isProspectSighting(sighting)) {
      prospects.push(sighting);
      continue;
    }
    const key = sightingKey(groupId, sighting);
    if (!unique.has(key)) unique.set(key, sighting);
  }
  const allMemberIds = [...new Set(sightings.map((s) => s.memberId))];
  // "Never record again" holds for every key a person showed (number, vanity), also when it was given while the
  // group went by one of its aliases.
  const keysOf = new Map<string, string[]>();
  for (const { memberId, vanity } of sightings) {
    const keys = keysOf.get(memberId) ?? [memberId];
    if (vanity && !keys.includes(vanity)) keys.push(vanity);
    keysOf.set(memberId, keys);
  }
  const aliases = (await db.groups.get(groupId))?.aliases ?? [];
  const { refused, newRows } = await forgottenAmong(db, [groupId, ...aliases], keysOf, hashes);
  if (newRows.length > 0) await db.forgotten.bulkPut(newRows);
  const result = await storeBatch(db, batch, unique, prospects, allMemberIds, refused);
  // Both keys seen together: a row kept under the vanity name alone joins the numeric one.
  const pairs = new Map<string, string>();
  for (const sighting of sightings) {
    if (sighting.vanity && isNumericId(sighting.memberId) && !refused.has(sighting.memberId))
      pairs.set(sighting.vanity, sighting.memberId);
  }
  if (pairs.size > 0) await mergeVanityRows(db, groupId, pairs);
  return result;
}

async function storeBatch(
  db: TendDatabase,
  batch: IngestBatch,
  unique: Map<string, Sighting>,
  prospectSightings: readonly Sighting[],
  memberIds: string[],
  refused: ReadonlySet<string>,
): Promise<IngestResult> {
  const { groupId, readAt } = batch;
  const keys = [...unique.keys()];
  const [existingMembers, storedCoverage, storedGroup, storedProspects] = await Promise.all([
    db.members.bulkGet(memberIds.map((id) => [groupId, id] as [string, string])),
    db.coverage.get(groupId),
    db.groups.get(groupId),
    db.prospects.bulkGet(memberIds.map((id) => [groupId, id] as [string, string])),
  ]);
  const prospectRows = new Map<string, ProspectRow>();
  memberIds.forEach((id, index) => {
    const row = storedProspects[index];
    if (row) prospectRows.set(id, row);
  });
  // A sighting is only ever stored with its member (ingest, import, forget and clear keep both together; pruning
  // only removes sightings), so a member Tend does not know has no stored sightings to look up.
  const known = new Set(memberIds.filter((_, index) => existingMembers[index] !== undefined));
  const lookups = keys.filter((key) => known.has(unique.get(key)!.memberId));
  // Posts and comments counted before, whose sightings retention may have pruned since: never counted again.
  const activityLookups = lookups.filter((key) => isActivity(unique.get(key)!.kind));
  const [found, countedBefore] = await Promise.all([
    db.sightings.bulkGet(lookups),
    db.counted.bulkGet(activityLookups),
  ]);
  const alreadyCounted = new Set(activityLookups.filter((_, index) => countedBefore[index] !== undefined));
  const storedSightings = new Map<string, SightingRow>();
  lookups.forEach((key, index) => {
    const row = found[index];
    if (row) storedSightings.set(key, row);
  });
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
  const counted: CountedRow[] = [];
  // What this reading covered: its dated posts (how far back it reached) and the activity it read for the first time.
  const postTimes: string[] = [];
  const newActivityTimes: string[] = [];
  const newPostTimes: string[] = [];
  const newCommentTimes: string[] = [];
  let shownComments = 0;
  // Each post's comment coverage: the posts read (with the count they showed) and the new comments read on each.
  const threadPosts: ThreadSeen[] = [];
  const newCommentsByPost = new Map<string, number>();
  let added = 0;
  let stored = 0;
  for (const key of keys) {
    const sighting = unique.get(key)!;
    if (refused.has(sighting.memberId)) continue;
    stored += 1;
    const previous = storedSightings.get(key);
    if (!previous) added += 1;
    const countsAsNew = !previous && !alreadyCounted.has(key);
    if (countsAsNew && isActivity(sighting.kind)) counted.push({ key });
    if (sighting.kind === 'post' && sighting.at !== undefined) postTimes.push(sighting.at);
    if (countsAsNew && isActivity(sighting.kind)) newActivityTimes.push(sighting.at ?? readAt);
    if (countsAsNew && sighting.kind === 'post') newPostTimes.push(sighting.at ?? readAt);
    if (countsAsNew && sighting.kind === 'comment') newCommentTimes.push(sighting.at ?? readAt);
    if (sighting.kind === 'comment') shownComments += 1;
    if (sighting.kind === 'post' && sighting.itemId !== undefined) {
      threadPosts.push({
        postId: sighting.itemId,
        ...(sighting.at !== undefined ? { at: sighting.at } : {}),
        ...(sighting.shownComments !== undefined ? { shownComments: sighting.shownComments } : {}),
      });
    }
    const commentPost = sighting.kind === 'comment' ? postIdOfComment(sighting.permalink) : undefined;
    if (countsAsNew && commentPost !== undefined)
      newCommentsByPost.set(commentPost, (newCommentsByPost.get(commentPost) ?? 0) + 1);
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
      mergeMember(groupId, members.get(sighting.memberId), sighting, countsAsNew, readAt),
    );
  }
  const changedProspects = new Set<string>();
  for (const sighting of prospectSightings) {
    if (refused.has(sighting.memberId)) continue;
    stored += 1;
    const previous = prospectRows.get(sighting.memberId);
    if (!previous) added += 1;
    prospectRows.set(sighting.memberId, mergeProspect(groupId, previous, sighting, readAt));
    changedProspects.add(sighting.memberId);
    // Seen as a member before the request was read: the request still bounds their join.
    const member = members.get(sighting.memberId);
    if (member)
      members.set(sighting.memberId, narrowJoinByRequest(member, prospectRows.get(sighting.memberId)));
  }
  const memberRows = [...members.entries()]
    .filter(([id]) => !refused.has(id))
    .map(([id, facts]) => deriveMember(narrowJoinByRequest(facts, prospectRows.get(id))));
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
  // The vanity the page's address used is remembered even when nothing was kept under it yet: later pages and
  // imported logs that know the group only by that name are then stored under the numeric id.
  const { groupVanity } = batch;
  if (groupVanity && groupVanity !== groupId && !(group.aliases ?? []).includes(groupVanity))
    group.aliases = [...(group.aliases ?? []), groupVanity].slice(-20);

  // Only the feed shows a stretch of the group's activity; a post page shows one thread, whose comments still
  // tell how much of the group's comments Tend read.
  const postComments =
    isFeed && (threadPosts.length > 0 || newCommentsByPost.size > 0)
      ? await recordThreads(db, groupId, threadPosts, newCommentsByPost)
      : undefined;
  const watched =
    batch.pageKind === 'group-feed'
      ? recordFeedReading(db, groupId, readAt, postTimes, {
          activityTimes: newActivityTimes,
          postTimes: newPostTimes,
          commentTimes: newCommentTimes,
          postComments,
        })
      : batch.pageKind === 'group-post'
        ? recordPostPageReading(db, groupId, readAt, newCommentTimes, shownComments, postComments)
        : undefined;
  await Promise.all([
    watched,
    db.sightings.bulkPut(sightingRows),
    db.counted.bulkPut(counted),
    db.members.bulkPut(memberRows),
    db.prospects.bulkPut([...changedProspects].map((id) => prospectRows.get(id)!)),
    db.coverage.put(coverage),
    db.groups.put(group),
  ]);
  return { added, updated: stored - added };
}
