/**
 * What this computer keeps to share a group: where the group's database is, this admin's own CouchDB login, the
 * group's keys and this installation's id. Kept in the extension's own database only (never exported, never sent:
 * the keys leave only wrapped in an invite, the password only to the server it belongs to).
 */
import { z } from 'zod';
import { IsoTime } from '@/utils/schema-base';
import { randomBytes, toBase64Url } from './crypto';
import { KeyRing } from './documents';
import { LOOPBACK_HOSTS } from './reach';

export const SharingConfig = z.strictObject({
  groupId: z.string().min(1).max(200),
  /** The group's database on the server, e.g. https://couch.example.org/tend-3f…; the address an invite carries. */
  database: z.url({ protocol: /^https?$/ }).max(2_000),
  username: z.string().max(200).optional(),
  password: z.string().max(500).optional(),
  ring: KeyRing,
  /** This installation's random id, written inside every document it writes. */
  origin: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  since: IsoTime,
});
export type SharingConfig = z.infer<typeof SharingConfig>;

export type ServerCheck = { ok: true; url: URL } | { ok: false; problem: 'invalid' | 'insecure' };

const LOOPBACK = new Set<string>(LOOPBACK_HOSTS);

/**
 * A server address the admin typed: https, or plain http on this computer only (a CouchDB on the admin's own
 * machine); no login in the address (the user and password have their own fields).
 */
export function checkServerUrl(input: string): ServerCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'invalid' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { ok: true, url };
  return { ok: false, problem: url.protocol === 'http:' ? 'insecure' : 'invalid' };
}

/** A new database's name: random, so the server's list of databases says nothing about the group. */
export const newDatabaseName = (): string =>
  `tend-${[...randomBytes(10)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;

/** The group's database under the server the admin named (a path on the server is kept, e.g. a proxy's). */
export function databaseUrl(server: URL, name: string): string {
  const base = server.href.endsWith('/') ? server.href : `${server.href}/`;
  return new URL(name, base).href;
}

export const newOrigin = (): string => toBase64Url(randomBytes(12));

/**
 * The host permission asked for, for one server: its scheme and host (a match pattern has no port, so it covers
 * the server's port).
 */
export const permissionPattern = (address: string): string => {
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
};
