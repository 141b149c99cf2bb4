/** Live data the panel's frame needs, read straight from the extension's database (writes go through messages). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { knownGroups } from '@/storage/queries';
import type { GroupRow } from '@/storage/schema';

/**
 * A live query about one key (a group). While the query for a new key runs, `useLiveQuery` still returns the
 * previous key's result; this returns `undefined` (loading) instead, so the panel never shows one group's numbers
 * under another group's name. `otherInputs` (settings, the time) also rerun the query when they change.
 */
export function useLiveFor<T>(
  key: string | null,
  query: (key: string | null) => Promise<T>,
  otherInputs: readonly unknown[] = [],
): T | undefined {
  const result = useLiveQuery(async () => ({ key, value: await query(key) }), [key, ...otherInputs]);
  return result && result.key === key ? result.value : undefined;
}

/** Every group Tend knows, most recently read first. */
export function useGroups(): GroupRow[] | undefined {
  return useLiveQuery(() => knownGroups(db()), []);
}

export function useGroupRow(groupId: string | null): GroupRow | null | undefined {
  return useLiveFor(groupId, async (id) => (id ? ((await db().groups.get(id)) ?? null) : null));
}

/** Members Tend has seen in a group: a counter kept at ingest, no table scan. */
export function useMembersSeen(groupId: string | null): number | undefined {
  return useLiveFor(groupId, async (id) => (id ? ((await db().coverage.get(id))?.membersSeen ?? 0) : 0));
}
