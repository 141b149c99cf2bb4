/**
 * Importing a member log (a backup, or a co-admin's log): parse and validate everything first (header first, so a
 * file of another kind or version gets a clear message), then preview what would change, then apply it all in one
 * transaction. Preview and apply run the same plan, so what the admin saw is what happens.
 */
import { z } from 'zod';
import { isNumericId, mergeGroupInto } from './aliases';
import type { TendDatabase } from './db';
import { FILE_SECTIONS } from './export';
import {
  adjustCoverage,
  countNeverActive,
  coverageFactsOf,
  deriveMember,
  deriveSighting,
  emptyCoverage,
  memberFactsOf,
  sightingFactsOf,
} from './derived';
import {
  CURRENT_FILE_VERSIONS,
  FileHeader,
  MemberLogFileV1,
  MemberLogFileV2,
  MemberLogFileV3,
  MemberLogFileV4,
  MemberLogFileV5,
  type FingerprintFacts,
  type MemberLogFileV5 as LogV4,
  type SignalFacts,
} from './files';
import { forgottenHashesOf } from './forget';
import { narrowJoinByRequest, sightingKey } from './ingest';
import {
  canonicalJson,
  mergeCoverageFacts,
  mergeGroupRows,
  mergeMemberFacts,
  mergeNotes,
  mergeProspectFacts,
  mergeSightingFacts,
  mergeWatchRows,
} from './merge';
import { mergeSignalFacts, signalKeyIn } from './signals-merge';
import { FingerprintRow, SignalRow, memberKeyOf } from './signals-schema';
import {
  toOnboardingRow,
  type CountedRow,
  type CoverageFacts,
  type CoverageRow,
  type GroupRow,
  type MemberFacts,
  type MemberRow,
  type NoteRow,
  type OnboardingRow,
  type ProspectRow,
  type SightingRow,
  type WatchRow,
} from './schema';

export type ImportProblemCode =
  'not-json' | 'not-tend-file' | 'other-kind' | 'unknown-version' | 'invalid-content';

export type ParsedMemberLog =
  { ok: true; file: LogV4; fileVersion: number } | { ok: false; code: ImportProblemCode; error: string };

const NOTHING = ' Nothing was imported.';

function describeIssues(error: z.ZodError): string {
  const shown = error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  const more = error.issues.length > shown.length ? ` (and ${error.issues.length - shown.length} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/** A sighting or counted key starts with its group (`group|member|kind|item`). */
const groupOfKey = (key: string) => key.split('|')[0]!;
const memberOfKey = (key: string) => {
  const [groupId = '', memberId = ''] = key.split('|');
  return { groupId, memberId };
};

/** Checks references inside the file: every row's group is described, every sighting's member is listed. */
function checkReferences(file: LogV4): string | undefined {
  const groups = new Set(file.groups.map((group) => group.groupId));
  const members = new Set(file.members.map((member) => `${member.groupId}|${member.memberId}`));
  const tables = [
    ['coverage', file.coverage],
    ['members', file.members],
    ['sightings', file.sightings],
    ['notes', file.notes],
    ['onboarding', file.onboarding],
    ['prospects', file.prospects],
    ['watch', file.watch],
    ['counted', file.counted.map((row) => ({ groupId: groupOfKey(row.key) }))],
    ['fingerprints', file.fingerprints],
    ['signals', file.signals],
  ] as const;
  for (const [table, rows] of tables) {
    const index = rows.findIndex((row) => !groups.has(row.groupId));
    if (index >= 0) return `${table}.${index}: group ${rows[index]!.groupId} is not described in "groups"`;
  }
  // A signal's natural key names its kind and group first: a key of another group is a damaged or planted row.
  const misnamed = file.signals.findIndex((row) => !row.key.startsWith(`${row.kind}|${row.groupId}|`));
  if (misnamed >= 0)
    return `signals.${misnamed}: key ${file.signals[misnamed]!.key} is not of its kind and group`;
  const orphan = file.sightings.findIndex(
    (sighting) => !members.has(`${sighting.groupId}|${sighting.memberId}`),
  );
  if (orphan >= 0)
    return `sightings.${orphan}: member ${file.sightings[orphan]!.memberId} is not in "members"`;
  return undefined;
}

/** Files before version 5 carry no weak signals. */
const NO_SIGNALS = { fingerprints: [], signals: [] } as const satisfies Pick<
  LogV4,
  'fingerprints' | 'signals'
>;

/** Validates a parsed JSON value as a member log of any readable version, upgraded to the current shape. */
export function parseMemberLogFile(raw: unknown): ParsedMemberLog {
  const wrapper = z.looseObject({ header: z.unknown() }).safeParse(raw);
  if (!wrapper.success)
    return { ok: false, code: 'not-tend-file', error: `This is not a Tend file (no header).${NOTHING}` };
  const header = FileHeader.safeParse(wrapper.data.header);
  if (!header.success) {
    return {
      ok: false,
      code: 'not-tend-file',
      error: `This is not a Tend file (its header is not valid).${NOTHING}`,
    };
  }
  if (header.data.kind !== 'member-log') {
    return {
      ok: false,
      code: 'other-kind',
      error: `This Tend file holds ${header.data.kind}, not a member log.${NOTHING}`,
    };
  }
  const newest = CURRENT_FILE_VERSIONS['member-log'];
  if (header.data.version > newest) {
    return {
      ok: false,
      code: 'unknown-version',
      error: `This member log is version ${header.data.version}; this Tend reads versions 1 to ${newest}. Update Tend to import it.${NOTHING}`,
    };
  }
  const damaged = (error: z.ZodError): ParsedMemberLog => ({
    ok: false,
    code: 'invalid-content',
    error: `This member log is damaged: ${describeIssues(error)}.${NOTHING}`,
  });
  let file: LogV4;
  if (header.data.version === 1) {
    const parsed = MemberLogFileV1.safeParse(raw);
    if (!parsed.success) return damaged(parsed.error);
    const { header: v1Header, ...rest } = parsed.data;
    file = {
      ...rest,
      header: { ...v1Header, version: 5 },
      ...NO_SIGNALS,
      coverage: [],
      notes: [],
      onboarding: [],
      prospects: [],
      watch: [],
      counted: [],
    };
  } else if (header.data.version === 2) {
    const parsed = MemberLogFileV2.safeParse(raw);
    if (!parsed.success) return damaged(parsed.error);
    const upgraded = { prospects: [], watch: [], counted: [], ...NO_SIGNALS };
    file = { ...parsed.data, header: { ...parsed.data.header, version: 5 }, ...upgraded };
  } else if (header.data.version === 3) {
    const parsed = MemberLogFileV3.safeParse(raw);
    if (!parsed.success) return damaged(parsed.error);
    const upgraded = { watch: [], counted: [], ...NO_SIGNALS };
    file = { ...parsed.data, header: { ...parsed.data.header, version: 5 }, ...upgraded };
  } else if (header.data.version === 4) {
    const parsed = MemberLogFileV4.safeParse(raw);
    if (!parsed.success) return damaged(parsed.error);
    file = { ...parsed.data, header: { ...parsed.data.header, version: 5 }, ...NO_SIGNALS };
  } else {
    const parsed = MemberLogFileV5.safeParse(raw);
    if (!parsed.success) return damaged(parsed.error);
    file = parsed.data;
  }
  const broken = checkReferences(file);
  if (broken)
    return {
      ok: false,
      code: 'invalid-content',
      error: `This member log is inconsistent: ${broken}.${NOTHING}`,
    };
  return { ok: true, file, fileVersion: header.data.version };
}

/** Same as `parseMemberLogFile`, from the file's text: a truncated or malformed file is reported, never thrown. */
export function parseMemberLogText(text: string): ParsedMemberLog {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: 'not-json',
      error: `This file is not readable JSON; it may be truncated or damaged (${detail.slice(0, 200)}).${NOTHING}`,
    };
  }
  return parseMemberLogFile(raw);
}

export interface TableChanges {
  added: number;
  updated: number;
  unchanged: number;
}
export const IMPORTED_TABLES = FILE_SECTIONS;
export type ImportedTable = (typeof IMPORTED_TABLES)[number];

export interface ImportPreview {
  fileVersion: number;
  exportedAt: string;
  groupIds: string[];
  changes: Record<ImportedTable, TableChanges>;
  /** Rows about members the admin asked Tend never to record again; left out. */
  skippedForgotten: number;
  /**
   * Groups known by a vanity name (`/groups/catsittersexchange/`) whose numeric id the file or this log knows:
   * their rows are imported, or kept here, under the numeric id, as when one page shows both.
   */
  mergedGroups: { from: string; into: string }[];
}

interface ImportPlan {
  preview: Omit<ImportPreview, 'fileVersion' | 'exportedAt'>;
  writes: {
    groups: GroupRow[];
    coverage: Map<string, CoverageFacts>;
    members: MemberRow[];
    sightings: SightingRow[];
    notes: NoteRow[];
    onboarding: OnboardingRow[];
    prospects: ProspectRow[];
    watch: WatchRow[];
    counted: CountedRow[];
    fingerprints: FingerprintRow[];
    signals: SignalRow[];
  };
}

const emptyChanges = (): TableChanges => ({ added: 0, updated: 0, unchanged: 0 });

/** Merges rows with the same key inside one list (a file may repeat a row), keeping the merge rules. */
function byKey<T>(rows: readonly T[], keyOf: (row: T) => string, merge: (a: T, b: T) => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const seen = map.get(key);
    map.set(key, seen === undefined ? row : merge(seen, row));
  }
  return map;
}

/** Classifies each incoming row against what is stored, and returns the merged rows that differ. */
function classify<T>(
  keys: readonly string[],
  incoming: Map<string, T>,
  existing: readonly (T | undefined)[],
  merge: (a: T, b: T) => T,
  changes: TableChanges,
): T[] {
  const out: T[] = [];
  keys.forEach((key, index) => {
    const theirs = incoming.get(key)!;
    const ours = existing[index];
    if (ours === undefined) {
      changes.added += 1;
      out.push(theirs);
      return;
    }
    const merged = merge(ours, theirs);
    if (canonicalJson(merged) === canonicalJson(ours)) changes.unchanged += 1;
    else {
      changes.updated += 1;
      out.push(merged);
    }
  });
  return out;
}

const memberKey = (row: { groupId: string; memberId: string }) => `${row.groupId}|${row.memberId}`;

/** Vanity name → numeric id, from the aliases the stored groups and the file's groups carry. */
function numericIdsOfAliases(stored: readonly GroupRow[], file: LogV4): Map<string, string> {
  const numericOf = new Map<string, string>();
  for (const group of [...stored, ...file.groups]) {
    if (!isNumericId(group.groupId)) continue;
    for (const alias of group.aliases ?? []) if (alias !== group.groupId) numericOf.set(alias, group.groupId);
  }
  return numericOf;
}

interface GroupResolution {
  /** The file with every row of a vanity-named group moved to its numeric id. */
  file: LogV4;
  mergedGroups: ImportPreview['mergedGroups'];
  /** Groups kept here under a vanity name the file names as an alias of a numeric id: merged after the import. */
  localMerges: { from: string; into: string }[];
  /** Each group's aliases: "never record again" given under any of them holds for imported rows too. */
  aliasesOf: Map<string, string[]>;
}

/**
 * Moves the file's rows of a group it names by its vanity to the group's numeric id, when this log or the file
 * knows that id (a group row listing the vanity among its aliases), and lists the groups kept here under a vanity
 * that the file names as an alias.
 */
async function resolveGroups(db: TendDatabase, file: LogV4): Promise<GroupResolution> {
  const stored = await db.groups.toArray();
  const numericOf = numericIdsOfAliases(stored, file);
  const rekey = <T extends { groupId: string }>(rows: readonly T[]): T[] =>
    rows.map((row) => {
      const into = numericOf.get(row.groupId);
      return into ? { ...row, groupId: into } : row;
    });
  const mergedGroups: ImportPreview['mergedGroups'] = [];
  const groups = file.groups.map((group) => {
    const into = numericOf.get(group.groupId);
    if (!into) return group;
    mergedGroups.push({ from: group.groupId, into });
    const aliases = [...new Set([...(group.aliases ?? []), group.groupId])].filter((alias) => alias !== into);
    return { ...group, groupId: into, aliases };
  });
  const storedIds = new Set(stored.map((group) => group.groupId));
  const localMerges = [...numericOf]
    .filter(([vanity]) => storedIds.has(vanity))
    .map(([from, into]) => ({ from, into }));
  const aliasesOf = new Map<string, string[]>();
  for (const [vanity, numeric] of numericOf)
    aliasesOf.set(numeric, [...(aliasesOf.get(numeric) ?? []), vanity]);
  return {
    file: {
      ...file,
      groups,
      coverage: rekey(file.coverage),
      members: rekey(file.members),
      sightings: rekey(file.sightings),
      notes: rekey(file.notes),
      onboarding: rekey(file.onboarding),
      prospects: rekey(file.prospects),
      watch: rekey(file.watch),
      counted: file.counted.map(({ key }) => {
        const into = numericOf.get(groupOfKey(key));
        return into ? { key: `${into}${key.slice(groupOfKey(key).length)}` } : { key };
      }),
      fingerprints: rekey(file.fingerprints),
      signals: file.signals.map((row) => rekeySignal(row, numericOf.get(row.groupId))),
    },
    mergedGroups: [
      ...mergedGroups,
      ...localMerges.filter((merge) => !mergedGroups.some((m) => m.from === merge.from)),
    ],
    localMerges,
    aliasesOf,
  };
}

/** A signal's natural key names its group second (`kind|group|…`): moved to the numeric id with its row. */
function rekeySignal(row: SignalFacts, into: string | undefined): SignalFacts {
  if (!into) return row;
  return { ...row, groupId: into, key: signalKeyIn(row.key, row.groupId, into) };
}

/** Hashes of the file's members, for each group they are in and each alias of it ("never record again"). */
type ForgottenHashes = { groupId: string; under: string; hashes: Map<string, string> }[];

async function planImport(
  db: TendDatabase,
  resolution: GroupResolution,
  hashes: ForgottenHashes,
): Promise<ImportPlan> {
  const { file } = resolution;
  const changes = Object.fromEntries(IMPORTED_TABLES.map((table) => [table, emptyChanges()])) as Record<
    ImportedTable,
    TableChanges
  >;
  // Members the admin asked never to record again: drop everything about them.
  const refused = new Set<string>();
  for (const { groupId, under, hashes: memberHashes } of hashes) {
    const stored = await db.forgotten
      .where('[groupId+hash]')
      .between([under, ''], [under, '\uffff'])
      .toArray();
    const forgotten = new Set(stored.map((row) => row.hash));
    for (const [memberId, hash] of memberHashes)
      if (forgotten.has(hash)) refused.add(`${groupId}|${memberId}`);
  }
  for (const row of [...file.members, ...file.sightings])
    if (row.vanity && refused.has(`${row.groupId}|${row.vanity}`)) refused.add(memberKey(row));
  let skippedForgotten = 0;
  const keep = <T extends { groupId: string; memberId: string }>(rows: readonly T[]) =>
    rows.filter((row) => {
      const drop = refused.has(memberKey(row));
      if (drop) skippedForgotten += 1;
      return !drop;
    });

  const groupIn = byKey(file.groups, (row) => row.groupId, mergeGroupRows);
  const groupKeys = [...groupIn.keys()];
  const groups = classify(
    groupKeys,
    groupIn,
    await db.groups.bulkGet(groupKeys),
    mergeGroupRows,
    changes.groups,
  );

  const coverageIn = byKey(file.coverage, (row) => row.groupId, mergeCoverageFacts);
  const coverageKeys = [...coverageIn.keys()];
  const storedCoverage = await db.coverage.bulkGet(coverageKeys);
  const coverageFacts = storedCoverage.map((row) => (row ? coverageFactsOf(row) : undefined));
  const coverage = classify(coverageKeys, coverageIn, coverageFacts, mergeCoverageFacts, changes.coverage);

  const sightingIn = byKey(
    keep(file.sightings).map((row) => ({ ...row, key: sightingKey(row.groupId, row) })),
    (row) => row.key,
    mergeSightingFacts,
  );
  const sightingKeys = [...sightingIn.keys()];
  const storedSightings = (await db.sightings.bulkGet(sightingKeys)).map((row) =>
    row ? sightingFactsOf(row) : undefined,
  );
  const sightings = classify(
    sightingKeys,
    sightingIn,
    storedSightings,
    mergeSightingFacts,
    changes.sightings,
  );

  // Counts: each log counted what it saw; the merged log has at least as many as its merged activity sightings.
  const activityKeys = new Map<string, { post: Set<string>; comment: Set<string> }>();
  const countKey = (key: string) => {
    const [groupId, memberId, kind] = key.split('|');
    if (kind !== 'post' && kind !== 'comment') return;
    const id = `${groupId}|${memberId}`;
    let sets = activityKeys.get(id);
    if (!sets) activityKeys.set(id, (sets = { post: new Set(), comment: new Set() }));
    sets[kind].add(key);
  };
  // Items counted in the members' totals, also those whose sightings retention pruned: a union of keys.
  const countedIn = byKey(
    // Dropped silently for a forgotten member: the keys are not rows the admin knows about.
    file.counted.filter(({ key }) => {
      const { groupId, memberId } = memberOfKey(key);
      return !refused.has(`${groupId}|${memberId}`);
    }),
    (row) => row.key,
    (a) => a,
  );
  const countedKeys = [...countedIn.keys()];
  const counted = classify(
    countedKeys,
    countedIn,
    await db.counted.bulkGet(countedKeys),
    (a) => a,
    changes.counted,
  );
  const touchedGroups = new Set(
    [...file.sightings, ...file.counted.map(({ key }) => memberOfKey(key))].map((row) => row.groupId),
  );
  for (const groupId of touchedGroups) {
    const range = [`${groupId}|`, `${groupId}|\uffff`] as const;
    const keys = await db.sightings
      .where('key')
      .between(...range)
      .primaryKeys();
    keys.forEach(countKey);
    (
      await db.counted
        .where('key')
        .between(...range)
        .primaryKeys()
    ).forEach(countKey);
  }
  sightingKeys.forEach(countKey);
  countedKeys.forEach(countKey);

  const watchIn = byKey(file.watch, (row) => `${row.groupId}|${row.day}`, mergeWatchRows);
  const watchKeys = [...watchIn.keys()];
  const storedWatch = await db.watch.bulkGet(
    watchKeys.map((key) => [watchIn.get(key)!.groupId, watchIn.get(key)!.day] as [string, string]),
  );
  const watch = classify(watchKeys, watchIn, storedWatch, mergeWatchRows, changes.watch);
  // Requests first: a member who asked to join joined after asking, whichever log saw the request.
  const prospectIn = byKey(keep(file.prospects), memberKey, mergeProspectFacts);
  const prospectKeys = [...prospectIn.keys()];
  const storedProspects = await db.prospects.bulkGet(
    prospectKeys.map((key) => key.split('|') as [string, string]),
  );
  const prospects = classify(
    prospectKeys,
    prospectIn,
    storedProspects,
    mergeProspectFacts,
    changes.prospects,
  );
  const prospectOf = new Map<string, ProspectRow>();
  prospectKeys.forEach((key, index) => {
    const stored = storedProspects[index];
    const incoming = prospectIn.get(key)!;
    prospectOf.set(key, stored ? mergeProspectFacts(stored, incoming) : incoming);
  });

  const memberIn = byKey(keep(file.members), memberKey, mergeMemberFacts);
  // A request in the file about a member known only here narrows that member too.
  const requestOnly = prospectKeys.filter((key) => !memberIn.has(key) && prospectOf.get(key)?.requestedAfter);
  const storedRequestOnly = await db.members.bulkGet(
    requestOnly.map((key) => key.split('|') as [string, string]),
  );
  requestOnly.forEach((key, index) => {
    const stored = storedRequestOnly[index];
    if (stored) memberIn.set(key, memberFactsOf(stored));
  });
  const memberKeys = [...memberIn.keys()];
  // And a request stored here narrows a member the file brings.
  const withoutRequestHere = memberKeys.filter((key) => !prospectOf.has(key));
  const storedRequests = await db.prospects.bulkGet(
    withoutRequestHere.map((key) => key.split('|') as [string, string]),
  );
  withoutRequestHere.forEach((key, index) => {
    const stored = storedRequests[index];
    if (stored) prospectOf.set(key, stored);
  });
  const storedMembers = await db.members.bulkGet(memberKeys.map((key) => key.split('|') as [string, string]));
  const mergeWithCounts = (a: MemberFacts, b: MemberFacts): MemberFacts => {
    const merged = mergeMemberFacts(a, b);
    const seen = activityKeys.get(memberKey(merged));
    merged.postCount = Math.max(merged.postCount, seen?.post.size ?? 0);
    merged.commentCount = Math.max(merged.commentCount, seen?.comment.size ?? 0);
    return narrowJoinByRequest(merged, prospectOf.get(memberKey(merged)));
  };
  // A new member is merged with itself, so its counts are raised too.
  for (const [key, row] of memberIn) memberIn.set(key, mergeWithCounts(row, row));
  const members = classify(
    memberKeys,
    memberIn,
    storedMembers.map((row) => (row ? memberFactsOf(row) : undefined)),
    mergeWithCounts,
    changes.members,
  );

  const noteIn = byKey(keep(file.notes), (row) => row.id, mergeNotes);
  const noteKeys = [...noteIn.keys()];
  const notes = classify(noteKeys, noteIn, await db.notes.bulkGet(noteKeys), mergeNotes, changes.notes);

  const onboardingIn = byKey(
    keep(file.onboarding).map(toOnboardingRow),
    (row) => row.id,
    (a) => a,
  );
  const onboardingKeys = [...onboardingIn.keys()];
  const onboarding = classify(
    onboardingKeys,
    onboardingIn,
    await db.onboarding.bulkGet(onboardingKeys),
    (a) => a,
    changes.onboarding,
  );

  const weak = await planSignals(db, file, refused, changes);
  skippedForgotten += weak.skipped;

  return {
    preview: { groupIds: groupKeys, changes, skippedForgotten, mergedGroups: resolution.mergedGroups },
    writes: {
      groups,
      coverage: new Map(coverage.map((row) => [row.groupId, row])),
      members: members.map(deriveMember),
      sightings: sightings.map(deriveSighting),
      notes,
      onboarding,
      prospects,
      watch,
      counted,
      fingerprints: weak.fingerprints,
      signals: weak.signals,
    },
  };
}

/** Of two versions of one row, the one whose canonical JSON sorts first: the same whichever log is merged first. */
const firstCanonical = <T>(a: T, b: T): T => (canonicalJson(a) <= canonicalJson(b) ? a : b);

function signalFactsOf(row: SignalRow): SignalFacts {
  const facts: Partial<SignalRow> = { ...row };
  delete facts.memberKeys;
  return facts as SignalFacts;
}

const signalRowOf = (facts: SignalFacts): SignalRow =>
  SignalRow.parse({ ...facts, memberKeys: facts.memberIds.map((id) => memberKeyOf(facts.groupId, id)) });

/**
 * Fingerprints and signals: a forgotten member's fingerprints are left out, and every signal naming them (as
 * "forget this member" removes them). Times are kept as the file says, so retention prunes imported rows as it
 * prunes those read here.
 */
async function planSignals(
  db: TendDatabase,
  file: LogV4,
  refused: ReadonlySet<string>,
  changes: Record<ImportedTable, TableChanges>,
): Promise<{ fingerprints: FingerprintRow[]; signals: SignalRow[]; skipped: number }> {
  const printKey = (row: FingerprintFacts) => JSON.stringify([row.groupId, row.key, row.itemId]);
  const prints = file.fingerprints.filter((row) => !refused.has(memberKey(row)));
  const printIn = byKey(prints, printKey, firstCanonical);
  const printKeys = [...printIn.keys()];
  const storedPrints = await db.fingerprints.bulkGet(
    printKeys.map((key) => JSON.parse(key) as [string, string, string]),
  );
  const fingerprints = classify(printKeys, printIn, storedPrints, firstCanonical, changes.fingerprints);

  const signalsKept = file.signals.filter(
    (row) => !row.memberIds.some((memberId) => refused.has(`${row.groupId}|${memberId}`)),
  );
  const signalIn = byKey(signalsKept, (row) => row.key, mergeSignalFacts);
  const signalKeys = [...signalIn.keys()];
  const storedSignals = (await db.signals.bulkGet(signalKeys)).map((row) =>
    row ? signalFactsOf(row) : undefined,
  );
  const signals = classify(signalKeys, signalIn, storedSignals, mergeSignalFacts, changes.signals);
  return {
    fingerprints: fingerprints.map((row) => FingerprintRow.parse(row)),
    signals: signals.map(signalRowOf),
    skipped: file.fingerprints.length - prints.length + file.signals.length - signalsKept.length,
  };
}

async function hashesFor(db: TendDatabase, resolution: GroupResolution): Promise<ForgottenHashes> {
  const { file } = resolution;
  const idsByGroup = new Map<string, Set<string>>();
  for (const row of [
    ...file.members,
    ...file.sightings,
    ...file.notes,
    ...file.onboarding,
    ...file.prospects,
    ...file.fingerprints,
    ...file.signals.flatMap((row) => row.memberIds.map((memberId) => ({ groupId: row.groupId, memberId }))),
  ]) {
    let ids = idsByGroup.get(row.groupId);
    if (!ids) idsByGroup.set(row.groupId, (ids = new Set()));
    ids.add(row.memberId);
    // A vanity name the person was known by is one of their keys too ("never record again" covers every key).
    if ('vanity' in row && typeof row.vanity === 'string') ids.add(row.vanity);
  }
  const hashes: ForgottenHashes = [];
  for (const [groupId, ids] of idsByGroup) {
    for (const under of [groupId, ...(resolution.aliasesOf.get(groupId) ?? [])]) {
      const found = await forgottenHashesOf(db, under, [...ids]);
      if (found) hashes.push({ groupId, under, hashes: found });
    }
  }
  return hashes;
}

const IMPORT_TABLES = (db: TendDatabase) => [
  db.groups,
  db.coverage,
  db.members,
  db.sightings,
  db.notes,
  db.onboarding,
  db.forgotten,
  db.prospects,
  db.counted,
  // A log kept here under a vanity name may be merged into the file's numeric group (mergeGroupInto).
  db.watch,
  db.threads,
  db.fingerprints,
  db.signals,
];

/** What importing `file` would add, update and leave alone. Writes nothing. */
export async function previewImport(
  db: TendDatabase,
  parsed: { file: LogV4; fileVersion: number },
): Promise<ImportPreview> {
  const resolution = await resolveGroups(db, parsed.file);
  const hashes = await hashesFor(db, resolution);
  const plan = await db.transaction('r', IMPORT_TABLES(db), () => planImport(db, resolution, hashes));
  return { fileVersion: parsed.fileVersion, exportedAt: parsed.file.header.exportedAt, ...plan.preview };
}

/** Counts of members per activity count and of members never seen active, from indexes only (no row is read). */
async function recomputeCoverageCounters(db: TendDatabase, coverage: CoverageRow): Promise<CoverageRow> {
  const [keys, neverActive] = await Promise.all([
    db.members
      .where('[groupId+activityCount+memberId]')
      .between([coverage.groupId, -Infinity, ''], [coverage.groupId, Infinity, '\uffff'])
      .keys(),
    countNeverActive(db.members, coverage.groupId),
  ]);
  // The histogram from keys alone (adjustCoverage drops the never-active count then), that count apart.
  const fresh: CoverageRow = { ...coverage, membersSeen: 0, activityHistogram: {} };
  for (const key of keys)
    adjustCoverage(fresh, undefined, {
      activityCount: Number((key as unknown as [string, number, string])[1]),
    });
  return { ...fresh, neverActive };
}

/** Applies the import in one transaction: all of it, or (on any failure) none of it. Returns what it did. */
export async function applyImport(
  db: TendDatabase,
  parsed: { file: LogV4; fileVersion: number },
): Promise<ImportPreview> {
  const resolution = await resolveGroups(db, parsed.file);
  const hashes = await hashesFor(db, resolution);
  return db.transaction('rw', IMPORT_TABLES(db), async () => {
    const plan = await planImport(db, resolution, hashes);
    const { writes } = plan;
    await db.groups.bulkPut(writes.groups);
    await db.sightings.bulkPut(writes.sightings);
    // Imported posts and comments are counted in the members' totals: reading them here later adds nothing.
    await db.counted.bulkPut(
      writes.sightings
        .filter((row) => row.kind === 'post' || row.kind === 'comment')
        .map(({ key }) => ({ key })),
    );
    await db.counted.bulkPut(writes.counted);
    await db.watch.bulkPut(writes.watch);
    await db.members.bulkPut(writes.members);
    await db.notes.bulkPut(writes.notes);
    await db.onboarding.bulkPut(writes.onboarding);
    await db.prospects.bulkPut(writes.prospects);
    await db.fingerprints.bulkPut(writes.fingerprints);
    await db.signals.bulkPut(writes.signals);
    const affected = new Set([...writes.coverage.keys(), ...writes.members.map((row) => row.groupId)]);
    for (const groupId of affected) {
      const stored = (await db.coverage.get(groupId)) ?? emptyCoverage(groupId);
      const facts = writes.coverage.get(groupId);
      const next = { ...stored, ...(facts ? mergeCoverageFacts(stored, facts) : {}) };
      await db.coverage.put(await recomputeCoverageCounters(db, next));
    }
    // The log kept here under a vanity name the file gave the numeric id of: one group from now on.
    for (const { from, into } of resolution.localMerges) await mergeGroupInto(db, from, into);
    return { fileVersion: parsed.fileVersion, exportedAt: parsed.file.header.exportedAt, ...plan.preview };
  });
}
