/**
 * A shared group's log cut into slices, each in the export format (storage/files.ts), so that what a co-admin
 * sends is read back by the same import as a file: same checks, same merge rules.
 *
 * One slice per person (their member row, request, sightings, notes, onboarding history and counted items), one
 * for the group (its row and coverage), one per watched day. A newly read page changes a few people, the group
 * and one day: an incremental sync moves only those documents.
 */
import type { TendDatabase } from '../db';
import { coverageFactsOf, memberFactsOf, sightingFactsOf } from '../derived';
import { LOG_SECTIONS } from '../export';
import { fileHeader, type MemberLogFileV4 } from '../files';
import type { OnboardingEntry, OnboardingRow } from '../schema';

export type LogSlice = Partial<Omit<MemberLogFileV4, 'header'>>;

/** What a slice is about, as hashed into its document id. */
export type SliceAbout = ['group', string] | ['person', string, string] | ['day', string, string];

export interface GroupSlices {
  group: LogSlice | undefined;
  people: Map<string, LogSlice>;
  days: Map<string, LogSlice>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function onboardingEntryOf(row: OnboardingRow): OnboardingEntry {
  const entry: Partial<OnboardingRow> = { ...row };
  delete entry.id;
  return entry as OnboardingEntry;
}

const personOfKey = (key: string) => key.split('|')[1] ?? '';

/** Appends `row` to the person's section (sections are created on first use, so empty ones stay absent). */
function add<K extends keyof LogSlice>(
  people: Map<string, LogSlice>,
  memberId: string,
  section: K,
  row: NonNullable<LogSlice[K]>[number],
) {
  let slice = people.get(memberId);
  if (!slice) people.set(memberId, (slice = {}));
  ((slice[section] ??= []) as unknown[]).push(row);
}

/** Some slices of a group: the people, the watched days and whether the group's own slice (see slice-marks.ts). */
export interface SliceChoice {
  people: ReadonlySet<string>;
  days: ReadonlySet<string>;
  group: boolean;
}

const byKeyOf = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => byText(a.id, b.id));

/**
 * Slices of one group, read in one transaction (each slice is whole): all of them, or those `only` names. A
 * slice's rows and sections come in the same order either way, so its digest does not depend on how it was read.
 */
export async function readGroupSlices(
  db: TendDatabase,
  groupId: string,
  only?: SliceChoice,
): Promise<GroupSlices> {
  const tables = [db.groups, db.coverage, db.members, db.prospects, db.sightings, db.notes, db.onboarding];
  return db.transaction('r', [...tables, db.counted, db.watch], async () => {
    const people = new Map<string, LogSlice>();
    const days = new Map<string, LogSlice>();
    if (only) {
      // Person by person, section by section: the order the whole read gives each slice.
      for (const memberId of [...only.people].sort(byText)) {
        const of = [groupId, memberId] as [string, string];
        const member = await db.members.get(of);
        if (member) add(people, memberId, 'members', memberFactsOf(member));
        const prospect = await db.prospects.get(of);
        if (prospect) add(people, memberId, 'prospects', prospect);
        const prefix = [`${groupId}|${memberId}|`, `${groupId}|${memberId}|\uffff`] as const;
        // By the member the row names, as the whole read groups them (their keys name the same member).
        for (const row of await db.sightings.where('[groupId+memberId]').equals(of).toArray())
          add(people, memberId, 'sightings', sightingFactsOf(row));
        for (const row of byKeyOf(await db.notes.where('[groupId+memberId]').equals(of).toArray()))
          add(people, memberId, 'notes', row);
        for (const row of byKeyOf(await db.onboarding.where('[groupId+memberId]').equals(of).toArray()))
          add(people, memberId, 'onboarding', onboardingEntryOf(row));
        for (const key of await db.counted
          .where('key')
          .between(...prefix)
          .primaryKeys())
          add(people, memberId, 'counted', { key });
      }
      for (const day of [...only.days].sort(byText)) {
        const row = await db.watch.get([groupId, day]);
        if (row) days.set(day, { watch: [row] });
      }
    } else {
      const range = db.members.where('[groupId+memberId]').between([groupId, ''], [groupId, '\uffff']);
      for (const row of await range.toArray()) add(people, row.memberId, 'members', memberFactsOf(row));
      const prospects = db.prospects.where('[groupId+memberId]').between([groupId, ''], [groupId, '\uffff']);
      for (const row of await prospects.toArray()) add(people, row.memberId, 'prospects', row);
      const prefix = [`${groupId}|`, `${groupId}|\uffff`] as const;
      const sightings = await db.sightings
        .where('key')
        .between(...prefix)
        .toArray();
      for (const row of sightings) add(people, row.memberId, 'sightings', sightingFactsOf(row));
      const inGroup = [
        [groupId, ''],
        [groupId, '\uffff'],
      ] as const;
      const notes = await db.notes
        .where('[groupId+memberId]')
        .between(...inGroup)
        .toArray();
      for (const row of byKeyOf(notes)) add(people, row.memberId, 'notes', row);
      const onboarding = await db.onboarding
        .where('[groupId+memberId]')
        .between(...inGroup)
        .toArray();
      for (const row of byKeyOf(onboarding)) add(people, row.memberId, 'onboarding', onboardingEntryOf(row));
      for (const key of await db.counted
        .where('key')
        .between(...prefix)
        .primaryKeys())
        add(people, personOfKey(key), 'counted', { key });
      for (const row of await db.watch
        .where('[groupId+day]')
        .between(...inGroup)
        .toArray())
        days.set(row.day, { watch: [row] });
    }
    const groupRow = only && !only.group ? undefined : await db.groups.get(groupId);
    const coverage = groupRow ? await db.coverage.get(groupId) : undefined;
    const group: LogSlice | undefined = groupRow
      ? { groups: [groupRow], ...(coverage ? { coverage: [coverageFactsOf(coverage)] } : {}) }
      : undefined;
    return { group, people, days };
  });
}

/** The member log's tables, as an export file holds them. */
const SECTIONS = LOG_SECTIONS satisfies readonly (keyof LogSlice)[];

/** Slices put together as one member log file (unvalidated: `parseMemberLogFile` checks it as any file). */
export function assembleLog(slices: readonly LogSlice[], now: Date): Record<string, unknown> {
  const file: Record<string, unknown> = { header: fileHeader('member-log', now) };
  for (const section of SECTIONS)
    file[section] = slices.flatMap((slice) => (slice[section] ?? []) as unknown[]);
  return file;
}

/** The slice's own rows are of its group only (a document cannot smuggle rows of another group or person). */
export function sliceBelongs(slice: LogSlice, about: SliceAbout): boolean {
  const groupId = about[1];
  const rows = SECTIONS.flatMap((section) => (slice[section] ?? []) as unknown[]);
  const ofGroup = rows.every((row) => {
    const record = row as { groupId?: unknown; key?: unknown };
    return typeof record.key === 'string' && record.groupId === undefined
      ? record.key.startsWith(`${groupId}|`)
      : record.groupId === groupId;
  });
  if (!ofGroup) return false;
  if (about[0] === 'person') {
    const memberId = about[2];
    return rows.every((row) => {
      const record = row as { memberId?: unknown; key?: unknown };
      return record.memberId === undefined
        ? typeof record.key === 'string' && personOfKey(record.key) === memberId
        : record.memberId === memberId;
    });
  }
  return about[0] === 'group'
    ? (slice.members ?? slice.sightings ?? slice.watch) === undefined
    : (slice.watch ?? []).every((row) => row.day === about[2]) && slice.watch?.length === 1;
}

/** What a received slice says it is about (checked against its document id by the caller), or undefined. */
export function aboutOf(slice: LogSlice): SliceAbout | undefined {
  const [day] = slice.watch ?? [];
  if (day) return ['day', day.groupId, day.day];
  const [group] = slice.groups ?? [];
  if (group) return ['group', group.groupId];
  const first = SECTIONS.flatMap((section) => (slice[section] ?? []) as unknown[])[0] as
    { groupId?: string; memberId?: string; key?: string } | undefined;
  if (!first) return undefined;
  if (first.groupId !== undefined && first.memberId !== undefined)
    return ['person', first.groupId, first.memberId];
  if (first.key !== undefined) return ['person', first.key.split('|')[0] ?? '', personOfKey(first.key)];
  return undefined;
}
