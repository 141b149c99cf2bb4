/**
 * Whether a dumped database (test/e2e/browser.ts `dumpDatabase`) is whole: every row of every table passes its
 * zod schema, derived fields match their facts, every sighting has its member, and the counters agree with the
 * rows they count. Used after a crash (test/e2e/guards/crash.spec.ts).
 */
import type { z } from 'zod';
import { BOOKKEEPING_TABLES, TABLES, type TableName } from '@/storage/db';
import {
  deriveMember,
  deriveSighting,
  histogramBucket,
  memberFactsOf,
  sightingFactsOf,
} from '@/storage/derived';
import { sightingKey } from '@/storage/ingest';
import {
  CountedRow,
  CoverageRow,
  ForgottenRow,
  GroupRow,
  MemberRow,
  MetaRow,
  NoteRow,
  OnboardingRow,
  ProspectRow,
  SightingRow,
  StateRow,
  TemplateRow,
  ThreadRow,
  WatchRow,
} from '@/storage/schema';
import { FingerprintRow, SignalRow } from '@/storage/signals-schema';
import { readSettings } from '@/storage/settings';

/** The schema of each table's rows; the settings table holds one versioned settings value. */
const ROW_SCHEMAS: Record<Exclude<TableName, 'settings'>, z.ZodType> = {
  groups: GroupRow,
  members: MemberRow,
  sightings: SightingRow,
  state: StateRow,
  notes: NoteRow,
  onboarding: OnboardingRow,
  templates: TemplateRow,
  forgotten: ForgottenRow,
  coverage: CoverageRow,
  meta: MetaRow,
  prospects: ProspectRow,
  watch: WatchRow,
  counted: CountedRow,
  fingerprints: FingerprintRow,
  signals: SignalRow,
  threads: ThreadRow,
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every way the dump is not whole, as sentences; empty when it is. Counts are compared with the stored
 * sightings, which holds while nothing was pruned by retention (true of a fresh profile).
 */
export function integrityProblems(dump: Record<string, unknown[]>): string[] {
  const problems: string[] = [];
  for (const table of Object.keys(dump)) {
    if (!([...TABLES, ...BOOKKEEPING_TABLES] as readonly string[]).includes(table))
      problems.push(`${table}: a table Tend does not declare`);
  }
  for (const table of TABLES) {
    const rows = dump[table];
    if (!rows) {
      problems.push(`${table}: missing`);
      continue;
    }
    for (const [index, row] of rows.entries()) {
      try {
        if (table === 'settings') readSettings(row);
        else ROW_SCHEMAS[table].parse(row);
      } catch (error) {
        problems.push(`${table}[${index}] fails its schema: ${String(error).slice(0, 300)}`);
      }
    }
  }
  if (problems.length > 0) return problems;

  const members = dump.members as MemberRow[];
  const sightings = dump.sightings as SightingRow[];
  const memberKey = (groupId: string, memberId: string) => `${groupId}|${memberId}`;
  const byMember = new Map(members.map((row) => [memberKey(row.groupId, row.memberId), row]));
  const counted = new Map<string, { post: number; comment: number }>();
  for (const sighting of sightings) {
    const owner = memberKey(sighting.groupId, sighting.memberId);
    if (!byMember.has(owner)) problems.push(`sighting ${sighting.key} has no member`);
    if (sighting.key !== sightingKey(sighting.groupId, sighting))
      problems.push(`sighting ${sighting.key}: wrong key`);
    if (!same(deriveSighting(sightingFactsOf(sighting)), sighting))
      problems.push(`sighting ${sighting.key}: derived fields disagree with its facts`);
    const count = counted.get(owner) ?? { post: 0, comment: 0 };
    if (sighting.kind === 'post' || sighting.kind === 'comment') count[sighting.kind] += 1;
    counted.set(owner, count);
  }
  for (const member of members) {
    const key = memberKey(member.groupId, member.memberId);
    if (!same(deriveMember(memberFactsOf(member)), member))
      problems.push(`member ${key}: derived fields disagree with its facts`);
    const count = counted.get(key) ?? { post: 0, comment: 0 };
    if (member.postCount !== count.post || member.commentCount !== count.comment) {
      problems.push(
        `member ${key}: counts ${member.postCount} posts, ${member.commentCount} comments; stored ${count.post}, ${count.comment}`,
      );
    }
  }
  const groups = new Set((dump.groups as GroupRow[]).map((row) => row.groupId));
  const coverage = new Map((dump.coverage as CoverageRow[]).map((row) => [row.groupId, row]));
  for (const groupId of new Set(members.map((row) => row.groupId))) {
    if (!groups.has(groupId)) problems.push(`group ${groupId}: members but no group row`);
    const ofGroup = members.filter((row) => row.groupId === groupId);
    const histogram: Record<string, number> = {};
    for (const row of ofGroup) {
      const bucket = histogramBucket(row.activityCount);
      histogram[bucket] = (histogram[bucket] ?? 0) + 1;
    }
    const row = coverage.get(groupId);
    if (!row) problems.push(`group ${groupId}: no coverage row`);
    else {
      if (row.membersSeen !== ofGroup.length)
        problems.push(
          `group ${groupId}: coverage counts ${row.membersSeen} members, ${ofGroup.length} stored`,
        );
      const sorted = (record: Record<string, number>) => Object.entries(record).sort();
      if (!same(sorted(row.activityHistogram), sorted(histogram)))
        problems.push(`group ${groupId}: coverage histogram disagrees with the members`);
      const neverActive = ofGroup.filter((member) => member.everActive === 0).length;
      if (row.neverActive !== undefined && row.neverActive !== neverActive)
        problems.push(
          `group ${groupId}: coverage counts ${row.neverActive} never active, ${neverActive} stored`,
        );
    }
  }
  return problems;
}
