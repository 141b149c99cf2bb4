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
import {
  CoverageFacts,
  GroupRow,
  MemberFacts,
  NoteRow,
  OnboardingEntry,
  ProspectFacts,
  SightingFacts,
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
