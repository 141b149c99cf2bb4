/**
 * Stored weak signals (schema v6, issue 17): the zod shapes of the two tables. The detectors' own shapes are in
 * utils/signals/schema.ts; these add what storage keeps around them (state, times, index fields).
 */
import { z } from 'zod';
import { GroupId, IsoTime, MemberId } from '@/utils/schema-base';
import { EVIDENCE_MAX, ItemId, SignalEvidence, SignalKind } from '@/utils/signals/schema';

/**
 * One picture of one post, by one of its lookup keys (see utils/signals/repeated-image.ts `imageKeys`): a photo
 * id, words the alt text quotes, or an alt text with its size. Nothing of the picture itself. Primary key
 * `[groupId+key+itemId]`, so the earlier posts with a key are one index range, whatever the table's size.
 */
export const FingerprintRow = z.strictObject({
  groupId: GroupId,
  key: z.string().min(3).max(400),
  itemId: ItemId,
  memberId: MemberId,
  at: IsoTime,
  permalink: z.string().max(2_000).optional(),
  excerpt: z.string().max(200),
});
export type FingerprintRow = z.infer<typeof FingerprintRow>;

export const SignalState = z.enum(['open', 'done', 'dismissed', 'snoozed']);
export type SignalState = z.infer<typeof SignalState>;

/** A snoozed signal has a time to come back, and only a snoozed one. */
export const snoozeFits = (row: { state: SignalState; until?: string | undefined }) =>
  (row.state === 'snoozed') === (row.until !== undefined);
export const SNOOZE_RULE = {
  message: 'a snoozed signal needs "until", and only a snoozed signal has one',
  path: ['until'],
};

/** A signal's own fields, without the index field storage derives (the export file's shape builds on these). */
export const SignalFields = z.strictObject({
  key: z.string().min(1).max(500),
  kind: SignalKind,
  groupId: GroupId,
  memberIds: z.array(MemberId).max(EVIDENCE_MAX),
  evidence: SignalEvidence,
  state: SignalState,
  /** Snoozed: until when. */
  until: IsoTime.optional(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});

/** A signal and what the admin did with it. `key` is the detector's natural key: raising it again updates it. */
export const SignalRow = SignalFields.extend({
  /** `groupId|memberId` for each member (multi-entry index: forgetting a member finds their signals). */
  memberKeys: z.array(z.string().max(210)).max(EVIDENCE_MAX),
}).refine(snoozeFits, SNOOZE_RULE);
export type SignalRow = z.infer<typeof SignalRow>;

export const memberKeyOf = (groupId: string, memberId: string) => `${groupId}|${memberId}`;
