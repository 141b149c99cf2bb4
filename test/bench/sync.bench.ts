/**
 * `npm run bench -- sync [--small]`: sharing's first sync of 100,000 members and 300,000 sightings to a local
 * pouchdb-server must reach at least 0.7x the throughput of a raw `_bulk_docs` of the same encrypted documents
 * (read back from Tend's replica, sent in batches as large as Tend's replication's, REPLICATION_BATCH) to the same server, in the same
 * run; then one newly read page must move only what changed. Tend's side is the whole first sync as the extension
 * runs it in a page: slicing the log, encrypting, writing the IndexedDB replica, and replicating.
 * Ratio = raw time / Tend time, median of the runs (alternating which goes first).
 *
 * The page is served at https://bench.invalid/ (see harness/chromium.ts) and reaches the server at its /couch/,
 * forwarded by Playwright to the pouchdb-server this process starts: both sides go through the same forwarding.
 * `--small`: 10,000 members and 30,000 sightings, for a quick check. `--profile`: the first run's Tend sync and the
 * incremental syncs run under the page's CPU profiler, and where their time went is printed.
 *
 * Three incremental syncs, each after one new page: right after the first sync (its pull still lists every document
 * that sync pushed), a later one, and a later one made to read the whole log as every sync did before the slice
 * marks (storage/slice-marks.ts), for the same run's comparison.
 *
 * Last measured (--small, 2026-12-07, other processes 1.33 CPUs of 2): Tend first sync 15.4-25.4 s against raw
 * 5.3-5.7 s; incremental right after it 3.8 s, later 629 ms, later reading the whole log 2,834 ms, 24 documents
 * each; last line `sync: ratio=0.26 incremental-docs=24` (OUTSIDE the 0.7 target). The full run was not made.
 */
import { availableParallelism } from 'node:os';
import { startServer } from '../unit/sharing/server';
import { fixed, median, ratio, withBenchPage } from './harness/chromium';
import { watchMachineLoad } from './support/machine';
import { profileIn } from './support/profile';

const QUICK = process.argv.includes('--small');
const MEMBERS = QUICK ? 10_000 : 100_000;
const SIGHTINGS = QUICK ? 30_000 : 300_000;
const RUNS = QUICK ? 3 : 2;
const PROFILE = process.argv.includes('--profile');
const TARGET = 0.7;

interface First {
  ms: number;
  published: number;
  pushed: number;
}
interface Raw {
  ms: number;
  docs: number;
}
interface Incremental {
  ms: number;
  stored: { added: number; updated: number };
  published: number;
  pushed: number;
}

const server = await startServer();
try {
  await withBenchPage('test/bench/harness/entries/sync.ts', async ({ page, call }) => {
    await page.route('https://bench.invalid/couch/**', async (route) => {
      const url = new URL(route.request().url());
      const target = `${server.url}${url.pathname.slice('/couch'.length)}${url.search}`;
      await route.fulfill({ response: await route.fetch({ url: target }) });
    });
    /** Runs `work`, under the profiler when `--profile` asks and `when` holds; prints where its time went. */
    const profiled = async <T>(what: string, when: boolean, work: () => Promise<T>): Promise<T> => {
      if (!PROFILE || !when) return work();
      let result: T | undefined;
      const profile = await profileIn(page, async () => (result = await work()), 30);
      console.log(`profile of ${what} (share of samples, inclusive):\n${profile.total.join('\n')}`);
      console.log(`self:\n${profile.self.join('\n')}`);
      return result as T;
    };
    const setup = await call<{ ms: number; members: number; sightings: number }>('setup', MEMBERS, SIGHTINGS);
    console.log(
      `set-up: ${setup.members} members, ${setup.sightings} sightings in ${fixed(setup.ms / 1000, 1)} s`,
    );
    const load = watchMachineLoad([process.pid]);
    const ratios: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // The raw side needs Tend's documents, so Tend's first sync always runs first; the replica it leaves is read
      // back (untimed) before the raw upload.
      const tend = await profiled(`Tend first sync, run ${run + 1}`, run === 0, () =>
        call<First>('first', run),
      );
      const raw = await call<Raw>('raw', run);
      if (raw.docs !== tend.pushed)
        throw new Error(`raw sent ${raw.docs} documents, Tend pushed ${tend.pushed}: not the same work`);
      ratios.push(raw.ms / tend.ms);
      console.log(
        `run ${run + 1}: Tend first sync ${fixed(tend.ms / 1000, 2)} s (${tend.published} documents encrypted, ` +
          `${tend.pushed} pushed), raw _bulk_docs of the same ${raw.docs} ${fixed(raw.ms / 1000, 2)} s, ` +
          `ratio ${fixed(raw.ms / tend.ms)}`,
      );
    }
    const step = await profiled('incremental sync', true, () =>
      call<Incremental>('incremental', RUNS - 1, 0),
    );
    const later = await profiled('later incremental sync', true, () =>
      call<Incremental>('incremental', RUNS - 1, 1),
    );
    const wholeLog = await call<Incremental>('incremental', RUNS - 1, 2, true);
    for (const [what, one] of [
      ['incremental (right after the first sync, whose pushed documents its pull lists)', step],
      ['later incremental', later],
      ['later incremental reading the whole log (as before slice marks)', wholeLog],
    ] as const)
      console.log(
        `${what}: one new page (${one.stored.added} sightings added, ${one.stored.updated} updated) -> ` +
          `${one.published} documents encrypted, ${one.pushed} pushed, in ${fixed(one.ms, 0)} ms`,
      );
    const machine = load?.stop();
    if (machine)
      console.log(
        `machine meanwhile: other processes used ${fixed(machine.othersCpus)} CPUs of ${availableParallelism()}`,
      );
    const value = median(ratios);
    console.log(value >= TARGET ? `within target (≥ ${TARGET})` : `OUTSIDE TARGET (≥ ${TARGET})`);
    console.log(`sync: ratio=${ratio(value)} incremental-docs=${step.pushed}`);
    if (value < TARGET) process.exitCode = 1;
  });
} finally {
  await server.close();
}
