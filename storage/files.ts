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
import { SignalEvidence } from '@/utils/signals/schema';
import { ActivityLink } from '@/utils/facebook/links';
import { FingerprintRow, SNOOZE_RULE, SignalFields, snoozeFits } from './signals-schema';

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

/** A picture's fingerprint as the file holds it: its link, if any, must be a post link of a shape Tend writes. */
export const FingerprintFacts = FingerprintRow.extend({ permalink: ActivityLink.optional() });
export type FingerprintFacts = z.infer<typeof FingerprintFacts>;

/**
 * A weak signal as the file holds it: the stored row without `memberKeys` (derived on import), its evidence links
 * post or comment links of shapes Tend writes, so a file cannot plant any other link in the panel.
 */
export const SignalFacts = SignalFields.extend({
  evidence: SignalEvidence.extend({ links: z.array(ActivityLink).max(50) }),
}).refine(snoozeFits, SNOOZE_RULE);
export type SignalFacts = z.infer<typeof SignalFacts>;

/**
 * Member log, version 5 (2026-12-04): adds the weak signals, `fingerprints` (a picture's lookup keys per post, no
 * picture) and `signals` (with what the admin did: open, done, dismissed or snoozed). Versions 1 to 4 stay
 * importable; a missing section is read as empty (a co-admin's shared log carries none).
 */
export const MemberLogFileV5 = MemberLogFileV4.extend({
  header: FileHeader.extend({ kind: z.literal('member-log'), version: z.literal(5) }),
  fingerprints: z.array(FingerprintFacts).default([]),
  signals: z.array(SignalFacts).default([]),
});
export type MemberLogFileV5 = z.infer<typeof MemberLogFileV5>;
