/**
 * One person, two keys: a page may show only someone's vanity name (`/jordan.price`), another their numeric id
 * with the vanity beside it. A person's key is the numeric id once it is known; what was kept under the vanity
 * alone is merged into it, and later vanity-only sightings are stored under the numeric id.
 */
import { moveWatchedDays } from './activity';
import { moveThreads } from './threads';
import type { TendDatabase } from './db';
import {
  adjustCoverage,
  coverageFactsOf,
  deriveMember,
  deriveSighting,
  emptyCoverage,
  memberFactsOf,
  sightingFactsOf,
} from './derived';
import { sightingKey } from './ingest';
import {
  mergeCoverageFacts,
  mergeGroupRows,
  mergeMemberFacts,
  mergeProspectFacts,
  mergeSightingFacts,
} from './merge';
import { toOnboardingRow, type CoverageRow, type GroupRow, type MemberFacts, type Sighting } from './schema';
import { moveGroupSignals, moveMemberSignals } from './signals-merge';

/** A numeric id is a person's (or a group's) lasting key; anything else is a vanity name. */
export const isNumericId = (id: string) => /^\d+$/.test(id);

/**
 * Two rows of one person merged: their counts add up to the distinct items now under the one key, the sightings
 * stored and the items counted before retention pruned theirs (never fewer than either row said).
 */
async function raiseCountsToItems(db: TendDatabase, facts: MemberFacts): Promise<void> {
  const prefix = `${facts.groupId}|${facts.memberId}|`;
  const [sightings, counted] = await Promise.all([
    db.sightings.where('[groupId+memberId]').equals([facts.groupId, facts.memberId]).toArray(),
    db.counted.where('key').between(prefix, `${prefix}\uffff`).primaryKeys(),
  ]);
  const items = (kind: 'post' | 'comment') =>
    new Set([
      ...sightings.filter((row) => row.kind === kind).map((row) => row.key),
      ...counted.filter((key) => key.startsWith(`${prefix}${kind}|`)),
    ]).size;
  facts.postCount = Math.max(facts.postCount, items('post'));
  facts.commentCount = Math.max(facts.commentCount, items('comment'));
}

/** Re-keys the counted items whose key starts with `from` to start with `to` (see `CountedRow`). */
async function moveCounted(db: TendDatabase, from: string, to: string): Promise<void> {
  const keys = await db.counted.where('key').between(from, `${from}\uffff`).primaryKeys();
  if (keys.length === 0) return;
  await db.counted.bulkDelete(keys);
  await db.counted.bulkPut(keys.map((key) => ({ key: to + key.slice(from.length) })));
}

/** Rewrites vanity-keyed sightings to the numeric id of a member already known by that vanity. */
export async function resolveVanities(
  db: TendDatabase,
  groupId: string,
  sightings: readonly Sighting[],
): Promise<Sighting[]> {
  const vanities = [...new Set(sightings.map((s) => s.memberId).filter((id) => !isNumericId(id)))];
  if (vanities.length === 0) return [...sightings];
  const known = await db.members
    .where('[groupId+vanity]')
    .anyOf(vanities.map((vanity) => [groupId, vanity]))
    .toArray();
  if (known.length === 0) return [...sightings];
  const numericOf = new Map(known.map((row) => [row.vanity!, row.memberId]));
  return sightings.map((sighting) => {
    const numeric = numericOf.get(sighting.memberId);
    return numeric ? { ...sighting, memberId: numeric, vanity: sighting.memberId } : sighting;
  });
}

/**
 * For each `vanity → numeric id` seen together, moves everything kept under the vanity (member row, sightings,
 * notes, onboarding history, prospect row, fingerprints, the signals naming them) to the numeric id, merged with
 * the same rules as an import. One transaction: all of it or nothing.
 */
export async function mergeVanityRows(
  db: TendDatabase,
  groupId: string,
  pairs: ReadonlyMap<string, string>,
): Promise<number> {
  const tables = [
    db.members,
    db.sightings,
    db.notes,
    db.onboarding,
    db.prospects,
    db.coverage,
    db.counted,
    db.fingerprints,
    db.signals,
  ];
  return db.transaction('rw', tables, async () => {
    let merged = 0;
    const coverage = (await db.coverage.get(groupId)) ?? emptyCoverage(groupId);
    for (const [vanity, numericId] of pairs) {
      if (vanity === numericId || isNumericId(vanity)) continue;
      const [vanityRow, numericRow, vanityProspect, numericProspect] = await Promise.all([
        db.members.get([groupId, vanity]),
        db.members.get([groupId, numericId]),
        db.prospects.get([groupId, vanity]),
        db.prospects.get([groupId, numericId]),
      ]);
      if (vanityProspect) {
        const moved = { ...vanityProspect, memberId: numericId };
        await db.prospects.put(numericProspect ? mergeProspectFacts(numericProspect, moved) : moved);
        await db.prospects.delete([groupId, vanity]);
      }
      if (!vanityRow) continue;
      merged += 1;
      // Sightings: re-keyed under the numeric id, merged with any it already had.
      const sightings = await db.sightings.where('[groupId+memberId]').equals([groupId, vanity]).toArray();
      for (const row of sightings) {
        const moved = {
          ...row,
          memberId: numericId,
          key: sightingKey(groupId, { ...row, memberId: numericId }),
        };
        const existing = await db.sightings.get(moved.key);
        await db.sightings.delete(row.key);
        await db.sightings.put(deriveSighting(existing ? mergeSightingFacts(existing, moved) : moved));
      }
      await moveCounted(db, `${groupId}|${vanity}|`, `${groupId}|${numericId}|`);
      await moveMemberSignals(db, groupId, vanity, numericId);
      await db.notes
        .where('[groupId+memberId]')
        .equals([groupId, vanity])
        .modify((note) => void (note.memberId = numericId));
      const onboarding = await db.onboarding.where('[groupId+memberId]').equals([groupId, vanity]).toArray();
      await db.onboarding.bulkDelete(onboarding.map((row) => row.id));
      await db.onboarding.bulkPut(onboarding.map((row) => toOnboardingRow({ ...row, memberId: numericId })));
      // The member: facts merged, counts added up from the sightings now under the numeric id.
      const movedFacts: MemberFacts = { ...memberFactsOf(vanityRow), memberId: numericId, vanity };
      const facts = numericRow ? mergeMemberFacts(memberFactsOf(numericRow), movedFacts) : movedFacts;
      await raiseCountsToItems(db, facts);
      facts.vanity = vanity;
      const row = deriveMember(facts);
      await db.members.delete([groupId, vanity]);
      adjustCoverage(coverage, vanityRow, undefined);
      await db.members.put(row);
      adjustCoverage(coverage, numericRow, row);
    }
    if (merged > 0) await db.coverage.put(coverage);
    return merged;
  });
}

/**
 * The group a page's group id names: a vanity name the group was already seen under (its alias) stands for the
 * numeric id, so a page whose address and data show only the vanity adds to the group's log instead of starting
 * a second one. Any other id is returned as it is.
 */
export async function canonicalGroupId(db: TendDatabase, groupId: string): Promise<string> {
  if (isNumericId(groupId)) return groupId;
  // One row per group watched: a handful, read only for vanity addresses.
  const owner = await db.groups.filter((group) => (group.aliases ?? []).includes(groupId)).first();
  return owner?.groupId ?? groupId;
}

const groupRange = (groupId: string): [[string, string], [string, string]] => [
  [groupId, ''],
  [groupId, '\uffff'],
];

/**
 * A group seen under its vanity name (`/groups/catsittersexchange/`) and later with its numeric id on the same
 * page: everything kept under the vanity moves to the numeric id, merged with the same rules as an import, and
 * the vanity is remembered as an alias (so "never record again" given under it still holds). One transaction.
 */
export async function mergeGroupInto(db: TendDatabase, vanity: string, numericId: string): Promise<boolean> {
  if (vanity === numericId) return false;
  const tables = [
    db.groups,
    db.members,
    db.sightings,
    db.notes,
    db.onboarding,
    db.prospects,
    db.coverage,
    db.counted,
    db.watch,
    db.threads,
    db.fingerprints,
    db.signals,
  ];
  return db.transaction('rw', tables, async () => {
    const [from, into] = await Promise.all([db.groups.get(vanity), db.groups.get(numericId)]);
    // Nothing kept under the vanity: ingest records it as an alias with the page's batch (see storeBatch).
    if (!from) return false;
    const rekey = <T extends { groupId: string }>(row: T): T => ({ ...row, groupId: numericId });
    // Sightings first (their keys start with the group), then members with counts raised to them.
    const sightings = await db.sightings.where('key').between(`${vanity}|`, `${vanity}|\uffff`).toArray();
    for (const row of sightings) {
      const moved = { ...rekey(sightingFactsOf(row)), key: sightingKey(numericId, row) };
      const existing = await db.sightings.get(moved.key);
      await db.sightings.put(
        deriveSighting(existing ? mergeSightingFacts(sightingFactsOf(existing), moved) : moved),
      );
    }
    await db.sightings.bulkDelete(sightings.map((row) => row.key));
    await moveCounted(db, `${vanity}|`, `${numericId}|`);
    await moveWatchedDays(db, vanity, numericId);
    await moveThreads(db, vanity, numericId);
    await moveGroupSignals(db, vanity, numericId);
    const members = await db.members
      .where('[groupId+memberId]')
      .between(...groupRange(vanity))
      .toArray();
    for (const row of members) {
      const moved = rekey(memberFactsOf(row));
      const existing = await db.members.get([numericId, row.memberId]);
      const facts = existing ? mergeMemberFacts(memberFactsOf(existing), moved) : moved;
      await raiseCountsToItems(db, facts);
      await db.members.put(deriveMember(facts));
    }
    await db.members
      .where('[groupId+memberId]')
      .between(...groupRange(vanity))
      .delete();
    await db.notes
      .where('[groupId+memberId]')
      .between(...groupRange(vanity))
      .modify((note) => void (note.groupId = numericId));
    const onboarding = await db.onboarding
      .where('[groupId+memberId]')
      .between(...groupRange(vanity))
      .toArray();
    await db.onboarding.bulkDelete(onboarding.map((row) => row.id));
    await db.onboarding.bulkPut(onboarding.map((row) => toOnboardingRow(rekey(row))));
    const prospects = await db.prospects
      .where('[groupId+memberId]')
      .between(...groupRange(vanity))
      .toArray();
    for (const row of prospects) {
      const existing = await db.prospects.get([numericId, row.memberId]);
      await db.prospects.put(existing ? mergeProspectFacts(existing, rekey(row)) : rekey(row));
    }
    await db.prospects
      .where('[groupId+memberId]')
      .between(...groupRange(vanity))
      .delete();
    // Coverage: the earliest reads of either, counters recounted from the merged members.
    const [fromCoverage, intoCoverage] = await Promise.all([
      db.coverage.get(vanity),
      db.coverage.get(numericId),
    ]);
    const facts = mergeCoverageFacts(
      fromCoverage ? { ...coverageFactsOf(fromCoverage), groupId: numericId } : { groupId: numericId },
      intoCoverage ? coverageFactsOf(intoCoverage) : { groupId: numericId },
    );
    const coverage: CoverageRow = { ...emptyCoverage(numericId), ...facts };
    const merged = await db.members
      .where('[groupId+memberId]')
      .between(...groupRange(numericId))
      .toArray();
    for (const row of merged) adjustCoverage(coverage, undefined, row);
    await db.coverage.put(coverage);
    await db.coverage.delete(vanity);
    const group: GroupRow = into ? mergeGroupRows(into, rekey(from)) : rekey(from);
    const aliases = new Set([...(into?.aliases ?? []), ...(from.aliases ?? []), vanity]);
    aliases.delete(numericId);
    await db.groups.put({ ...group, groupId: numericId, aliases: [...aliases].slice(-20) });
    await db.groups.delete(vanity);
    return true;
  });
}
