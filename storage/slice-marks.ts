/**
 * What changed in a shared group's log since its last publish: a mark per slice (a person, the group, a watched
 * day; see storage/sharing/slices.ts), written by a Dexie middleware in the very transaction that changes the
 * row, so no writer can forget it (ingest, import, merges, forgets, clears, notes, onboarding marks, retention).
 * Publishing reads the marked slices only, then takes back the marks it saw (see storage/sharing/publish.ts).
 *
 * Only groups whose publishing asked for it are tracked (a `#tracked|group` row, written before their first whole
 * publish): a solo admin's writes cost one small read and leave nothing behind.
 */
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Dexie,
  Middleware,
} from 'dexie';
import { z } from 'zod';
import { LOG_SECTIONS } from './export';

export const SLICE_MARKS = 'sliceMarks';

export const SliceMarkRow = z.strictObject({
  /** `#tracked|group`, or a slice: `group|group`, `group|person|member`, `group|day|day`, `group|all`. */
  key: z.string().max(1_000),
  /** New at every write: a publish takes back a mark only if no write came after what it read. */
  token: z.string().max(100),
});
export type SliceMarkRow = z.infer<typeof SliceMarkRow>;

const TRACKED = '#tracked|';
export const trackedKey = (groupId: string) => `${TRACKED}${groupId}`;
export const groupMark = (groupId: string) => `${groupId}|group`;
export const personMark = (groupId: string, memberId: string) => `${groupId}|person|${memberId}`;
export const dayMark = (groupId: string, day: string) => `${groupId}|day|${day}`;
/** Something changed in the group that no one slice names (a range deleted): the next publish reads it all. */
export const allMark = (groupId: string) => `${groupId}|all`;

type LogTable = (typeof LOG_SECTIONS)[number];
const LOG_TABLES = new Set<string>(LOG_SECTIONS);

type Row = { groupId?: unknown; memberId?: unknown; day?: unknown; key?: unknown };

/** A sighting's or counted item's key: `group|member|kind|item`. */
function marksOfItemKey(key: unknown): string[] {
  if (typeof key !== 'string') return [];
  const [groupId, memberId] = key.split('|');
  return groupId !== undefined && memberId !== undefined ? [personMark(groupId, memberId)] : [];
}

/** The slice a stored row belongs to. */
function marksOfRow(table: LogTable, row: Row | undefined): string[] {
  if (!row || typeof row.groupId !== 'string') return table === 'counted' ? marksOfItemKey(row?.key) : [];
  if (table === 'groups' || table === 'coverage') return [groupMark(row.groupId)];
  if (table === 'watch') return typeof row.day === 'string' ? [dayMark(row.groupId, row.day)] : [];
  const person = typeof row.memberId === 'string' ? [personMark(row.groupId, row.memberId)] : [];
  // A sighting is read into its member's slice, its key into the slice its key names: both are marked.
  return table === 'sightings' ? [...person, ...marksOfItemKey(row.key)] : person;
}

/** The slice a primary key names, or undefined when only the row tells (notes and onboarding, keyed by id). */
function marksOfKey(table: LogTable, key: unknown): string[] | undefined {
  if (table === 'groups' || table === 'coverage') return typeof key === 'string' ? [groupMark(key)] : [];
  if (table === 'sightings' || table === 'counted') return marksOfItemKey(key);
  if (table === 'notes' || table === 'onboarding') return undefined;
  if (!Array.isArray(key) || typeof key[0] !== 'string' || typeof key[1] !== 'string') return [];
  return [table === 'watch' ? dayMark(key[0], key[1]) : personMark(key[0], key[1])];
}

/**
 * A deleted range: one person's items or one row's slice when the bounds say so, else the whole group the range
 * lies in, else (notes and onboarding are keyed by id, which names no group) every tracked group.
 */
function marksOfRange(table: LogTable, lower: unknown, upper: unknown): string[] | 'every group' {
  if (table === 'notes' || table === 'onboarding') return 'every group';
  if (table === 'groups' || table === 'coverage')
    return typeof lower === 'string' && lower === upper ? [groupMark(lower)] : 'every group';
  if (table === 'sightings' || table === 'counted') {
    if (typeof lower !== 'string' || typeof upper !== 'string') return 'every group';
    const [low, high] = [lower.split('|'), upper.split('|')];
    // Keys between two keys that share the prefix `group|` (or `group|member|`) share it too.
    if (low.length < 2 || high.length < 2 || low[0] !== high[0]) return 'every group';
    const samePerson = low.length >= 3 && high.length >= 3 && low[1] === high[1];
    return [samePerson ? personMark(low[0]!, low[1]!) : allMark(low[0]!)];
  }
  // [groupId, memberId] or [groupId, day]: keys between two of one group are of that group.
  if (!Array.isArray(lower) || !Array.isArray(upper)) return 'every group';
  if (typeof lower[0] !== 'string' || lower[0] !== upper[0]) return 'every group';
  const one = lower.length === 2 && upper.length === 2 && lower[1] === upper[1];
  return (one && marksOfKey(table, lower)) || [allMark(lower[0])];
}

async function marksOf(table: LogTable, core: DBCoreTable, req: DBCoreMutateRequest) {
  if (req.type === 'add' || req.type === 'put')
    return req.values.flatMap((value) => marksOfRow(table, value as Row));
  if (req.type === 'deleteRange') return marksOfRange(table, req.range.lower, req.range.upper);
  const byKey = req.keys.map((key) => marksOfKey(table, key));
  if (byKey.every((marks) => marks !== undefined)) return byKey.flat();
  const rows = await core.getMany({ trans: req.trans, keys: req.keys });
  return rows.flatMap((row) => marksOfRow(table, row as Row));
}

const groupOfMark = (mark: string) => mark.slice(0, mark.indexOf('|'));

/** Whether this transaction can write marks (a schema upgrade's may run before the table exists). */
function reaches(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return typeof names?.contains !== 'function' || names.contains(SLICE_MARKS);
}

let written = 0;
const newToken = () =>
  `${Date.now().toString(36)}-${(written++).toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Range queries on the marks' primary key (DBCoreRangeType.Range, a const enum Dexie declares only as a type). */
const KEY_RANGE = 2 as DBCoreKeyRange['type'];

/** The groups among `groupIds` (all of them when undefined) whose changes are tracked. */
async function trackedAmong(store: DBCoreTable, trans: DBCoreTransaction, groupIds?: string[]) {
  if (groupIds) {
    const rows = await store.getMany({ trans, keys: groupIds.map(trackedKey) });
    return new Set(groupIds.filter((_, index) => rows[index] !== undefined));
  }
  const range = { type: KEY_RANGE, lower: TRACKED, upper: `${TRACKED}\uffff` };
  const found = await store.query({ trans, values: false, query: { index: store.schema.primaryKey, range } });
  return new Set((found.result as string[]).map((key) => key.slice(TRACKED.length)));
}

async function writeMarks(down: DBCore, req: DBCoreMutateRequest, marks: string[] | 'every group') {
  if (!reaches(req.trans) || (Array.isArray(marks) && marks.length === 0)) return;
  const store = down.table(SLICE_MARKS);
  const named = marks === 'every group' ? undefined : [...new Set(marks.map(groupOfMark))];
  const groups = await trackedAmong(store, req.trans, named);
  if (groups.size === 0) return;
  const wanted =
    marks === 'every group'
      ? [...groups].map(allMark)
      : marks.filter((mark) => groups.has(groupOfMark(mark)));
  const token = newToken();
  const values = [...new Set(wanted)].map((key): SliceMarkRow => ({ key, token }));
  await store.mutate({ trans: req.trans, type: 'put', values });
}

/** The middleware: marks every slice a write to the log changes, in the same transaction. */
export const sliceMarking: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sliceMarking',
  // Right above IndexedDB, under Dexie's own middlewares: they read Dexie's zone, which an await here would lose.
  level: -2,
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const writesLog = mode === 'readwrite' && stores.some((name) => LOG_TABLES.has(name));
        const scope = writesLog && !stores.includes(SLICE_MARKS) ? [...stores, SLICE_MARKS] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const core = down.table(name);
        if (!LOG_TABLES.has(name)) return core;
        const table = name as LogTable;
        return {
          ...core,
          async mutate(req) {
            await writeMarks(down, req, await marksOf(table, core, req));
            return core.mutate(req);
          },
        };
      },
    };
  },
};

/**
 * Marks slices by hand, for a change the log's rows do not show: a co-admin's document absorbed here holds their
 * version of the slice, which the next publish writes over with the merged one if it differs.
 */
export async function markSlices(db: Dexie, marks: readonly string[]): Promise<void> {
  if (marks.length === 0) return;
  const table = db.table<SliceMarkRow, string>(SLICE_MARKS);
  await db.transaction('rw', table, async () => {
    const groups = [...new Set(marks.map(groupOfMark))];
    const tracked = await table.bulkGet(groups.map(trackedKey));
    const kept = marks.filter((mark) => tracked[groups.indexOf(groupOfMark(mark))] !== undefined);
    const token = newToken();
    await table.bulkPut([...new Set(kept)].map((key) => ({ key, token })));
  });
}

/** Stops tracking a group (sharing turned off): its marks go, and its writes leave none until it publishes again. */
export async function untrack(db: Dexie, groupId: string): Promise<void> {
  const table = db.table<SliceMarkRow, string>(SLICE_MARKS);
  await db.transaction('rw', table, async () => {
    await table.delete(trackedKey(groupId));
    await table.where('key').between(`${groupId}|`, `${groupId}|\uffff`).delete();
  });
}
