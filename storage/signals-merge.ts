/**
 * Weak signals under a new key: a group first kept under its vanity name and then its numeric id, a member seen
 * by vanity and then by number, a co-admin's or a backup's signals over one's own. The one rule for two versions
 * of a signal, and the moves that keep fingerprints and signals with their group and member (aliases.ts).
 *
 * No value import of Dexie or the detectors here: aliases.ts and import.ts load this module.
 */
import type { TendDatabase } from './db';
import { canonicalJson } from './merge';
import { FingerprintRow, SignalRow, memberKeyOf } from './signals-schema';

/** The fields the merge rule reads: both a stored row and a file's row have them. */
interface SignalVersion {
  createdAt: string;
  updatedAt: string;
}

/**
 * Two versions of one signal: the later update wins whole (its state, snooze and evidence: what the admin did last
 * stands), ties broken by the value; raised first at the earlier time. Idempotent and commutative.
 */
export function mergeSignalFacts<T extends SignalVersion>(a: T, b: T): T {
  const later =
    a.updatedAt === b.updatedAt
      ? canonicalJson(a) <= canonicalJson(b)
        ? a
        : b
      : a.updatedAt > b.updatedAt
        ? a
        : b;
  return { ...later, createdAt: a.createdAt < b.createdAt ? a.createdAt : b.createdAt };
}

/** A signal's natural key names its kind, then its group (`kind|group|…`): the same key under another group. */
export function signalKeyIn(key: string, from: string, into: string): string {
  const [kind, group, ...rest] = key.split('|');
  return group === from ? [kind, into, ...rest].join('|') : key;
}

const groupRange = (groupId: string): [[string, string], [string, string]] => [
  [groupId, ''],
  [groupId, '\uffff'],
];

/**
 * Puts signal rows, each merged with the row already under its key. A Dexie promise, not an async function: the
 * caller's transaction follows only a few native awaits past a database request, and a helper's own await would
 * use one up (the transaction was found inactive right after such a nested return).
 */
function putMerged(db: TendDatabase, rows: readonly SignalRow[]) {
  return db.signals.bulkGet(rows.map((row) => row.key)).then((known) =>
    db.signals.bulkPut(
      rows.map((row, index) => {
        const existing = known[index];
        return SignalRow.parse(existing ? mergeSignalFacts(existing, row) : row);
      }),
    ),
  );
}

/**
 * A group's vanity merged into its numeric id (mergeGroupInto): its fingerprints and signals move to the numeric
 * id, signals re-keyed and merged with any the numeric id already had. Run inside the caller's transaction, which
 * must include both tables.
 */
export async function moveGroupSignals(db: TendDatabase, vanity: string, numericId: string): Promise<void> {
  const prints = await db.fingerprints
    .where('[groupId+key+itemId]')
    .between(...groupRange(vanity))
    .toArray();
  const movedPrints = prints.map((row) => FingerprintRow.parse({ ...row, groupId: numericId }));
  const knownPrints = await db.fingerprints.bulkGet(
    movedPrints.map((row) => [row.groupId, row.key, row.itemId] as [string, string, string]),
  );
  // One picture of one post read under both ids: either row says the same; the canonical first is kept.
  await db.fingerprints.bulkPut(
    movedPrints.map((row, index) => {
      const existing = knownPrints[index];
      return existing && canonicalJson(existing) <= canonicalJson(row) ? existing : row;
    }),
  );
  await db.fingerprints
    .where('[groupId+key+itemId]')
    .between(...groupRange(vanity))
    .delete();
  const signals = await db.signals
    .where('[groupId+updatedAt]')
    .between(...groupRange(vanity))
    .toArray();
  await db.signals.bulkDelete(signals.map((row) => row.key));
  await putMerged(
    db,
    signals.map((row) => ({
      ...row,
      key: signalKeyIn(row.key, vanity, numericId),
      groupId: numericId,
      memberKeys: row.memberIds.map((id) => memberKeyOf(numericId, id)),
    })),
  );
}

/**
 * A member's vanity merged into their numeric id (mergeVanityRows): their fingerprints and the signals naming them
 * name the numeric id, so "forget this member" still finds them. Inside the caller's transaction.
 */
export async function moveMemberSignals(
  db: TendDatabase,
  groupId: string,
  vanity: string,
  numericId: string,
): Promise<void> {
  await db.fingerprints
    .where('[groupId+memberId]')
    .equals([groupId, vanity])
    .modify((row) => void (row.memberId = numericId));
  const signals = await db.signals.where('memberKeys').equals(memberKeyOf(groupId, vanity)).toArray();
  const renamed = signals.map((row) => {
    const memberIds = [...new Set(row.memberIds.map((id) => (id === vanity ? numericId : id)))];
    return { ...row, memberIds, memberKeys: memberIds.map((id) => memberKeyOf(groupId, id)) };
  });
  await db.signals.bulkPut(renamed.map((row) => SignalRow.parse(row)));
}
