/**
 * Browser side of `npm run bench -- sync`: the sharing engine as the extension runs it (Dexie and a PouchDB
 * replica on IndexedDB, the http adapter to the server), against a raw `_bulk_docs` of the very documents it
 * produced. The server is reached at this page's /couch/, which the bench forwards to a local pouchdb-server.
 */
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import { TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import { REPLICATION_BATCH, SharingEngine } from '@/storage/sharing/engine';
import { PouchDB } from '@/storage/sharing/pouch';
import { readState, writeState } from '@/storage/sharing/state';
import type { Sighting } from '@/storage/schema';
import { newGroupSecret } from '@/utils/sharing/crypto';
import type { KeyRing } from '@/utils/sharing/documents';
import { GROUP, START, makeDataset, memberName, populate } from '../dataset';

PouchDB.plugin(IndexedDbAdapter);

/** The raw upload sends documents in batches as large as Tend's replication does: the same requests' worth. */
const BATCH = REPLICATION_BATCH;

let db: TendDatabase;
let memberCount = 0;
const ring: KeyRing = { groupId: GROUP, epochs: [{ epoch: 1, secret: newGroupSecret() }] };
const engines = new Map<string, SharingEngine>();
const replicas = new Map<string, PouchDB.Database>();
const couch = (name: string) => `${location.origin}/couch/${name}`;

/** One newly read feed page (each `round` a new one): 20 known members commenting or posting, and 2 never seen. */
function newPage(round: number): Sighting[] {
  return Array.from({ length: 22 }, (_, index): Sighting => {
    const member =
      index < 20 ? Math.floor((memberCount * (index + 0.5)) / 20) : memberCount + 22 * round + index;
    const itemId = `bench-incremental-${round}-${index}`;
    return {
      memberId: String(100_000_000 + member),
      name: memberName(member),
      kind: index % 4 === 0 ? 'post' : 'comment',
      itemId,
      permalink: `https://www.facebook.com/groups/${GROUP}/posts/${itemId}/`,
      at: new Date(START + (400 + round) * 86_400_000 + index * 60_000).toISOString(),
    };
  });
}

const bench = {
  async setup(members: number, sightings: number) {
    memberCount = members;
    db = new TendDatabase('bench-sync');
    await db.delete();
    await db.open();
    const start = performance.now();
    await populate(db, makeDataset(members, sightings));
    return {
      ms: performance.now() - start,
      members: await db.members.count(),
      sightings: await db.sightings.count(),
    };
  },
  /** Tend's first sync of the whole log to an empty database: slice, encrypt, write the replica, replicate. */
  async first(run: number) {
    const local = new PouchDB(`bench-replica-${run}`, { adapter: 'indexeddb' });
    await local.destroy();
    const replica = new PouchDB(`bench-replica-${run}`, { adapter: 'indexeddb' });
    replicas.set(`tend-${run}`, replica);
    const engine = await SharingEngine.open({
      db,
      ring,
      origin: `bench-origin-${run}`,
      local: replica,
      remote: new PouchDB(couch(`tend-${run}`)),
    });
    engines.set(`tend-${run}`, engine);
    const start = performance.now();
    const report = await engine.sync();
    const ms = performance.now() - start;
    if (!report.ok) throw new Error(`first sync failed: ${report.status.error}`);
    return { ms, published: report.published, pushed: report.pushed };
  },
  /** The baseline: the same encrypted documents (read back from that replica) sent with raw `_bulk_docs`. */
  async raw(run: number) {
    const local = new PouchDB(`bench-replica-${run}`, { adapter: 'indexeddb' });
    const all = await local.allDocs({ include_docs: true });
    const docs = all.rows.flatMap((row) => {
      if (!row.doc) return [];
      const { _rev: _dropped, ...doc } = row.doc as { _rev?: string } & Record<string, unknown>;
      return [doc];
    });
    const target = couch(`raw-${run}`);
    const start = performance.now();
    const created = await fetch(target, { method: 'PUT' });
    if (!created.ok) throw new Error(`raw: database not created (${created.status})`);
    for (let at = 0; at < docs.length; at += BATCH) {
      const answer = await fetch(`${target}/_bulk_docs`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ docs: docs.slice(at, at + BATCH) }),
      });
      if (answer.status !== 201) throw new Error(`raw: _bulk_docs answered ${answer.status}`);
    }
    return { ms: performance.now() - start, docs: docs.length };
  },
  /**
   * One newly read page through Tend's real ingest, then one sync: what it moves. Round 0 follows the first sync,
   * whose pull still lists every document that sync pushed; round 1 is a sync like any later one. `whole`: the
   * replica's state forgets that it is up to date with the slice marks, so the sync reads and compares the whole
   * log, as every sync did before them (the same run's comparison).
   */
  async incremental(run: number, round: number, whole = false) {
    if (whole) {
      const replica = replicas.get(`tend-${run}`)!;
      const state = await readState(replica);
      delete state.tracked;
      await writeState(replica, state);
    }
    const result = await ingestSightings(db, {
      groupId: GROUP,
      pageKind: 'group-feed',
      readAt: new Date(START + (400 + round) * 86_400_000 + 3_600_000).toISOString(),
      sightings: newPage(round),
    });
    const start = performance.now();
    const report = await engines.get(`tend-${run}`)!.sync();
    if (!report.ok) throw new Error(`incremental sync failed: ${report.status.error}`);
    return {
      ms: performance.now() - start,
      stored: result,
      published: report.published,
      pushed: report.pushed,
    };
  },
};
(window as unknown as { bench: typeof bench }).bench = bench;
