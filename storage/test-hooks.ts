/**
 * Test-only misbehaviour of ingest, for the positive controls of the guard tests (see utils/test-hooks.ts for the
 * others and for how such a build is made). In a normal build the constant is '' and every branch below is removed
 * by the bundler, so no trace of it ships (test/unit/guards/no-trace.test.ts checks).
 */
import type { Transaction } from 'dexie';
import type { TendDatabase } from './db';

/** Replaced at build time by wxt.config.ts (`vite.define`); read here as in utils/test-hooks.ts, so it folds. */
declare const __TEND_TEST_MISBEHAVE__: string;
const misbehave: string = typeof __TEND_TEST_MISBEHAVE__ === 'string' ? __TEND_TEST_MISBEHAVE__ : '';

/**
 * The `pause-ingest` and `torn-ingest` controls are driven from the service worker's global scope: the test arms
 * the pause before the batch it wants held, the hook says there when the batch is held (test/e2e/guards/crash.spec.ts).
 */
export const MISBEHAVE_PAUSE_GLOBAL = '__tendMisbehavePause';
/** How long the `volatile-ingest` control keeps an acknowledged batch in memory before writing it. */
const VOLATILE_DELAY_MS = 5_000;
export interface IngestPause {
  /** Set by the test: hold the next batch of sightings. */
  armed: boolean;
  /** Set by the hook once the batch is held: the sightings its writer sees stored, and whether that is committed. */
  held?: { sightings: number; committed: boolean };
}

let refusedFirstBatch = false;

/**
 * Runs one batch of sightings through `ingest` (the real write path). In normal builds that is all it does.
 *
 * - `refuse-first-batch` (and `-lost`): the first batch is refused, as a full or closing database would.
 * - `counting-ingest`: also counts every post a batch submits, new or not, so one page read in two tabs counts
 *   twice: the mistake the two-tab test must catch.
 * - `volatile-ingest`: acknowledges the batch at once and writes it a few seconds later from memory; the
 *   worker-restart test stops the worker in between and must see the batch missing.
 *
 * Two controls hold it part-way when armed:
 *
 * - `pause-ingest`: inside ingest's own transaction, once its first member row is written (the sightings before
 *   it are too), the transaction is kept open for good by a chain of reads: nothing is committed, and the batch
 *   never finishes. The test kills the browser there; the batch must vanish whole.
 * - `torn-ingest`: the mistake the kill test must catch, a batch written without one transaction, sighting by
 *   sighting, each committed on its own, held after half of them.
 */
export function ingestTestHook<Batch extends { sightings: unknown[] }, Result>(
  database: TendDatabase,
  batch: Batch,
  ingest: (batch: Batch) => Promise<Result>,
): Promise<Result> {
  if ((misbehave === 'refuse-first-batch' || misbehave === 'refuse-first-batch-lost') && !refusedFirstBatch) {
    // A background that cannot store (quota, a closing database) once: the content script must keep and resend it.
    refusedFirstBatch = true;
    console.warn('Tend test build (misbehave refuse-first-batch): refusing the first batch');
    return Promise.reject(new Error('Tend test build: the first batch is refused'));
  }
  if (misbehave === 'counting-ingest') return countingIngest(database, batch, ingest);
  if (misbehave === 'volatile-ingest') {
    // The mistake the worker-restart guard must catch: the batch is acknowledged at once and written later, from
    // the worker's memory, so a worker stopped in between loses it.
    console.warn('Tend test build (misbehave volatile-ingest): acknowledging a batch before writing it');
    setTimeout(() => void ingest(batch), VOLATILE_DELAY_MS);
    return ingest({ ...batch, sightings: [] });
  }
  if (misbehave === 'pause-ingest' || misbehave === 'torn-ingest') {
    const scope = globalThis as unknown as Record<string, IngestPause | undefined>;
    const pause = scope[MISBEHAVE_PAUSE_GLOBAL];
    if (pause?.armed) {
      pause.armed = false;
      if (misbehave === 'torn-ingest') return tornIngest(database, batch, ingest, pause);
      holdInsideTransaction(database, pause);
    }
  }
  return ingest(batch);
}

function holdInsideTransaction(database: TendDatabase, pause: IngestPause): void {
  const creating = database.members.hook.creating;
  const updating = database.members.hook.updating;
  function hold(this: { onsuccess?: () => void }, ...args: unknown[]) {
    creating.unsubscribe(hold);
    updating.unsubscribe(hold);
    const transaction = args.at(-1) as Transaction;
    this.onsuccess = () => {
      // The row is written. Any moment without a pending request would let IndexedDB commit: keep one going.
      const keepOpen = () => {
        const request = transaction.idbtrans.objectStore('sightings').count();
        request.onsuccess = () => {
          pause.held = { sightings: request.result, committed: false };
          keepOpen();
        };
      };
      keepOpen();
    };
  }
  creating.subscribe(hold);
  updating.subscribe(hold);
}

async function tornIngest<Batch extends { sightings: unknown[] }, Result>(
  database: TendDatabase,
  batch: Batch,
  ingest: (batch: Batch) => Promise<Result>,
  pause: IngestPause,
): Promise<Result> {
  const half = batch.sightings.slice(0, Math.ceil(batch.sightings.length / 2));
  for (const sighting of half) await ingest({ ...batch, sightings: [sighting] });
  pause.held = { sightings: await database.sightings.count(), committed: true };
  return new Promise<Result>(() => undefined);
}

async function countingIngest<Batch extends { sightings: unknown[] }, Result>(
  database: TendDatabase,
  batch: Batch,
  ingest: (batch: Batch) => Promise<Result>,
): Promise<Result> {
  console.warn('Tend test build (misbehave counting-ingest): counting submitted posts, not new ones');
  const result = await ingest(batch);
  const { groupId, sightings } = batch as unknown as {
    groupId: string;
    sightings: { kind: string; memberId: string }[];
  };
  await database.transaction('rw', database.members, async () => {
    for (const sighting of sightings.filter((each) => each.kind === 'post')) {
      await database.members
        .where('[groupId+memberId]')
        .equals([groupId, sighting.memberId])
        .modify((row) => void (row.postCount += 1));
    }
  });
  return result;
}
