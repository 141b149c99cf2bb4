/**
 * Forgetting: one member entirely, optionally for good (a salted hash of their id, nothing readable), or one whole
 * group. Each is one transaction: it happens completely or not at all.
 */
import { clearGroupSignals, forgetMemberSignals } from './signals-removal';
import type { TendDatabase } from './db';
import { adjustCoverage, emptyCoverage } from './derived';
import type { ForgottenRow, MemberRow } from './schema';

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** SHA-256 of the member id, salted with this installation's salt and the group (so groups cannot be linked). */
export async function memberHash(salt: string, groupId: string, memberId: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`${salt}|${groupId}|${memberId}`),
  );
  return hex(digest);
}

/** The salt, created once on first use and stored in the meta table. */
export async function forgetSalt(db: TendDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get('forgetSalt');
    if (stored?.key === 'forgetSalt') return stored.salt;
    const salt = hex(crypto.getRandomValues(new Uint8Array(32)));
    await db.meta.put({ key: 'forgetSalt', salt });
    return salt;
  });
}

/**
 * Hashes of `memberIds` when the group has members that must never be recorded again, else undefined (the usual
 * case costs two small reads and no hashing).
 */
export async function forgottenHashesOf(
  db: TendDatabase,
  groupId: string,
  memberIds: readonly string[],
): Promise<Map<string, string> | undefined> {
  const stored = await db.meta.get('forgetSalt');
  if (stored?.key !== 'forgetSalt') return undefined;
  const any = await db.forgotten.where('[groupId+hash]').between([groupId, ''], [groupId, '\uffff']).count();
  if (any === 0) return undefined;
  const hashes = await Promise.all(memberIds.map((id) => memberHash(stored.salt, groupId, id)));
  return new Map(memberIds.map((id, index) => [id, hashes[index]!]));
}

/** Hashes computed outside a transaction, by `${groupId}|${key}` (hashing is not an IndexedDB operation). */
export type KeyHashes = ReadonlyMap<string, string>;
const hashSlot = (groupId: string, key: string) => `${groupId}|${key}`;

/**
 * Thrown inside a transaction that needs hashes it was not given: the transaction is rolled back whole, the
 * caller hashes `needed` (see `hashKeys`) and runs it again.
 */
export class NeedsHashes extends Error {
  override name = 'NeedsHashes';
  constructor(
    readonly salt: string,
    readonly needed: readonly (readonly [groupId: string, key: string])[],
  ) {
    super('hashes needed');
  }
}

/** `given` plus the hashes `request` asked for. */
export async function hashKeys(request: NeedsHashes, given: KeyHashes = new Map()): Promise<KeyHashes> {
  const hashes = new Map(given);
  await Promise.all(
    request.needed.map(async ([groupId, key]) =>
      hashes.set(hashSlot(groupId, key), await memberHash(request.salt, groupId, key)),
    ),
  );
  return hashes;
}

/** Runs `work` in a transaction until it no longer asks for hashes (at most a few rounds: each adds what it asked). */
export async function withHashes<T>(run: (hashes: KeyHashes) => Promise<T>): Promise<T> {
  let hashes: KeyHashes = new Map();
  for (;;) {
    try {
      return await run(hashes);
    } catch (error) {
      if (!(error instanceof NeedsHashes)) throw error;
      hashes = await hashKeys(error, hashes);
    }
  }
}

/**
 * Inside a transaction: which of `keysOf`'s people are on a "never record again" list of one of `groupIds`, by any
 * of their keys. Throws `NeedsHashes` when a hash is missing. Also returns, for each refused person, the hashes
 * under `groupIds[0]` not stored yet: recording them keeps every key they were seen under covered from now on.
 */
export async function forgottenAmong(
  db: TendDatabase,
  groupIds: readonly string[],
  keysOf: ReadonlyMap<string, readonly string[]>,
  hashes: KeyHashes,
): Promise<{ refused: Set<string>; newRows: ForgottenRow[] }> {
  const none = { refused: new Set<string>(), newRows: [] };
  const stored = await db.meta.get('forgetSalt');
  if (stored?.key !== 'forgetSalt') return none;
  const counts = await Promise.all(
    groupIds.map((id) => db.forgotten.where('[groupId+hash]').between([id, ''], [id, '\uffff']).count()),
  );
  const watched = groupIds.filter((_, index) => counts[index]! > 0);
  if (watched.length === 0) return none;
  const [home] = groupIds as [string];
  const slots = [...new Set([home, ...watched])].flatMap((groupId) =>
    [...new Set([...keysOf.values()].flat())].map((key) => [groupId, key] as const),
  );
  const missing = slots.filter(([groupId, key]) => !hashes.has(hashSlot(groupId, key)));
  if (missing.length > 0) throw new NeedsHashes(stored.salt, missing);
  const found = await db.forgotten.bulkGet(
    slots.map(([groupId, key]) => [groupId, hashes.get(hashSlot(groupId, key))!] as [string, string]),
  );
  const isStored = new Set(slots.filter((_, index) => found[index]).map(([g, key]) => hashSlot(g, key)));
  const refused = new Set<string>();
  const newRows: ForgottenRow[] = [];
  for (const [person, keys] of keysOf) {
    if (!watched.some((groupId) => keys.some((key) => isStored.has(hashSlot(groupId, key))))) continue;
    refused.add(person);
    for (const key of keys)
      if (!isStored.has(hashSlot(home, key)))
        newRows.push({ groupId: home, hash: hashes.get(hashSlot(home, key))! });
  }
  return { refused, newRows };
}

/** Every key a member was known by in a group: their id, their row's vanity, the vanities their sightings showed. */
async function keysOfMember(db: TendDatabase, groupId: string, memberId: string): Promise<string[]> {
  const [member, sightings] = await Promise.all([
    db.members.get([groupId, memberId]),
    db.sightings.where('[groupId+memberId]').equals([groupId, memberId]).toArray(),
  ]);
  const vanities = [member?.vanity, ...sightings.map((row) => row.vanity)];
  return [...new Set([memberId, ...vanities.filter((key) => key !== undefined)])];
}

/** Whether a member is on the "never record again" list of a group. */
export async function isForgotten(db: TendDatabase, groupId: string, memberId: string): Promise<boolean> {
  const hashes = await forgottenHashesOf(db, groupId, [memberId]);
  const hash = hashes?.get(memberId);
  return hash !== undefined && (await db.forgotten.get([groupId, hash])) !== undefined;
}

export interface ForgetResult {
  removedSightings: number;
  removedNotes: number;
  removedOnboarding: number;
  removedMember: boolean;
  /** Their request to join (time, screening answers) or invitation, if Tend kept one. */
  removedRequest: boolean;
  neverRecordAgain: boolean;
}

const sightingKeyRange = (groupId: string, memberId?: string): [string, string] => {
  const prefix = memberId === undefined ? `${groupId}|` : `${groupId}|${memberId}|`;
  return [prefix, `${prefix}\uffff`];
};

/**
 * Removes everything Tend holds about one member of one group: sightings, notes, onboarding history, the member
 * row, and the "invited by" mentions of them in other members' rows. With `neverRecordAgain`, a salted hash of
 * every key they were known by (numeric id, vanity names) is kept, and their later sightings under any of them are
 * dropped at ingest and import.
 */
export async function forgetMember(
  db: TendDatabase,
  groupId: string,
  memberId: string,
  options: { neverRecordAgain?: boolean } = {},
): Promise<ForgetResult> {
  const neverRecordAgain = options.neverRecordAgain ?? false;
  const salt = neverRecordAgain ? await forgetSalt(db) : undefined;
  const tables = [
    db.members,
    db.sightings,
    db.notes,
    db.onboarding,
    db.coverage,
    db.forgotten,
    db.prospects,
    db.counted,
    db.fingerprints,
    db.signals,
  ];
  return withHashes((hashes) =>
    db.transaction('rw', tables, async () => {
      // Every key they were known by is hashed, read in this same transaction so none seen meanwhile is missed.
      const keys = salt ? await keysOfMember(db, groupId, memberId) : [];
      const missing = keys.filter((key) => !hashes.has(hashSlot(groupId, key)));
      if (salt && missing.length > 0)
        throw new NeedsHashes(
          salt,
          missing.map((key) => [groupId, key] as const),
        );
      const request = await db.prospects.get([groupId, memberId]);
      if (request) await db.prospects.delete([groupId, memberId]);
      const removedSightings = await db.sightings
        .where('[groupId+memberId]')
        .equals([groupId, memberId])
        .delete();
      await db.counted
        .where('key')
        .between(...sightingKeyRange(groupId, memberId))
        .delete();
      // Weak signals: their pictures' fingerprints and every signal naming them.
      await forgetMemberSignals(db, groupId, memberId);
      const removedNotes = await db.notes.where('[groupId+memberId]').equals([groupId, memberId]).delete();
      const removedOnboarding = await db.onboarding
        .where('[groupId+memberId]')
        .equals([groupId, memberId])
        .delete();
      const member = await db.members.get([groupId, memberId]);
      if (member) {
        await db.members.delete([groupId, memberId]);
        const coverage = (await db.coverage.get(groupId)) ?? emptyCoverage(groupId);
        adjustCoverage(coverage, member, undefined);
        await db.coverage.put(coverage);
      }
      // Others' rows may name them as the person who invited them.
      const mentions = (row: { invitedBy?: MemberRow['invitedBy'] }) => row.invitedBy?.memberId === memberId;
      await db.members
        .where('[groupId+memberId]')
        .between([groupId, ''], [groupId, '\uffff'])
        .filter(mentions)
        .modify((row) => void delete row.invitedBy);
      const [lower, upper] = sightingKeyRange(groupId);
      await db.sightings
        .where('key')
        .between(lower, upper)
        .filter(mentions)
        .modify((row) => void delete row.invitedBy);
      await db.prospects
        .where('[groupId+memberId]')
        .between([groupId, ''], [groupId, '\uffff'])
        .filter(mentions)
        .modify((row) => void delete row.invitedBy);
      await db.forgotten.bulkPut(keys.map((key) => ({ groupId, hash: hashes.get(hashSlot(groupId, key))! })));
      return {
        removedSightings,
        removedNotes,
        removedOnboarding,
        removedMember: member !== undefined,
        removedRequest: request !== undefined,
        neverRecordAgain,
      };
    }),
  );
}

export interface ClearGroupResult {
  removedMembers: number;
  removedSightings: number;
  removedNotes: number;
  removedOnboarding: number;
  removedRequests: number;
}

/**
 * Removes everything Tend holds about one group. The "never record again" list stays: clearing a log is not
 * a reason to start recording someone who asked not to be.
 */
export async function clearGroup(db: TendDatabase, groupId: string): Promise<ClearGroupResult> {
  const tables = [
    db.members,
    db.sightings,
    db.notes,
    db.onboarding,
    db.coverage,
    db.groups,
    db.prospects,
    db.counted,
    db.watch,
    db.threads,
    db.fingerprints,
    db.signals,
  ];
  return db.transaction('rw', tables, async () => {
    // What Tend watched of the group goes with it (its days, its posts' comment coverage), and its weak signals.
    await db.watch.where('[groupId+day]').between([groupId, ''], [groupId, '\uffff']).delete();
    await db.threads.where('[groupId+postId]').between([groupId, ''], [groupId, '\uffff']).delete();
    await clearGroupSignals(db, groupId);
    const removedMembers = await db.members
      .where('[groupId+memberId]')
      .between([groupId, ''], [groupId, '\uffff'])
      .delete();
    const [lower, upper] = sightingKeyRange(groupId);
    const removedSightings = await db.sightings.where('key').between(lower, upper).delete();
    await db.counted.where('key').between(lower, upper).delete();
    const removedNotes = await db.notes
      .where('[groupId+memberId]')
      .between([groupId, ''], [groupId, '\uffff'])
      .delete();
    const removedOnboarding = await db.onboarding
      .where('[groupId+memberId]')
      .between([groupId, ''], [groupId, '\uffff'])
      .delete();
    const removedRequests = await db.prospects
      .where('[groupId+memberId]')
      .between([groupId, ''], [groupId, '\uffff'])
      .delete();
    await db.coverage.delete(groupId);
    await db.groups.delete(groupId);
    return { removedMembers, removedSightings, removedNotes, removedOnboarding, removedRequests };
  });
}
