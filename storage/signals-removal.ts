/**
 * Removing what weak signals keep: retention, "forget this member" and clearing a group. Apart from signals.ts so
 * that forgetting and retention do not load the detectors and the tone check's lexicons with them.
 *
 * No value import of Dexie here: forget.ts imports this module, and Dexie must load after a test's fake IndexedDB.
 */
import { DAY_MS } from '@/utils/activity/coverage';
import type { TendDatabase } from './db';
import { memberKeyOf } from './signals-schema';

/** Retention: fingerprints of posts older than the period, and signals not raised again within it. */
export async function pruneSignalData(db: TendDatabase, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(+now - retentionDays * DAY_MS).toISOString();
  return db.transaction('rw', db.fingerprints, db.signals, async () => {
    const prints = await db.fingerprints.where('at').below(cutoff).delete();
    const signals = await db.signals.where('updatedAt').below(cutoff).delete();
    return prints + signals;
  });
}

/** "Forget this member": their fingerprints, and every signal naming them (its evidence is about them). */
export async function forgetMemberSignals(
  db: TendDatabase,
  groupId: string,
  memberId: string,
): Promise<number> {
  const prints = await db.fingerprints.where('[groupId+memberId]').equals([groupId, memberId]).delete();
  const signals = await db.signals.where('memberKeys').equals(memberKeyOf(groupId, memberId)).delete();
  return prints + signals;
}

/** Clearing a group: all its fingerprints and signals. */
export async function clearGroupSignals(db: TendDatabase, groupId: string): Promise<void> {
  await db.fingerprints.where('[groupId+key+itemId]').between([groupId, ''], [groupId, '\uffff']).delete();
  await db.signals.where('[groupId+updatedAt]').between([groupId, ''], [groupId, '\uffff']).delete();
}
