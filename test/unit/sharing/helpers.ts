/** Shared by the sharing tests: engines over their own in-memory Dexie database and local replica. */
import 'fake-indexeddb/auto';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { LOG_SECTIONS } from '@/storage/export';
import { canonicalJson } from '@/storage/merge';
import type { TendDatabase } from '@/storage/db';
import { SharingEngine } from '@/storage/sharing/engine';
import { PouchDB } from '@/storage/sharing/pouch';
import { newGroupSecret } from '@/utils/sharing/crypto';
import type { KeyRing } from '@/utils/sharing/documents';
import { GROUP, freshDb } from '../storage/helpers';

PouchDB.plugin(MemoryAdapter);

export const newRing = (groupId = GROUP): KeyRing => ({
  groupId,
  epochs: [{ epoch: 1, secret: newGroupSecret() }],
});

/** Every request body sent to the server, as text. */
export type Recorder = string[];

/** Runs before each request is sent (a test may stop the server there). */
export type BeforeRequest = (url: string, init: RequestInit | undefined) => Promise<void>;

export function remoteDb(url: string, recorder?: Recorder, before?: BeforeRequest): PouchDB.Database {
  const recording = async (input: string | Request, init?: RequestInit) => {
    if (recorder && init?.body !== undefined && init.body !== null) recorder.push(String(init.body));
    await before?.(String(input), init);
    return fetch(input, init);
  };
  return new PouchDB(url, { fetch: recording });
}

export interface Admin {
  db: TendDatabase;
  local: PouchDB.Database;
  remote: PouchDB.Database;
  origin: string;
  engine: SharingEngine;
}

let admins = 0;
export async function admin(
  ring: KeyRing,
  databaseUrl: string,
  recorder?: Recorder,
  before?: BeforeRequest,
): Promise<Admin> {
  admins += 1;
  const db = await freshDb(`share-${admins}`);
  const local = new PouchDB(`replica-${admins}-${crypto.randomUUID()}`, { adapter: 'memory' });
  const origin = `admin${admins}-${crypto.randomUUID().slice(0, 8)}`;
  const remote = remoteDb(databaseUrl, recorder, before);
  const engine = await SharingEngine.open({ db, ring, origin, local, remote });
  return { db, local, remote, origin, engine };
}

/** The same computer with a new key ring (an invite received after a rotation). */
export async function withRing(one: Admin, ring: KeyRing): Promise<Admin> {
  const engine = await SharingEngine.open({
    db: one.db,
    ring,
    origin: one.origin,
    local: one.local,
    remote: one.remote,
  });
  return { ...one, engine };
}

/** The shared tables, row for row (key order inside rows ignored). Forgotten rows are salted per computer. */
export const SHARED_TABLES = LOG_SECTIONS;

export async function tablesOf(db: TendDatabase): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    SHARED_TABLES.map(async (name) => [name, (await db.table(name).toArray()).map(canonicalJson)] as const),
  );
  return Object.fromEntries(entries);
}

/** Syncs each admin in turn until a whole round writes nothing (at most `rounds`). */
export async function syncAll(
  admins: readonly Pick<Admin, 'engine'>[],
  rounds = 6,
): Promise<{ rounds: number; settled: number }> {
  let settled = 0;
  for (let round = 1; round <= rounds; round += 1) {
    let moved = 0;
    for (const one of admins) {
      const report = await one.engine.sync();
      if (!report.ok) throw new Error(`sync failed: ${report.status.error}`);
      moved += report.published + report.pushed + report.absorbed;
      settled += report.settled;
    }
    if (moved === 0) return { rounds: round, settled };
  }
  throw new Error(`no convergence in ${rounds} rounds`);
}
