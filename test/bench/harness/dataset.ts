/**
 * Browser side: a realistic, deterministic member log built with Tend's own derivation code and written with raw
 * bulkPut (fast set-up; what is measured is done afterwards). Activity follows a long tail: most members never post,
 * a few post a lot (roughly the 90-9-1 pattern).
 */
import { adjustCoverage, deriveMember, deriveSighting, emptyCoverage } from '@/storage/derived';
import type { TendDatabase } from '@/storage/db';
import type { CoverageRow, GroupRow, MemberFacts, SightingFacts, SightingRow } from '@/storage/schema';
import { mulberry32 as random } from '../../support/random';

/** Seeded numbers in [0, 1), so every run builds the same log. */
export { random };

export const GROUP = '1234567890';
const DAY = 86_400_000;
export const START = Date.UTC(2026, 0, 1);

const FIRST = [
  'Chloé',
  'Camille',
  'Léa',
  'Jordan',
  'Ana',
  'Zoë',
  'Hélène',
  'Noah',
  'Inès',
  'Mathis',
  'Sarah',
  'Émile',
];
const LAST = [
  'Martin',
  'Lefèvre',
  'Dubois',
  'Price',
  'García',
  'Øster',
  'Nguyen',
  'Roux',
  'Müller',
  'Bernard',
];

export function memberName(index: number) {
  return `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]} ${index}`;
}

export interface Dataset {
  members: ReturnType<typeof deriveMember>[];
  sightings: SightingRow[];
  group: GroupRow;
  coverage: CoverageRow;
}

/** `memberCount` members, `sightingCount` sightings: one members-list sighting each, the rest posts and comments. */
export function makeDataset(memberCount: number, sightingCount: number, seed = 1): Dataset {
  const next = random(seed);
  const iso = (ms: number) => new Date(ms).toISOString();
  const facts: MemberFacts[] = [];
  const sightings: SightingFacts[] = [];
  for (let i = 0; i < memberCount; i++) {
    const memberId = String(100_000_000 + i);
    const joined = START - Math.floor(next() * 900) * DAY;
    const precise = next() < 0.3;
    const seen = iso(START + Math.floor(next() * 60) * DAY);
    facts.push({
      groupId: GROUP,
      memberId,
      name: memberName(i),
      previousNames: [],
      profileUrl: `https://www.facebook.com/groups/${GROUP}/user/${memberId}/`,
      isPage: false,
      firstSeenAt: seen,
      lastSeenAt: seen,
      lastSeenKind: 'member',
      postCount: 0,
      commentCount: 0,
      badges: next() < 0.05 ? ['Nouveau membre'] : [],
      joinedAfter: iso(joined),
      joinedBefore: iso(joined + (precise ? DAY : 30 * DAY)),
      joinPrecision: precise ? 'day' : 'month',
    });
    sightings.push({
      key: `${GROUP}|${memberId}|member|`,
      groupId: GROUP,
      memberId,
      name: memberName(i),
      kind: 'member',
      firstSeenAt: seen,
      lastSeenAt: seen,
    });
  }
  for (let s = memberCount; s < sightingCount; s++) {
    // Long tail: member index ~ memberCount * u^4 concentrates activity on a few members.
    const index = Math.min(memberCount - 1, Math.floor(memberCount * next() ** 4));
    const member = facts[index]!;
    const kind = next() < 0.25 ? 'post' : 'comment';
    const at = iso(START + Math.floor(next() * 90 * 24) * 3_600_000);
    const itemId = `${kind === 'post' ? 'p' : 'c'}${s}`;
    const permalink = `https://www.facebook.com/groups/${GROUP}/posts/${s}/`;
    sightings.push({
      key: `${GROUP}|${member.memberId}|${kind}|${itemId}`,
      groupId: GROUP,
      memberId: member.memberId,
      name: member.name,
      kind,
      itemId,
      permalink,
      at,
      firstSeenAt: at,
      lastSeenAt: at,
    });
    if (kind === 'post') member.postCount += 1;
    else member.commentCount += 1;
    if (!member.lastActiveAt || at > member.lastActiveAt) {
      member.lastActiveAt = at;
      member.lastActiveLink = permalink;
    }
    if (at > member.lastSeenAt) {
      member.lastSeenAt = at;
      member.lastSeenKind = kind;
    }
  }
  const members = facts.map(deriveMember);
  const coverage = emptyCoverage(GROUP);
  for (const member of members) adjustCoverage(coverage, undefined, member);
  coverage.feedReadSince = iso(START);
  coverage.membersListReadSince = iso(START);
  const group: GroupRow = {
    groupId: GROUP,
    firstWatchedAt: iso(START - 200 * DAY),
    lastReadAt: iso(START + 90 * DAY),
  };
  return { members, sightings: sightings.map(deriveSighting), group, coverage };
}

/** Writes a dataset with raw bulkPut, in slices. */
export async function populate(db: TendDatabase, data: Dataset): Promise<void> {
  const SLICE = 10_000;
  await db.groups.put(data.group);
  await db.coverage.put(data.coverage);
  for (let i = 0; i < data.members.length; i += SLICE)
    await db.members.bulkPut(data.members.slice(i, i + SLICE));
  for (let i = 0; i < data.sightings.length; i += SLICE)
    await db.sightings.bulkPut(data.sightings.slice(i, i + SLICE));
  // Keep the start-up pruning out of the measurements.
  await db.meta.put({ key: 'lastPrunedAt', at: new Date().toISOString() });
}
