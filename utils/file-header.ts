/**
 * Every file Tend writes starts with the same header. A reader checks the header first, so a file of another kind
 * or of an unknown version gets a clear message before anything else is looked at.
 */
import { z } from 'zod';
import { IsoTime } from '@/utils/schema-base';

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
export const CURRENT_FILE_VERSIONS: Record<FileKind, number> = { 'member-log': 5, templates: 1, backup: 1 };

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
