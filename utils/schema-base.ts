/**
 * Zod primitives shared by every schema of Tend's: times, ids, bounded page text. Pure, with no dependency on any
 * other module of Tend's, so the reader, the templates, the onboarding schedule and storage can all build on them.
 */
import { z } from 'zod';

/** Strings from Facebook pages are untrusted: bounded, stored and shown as plain text. */
export const pageText = (max: number) => z.string().max(max);
export const IsoTime = z.iso.datetime({ offset: true });
export const GroupId = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'not a group id');
/** A person's key: the numeric id when the page shows it, otherwise their vanity name. */
export const MemberId = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'not a member id');

export const TimePrecision = z.enum(['minute', 'hour', 'day', 'week', 'month', 'year']);
export type TimePrecision = z.infer<typeof TimePrecision>;
