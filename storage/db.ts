/**
 * Tend's database. Opened only in the background service worker and the extension's own pages, so it lives in the
 * extension's IndexedDB, never in facebook.com's.
 *
 * Schema versions are dated; each has a one-line changelog and a test that seeds the previous version.
 */
import Dexie, { type Table } from 'dexie';
import type { GroupRow, MemberRow, SightingRow, StateRow } from './schema';

export const DB_NAME = 'tend';

/** [version, date, what changed, Dexie stores] — append, never edit a released line. */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    date: '2026-11-22',
    change: 'First schema: groups, members, sightings, settings, state.',
    stores: {
      groups: 'groupId',
      members: '[groupId+memberId], [groupId+lastSeenAt]',
      sightings: 'key, [groupId+memberId], lastSeenAt',
      settings: '',
      state: 'key',
    },
  },
] as const;

export class TendDatabase extends Dexie {
  groups!: Table<GroupRow, string>;
  members!: Table<MemberRow, [string, string]>;
  sightings!: Table<SightingRow, string>;
  /** One row under the key `settings`; see storage/settings.ts. */
  settings!: Table<unknown, string>;
  state!: Table<StateRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

/** Table names, in a fixed order, for whole-database comparisons and exports. */
export const TABLES = ['groups', 'members', 'sightings', 'settings', 'state'] as const;

let shared: TendDatabase | undefined;
/** The one database instance of this extension context. */
export function db(): TendDatabase {
  shared ??= new TendDatabase();
  return shared;
}
