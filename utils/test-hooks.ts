/**
 * Test-only misbehaviour, for the positive controls of the guard tests (test/e2e/guards, test/guards).
 *
 * `TEND_TEST_MISBEHAVE=<flag> npx wxt build` (see wxt.config.ts) builds a deliberately broken extension into
 * `.output/misbehave-<flag>/`; the guards must turn red on it. In a normal build the constant is '' and every
 * branch below is removed by the bundler, so no trace of it ships (test/unit/guards/no-trace.test.ts checks).
 */

import type { Transaction } from 'dexie';
import type { TendDatabase } from '@/storage/db';

/** Replaced at build time by wxt.config.ts (`vite.define`). */
declare const __TEND_TEST_MISBEHAVE__: string;

// Vitest does not run through wxt.config.ts's define: treat a missing constant as "no misbehaviour".
const misbehave: string = typeof __TEND_TEST_MISBEHAVE__ === 'string' ? __TEND_TEST_MISBEHAVE__ : '';

/** Where the `network` control's requests go: an address no real code would ever use. */
export const MISBEHAVE_PANEL_URL = 'https://www.facebook.com/tend-misbehave/panel';
export const MISBEHAVE_WORKER_URL = 'https://tend-misbehave.invalid/worker';

/** The `zod-jit` control leaves zod's eval probe on (utils/zod-config.ts), which the CSP guard must notice. */
export function keepsZodJit(): boolean {
  return misbehave === 'zod-jit';
}

/** Called once when the side panel starts. */
export function panelTestHook(): void {
  if (misbehave === 'network') {
    // A request from an extension page, to facebook.com: the guard must judge by who asked, not by the address.
    void fetch(MISBEHAVE_PANEL_URL).catch(() => undefined);
  }
  if (misbehave === 'html') {
    // Re-renders member names, notes and filled templates as HTML, the mistake the hostile-content guard must catch;
    // again whenever React changes their text (a template filled in for another member).
    const rendered = new WeakMap<Element, string>();
    const render = () => {
      for (const shown of Array.from(document.querySelectorAll('.member-name, .note-text, .template-text'))) {
        if (rendered.get(shown) === shown.textContent) continue;
        shown.setAttribute('data-misbehaved', '');
        // eslint-disable-next-line no-restricted-properties -- the `html` control must turn text into HTML; this branch is compiled out of normal builds (test/unit/guards/no-trace.test.ts).
        shown.replaceChildren(document.createRange().createContextualFragment(shown.textContent ?? ''));
        rendered.set(shown, shown.textContent ?? '');
      }
    };
    new MutationObserver(render).observe(document, { childList: true, subtree: true, characterData: true });
  }
}

/** Called once when the background service worker starts. */
export function backgroundTestHook(): void {
  if (misbehave === 'network') {
    void fetch(MISBEHAVE_WORKER_URL).catch(() => undefined);
  }
}

/** Called once when the content script starts on a facebook.com page. */
export function contentScriptTestHook(): void {
  if (misbehave === 'content-network') {
    // A request from the content script goes out with the page's own origin: the guard must still see it as Tend's.
    void fetch(MISBEHAVE_CONTENT_URL).catch(() => undefined);
  }
}
export const MISBEHAVE_CONTENT_URL = 'https://www.facebook.com/tend-misbehave/content';

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
 * `refuse-first-batch-lost`, the mistake the refused-batch guard must catch: the content script takes every answer
 * for an acceptance, so the refused batch is dropped (test/e2e/guards/refused-batch.spec.ts).
 */
export function contentSendTestHook(send: (message: unknown) => Promise<unknown>) {
  if (misbehave !== 'refuse-first-batch-lost') return send;
  return async (message: unknown) => {
    console.warn('Tend test build (misbehave refuse-first-batch-lost): ignoring the background’s answer');
    await send(message);
    return { ok: true, value: null };
  };
}

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
