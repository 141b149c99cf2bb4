/**
 * Sharing as the extension runs it: PouchDB with its IndexedDB adapter for the local replica, the server reached
 * only at the address the admin named. This module (and PouchDB with it) is imported dynamically, only once a
 * group is shared, so a solo admin's panel never loads it and the content script never contains it.
 */
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import {
  checkServerUrl,
  databaseUrl,
  newDatabaseName,
  newOrigin,
  type SharingConfig,
} from '@/utils/sharing/config';
import { newGroupSecret } from '@/utils/sharing/crypto';
import { currentEpoch } from '@/utils/sharing/documents';
import { makeInvite, newPassphrase, openInvite, type InviteContent } from '@/utils/sharing/invite';
import type { TendDatabase } from '../db';
import { untrack } from '../slice-marks';
import { loadSharingConfig, removeSharingConfig, saveSharingConfig, sharedGroups } from './config-store';
import { SharingEngine, StaleKey, type SyncReport } from './engine';
import { PouchDB } from './pouch';
import { stallGuard, type Fetch } from './stall';
import type { SharingStatus } from './state';

PouchDB.plugin(IndexedDbAdapter);

export { loadSharingConfig, openInvite, sharedGroups };

export interface Connection {
  /** The network (the tests record it); the global `fetch` by default. */
  fetch?: Fetch;
  /** The local replica's storage; 'indexeddb' in the extension. */
  adapter?: string;
  now?: () => Date;
  /** Whether the browser still grants the server's origin; asked before every request (none when it says no). */
  mayConnect?: (database: string) => Promise<boolean>;
  /** How long the server may stay silent before a request gives up (`STALL_MS` by default). */
  stallMs?: number;
}

export interface Login {
  username?: string;
  password?: string;
}

/** A fetch that refuses any address outside the group's database: no other origin is ever contacted. */
export function onlyTo(database: string, fetchImpl: Fetch): Fetch {
  const base = database.endsWith('/') ? database : `${database}/`;
  return (url, init) => {
    const target = new URL(url, base).href;
    if (target !== database && !target.startsWith(base))
      return Promise.reject(
        new Error(`Tend refused a request outside the shared database (${new URL(target).origin})`),
      );
    return fetchImpl(target, init);
  };
}

/** One replica per turning-on (the installation id is new each time), so a fresh start starts empty. */
const replicaName = (config: SharingConfig) => `tend-replica|${config.groupId}|${config.origin}`;

function remoteOf(config: SharingConfig, connection: Connection): PouchDB.Database {
  const { mayConnect } = connection;
  const plain = stallGuard(
    connection.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    connection.stallMs,
  );
  const network: Fetch = async (url, init) => {
    if (mayConnect && !(await mayConnect(config.database)))
      throw new Error('the browser no longer lets Tend reach this server: turn sharing on again');
    return plain(url, init);
  };
  const auth =
    config.username !== undefined
      ? { auth: { username: config.username, password: config.password ?? '' } }
      : {};
  return new PouchDB(config.database, { fetch: onlyTo(config.database, network), ...auth });
}

const localOf = (config: SharingConfig, connection: Connection) =>
  new PouchDB(replicaName(config), { adapter: connection.adapter ?? 'indexeddb' });

export function openEngine(db: TendDatabase, config: SharingConfig, connection: Connection = {}) {
  const { ring, origin } = config;
  const local = localOf(config, connection);
  return SharingEngine.open({
    db,
    ring,
    origin,
    local,
    remote: remoteOf(config, connection),
    now: connection.now,
  });
}

/** Why sharing did not start: the address, or the first sync (the server's or the network's words in `error`). */
export type StartProblem = 'invalid' | 'insecure' | 'server' | 'failed';

export type Started =
  | { ok: true; config: SharingConfig; report: SyncReport }
  /** `connection`: how the first sync failed (problem 'failed'), for the panel's words. */
  | { ok: false; problem: StartProblem; error: string; connection?: SharingStatus['connection'] };

/** Saves the configuration, then syncs once: a server that refuses or cannot be reached undoes it. */
async function start(db: TendDatabase, config: SharingConfig, connection: Connection): Promise<Started> {
  await saveSharingConfig(db, config);
  const engine = await openEngine(db, config, connection);
  const report = await engine.sync();
  if (report.ok) return { ok: true, config, report };
  await turnOff(db, config.groupId, connection);
  const { connection: how, error } = report.status;
  return {
    ok: false,
    problem: 'failed',
    error: error ?? 'The server could not be reached.',
    connection: how,
  };
}

/** The first admin turns sharing on: a new key and a new database (random name) on the server they name. */
export async function turnOn(
  db: TendDatabase,
  groupId: string,
  server: string,
  login: Login,
  connection: Connection = {},
): Promise<Started> {
  const checked = checkServerUrl(server);
  if (!checked.ok)
    return { ok: false, problem: checked.problem, error: 'This is not a server address Tend can use.' };
  const config: SharingConfig = {
    groupId,
    database: databaseUrl(checked.url, newDatabaseName()),
    ...login,
    ring: { groupId, epochs: [{ epoch: 1, secret: newGroupSecret() }] },
    origin: newOrigin(),
    since: (connection.now?.() ?? new Date()).toISOString(),
  };
  return start(db, config, connection);
}

/** A co-admin joins with an opened invite (`openInvite`: the code and its passphrase), under their own login. */
export async function join(
  db: TendDatabase,
  invite: InviteContent,
  login: Login,
  connection: Connection = {},
): Promise<Started> {
  const { ring, database } = invite;
  if (!checkServerUrl(database).ok)
    return { ok: false, problem: 'server', error: 'This invite names a server Tend cannot use.' };
  const since = (connection.now?.() ?? new Date()).toISOString();
  return start(
    db,
    { groupId: ring.groupId, database, ...login, ring, origin: newOrigin(), since },
    connection,
  );
}

/** An invite for a co-admin: the code and its passphrase, to give by two different channels. Shown once. */
export async function createInvite(config: SharingConfig): Promise<{ code: string; passphrase: string }> {
  const passphrase = newPassphrase();
  const code = await makeInvite({ ring: config.ring, database: config.database }, passphrase);
  return { code, passphrase };
}

export interface Rotated {
  config: SharingConfig;
  report: SyncReport;
}

/**
 * Removing a co-admin: a new key for the group (`SharingEngine.rotate`), saved here, then one sync, so the server
 * soon holds only documents under the new key (a sync that fails leaves them ready to go). Each co-admin who
 * stays needs a new invite (`createInvite` of the new configuration); the removed one reads nothing written from
 * now on, but keeps what they already had. Null when the group is not shared.
 */
export async function removeCoAdmin(
  db: TendDatabase,
  groupId: string,
  connection: Connection = {},
): Promise<Rotated | null> {
  const config = await loadSharingConfig(db, groupId);
  if (!config) return null;
  const engine = await openEngine(db, config, connection);
  const rotated: SharingConfig = { ...config, ring: await engine.rotate() };
  await saveSharingConfig(db, rotated);
  return { config: rotated, report: await engine.sync() };
}

/** Why a new invite's key was not taken: the group is not shared here, another database, or not a newer key. */
export type NewKeyProblem = 'notShared' | 'otherDatabase' | 'notNewer';

export type NewKeyTaken = ({ ok: true } & Rotated) | { ok: false; problem: NewKeyProblem };

/**
 * A co-admin who stays takes the new key from the invite made after a removal: same group, same database, a
 * newer key. Their login and installation id are kept; everything under the new key is then read again.
 */
export async function takeNewKey(
  db: TendDatabase,
  invite: InviteContent,
  connection: Connection = {},
): Promise<NewKeyTaken> {
  const config = await loadSharingConfig(db, invite.ring.groupId);
  if (!config) return { ok: false, problem: 'notShared' };
  if (invite.database !== config.database) return { ok: false, problem: 'otherDatabase' };
  if (currentEpoch(invite.ring).epoch <= currentEpoch(config.ring).epoch)
    return { ok: false, problem: 'notNewer' };
  // Under the old key first (the panel reopens its engine once the saved key changes); a replica that already
  // took it (a crash before the save) is stale for the old key: saving the new one is what is left to do.
  try {
    await (await openEngine(db, config, connection)).adopt(invite.ring);
  } catch (error) {
    if (!(error instanceof StaleKey)) throw error;
  }
  const updated: SharingConfig = { ...config, ring: invite.ring };
  await saveSharingConfig(db, updated);
  const report = await (await openEngine(db, updated, connection)).sync();
  return { ok: true, config: updated, report };
}

/** One sync of a shared group; null when the group is not shared. */
export async function syncGroup(
  db: TendDatabase,
  groupId: string,
  connection: Connection = {},
): Promise<SyncReport | null> {
  const config = await loadSharingConfig(db, groupId);
  if (!config) return null;
  return (await openEngine(db, config, connection)).sync();
}

export async function statusOf(
  db: TendDatabase,
  groupId: string,
  connection: Connection = {},
): Promise<SharingStatus | null> {
  const config = await loadSharingConfig(db, groupId);
  if (!config) return null;
  return (await openEngine(db, config, connection)).status();
}

/**
 * Stops sharing here: the keys, the login, the local replica and the group's slice marks go; the log in Dexie and
 * the server stay.
 */
export async function turnOff(db: TendDatabase, groupId: string, connection: Connection = {}): Promise<void> {
  const config = await loadSharingConfig(db, groupId);
  await removeSharingConfig(db, groupId);
  if (config) await localOf(config, connection).destroy();
  await untrack(db, groupId);
}
