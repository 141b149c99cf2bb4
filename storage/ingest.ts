/**
 * Turns sightings read from a page into stored rows: one sighting row per natural key, and per-member aggregates.
 * One transaction per batch, so two tabs reading the same group at once give the same log as one tab.
 */
import type { TendDatabase } from './db';
import type { GroupRow, MemberRow, PageKind, Sighting, SightingRow } from './schema';

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
  existing: MemberRow | undefined,
  sighting: Sighting,
  isNewSighting: boolean,
  seenAt: string,
): MemberRow {
  const base: MemberRow = existing ?? {
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
  const row: MemberRow = {
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
function finer(a: MemberRow['joinPrecision'], b: NonNullable<MemberRow['joinPrecision']>) {
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

export async function ingestSightings(db: TendDatabase, batch: IngestBatch): Promise<IngestResult> {
  const { groupId, readAt } = batch;
  // The same person may appear several times in one batch (e.g. two sections); keep the first of each key.
  const unique = new Map<string, Sighting>();
  for (const sighting of batch.sightings) {
    const key = sightingKey(groupId, sighting);
    if (!unique.has(key)) unique.set(key, sighting);
  }
  const keys = [...unique.keys()];
  return db.transaction('rw', db.sightings, db.members, db.groups, async () => {
    const existingSightings = await db.sightings.bulkGet(keys);
    const memberIds = [...new Set([...unique.values()].map((s) => s.memberId))];
    const existingMembers = await db.members.bulkGet(
      memberIds.map((id) => [groupId, id] as [string, string]),
    );
    const members = new Map<string, MemberRow>();
    memberIds.forEach((id, index) => {
      const row = existingMembers[index];
      if (row) members.set(id, row);
    });

    const sightingRows: SightingRow[] = [];
    let added = 0;
    keys.forEach((key, index) => {
      const sighting = unique.get(key)!;
      const previous = existingSightings[index];
      if (!previous) added += 1;
      sightingRows.push({
        ...previous,
        ...sighting,
        key,
        groupId,
        firstSeenAt: previous?.firstSeenAt ?? readAt,
        lastSeenAt: later(previous?.lastSeenAt, readAt) ?? readAt,
      });
      members.set(
        sighting.memberId,
        mergeMember(groupId, members.get(sighting.memberId), sighting, !previous, readAt),
      );
    });
    await db.sightings.bulkPut(sightingRows);
    await db.members.bulkPut([...members.values()]);

    const group: GroupRow = (await db.groups.get(groupId)) ?? {
      groupId,
      firstWatchedAt: readAt,
      lastReadAt: readAt,
    };
    group.lastReadAt = later(group.lastReadAt, readAt) ?? readAt;
    if (batch.pageKind === 'group-members') group.lastMembersReadAt = later(group.lastMembersReadAt, readAt);
    if (batch.pageKind === 'group-feed' || batch.pageKind === 'group-post') {
      group.lastFeedReadAt = later(group.lastFeedReadAt, readAt);
    }
    await db.groups.put(group);
    return { added, updated: keys.length - added };
  });
}
