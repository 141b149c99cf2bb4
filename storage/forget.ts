/**
 * Forgetting: one member entirely, optionally for good (a salted hash of their id, nothing readable), or one whole
 * group. Each is one transaction: it happens completely or not at all.
 */
import type { TendDatabase } from './db';
import { adjustCoverage, emptyCoverage } from './derived';
import type { MemberRow } from './schema';

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
 * row, and the "invited by" mentions of them in other members' rows. With `neverRecordAgain`, their later
 * sightings are dropped at ingest and import.
 */
export async function forgetMember(
  db: TendDatabase,
  groupId: string,
  memberId: string,
  options: { neverRecordAgain?: boolean } = {},
): Promise<ForgetResult> {
  const neverRecordAgain = options.neverRecordAgain ?? false;
  const hash = neverRecordAgain ? await memberHash(await forgetSalt(db), groupId, memberId) : undefined;
  const tables = [db.members, db.sightings, db.notes, db.onboarding, db.coverage, db.forgotten, db.prospects];
  return db.transaction('rw', tables, async () => {
    const request = await db.prospects.get([groupId, memberId]);
    if (request) await db.prospects.delete([groupId, memberId]);
    const removedSightings = await db.sightings
      .where('[groupId+memberId]')
      .equals([groupId, memberId])
      .delete();
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
    if (hash) await db.forgotten.put({ groupId, hash });
    return {
      removedSightings,
      removedNotes,
      removedOnboarding,
      removedMember: member !== undefined,
      removedRequest: request !== undefined,
      neverRecordAgain,
    };
  });
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
  const tables = [db.members, db.sightings, db.notes, db.onboarding, db.coverage, db.groups, db.prospects];
  return db.transaction('rw', tables, async () => {
    const removedMembers = await db.members
      .where('[groupId+memberId]')
      .between([groupId, ''], [groupId, '\uffff'])
      .delete();
    const [lower, upper] = sightingKeyRange(groupId);
    const removedSightings = await db.sightings.where('key').between(lower, upper).delete();
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
