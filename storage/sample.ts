/**
 * Sample data: a simulated group imported for a demo (its group row says `sample: true`). It can be removed in one
 * step, with no confirmation, because nothing real is lost; a real group is refused, whoever asks.
 */
import type { TendDatabase } from './db';
import { TendError } from './errors';
import { clearGroup, type ClearGroupResult } from './forget';

export async function removeSampleGroup(
  db: TendDatabase,
  groupId: string,
  now = new Date(),
): Promise<ClearGroupResult> {
  const group = await db.groups.get(groupId);
  if (!group?.sample) {
    throw new TendError(
      `Group ${groupId} is not sample data: nothing was removed. A real group is cleared from Export & import.`,
    );
  }
  const result = await clearGroup(db, groupId);
  // The panel then follows the group read most recently, if any.
  const current = await db.state.get('current');
  if (current?.groupId === groupId) {
    const next = (await db.groups.toArray()).sort((a, b) => (a.lastReadAt < b.lastReadAt ? 1 : -1))[0];
    await db.state.put({
      key: 'current',
      groupId: next?.groupId ?? null,
      tabId: null,
      url: null,
      status: null,
      at: now.toISOString(),
    });
  }
  return result;
}
