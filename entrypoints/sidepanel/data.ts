/** Live data the panel's frame needs, read straight from the extension's database (writes go through messages). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import type { GroupRow } from '@/storage/schema';

/** Every group Tend knows, most recently read first. */
export function useGroups(): GroupRow[] | undefined {
  return useLiveQuery(
    async () => (await db().groups.toArray()).sort((a, b) => b.lastReadAt.localeCompare(a.lastReadAt)),
    [],
  );
}
