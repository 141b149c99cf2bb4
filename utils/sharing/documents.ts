/**
 * What a shared group's documents look like, outside (what the server stores) and inside (what a co-admin reads
 * once decrypted). The rows a document carries are validated by storage, as an imported file's are.
 */
import { z } from 'zod';
import { IsoTime } from '@/utils/schema-base';

const Base64Url = z.string().regex(/^[A-Za-z0-9_-]*$/, 'not base64url');

/** One epoch of a group's secret. Removing a co-admin starts a new epoch; older ones only read older documents. */
export const KeyEpoch = z.strictObject({
  epoch: z.number().int().min(1).max(999_999_999),
  secret: Base64Url.length(43),
});
export type KeyEpoch = z.infer<typeof KeyEpoch>;

/** A group's keys, kept locally (never sent except wrapped in an invite). The newest epoch encrypts. */
export const KeyRing = z.strictObject({
  groupId: z.string().min(1).max(200),
  epochs: z.array(KeyEpoch).min(1).max(100),
});
export type KeyRing = z.infer<typeof KeyRing>;

export const currentEpoch = (ring: KeyRing): KeyEpoch =>
  ring.epochs.reduce((newest, epoch) => (epoch.epoch > newest.epoch ? epoch : newest));

/**
 * A document as the server stores it: an id (keyed hash), the key epoch, the nonce, the ciphertext and a keyed
 * digest of the plaintext. Nothing else: no group, member, name, kind or time.
 */
export const Envelope = z.looseObject({
  _id: z.string().regex(/^e\d{1,9}\.[A-Za-z0-9_-]{32}$/, 'not a sharing document id'),
  _rev: z.string().optional(),
  v: z.literal(1),
  k: z.number().int().min(1),
  iv: Base64Url.length(16),
  ct: Base64Url.min(1),
  h: Base64Url.length(22),
});
export type Envelope = z.infer<typeof Envelope>;

/** Who wrote a document: a random id per installation (not the admin's name; it is inside the ciphertext anyway). */
export const Origin = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/**
 * What a document holds once decrypted:
 * - `log`: a slice of the member log in the export format (one person, the group, or one watched day);
 * - `forgotten`: a person was forgotten (and, with `neverRecordAgain`, must never be recorded again); the
 *   document keeps the person's id, so the request holds on every co-admin's computer and across key rotations;
 * - `cleared`: the group's log was cleared.
 * The slice itself is checked by storage against the export format, as an imported file is.
 */
export const Bundle = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('log'),
    origin: Origin,
    log: z.record(z.string(), z.unknown()),
    /** The latest forget or clear of what this document is about: a reader that has not applied it does first. */
    resets: IsoTime.optional(),
  }),
  z.strictObject({
    kind: z.literal('forgotten'),
    origin: Origin,
    /** Whom (inside the ciphertext): a co-admin who never saw them can still refuse to record them. */
    memberId: z.string().min(1).max(200),
    at: IsoTime,
    neverRecordAgain: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('cleared'), origin: Origin, at: IsoTime }),
]);
export type Bundle = z.infer<typeof Bundle>;

/** Plaintext of a bundle, keys in a fixed order, so equal bundles give equal digests. */
export function bundleText(bundle: Bundle): string {
  return JSON.stringify(bundle, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
