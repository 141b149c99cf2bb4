/**
 * Bundles in and out of envelopes: encrypt before anything is written to the local replica, decrypt after it is
 * read, so replication only ever carries ciphertext and conflicts are seen (and merged) in plaintext by Tend.
 */
import { contentDigest, deriveEpochKeys, open, seal, Tampered, type EpochKeys } from './crypto';
import { Bundle, Envelope, bundleText, currentEpoch, type KeyRing } from './documents';

/** The keys of a ring: the newest epoch writes; a document of an older epoch is retired (see `openEnvelope`). */
export interface KeyBox {
  groupId: string;
  current: EpochKeys;
}

export async function keysOfRing(ring: KeyRing): Promise<KeyBox> {
  const newest = currentEpoch(ring);
  return { groupId: ring.groupId, current: await deriveEpochKeys(newest.secret, newest.epoch, ring.groupId) };
}

/** What a digest covers: the content, not who wrote it (two admins holding the same log write nothing new). */
export const contentText = (bundle: Bundle): string => bundleText({ ...bundle, origin: '-' } as Bundle);

export async function digestOf(keys: EpochKeys, bundle: Bundle): Promise<string> {
  return contentDigest(keys, contentText(bundle));
}

export async function sealBundle(keys: EpochKeys, id: string, bundle: Bundle): Promise<Envelope> {
  const checked = Bundle.parse(bundle);
  const sealed = await seal(keys, id, bundleText(checked));
  return { _id: id, v: 1, k: keys.epoch, iv: sealed.iv, ct: sealed.ct, h: await digestOf(keys, checked) };
}

export type Opened =
  | { ok: true; bundle: Bundle }
  /**
   * malformed: not an envelope, or its plaintext is not a bundle; tampered: authentication failed;
   * retired: written under an older key (a removed co-admin may hold it); newer: under a key not received yet.
   */
  | { ok: false; reason: 'malformed' | 'tampered' | 'retired' | 'newer' };

export async function openEnvelope(keys: EpochKeys, raw: unknown): Promise<Opened> {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: 'malformed' };
  const { _id: id, k: epoch } = envelope.data;
  if (epoch < keys.epoch || !id.startsWith(`e${epoch}.`))
    return { ok: false, reason: epoch < keys.epoch ? 'retired' : 'malformed' };
  if (epoch > keys.epoch) return { ok: false, reason: 'newer' };
  let text: string;
  try {
    text = await open(keys, id, envelope.data);
  } catch (error) {
    if (error instanceof Tampered) return { ok: false, reason: 'tampered' };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const bundle = Bundle.safeParse(json);
  return bundle.success ? { ok: true, bundle: bundle.data } : { ok: false, reason: 'malformed' };
}
