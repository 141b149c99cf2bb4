/**
 * Export: the member log as JSON in Tend's own versioned format (storage/files.ts, documented in
 * storage/EXPORT-FORMAT.md), and the members as CSV.
 *
 * Large logs go out in chunks: each call reads at most `rowsPerChunk` rows in primary-key order (`limit`, no
 * offset) and returns text plus a cursor for the next call, so memory stays flat and the panel can show progress.
 * The cursor is plain JSON, so the same API works through a message (panel ↔ background) or as a generator.
 * Each chunk is read in its own transaction: a row written while an export runs may or may not be in it, but
 * every row in it is whole.
 */
import type { Table } from 'dexie';
import Papa from 'papaparse';
import { z } from 'zod';
import type { TendDatabase } from './db';
import { MAX_KEY, MIN_KEY, coverageFactsOf, memberFactsOf, sightingFactsOf, tierOf } from './derived';
import { fileHeader, type FileHeader } from './files';
import {
  IsoTime,
  type CountedRow,
  type MemberRow,
  type NoteRow,
  type OnboardingEntry,
  type OnboardingRow,
  type ProspectRow,
  type WatchRow,
} from './schema';
import type { TierThresholds } from './settings';
import type { FingerprintRow, SignalRow } from './signals-schema';

/** Small enough that a chunk's rows die young (scavenged, never promoted): the heap stays flat whatever the log size. */
export const DEFAULT_ROWS_PER_CHUNK = 1_000;

/** The member log's tables, in file order; import takes the same ones. */
export const LOG_SECTIONS = [
  'groups',
  'coverage',
  'members',
  'sightings',
  'notes',
  'onboarding',
  'prospects',
  'watch',
  'counted',
] as const;
/**
 * The weak signals' tables, written after the member log's (file version 5). Not in `LOG_SECTIONS`, which sharing
 * also takes: a co-admin's shared log carries no signals. Sharing them was tried (each in its first member's
 * slice) and lost a forget: a signal names several members while the shared log has one document per person, so
 * a co-admin who had not applied "forget X" yet sent back, in Y's document, the signal naming X. Sharing them
 * needs a document per signal that a forget of any member it names tombstones.
 */
export const SIGNAL_SECTIONS = ['fingerprints', 'signals'] as const;
/** Every section of the export file, in file order. */
export const FILE_SECTIONS = [...LOG_SECTIONS, ...SIGNAL_SECTIONS] as const;
type LogSection = (typeof FILE_SECTIONS)[number];

const PrimaryKey = z.union([
  z.string().max(2_000),
  z.tuple([z.string().max(200), z.string().max(200)]),
  // Fingerprints: [groupId, key, itemId].
  z.tuple([z.string().max(200), z.string().max(400), z.string().max(200)]),
]);
type PrimaryKey = z.infer<typeof PrimaryKey>;

/** Where a chunked export stands. Opaque to the panel: it passes back what it was given. */
export const ExportCursor = z.strictObject({
  exportedAt: IsoTime,
  section: z.number().int().min(0).max(FILE_SECTIONS.length),
  after: PrimaryKey.optional(),
  /** Rows already written in the current section (for the commas between them). */
  writtenInSection: z.number().int().min(0),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ExportCursor = z.infer<typeof ExportCursor>;

export interface ExportChunk {
  text: string;
  /** Pass back for the next chunk; null when this was the last one. */
  next: ExportCursor | null;
  progress: { done: number; total: number };
}

export interface LogExportOptions {
  /** One group, or every group when absent. */
  groupId?: string | undefined;
  rowsPerChunk?: number;
}

type AnyTable = Table<unknown, PrimaryKey>;

interface SectionReader {
  table: (db: TendDatabase) => AnyTable;
  /** Primary-key range of the section's rows (one group, or all). */
  range: (groupId: string | undefined) => [PrimaryKey | number, PrimaryKey | unknown[][]];
  /** For tables whose primary key does not start with the group id. */
  filter?: (groupId: string) => (row: unknown) => boolean;
  keyOf: (row: unknown) => PrimaryKey;
  toFile: (row: unknown) => unknown;
}

const everything = (): [number, unknown[][]] => [MIN_KEY, MAX_KEY()];
const prefixRange = (prefix: string): [string, string] => [prefix, `${prefix}\uffff`];

function onboardingEntryOf(row: OnboardingRow): OnboardingEntry {
  const entry: Partial<OnboardingRow> = { ...row };
  delete entry.id;
  return entry as OnboardingEntry;
}

const READERS: Record<LogSection, SectionReader> = {
  groups: {
    table: (db) => db.groups as unknown as AnyTable,
    range: (groupId) => (groupId === undefined ? everything() : [groupId, groupId]),
    keyOf: (row) => (row as { groupId: string }).groupId,
    toFile: (row) => row,
  },
  coverage: {
    table: (db) => db.coverage as unknown as AnyTable,
    range: (groupId) => (groupId === undefined ? everything() : [groupId, groupId]),
    keyOf: (row) => (row as { groupId: string }).groupId,
    toFile: (row) => coverageFactsOf(row as Parameters<typeof coverageFactsOf>[0]),
  },
  members: {
    table: (db) => db.members as unknown as AnyTable,
    range: (groupId) =>
      groupId === undefined
        ? everything()
        : [
            [groupId, ''],
            [groupId, '\uffff'],
          ],
    keyOf: (row) => [(row as MemberRow).groupId, (row as MemberRow).memberId],
    toFile: (row) => memberFactsOf(row as MemberRow),
  },
  sightings: {
    table: (db) => db.sightings as unknown as AnyTable,
    range: (groupId) => (groupId === undefined ? everything() : prefixRange(`${groupId}|`)),
    keyOf: (row) => (row as { key: string }).key,
    toFile: (row) => sightingFactsOf(row as Parameters<typeof sightingFactsOf>[0]),
  },
  notes: {
    table: (db) => db.notes as unknown as AnyTable,
    range: everything,
    filter: (groupId) => (row) => (row as NoteRow).groupId === groupId,
    keyOf: (row) => (row as NoteRow).id,
    toFile: (row) => row,
  },
  onboarding: {
    table: (db) => db.onboarding as unknown as AnyTable,
    // Natural ids are JSON arrays that start with the group id.
    range: (groupId) => (groupId === undefined ? everything() : prefixRange(`[${JSON.stringify(groupId)},`)),
    keyOf: (row) => (row as OnboardingRow).id,
    toFile: (row) => onboardingEntryOf(row as OnboardingRow),
  },
  prospects: {
    table: (db) => db.prospects as unknown as AnyTable,
    range: (groupId) =>
      groupId === undefined
        ? everything()
        : [
            [groupId, ''],
            [groupId, '\uffff'],
          ],
    keyOf: (row) => [(row as ProspectRow).groupId, (row as ProspectRow).memberId],
    toFile: (row) => row,
  },
  watch: {
    table: (db) => db.watch as unknown as AnyTable,
    range: (groupId) =>
      groupId === undefined
        ? everything()
        : [
            [groupId, ''],
            [groupId, '\uffff'],
          ],
    keyOf: (row) => [(row as WatchRow).groupId, (row as WatchRow).day],
    toFile: (row) => row,
  },
  counted: {
    table: (db) => db.counted as unknown as AnyTable,
    range: (groupId) => (groupId === undefined ? everything() : prefixRange(`${groupId}|`)),
    keyOf: (row) => (row as CountedRow).key,
    toFile: (row) => row,
  },
  fingerprints: {
    table: (db) => db.fingerprints as unknown as AnyTable,
    range: (groupId) =>
      groupId === undefined
        ? everything()
        : [
            [groupId, '', ''],
            [groupId, '\uffff', '\uffff'],
          ],
    keyOf: (row) => {
      const print = row as FingerprintRow;
      return [print.groupId, print.key, print.itemId];
    },
    toFile: (row) => row,
  },
  signals: {
    table: (db) => db.signals as unknown as AnyTable,
    range: everything,
    // Signal keys name their group, but not always first: filtered like notes.
    filter: (groupId) => (row) => (row as SignalRow).groupId === groupId,
    keyOf: (row) => (row as SignalRow).key,
    toFile: (row) => signalFactsOf(row as SignalRow),
  },
};

/** A stored signal as the file holds it: `memberKeys` is derived again on import. */
function signalFactsOf(row: SignalRow): Omit<SignalRow, 'memberKeys'> {
  const facts: Partial<SignalRow> = { ...row };
  delete facts.memberKeys;
  return facts as Omit<SignalRow, 'memberKeys'>;
}

async function readPage(
  db: TendDatabase,
  section: LogSection,
  groupId: string | undefined,
  after: PrimaryKey | undefined,
  limit: number,
): Promise<unknown[]> {
  const reader = READERS[section];
  const [lower, upper] = reader.range(groupId);
  let collection = reader
    .table(db)
    .where(':id')
    .between(after ?? lower, upper, after === undefined, true);
  if (reader.filter && groupId !== undefined) collection = collection.filter(reader.filter(groupId));
  return collection.limit(limit).toArray();
}

async function countSection(
  db: TendDatabase,
  section: LogSection,
  groupId: string | undefined,
): Promise<number> {
  const reader = READERS[section];
  const [lower, upper] = reader.range(groupId);
  let collection = reader.table(db).where(':id').between(lower, upper, true, true);
  if (reader.filter && groupId !== undefined) collection = collection.filter(reader.filter(groupId));
  return collection.count();
}

export function logFileName(
  groupId: string | undefined,
  exportedAt: string,
  extension: 'json' | 'csv',
): string {
  return `tend-${groupId ?? 'all-groups'}-${exportedAt.slice(0, 10)}.${extension}`;
}

/** The first chunk starts the file; pass its `next` back until it is null. Concatenated, the texts are the file. */
export async function readLogChunk(
  db: TendDatabase,
  options: LogExportOptions,
  cursor: ExportCursor | undefined,
  now: Date = new Date(),
): Promise<ExportChunk> {
  const limit = Math.max(1, options.rowsPerChunk ?? DEFAULT_ROWS_PER_CHUNK);
  const groupId = options.groupId;
  let text = '';
  let state: ExportCursor;
  if (!cursor) {
    const counts = await Promise.all(FILE_SECTIONS.map((section) => countSection(db, section, groupId)));
    const header: FileHeader = fileHeader('member-log', now);
    state = {
      exportedAt: header.exportedAt,
      section: 0,
      writtenInSection: 0,
      done: 0,
      total: counts.reduce((sum, count) => sum + count, 0),
    };
    text += `{"header":${JSON.stringify(header)},\n"${FILE_SECTIONS[0]}":[`;
  } else {
    state = { ...cursor };
  }
  let budget = limit;
  while (state.section < FILE_SECTIONS.length && budget > 0) {
    const section = FILE_SECTIONS[state.section]!;
    const rows = await readPage(db, section, groupId, state.after, budget);
    const reader = READERS[section];
    for (const row of rows) {
      text += `${state.writtenInSection > 0 ? ',' : ''}\n${JSON.stringify(reader.toFile(row))}`;
      state.writtenInSection += 1;
    }
    state.done += rows.length;
    budget -= rows.length;
    if (rows.length > 0) state.after = reader.keyOf(rows.at(-1));
    if (budget > 0) {
      // The section is exhausted: close it and open the next one.
      state.section += 1;
      state.writtenInSection = 0;
      delete state.after;
      const next = FILE_SECTIONS[state.section];
      text += next === undefined ? '\n]}\n' : `\n],\n"${next}":[`;
    }
  }
  const finished = state.section >= FILE_SECTIONS.length;
  return {
    text,
    next: finished ? null : state,
    progress: { done: state.done, total: Math.max(state.total, state.done) },
  };
}

/** The chunks of a whole export, for callers that drive it themselves (the panel, the benchmark). */
export async function* logChunks(
  db: TendDatabase,
  options: LogExportOptions,
  now: Date = new Date(),
): AsyncGenerator<ExportChunk> {
  let cursor: ExportCursor | undefined;
  do {
    const chunk = await readLogChunk(db, options, cursor, now);
    yield chunk;
    cursor = chunk.next ?? undefined;
  } while (cursor);
}

/** The whole file as one string: fine for small logs and tests; use the chunks for large ones. */
export async function exportLogText(
  db: TendDatabase,
  groupId: string | undefined,
  now: Date,
): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of logChunks(db, { groupId }, now)) parts.push(chunk.text);
  return parts.join('');
}

// ---------- CSV ----------

/** Documented in storage/EXPORT-FORMAT.md; append new columns at the end so spreadsheets built on it keep working. */
export const CSV_COLUMNS = [
  'group_id',
  'member_id',
  'name',
  'profile_url',
  'is_page',
  'first_seen',
  'last_seen',
  'last_seen_kind',
  'last_active',
  'last_active_link',
  'posts',
  'comments',
  'tier',
  'joined_after',
  'joined_before',
  'join_precision',
  'join_text',
  'section',
  'badges',
  'invited_by',
  'previous_names',
  'notes',
] as const;

/**
 * Cells a spreadsheet could run as a formula get a leading apostrophe. papaparse's own default pattern ends in
 * `.*$` without the `s` flag, so a cell with a line break would slip through; this one only looks at the start.
 * Full-width `＝＋－＠` are included because some spreadsheets read them as their ASCII forms.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const BOM = '\uFEFF';
const LIST_SEPARATOR = ' | ';

export interface CsvExportOptions extends LogExportOptions {
  separator: ',' | ';';
  tiers: TierThresholds;
}

export const CsvCursor = z.strictObject({
  after: z.tuple([z.string().max(200), z.string().max(200)]).optional(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type CsvCursor = z.infer<typeof CsvCursor>;

export interface CsvChunk {
  text: string;
  next: CsvCursor | null;
  progress: { done: number; total: number };
}

function csvRow(member: MemberRow, notes: readonly NoteRow[], tiers: TierThresholds): string[] {
  return [
    member.groupId,
    member.memberId,
    member.name,
    member.profileUrl ?? '',
    String(member.isPage),
    member.firstSeenAt,
    member.lastSeenAt,
    member.lastSeenKind,
    member.lastActiveAt ?? '',
    member.lastActiveLink ?? '',
    String(member.postCount),
    String(member.commentCount),
    tierOf(member.activityCount, tiers),
    member.joinedAfter ?? '',
    member.joinedBefore ?? '',
    member.joinPrecision ?? '',
    member.rawJoin ?? '',
    member.section ?? '',
    member.badges.join(LIST_SEPARATOR),
    member.invitedBy?.name ?? '',
    member.previousNames.join(LIST_SEPARATOR),
    notes
      .map((note) => `${note.createdAt.slice(0, 10)} ${note.author ? `${note.author}: ` : ''}${note.text}`)
      .join(LIST_SEPARATOR),
  ];
}

/** One chunk of the members CSV: UTF-8 with BOM, a header row, CRLF line ends, no `sep=` line. */
export async function readCsvChunk(
  db: TendDatabase,
  options: CsvExportOptions,
  cursor: CsvCursor | undefined,
): Promise<CsvChunk> {
  const limit = Math.max(1, options.rowsPerChunk ?? DEFAULT_ROWS_PER_CHUNK);
  const unparse = (rows: string[][]) =>
    Papa.unparse(rows, {
      delimiter: options.separator,
      newline: '\r\n',
      header: false,
      escapeFormulae: FORMULA_START,
    });
  let text = '';
  let state: CsvCursor;
  if (!cursor) {
    state = { done: 0, total: await countSection(db, 'members', options.groupId) };
    text += `${BOM}${unparse([[...CSV_COLUMNS]])}\r\n`;
  } else state = { ...cursor };
  const members = (await readPage(db, 'members', options.groupId, state.after, limit)) as MemberRow[];
  const notes = members.length
    ? await db.notes
        .where('[groupId+memberId]')
        .anyOf(members.map((member) => [member.groupId, member.memberId]))
        .toArray()
    : [];
  const notesOf = new Map<string, NoteRow[]>();
  for (const note of notes.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))) {
    const key = `${note.groupId}|${note.memberId}`;
    notesOf.set(key, [...(notesOf.get(key) ?? []), note]);
  }
  if (members.length) {
    text += `${unparse(members.map((member) => csvRow(member, notesOf.get(`${member.groupId}|${member.memberId}`) ?? [], options.tiers)))}\r\n`;
  }
  state.done += members.length;
  const last = members.at(-1);
  if (last) state.after = [last.groupId, last.memberId];
  const finished = members.length < limit;
  return {
    text,
    next: finished ? null : state,
    progress: { done: state.done, total: Math.max(state.total, state.done) },
  };
}

export async function* csvChunks(db: TendDatabase, options: CsvExportOptions): AsyncGenerator<CsvChunk> {
  let cursor: CsvCursor | undefined;
  do {
    const chunk = await readCsvChunk(db, options, cursor);
    yield chunk;
    cursor = chunk.next ?? undefined;
  } while (cursor);
}
