/**
 * Sharing one group's log with co-admins through a CouchDB server, end-to-end encrypted.
 *
 * Dexie stays the source of truth and every query reads it. A local PouchDB replica holds only ciphertext
 * documents; PouchDB's CouchDB replication moves them to and from the server. Tend encrypts before writing to the
 * replica and decrypts after reading its changes (never inside replication), so every conflict is seen and merged
 * with the import rules.
 *
 * One sync: pull, absorb (decrypt, merge into Dexie), publish (encrypt what changed here), push. It is one-shot,
 * so a Manifest V3 service worker can run it on an alarm; a page that lives longer (the panel, an offscreen
 * document) calls `sync` again on each change it hears of (see `live`).
 */
import { keysOfRing, openEnvelope, sealBundle } from '@/utils/sharing/codec';
import { epochOfId, newGroupSecret } from '@/utils/sharing/crypto';
import { currentEpoch, type Bundle, type KeyRing } from '@/utils/sharing/documents';
import type { TendDatabase } from '../db';
import { clearGroup, forgetMember } from '../forget';
import { absorb, passOwnWrites } from './absorb';
import { groupDocId, idOf, type EngineContext } from './context';
import type { PouchDB } from './pouch';
import { publish } from './publish';
import { readState, writeState, type EngineState, type SharingStatus } from './state';
import { aboutOf, type LogSlice } from './slices';

export interface SharingOptions {
  db: TendDatabase;
  ring: KeyRing;
  /** This installation's random id (see `Origin`). */
  origin: string;
  local: PouchDB.Database;
  /** The group's database on the server (PouchDB's http adapter). */
  remote: PouchDB.Database;
  now?: () => Date;
  /**
   * Runs one sync at a time across the extension's pages and worker (they share the replica). Defaults to the
   * Web Locks API where the browser has it.
   */
  exclusive?: <T>(name: string, run: () => Promise<T>) => Promise<T>;
}

/** The lock one group's syncs take (the replica and its state are shared by the extension's pages and worker). */
const lockName = (groupId: string) => `tend-sharing|${groupId}`;

/** Web Locks where present (extension pages and service workers), else a sync runs as is. */
function webLocks<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? (locks.request(name, run) as Promise<T>) : run();
}

export interface SyncReport {
  ok: boolean;
  pulled: number;
  absorbed: number;
  /** Documents found in conflict and settled (their losing revisions merged, then removed). */
  settled: number;
  published: number;
  pushed: number;
  status: SharingStatus;
}

/** How a failed sync failed, as the panel words it (storage/sharing/state.ts), with the details for `error`. */
export interface Failure {
  connection: 'unreachable' | 'refused' | 'forbidden';
  error: string;
  /** The server answered, but refused some of the documents written to it. */
  writes?: true;
}

/**
 * What the server or network said: `refused` when the server turned the login down (401), `forbidden` when it
 * knows the user but does not let them into this database or refuses their writes (403), else `unreachable`.
 */
export function describeFailure(error: unknown): Failure {
  const status = (error as { status?: unknown } | null)?.status;
  const message =
    error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  // The server's reason tells a wrong password from a user it does not let into this database.
  if (status === 401)
    return {
      connection: 'refused',
      error: `The server refused (401): ${message.slice(0, 300).replace(/\.?$/, '.')} Check the user, the password and their access to this database.`,
    };
  if (status === 403)
    return { connection: 'forbidden', error: `The server forbade it (403): ${message.slice(0, 300)}` };
  return { connection: 'unreachable', error: `The server could not be reached (${message.slice(0, 300)}).` };
}

/**
 * A push the server answered but whose documents it did not all take (a validation function or a read-only
 * user answers 403 per document, inside a successful request): not synced, and said so.
 */
function refusedWrites(result: { doc_write_failures: number; errors?: unknown[] }): Failure | undefined {
  if (result.doc_write_failures === 0) return undefined;
  const first = result.errors?.[0] as { message?: unknown; reason?: unknown } | undefined;
  const why = String(first?.reason ?? first?.message ?? 'no reason given').slice(0, 200);
  return {
    connection: 'forbidden',
    error: `The server refused ${result.doc_write_failures} document(s) (403): ${why}`,
    writes: true,
  };
}

/** This engine's key is older than the one the replica now uses (see `SharingEngine.fresh`). */
export class StaleKey extends Error {
  override name = 'StaleKey';
  constructor(readonly groupId: string) {
    super(`the sharing key of group ${groupId} changed since this engine was opened: open it again`);
  }
}

/** A rotation asked for while documents under a newer key wait here: enter the co-admin's new invite first. */
export class NewerKeyWaiting extends Error {
  override name = 'NewerKeyWaiting';
  constructor(readonly groupId: string) {
    super(`a co-admin already changed the sharing key of group ${groupId}: take their new invite first`);
  }
}

/**
 * Documents per replication request, each way. PouchDB's default of 100 spends most of a first sync, and of the
 * pull that follows it (which lists every document just pushed), on round trips: a change list, a revision diff
 * and a checkpoint per batch. Documents are a kilobyte or two, so a batch stays well under a megabyte.
 */
export const REPLICATION_BATCH = 500;

type Replicated = { ok: true; written: number } | { ok: false; failure: Failure };

export class SharingEngine {
  private context: EngineContext;
  private running: Promise<SyncReport> | undefined;

  private constructor(
    private options: SharingOptions,
    context: EngineContext,
  ) {
    this.context = context;
  }

  static async open(options: SharingOptions): Promise<SharingEngine> {
    const keys = await keysOfRing(options.ring);
    const now = options.now ?? (() => new Date());
    const { db, origin, local } = options;
    // Under the sync lock: another page's engine may be syncing this replica and writing its state right now.
    await (options.exclusive ?? webLocks)(lockName(options.ring.groupId), async () => {
      const state = await readState(local);
      // Same key, or an older one than the replica was rotated to (such an engine refuses to sync: see `fresh`).
      if (state.epoch !== undefined && state.epoch >= keys.current.epoch) return;
      // A new key (an invite after a rotation): documents skipped as unreadable are read again.
      Object.assign(state, { seq: 0, epoch: keys.current.epoch });
      // New ids: every slice is written again under them.
      delete state.tracked;
      state.status.waitingForKey = 0;
      await writeState(local, state);
    });
    return new SharingEngine(options, { db, groupId: options.ring.groupId, keys, origin, local, now });
  }

  get ring(): KeyRing {
    return this.options.ring;
  }

  async status(): Promise<SharingStatus> {
    return (await readState(this.context.local)).status;
  }

  /** One sync; a call while one runs waits for it and returns its report. */
  sync(): Promise<SyncReport> {
    this.running ??= this.locked(() => this.syncOnce()).finally(() => (this.running = undefined));
    return this.running;
  }

  private locked<T>(run: () => Promise<T>): Promise<T> {
    const exclusive = this.options.exclusive ?? webLocks;
    return exclusive(lockName(this.context.groupId), run);
  }

  /**
   * The replica's state, refused to an engine whose key is older than the replica's: it was opened before this
   * computer rotated the key (or took a new one), and writing under the old key would hand new data to the
   * removed co-admin. Open the engine again from the saved configuration.
   */
  private async fresh(): Promise<EngineState> {
    const state = await readState(this.context.local);
    if ((state.epoch ?? 0) > this.context.keys.current.epoch) throw new StaleKey(this.context.groupId);
    return state;
  }

  private async syncOnce(): Promise<SyncReport> {
    const { local } = this.context;
    const state = await this.fresh();
    state.status.lastAttemptAt = this.context.now().toISOString();
    // Offline first: without the server, what changed here is still encrypted into the replica, ready to go.
    const pull = await this.replicate('from');
    const absorbed = await absorb(this.context, state);
    // A co-admin changed the key (a removal): nothing more is written or sent under this one, which the removed
    // co-admin holds; what changes here waits in the log until the new invite is entered (`takeNewKey`).
    const held = state.status.waitingForKey > 0;
    const ours = new Map<string, string>();
    const published = held ? 0 : await publish(this.context, state, ours);
    if (absorbed.caughtUp) await passOwnWrites(this.context, state, ours);
    await writeState(local, state);
    const push: Replicated = !pull.ok
      ? pull
      : held
        ? { ok: true, written: 0 }
        : await this.replicate('to', state.resendAll);
    if (push.ok && !held) delete state.resendAll;
    else if (!push.ok && push.failure.writes) state.resendAll = true;
    if (held && pull.ok) {
      state.status.connection = 'ok';
      delete state.status.error;
    } else if (pull.ok && push.ok) {
      const lastSyncedAt = this.context.now().toISOString();
      Object.assign(state.status, { connection: 'ok', pending: 0, lastSyncedAt });
      delete state.status.error;
    } else if (!push.ok) {
      const { connection, error } = push.failure;
      Object.assign(state.status, { connection, error });
    }
    await writeState(local, state);
    return {
      ok: pull.ok && push.ok,
      pulled: pull.ok ? pull.written : 0,
      absorbed: absorbed.applied,
      settled: absorbed.settled,
      published,
      pushed: pull.ok && push.ok ? push.written : 0,
      status: state.status,
    };
  }

  /** One replication; a failure is the server's or the network's (local failures are thrown, not reported so). */
  private async replicate(direction: 'from' | 'to', fromStart = false): Promise<Replicated> {
    const { local } = this.context;
    try {
      const result =
        direction === 'from'
          ? await local.replicate.from(this.options.remote, { batch_size: REPLICATION_BATCH })
          : await local.replicate.to(this.options.remote, {
              batch_size: REPLICATION_BATCH,
              ...(fromStart ? { since: 0 } : {}),
            });
      const refused = refusedWrites(result);
      return refused ? { ok: false, failure: refused } : { ok: true, written: result.docs_written };
    } catch (error) {
      return { ok: false, failure: describeFailure(error) };
    }
  }

  /** Absorbs and publishes without the server (offline work, or before the first sync). */
  settleLocally(): Promise<void> {
    return this.locked(async () => {
      const state = await this.fresh();
      const absorbed = await absorb(this.context, state);
      const ours = new Map<string, string>();
      await publish(this.context, state, ours);
      if (absorbed.caughtUp) await passOwnWrites(this.context, state, ours);
      await writeState(this.context.local, state);
    });
  }

  /** Forgets a member here and for every co-admin (with `neverRecordAgain`, for good). */
  forget(memberId: string, options: { neverRecordAgain?: boolean } = {}): Promise<void> {
    return this.locked(async () => {
      await this.fresh();
      const { db, groupId, local, origin } = this.context;
      const neverRecordAgain = options.neverRecordAgain ?? false;
      await forgetMember(db, groupId, memberId, { neverRecordAgain });
      const at = this.context.now().toISOString();
      const id = await idOf(this.context, ['person', groupId, memberId]);
      const bundle: Bundle = { kind: 'forgotten', origin, memberId, at, neverRecordAgain };
      await this.writeOver(id, bundle);
      const state = await readState(local);
      state.applied[id] = at;
      state.status.pending += 1;
      await writeState(local, state);
    });
  }

  /** Clears the group's log here and for every co-admin; the server keeps only the fact that it was cleared. */
  clear(): Promise<void> {
    return this.locked(async () => {
      await this.fresh();
      const { db, groupId, local, origin } = this.context;
      await clearGroup(db, groupId);
      const at = this.context.now().toISOString();
      const id = await groupDocId(this.context);
      const all = await local.allDocs();
      const removals = all.rows
        .filter((row) => row.id !== id && !row.id.startsWith('_'))
        .map((row) => ({ _id: row.id, _rev: row.value.rev, _deleted: true }));
      await local.bulkDocs(removals);
      await this.writeOver(id, { kind: 'cleared', origin, at });
      const state = await readState(local);
      state.applied[id] = at;
      state.status.pending += removals.length + 1;
      await writeState(local, state);
    });
  }

  /** Writes a bundle as the document's current revision (creating it if need be). */
  private async writeOver(id: string, bundle: Bundle): Promise<void> {
    const { local, keys } = this.context;
    const envelope = await sealBundle(keys.current, id, bundle);
    let rev: string | undefined;
    try {
      rev = (await local.get(id))._rev;
    } catch {
      rev = undefined;
    }
    await local.put(rev ? { ...envelope, _rev: rev } : envelope);
  }

  /**
   * Removing a co-admin: a new key epoch. Everything is absorbed first, then written again under the new key
   * (new ids too), and every document of the old key is removed. Returns the new ring: store it, and give the
   * remaining co-admins a new invite. (Their CouchDB user should also be removed on the server.)
   */
  rotate(): Promise<KeyRing> {
    return this.locked(async () => {
      const state = await this.fresh();
      // A co-admin already made a newer key: a rotation from this one would fork the group's keys.
      if (state.status.waitingForKey > 0) throw new NewerKeyWaiting(this.context.groupId);
      await absorb(this.context, state);
      const previous = this.context;
      const epoch = currentEpoch(this.options.ring).epoch + 1;
      const ring: KeyRing = { ...this.options.ring, epochs: [{ epoch, secret: newGroupSecret() }] };
      this.options = { ...this.options, ring };
      this.context = { ...previous, keys: await keysOfRing(ring) };
      await this.migrate(previous, state);
      state.seq = (await this.context.local.info()).update_seq;
      state.epoch = epoch;
      await publish(this.context, state, undefined, { whole: true });
      await writeState(this.context.local, state);
      return ring;
    });
  }

  /**
   * Taking the new key a co-admin made after a removal (`takeNewKey`): forgets and clears made here meanwhile,
   * under the old key and never sent (see `syncOnce`), are written again under the new one, and everything is
   * read again.
   */
  adopt(ring: KeyRing): Promise<void> {
    return this.locked(async () => {
      const state = await this.fresh();
      const previous = this.context;
      this.options = { ...this.options, ring };
      this.context = { ...previous, keys: await keysOfRing(ring) };
      await this.migrate(previous, state);
      Object.assign(state, { seq: 0, epoch: this.context.keys.current.epoch });
      delete state.tracked;
      state.status.waitingForKey = 0;
      await writeState(this.context.local, state);
    });
  }

  /**
   * Re-writes forgets and clears of the previous key under the new one, carries what was applied, removes the
   * previous key's documents (documents of a newer key, from a co-admin, stay).
   */
  private async migrate(previous: EngineContext, state: EngineState): Promise<void> {
    const all = await previous.local.allDocs({ include_docs: true });
    const applied: EngineState['applied'] = {};
    const removals: PouchDB.Writable[] = [];
    for (const row of all.rows) {
      if (row.id.startsWith('_') || !row.doc) continue;
      if (epochOfId(row.id) !== previous.keys.current.epoch) continue;
      removals.push({ _id: row.id, _rev: row.value.rev, _deleted: true });
      const opened = await openEnvelope(previous.keys.current, row.doc);
      if (!opened.ok) continue;
      const { bundle } = opened;
      const about =
        bundle.kind === 'cleared'
          ? (['group', previous.groupId] as const)
          : bundle.kind === 'forgotten'
            ? (['person', previous.groupId, bundle.memberId] as const)
            : aboutOf(bundle.log as LogSlice);
      if (!about) continue;
      const id = await idOf(this.context, [...about] as Parameters<typeof idOf>[1]);
      if (state.applied[row.id] !== undefined) applied[id] = state.applied[row.id]!;
      if (bundle.kind !== 'log') await this.writeOver(id, { ...bundle, origin: previous.origin });
    }
    await previous.local.bulkDocs(removals);
    state.applied = applied;
  }
}
