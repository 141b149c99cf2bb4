/**
 * `npm run bench -- ingest`: with 100,000 members and 300,000 sightings already stored, Tend's own ingest path
 * (message validation, routing, de-duplication, per-member aggregates and index fields, coverage counters, one
 * transaction per page) must reach at least 70% of the throughput of a raw Dexie `bulkPut` of exactly the rows Tend
 * ends up writing (recorded at the write boundary), into an identical database, in the same run.
 * Ratio = raw time / Tend time, median of 7 runs of 20 pages of 500 sightings.
 */
import { fixed, median, ratio, withBenchPage } from './harness/chromium';

const MEMBERS = 100_000;
const SIGHTINGS = 300_000;
const RUNS = 7;
const PAGES = 20;
const PAGE_SIZE = 500;

interface RunTiming {
  tendMs: number;
  rawMs: number;
  rows: number;
}

await withBenchPage('test/bench/harness/entries/ingest.ts', async ({ call }) => {
  const setup = await call<{ ms: number; members: number; sightings: number }>('setup', MEMBERS, SIGHTINGS);
  console.log(
    `set-up (two identical logs): ${setup.members} members, ${setup.sightings} sightings each, in ${fixed(setup.ms / 1000, 1)} s`,
  );
  const ratios: number[] = [];
  const tendRates: number[] = [];
  const rawRates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const timing = await call<RunTiming>('run', run, PAGES, PAGE_SIZE);
    ratios.push(timing.rawMs / timing.tendMs);
    tendRates.push((PAGES * PAGE_SIZE) / (timing.tendMs / 1000));
    rawRates.push(timing.rows / (timing.rawMs / 1000));
    console.log(
      `run ${run + 1}: Tend ${fixed(timing.tendMs, 0)} ms, raw bulkPut of the same ${timing.rows} rows ${fixed(timing.rawMs, 0)} ms, ratio ${fixed(timing.rawMs / timing.tendMs)}`,
    );
  }
  console.log(
    `Tend ingest: ${fixed(median(tendRates), 0)} sightings/s; raw bulkPut: ${fixed(median(rawRates), 0)} rows/s`,
  );
  const value = median(ratios);
  console.log(value >= 0.7 ? 'within target (≥ 0.7)' : 'OUTSIDE TARGET (≥ 0.7)');
  console.log(`ingest: ratio=${ratio(value)}`);
  if (value < 0.7) process.exitCode = 1;
});
