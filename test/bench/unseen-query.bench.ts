/**
 * `npm run bench -- unseen-query`: with 100,000 members and 300,000 sightings in real Chromium, the first 100
 * unseen members must come back in at most 1/20 of the time a full read of the members table takes, and the tier
 * counts in at most 1/4 of it. Medians of 7 runs, ratios against the full read measured in the same run.
 */
import { fixed, median, ratio, withBenchPage } from './harness/chromium';

const MEMBERS = 100_000;
const SIGHTINGS = 300_000;
const RUNS = 7;

interface Timing {
  ms: number;
  rows: number;
}

await withBenchPage('test/bench/harness/entries/unseen.ts', async ({ call }) => {
  const setup = await call<{ ms: number; members: number; sightings: number }>('setup', MEMBERS, SIGHTINGS);
  console.log(
    `set-up: ${setup.members} members, ${setup.sightings} sightings in ${fixed(setup.ms / 1000, 1)} s`,
  );
  const full: number[] = [];
  const quiet: number[] = [];
  const never: number[] = [];
  const tiers: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so caches favour neither side.
    const steps: [number[], () => Promise<Timing>][] = [
      [full, () => call<Timing>('fullRead')],
      [quiet, () => call<Timing>('unseen', 'went-quiet')],
      [never, () => call<Timing>('unseen', 'never-active')],
      [tiers, () => call<Timing>('tiers')],
    ];
    for (const [list, step] of run % 2 ? steps.reverse() : steps) {
      const timing = await step();
      list.push(timing.ms);
    }
  }
  const fullMs = median(full);
  const firstPage = Math.max(median(quiet), median(never)) / fullMs;
  const tierRatio = median(tiers) / fullMs;
  console.log(`full members read: ${fixed(fullMs, 1)} ms (median of ${RUNS})`);
  console.log(
    `first 100 unseen: went quiet ${fixed(median(quiet), 1)} ms, never active ${fixed(median(never), 1)} ms`,
  );
  console.log(`tier counts: ${fixed(median(tiers), 2)} ms`);
  const pass = firstPage <= 1 / 20 && tierRatio <= 1 / 4;
  console.log(
    pass
      ? 'within targets (first page ≤ 0.05, tiers ≤ 0.25)'
      : 'OUTSIDE TARGETS (first page ≤ 0.05, tiers ≤ 0.25)',
  );
  console.log(`unseen-query: first-page=${ratio(firstPage)} tiers=${ratio(tierRatio)}`);
  if (!pass) process.exitCode = 1;
});
