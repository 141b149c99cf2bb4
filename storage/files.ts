/**
 * The member log's file formats, version by version. Every file starts with the header of `utils/file-header.ts`,
 * re-exported here.
 */
import { z } from 'zod';
import { FileHeader } from '@/utils/file-header';

export {
  CURRENT_FILE_VERSIONS,
  FileHeader,
  FileKind,
  checkHeader,
  fileHeader,
  type HeaderCheck,
} from '@/utils/file-header';
import { DAY_MS, dayStart } from '@/utils/activity/coverage';
import {
  CountedRow,
  CoverageFacts,
  GroupRow,
  MemberFacts,
  NoteRow,
  OnboardingEntry,
  ProspectFacts,
  SightingFacts,
  WatchRow,
} from './schema';

/** Member log, version 1 (2026-11-22): groups, members, sightings. Still importable. */
export const MemberLogFileV1 = z.strictObject({
  header: FileHeader.extend({ kind: z.literal('member-log'), version: z.literal(1) }),
  groups: z.array(GroupRow),
  members: z.array(MemberFacts),
  sightings: z.array(SightingFacts),
});
export type MemberLogFileV1 = z.infer<typeof MemberLogFileV1>;

/**
 * Member log, version 2 (2026-11-22): adds coverage, member notes and onboarding history (who did what).
 * Documented in storage/EXPORT-FORMAT.md. Derived index fields are never written; they are recomputed on import.
 */
export const MemberLogFileV2 = z.strictObject({
  header: FileHeader.extend({ kind: z.literal('member-log'), version: z.literal(2) }),
  groups: z.array(GroupRow),
  coverage: z.array(CoverageFacts),
  members: z.array(MemberFacts),
  sightings: z.array(SightingFacts),
  notes: z.array(NoteRow),
  onboarding: z.array(OnboardingEntry),
});
export type MemberLogFileV2 = z.infer<typeof MemberLogFileV2>;

/**
 * Member log, version 3 (2026-11-22): adds `prospects` (people who asked to join, with their screening answers if
 * the admin kept them, or were invited without joining) and members' vanity names. Versions 1 and 2 stay
 * importable: a missing section is read as empty.
 */
export const MemberLogFileV3 = MemberLogFileV2.extend({
  header: FileHeader.extend({ kind: z.literal('member-log'), version: z.literal(3) }),
  prospects: z.array(ProspectFacts),
});
export type MemberLogFileV3 = z.infer<typeof MemberLogFileV3>;

/** Spans that are sorted, disjoint and within their day, as Tend writes them: anything else is a damaged file. */
function spansFitTheirDay(row: WatchRow): boolean {
  const start = dayStart(row.day);
  let last = start;
  for (let pair = 0; pair + 1 < row.spans.length; pair += 2) {
    const [from, to] = [row.spans[pair]!, row.spans[pair + 1]!];
    if (from < last || to < from || to > start + DAY_MS) return false;
    last = to;
  }
  return true;
}
export const WatchedDay = WatchRow.refine(spansFitTheirDay, {
  message: 'spans must be sorted, disjoint and within their day',
  path: ['spans'],
});

/**
 * Member log, version 4 (2026-12-03): adds `watch` (per group and UTC day, the time Tend's feed readings covered
 * and the posts and comments they read: what "quiet" is counted on) and `counted` (the key of every post and
 * comment counted in a member's totals, also after retention pruned its sighting). Versions 1 to 3 stay
 * importable: a missing section is read as empty.
 */
export const MemberLogFileV4 = MemberLogFileV3.extend({
  header: FileHeader.extend({ kind: z.literal('member-log'), version: z.literal(4) }),
  watch: z.array(WatchedDay),
  counted: z.array(CountedRow),
});
export type MemberLogFileV4 = z.infer<typeof MemberLogFileV4>;
