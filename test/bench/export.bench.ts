/**
 * `npm run bench -- export`: Tend's chunked JSON export must run at least at 70% of the speed of the naive way
 * (every row with toArray(), serialised in one go) on 100,000 members and 300,000 sightings, and its peak JS heap
 * (DevTools protocol: forced garbage collection, then Runtime.getHeapUsage sampled while it runs) must grow at most
 * 1.5 times from 30,000 to 300,000 sightings. Medians of 5 runs, same page, same run.
 */
import type { CDPSession } from 'playwright';
import { fixed, median, ratio, withBenchPage } from './harness/chromium';

const RUNS = 5;
const MB = 1024 * 1024;

interface Timing {
  ms: number;
  bytes: number;
  chunks: number;
}

/** Runs `work` after a forced GC, sampling the used JS heap until it ends. */
async function peakHeap(
  cdp: CDPSession,
  work: () => Promise<unknown>,
): Promise<{ base: number; peak: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const base = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = base;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, usedSize);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  await work();
  running = false;
  await sampler;
  const metrics = await cdp.send('Performance.getMetrics');
  const used = metrics.metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  return { base, peak: Math.max(peak, used) };
}

await withBenchPage('test/bench/harness/entries/export.ts', async ({ call, cdp }) => {
  await cdp.send('Performance.enable');
  for (const [name, members, sightings] of [
    ['small', 10_000, 30_000],
    ['large', 100_000, 300_000],
  ] as const) {
    const setup = await call<{ ms: number; members: number; sightings: number }>(
      'setup',
      name,
      members,
      sightings,
    );
    console.log(
      `set-up ${name}: ${setup.members} members, ${setup.sightings} sightings in ${fixed(setup.ms / 1000, 1)} s`,
    );
  }

  const chunked: number[] = [];
  const naive: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const steps: [number[], string][] = [
      [chunked, 'chunked'],
      [naive, 'naive'],
    ];
    for (const [list, kind] of run % 2 ? steps.reverse() : steps) {
      await cdp.send('HeapProfiler.collectGarbage');
      const timing = await call<Timing>(kind, 'large');
      list.push(timing.ms);
      if (run === 0) console.log(`${kind}: ${fixed(timing.bytes / MB, 1)} MB in ${timing.chunks} chunk(s)`);
    }
  }
  const speed = median(naive) / median(chunked);
  console.log(
    `300k sightings: chunked ${fixed(median(chunked), 0)} ms, naive ${fixed(median(naive), 0)} ms (medians of ${RUNS})`,
  );

  const peaks: Record<'small' | 'large', { base: number; peak: number }[]> = { small: [], large: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const name of ['small', 'large'] as const)
      peaks[name].push(await peakHeap(cdp, () => call('chunked', name)));
  }
  const peakOf = (name: 'small' | 'large') => median(peaks[name].map((sample) => sample.peak));
  const riseOf = (name: 'small' | 'large') => median(peaks[name].map((sample) => sample.peak - sample.base));
  const growth = peakOf('large') / peakOf('small');
  console.log(
    `peak JS heap while exporting: 30k ${fixed(peakOf('small') / MB, 1)} MB, 300k ${fixed(peakOf('large') / MB, 1)} MB`,
  );
  console.log(
    `rise above the heap before export: 30k ${fixed(riseOf('small') / MB, 1)} MB, 300k ${fixed(riseOf('large') / MB, 1)} MB (×${fixed(riseOf('large') / riseOf('small'))})`,
  );
  const naivePeak = await peakHeap(cdp, () => call('naive', 'large'));
  console.log(`for comparison, naive export of 300k: peak ${fixed(naivePeak.peak / MB, 1)} MB`);
  const pass = speed >= 0.7 && growth <= 1.5;
  console.log(
    pass
      ? 'within targets (ratio ≥ 0.7, heap growth ≤ 1.5)'
      : 'OUTSIDE TARGETS (ratio ≥ 0.7, heap growth ≤ 1.5)',
  );
  console.log(`export: ratio=${ratio(speed)} heap-growth=${ratio(growth)}`);
  if (!pass) process.exitCode = 1;
});
