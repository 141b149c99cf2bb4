/**
 * Sharing's cryptography, on WebCrypto alone (browsers and Node have it; no library of our own making).
 *
 * A shared group has a secret of 32 random bytes per key epoch. From it HKDF derives two keys that never leave
 * this module's callers: an AES-GCM key that encrypts each document (its id bound in as additional data, so a
 * document copied under another id fails to open) and an HMAC key that makes document ids and content digests
 * (keyed, so the server cannot test a guessed Facebook id against them).
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const SECRET_BYTES = 32;
const IV_BYTES = 12;
/** Plaintext is padded to a multiple of this, so a document's size tells only roughly how much it holds. */
export const PAD_TO = 512;

/** Bytes as base64url without padding (safe in document ids, URLs and JSON). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export const randomBytes = (length: number): Uint8Array<ArrayBuffer> =>
  crypto.getRandomValues(new Uint8Array(length));

/** A new group secret, as stored in the key ring (base64url). */
export const newGroupSecret = (): string => toBase64Url(randomBytes(SECRET_BYTES));

/** The working keys of one epoch of a group's secret. */
export interface EpochKeys {
  epoch: number;
  encrypt: CryptoKey;
  ids: CryptoKey;
}

/** Derives the epoch's keys; the group id is HKDF's salt, so two groups never share keys by accident. */
export async function deriveEpochKeys(secret: string, epoch: number, groupId: string): Promise<EpochKeys> {
  const raw = fromBase64Url(secret);
  if (raw.length !== SECRET_BYTES) throw new Error('a group secret is 32 bytes');
  const base = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  const params = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: encoder.encode(`tend-share|${groupId}|${epoch}`),
    info: encoder.encode(info),
  });
  const encrypt = await crypto.subtle.deriveKey(
    params('documents'),
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const ids = await crypto.subtle.deriveKey(
    params('ids'),
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { epoch, encrypt, ids };
}

async function hmac(key: CryptoKey, text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

/**
 * A document id: the epoch, then a keyed hash of what the document is about (`['person', group, member]`…).
 * Never starts with `_` (CouchDB reserves those).
 */
export async function documentId(keys: EpochKeys, about: readonly string[]): Promise<string> {
  const hash = await hmac(keys.ids, JSON.stringify(['id', ...about]));
  return `e${keys.epoch}.${toBase64Url(hash.slice(0, 24))}`;
}

/** The epoch a document id was made under, or undefined for an id Tend did not make. */
export function epochOfId(id: string): number | undefined {
  const match = /^e(\d{1,9})\.[A-Za-z0-9_-]{32}$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** A keyed digest of a document's plaintext: tells "changed or not" without decrypting, and nothing else. */
export async function contentDigest(keys: EpochKeys, plaintext: string): Promise<string> {
  return toBase64Url((await hmac(keys.ids, `digest|${plaintext}`)).slice(0, 16));
}

export interface Sealed {
  iv: string;
  ct: string;
}

/** Pads with spaces (JSON whitespace) to the next multiple of `PAD_TO` bytes. */
function padded(plaintext: string): Uint8Array<ArrayBuffer> {
  const bytes = encoder.encode(plaintext);
  const length = Math.ceil((bytes.length + 1) / PAD_TO) * PAD_TO;
  const out = new Uint8Array(length).fill(0x20);
  out.set(bytes);
  return out;
}

/** Encrypts `plaintext` (JSON text) for the document `id`. */
export async function seal(keys: EpochKeys, id: string, plaintext: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(id) },
    keys.encrypt,
    padded(plaintext),
  );
  return { iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) };
}

/** Decrypts a document; throws `Tampered` when the authentication fails (changed bytes, or another id). */
export async function open(keys: EpochKeys, id: string, sealed: Sealed): Promise<string> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(sealed.iv), additionalData: encoder.encode(id) },
      keys.encrypt,
      fromBase64Url(sealed.ct),
    );
    return decoder.decode(plain).trimEnd();
  } catch {
    throw new Tampered(id);
  }
}

/** A document that does not authenticate: refused whole. */
export class Tampered extends Error {
  override name = 'Tampered';
  constructor(readonly id: string) {
    super(`document ${id} does not authenticate`);
  }
}
