/**
 * Every file Tend writes starts with the same header. A reader checks the header first, so a file of another kind
 * or of an unknown version gets a clear message before anything else is looked at.
 */
import { z } from 'zod';
import {
  CoverageFacts,
  GroupRow,
  IsoTime,
  MemberFacts,
  NoteRow,
  OnboardingEntry,
  ProspectFacts,
  SightingFacts,
} from './schema';

export const FileKind = z.enum(['member-log', 'templates', 'backup']);
export type FileKind = z.infer<typeof FileKind>;

export const FileHeader = z.strictObject({
  format: z.literal('tend'),
  kind: FileKind,
  version: z.number().int().min(1),
  exportedAt: IsoTime,
});
export type FileHeader = z.infer<typeof FileHeader>;

/** The newest version Tend writes, per kind. Older versions stay importable. */
export const CURRENT_FILE_VERSIONS: Record<FileKind, number> = { 'member-log': 3, templates: 1, backup: 1 };

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

export function fileHeader(kind: FileKind, exportedAt: Date): FileHeader {
  return { format: 'tend', kind, version: CURRENT_FILE_VERSIONS[kind], exportedAt: exportedAt.toISOString() };
}

export type HeaderCheck = { ok: true; header: FileHeader } | { ok: false; error: string };

/** Checks that `raw` is a Tend file of the expected kind and of a version this Tend can read. */
export function checkHeader(raw: unknown, expectedKind: FileKind): HeaderCheck {
  const wrapper = z.looseObject({ header: z.unknown() }).safeParse(raw);
  if (!wrapper.success) return { ok: false, error: 'This is not a Tend file (no header).' };
  const header = FileHeader.safeParse(wrapper.data.header);
  if (!header.success) return { ok: false, error: 'This is not a Tend file (its header is not valid).' };
  if (header.data.kind !== expectedKind) {
    return { ok: false, error: `This Tend file holds ${header.data.kind}, not ${expectedKind}.` };
  }
  if (header.data.version > CURRENT_FILE_VERSIONS[expectedKind]) {
    return {
      ok: false,
      error: `This file is version ${header.data.version}; this Tend reads up to ${CURRENT_FILE_VERSIONS[expectedKind]}.`,
    };
  }
  return { ok: true, header: header.data };
}
