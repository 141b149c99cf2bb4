/** Shared by the storage tests: a fresh database per test, and a hash of every table. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { SCHEMA_VERSIONS, TABLES, TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import type { Sighting } from '@/storage/schema';

export async function freshDb(prefix = 'test'): Promise<TendDatabase> {
  const database = new TendDatabase(`${prefix}-${crypto.randomUUID()}`);
  await database.open();
  return database;
}

/** Every row of every table, in primary-key order (what "nothing changed" is checked against). */
export async function hashAllTables(
  database: TendDatabase,
  tables: readonly string[] = TABLES,
): Promise<string> {
  const rows = await Promise.all(
    tables.map(async (name) => {
      const table = database.table(name);
      const keys = await table.toCollection().primaryKeys();
      return [name, keys, await table.toArray()];
    }),
  );
  return JSON.stringify(rows);
}

export const GROUP = '1234567';
export const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();

export const post = (
  memberId: string,
  itemId: string,
  name = `Member ${memberId}`,
  at?: string,
): Sighting => ({
  memberId,
  name,
  kind: 'post',
  itemId,
  permalink: `https://www.facebook.com/groups/${GROUP}/posts/${itemId}/`,
  ...(at ? { at } : {}),
});
export const comment = (memberId: string, itemId: string, name = `Member ${memberId}`): Sighting => ({
  memberId,
  name,
  kind: 'comment',
  itemId,
});
export const listed = (memberId: string, name: string, extra: Partial<Sighting> = {}): Sighting => ({
  memberId,
  name,
  kind: 'member',
  ...extra,
});

export async function ingest(
  database: TendDatabase,
  readAt: string,
  sightings: Sighting[],
  pageKind: 'group-feed' | 'group-members' | 'member-requests' = sightings.every((s) => s.kind === 'member')
    ? 'group-members'
    : 'group-feed',
  groupId = GROUP,
) {
  return ingestSightings(database, { groupId, pageKind, readAt, sightings });
}

/** Every row of `tables` in `db`, with its primary key (the settings table is keyed out of line). */
export async function snapshotTables(db: Dexie, tables: readonly string[]) {
  const rows: Record<string, unknown[]> = Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()])),
  );
  const keys: Record<string, unknown[]> = Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await db.table(t).toCollection().primaryKeys()])),
  );
  return { rows, keys };
}

/** A database named `name` at an older schema `version`, holding a snapshot's rows, as a user's would be. */
export async function writeAtVersion(
  name: string,
  version: number,
  { rows, keys }: Awaited<ReturnType<typeof snapshotTables>>,
): Promise<void> {
  const old = new Dexie(name);
  for (const entry of SCHEMA_VERSIONS.slice(0, version)) old.version(entry.version).stores(entry.stores);
  await old.open();
  for (const [table, list] of Object.entries(rows)) {
    if (table === 'settings') await old.table(table).bulkPut(list, keys[table] as string[]);
    else await old.table(table).bulkPut(list);
  }
  old.close();
}
