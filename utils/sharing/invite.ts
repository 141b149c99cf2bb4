/**
 * Invites: a group's key ring (and where its database is) wrapped by a passphrase, to hand to a co-admin out of
 * band (the code by one channel, the passphrase by another). PBKDF2-SHA-256 stretches the passphrase into an
 * AES-GCM key; a wrong passphrase or a changed code fails authentication and yields nothing.
 */
import { z } from 'zod';
import { fromBase64Url, randomBytes, toBase64Url } from './crypto';
import { KeyRing } from './documents';

const encoder = new TextEncoder();
const PREFIX = 'tend-invite-1.';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const INVITE_ITERATIONS = 600_000;

/** What an invite carries: the keys, the database's address (never a password: each co-admin has their own). */
export const InviteContent = z.strictObject({
  ring: KeyRing,
  database: z.url({ protocol: /^https?$/ }).max(2_000),
});
export type InviteContent = z.infer<typeof InviteContent>;

const Wrapped = z.strictObject({
  n: z.number().int().min(1_000).max(10_000_000),
  s: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  iv: z.string().regex(/^[A-Za-z0-9_-]{16}$/),
  ct: z.string().regex(/^[A-Za-z0-9_-]+$/),
});

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A passphrase of 25 characters from 32 unambiguous ones (125 bits), in groups of five. */
export function newPassphrase(): string {
  const chars = [...randomBytes(25)].map((byte) => ALPHABET[byte % 32]!);
  return [0, 5, 10, 15, 20].map((start) => chars.slice(start, start + 5).join('')).join('-');
}

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase.trim()), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function makeInvite(
  content: InviteContent,
  passphrase: string,
  iterations = INVITE_ITERATIONS,
): Promise<string> {
  const checked = InviteContent.parse(content);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await passphraseKey(passphrase, salt, iterations);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(PREFIX) },
    key,
    encoder.encode(JSON.stringify(checked)),
  );
  const wrapped = {
    n: iterations,
    s: toBase64Url(salt),
    iv: toBase64Url(iv),
    ct: toBase64Url(new Uint8Array(ct)),
  };
  return PREFIX + toBase64Url(encoder.encode(JSON.stringify(wrapped)));
}

/** Why an invite could not be opened (the panel says it in the admin's language; `error` is for logs and tests). */
export type InviteProblem = 'notInvite' | 'damaged' | 'passphrase' | 'noKeys';

export type OpenedInvite =
  { ok: true; content: InviteContent } | { ok: false; problem: InviteProblem; error: string };

/** Opens an invite; a malformed code, a wrong passphrase or a changed code is a clear error, never a throw. */
export async function openInvite(code: string, passphrase: string): Promise<OpenedInvite> {
  const trimmed = code.trim();
  if (!trimmed.startsWith(PREFIX))
    return { ok: false, problem: 'notInvite', error: 'This is not a Tend invite code.' };
  let wrapped: z.infer<typeof Wrapped>;
  try {
    wrapped = Wrapped.parse(
      JSON.parse(new TextDecoder().decode(fromBase64Url(trimmed.slice(PREFIX.length)))),
    );
  } catch {
    return { ok: false, problem: 'damaged', error: 'This invite code is damaged (incomplete or changed).' };
  }
  let plain: ArrayBuffer;
  try {
    const key = await passphraseKey(passphrase, fromBase64Url(wrapped.s), wrapped.n);
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(wrapped.iv), additionalData: encoder.encode(PREFIX) },
      key,
      fromBase64Url(wrapped.ct),
    );
  } catch {
    return { ok: false, problem: 'passphrase', error: 'Wrong passphrase, or the invite code was changed.' };
  }
  const content = InviteContent.safeParse(JSON.parse(new TextDecoder().decode(plain)));
  if (!content.success)
    return { ok: false, problem: 'noKeys', error: 'This invite holds no valid group keys.' };
  return { ok: true, content: content.data };
}
