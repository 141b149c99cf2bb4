/**
 * The simulator's two files, one JSON object per line, as zod schemas (the single source of their types).
 *
 * - `truth.jsonl`: what really happened in the group.
 * - `browsing.jsonl`: what the admin's browser showed, each line exactly what Tend's page reader returns for that
 *   page (`PageReading`: page, sightings, health) with the reading time and address the content script sends with
 *   it, so replay pushes it through the background's own handlers.
 */
import { z } from 'zod';
import { IsoTime, MemberId, PageReading } from '@/utils/facebook/reading';
import type { ReportPageStatus, SubmitSightings } from '@/storage/messages';

type StatusMessage = z.infer<typeof ReportPageStatus>;
type SightingsMessage = z.infer<typeof SubmitSightings>;

export const TruthLine = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('join'),
    memberId: MemberId,
    at: IsoTime,
    name: z.string(),
    /** The member's participation as drawn (see README): lurker, rare, occasional, regular, core. */
    tier: z.string(),
    admin: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('post'),
    memberId: MemberId,
    at: IsoTime,
    postId: z.string(),
  }),
  z.strictObject({
    type: z.literal('comment'),
    memberId: MemberId,
    at: IsoTime,
    postId: z.string(),
    commentId: z.string(),
  }),
  z.strictObject({
    type: z.literal('stopped'),
    memberId: MemberId,
    /** From this instant on the member never posts or comments again. */
    at: IsoTime,
    /** Their last post or comment before stopping; absent when they never had one. */
    lastActiveAt: IsoTime.optional(),
  }),
]);
export type TruthLine = z.infer<typeof TruthLine>;

export const BrowsingLine = PageReading.extend({
  readAt: IsoTime,
  url: z.url({ protocol: /^https$/ }),
});
export type BrowsingLine = z.infer<typeof BrowsingLine>;

/** Reads JSON lines, reporting the line number of a bad one. */
export function parseLine<T>(schema: z.ZodType<T>, text: string, lineNumber: number): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`line ${lineNumber}: not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`line ${lineNumber}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * The messages the content script sends for a page it read: its sightings (when it read some in a group) and then
 * its page status. `visible`: whether the tab was in view (the panel then follows its group). Replay and the panel
 * benchmark send these same messages.
 */
export function pageMessagesOf(
  line: BrowsingLine,
  visible = true,
): [SightingsMessage, StatusMessage] | [StatusMessage] {
  const { groupId, kind, groupVanity } = line.page;
  const status: StatusMessage = {
    type: 'reportPageStatus',
    url: line.url,
    groupId,
    pageKind: kind,
    health: line.health,
    readAt: line.readAt,
    visible,
  };
  if (groupId === null || line.sightings.length === 0) return [status];
  const sightings: SightingsMessage = {
    type: 'submitSightings',
    url: line.url,
    groupId,
    ...(groupVanity ? { groupVanity } : {}),
    pageKind: kind,
    readAt: line.readAt,
    sightings: line.sightings,
  };
  return [sightings, status];
}
