/**
 * The panel benchmark's browser profile, seeded once and kept between runs. Seeding a 100,000-member log through
 * the extension's messages takes minutes, so the seeded profile is cached in the system's temporary folder under a
 * key made of the logs asked for, today's date (the logs end yesterday), the extension's folder (an unpacked
 * extension's id, hence its database, follows its path) and the code that decides what is stored (the simulator,
 * storage/, the background). Each run works on a copy, so the pages it sends never reach the cache.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../e2e/browser';
import type { BrowsingLine } from '../../simulator/lines';
import { ROOT } from './bundle';
import { pageMessagesOf } from '../../simulator/lines';
import { simulatedLog, type LogSpec, type SimulatedLog } from './panel-log';

export const BENCH_DIR = path.join(os.tmpdir(), 'tend-bench-panel');
/** What decides the stored log: the simulator, the code that stores it, and the benchmark's own additions. */
const CODE = ['test/simulator', 'storage', 'entrypoints/background', 'test/bench/support/panel-log.ts'];
/** Pages sent per `page.evaluate` while seeding. */
const CHUNK = 100;

export interface SeededGroup {
  spec: LogSpec;
  newPages: BrowsingLine[];
  facts: SimulatedLog['facts'];
}

interface CacheFile {
  groups: SeededGroup[];
  seedSeconds: number;
}

function cacheKey(specs: readonly LogSpec[], extensionDir: string, now: Date): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ specs, extensionDir, day: now.toISOString().slice(0, 10) }));
  for (const entry of CODE) {
    const files = entry.endsWith('.ts')
      ? ['']
      : readdirSync(path.join(ROOT, entry), { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.ts'))
          .sort();
    for (const file of files) hash.update(file).update(readFileSync(path.join(ROOT, entry, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Sends every page's messages from an extension page, in order, `CHUNK` pages per evaluation. */
export async function sendPages(
  page: Page,
  lines: readonly BrowsingLine[],
  options: { visible: boolean; progress?: (sent: number) => void },
): Promise<void> {
  for (let from = 0; from < lines.length; from += CHUNK) {
    options.progress?.(from);
    const messages = lines.slice(from, from + CHUNK).flatMap((line) => pageMessagesOf(line, options.visible));
    const refused = await page.evaluate(async (batch) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime;
      for (const message of batch) {
        const reply = (await runtime.sendMessage(message)) as { ok: boolean; error?: string };
        if (!reply.ok) return reply.error ?? 'refused';
      }
      return null;
    }, messages);
    if (refused) throw new Error(`a page was refused while seeding: ${refused}`);
  }
}

/**
 * An extension page that runs none of Tend's code (the manifest, shown as text): it may send Tend's messages as an
 * extension page, and no live query of its own re-runs while they are stored.
 */
export async function quietExtensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  return page;
}

async function seedProfile(specs: readonly LogSpec[], extensionDir: string, profile: string, now: Date) {
  const started = performance.now();
  const { context, extensionId } = await launchWithExtension({ extensionDir, userDataDir: profile });
  const groups: SeededGroup[] = [];
  try {
    const page = await quietExtensionPage(context, extensionId);
    for (const spec of specs) {
      const log = simulatedLog(spec, now);
      const startedAt = performance.now();
      // Read in a tab out of view: no group is followed while seeding, so the toolbar badge's live query (the
      // onboarding queue of the followed group, recomputed after every batch) does not run meanwhile.
      await sendPages(page, log.seed, {
        visible: false,
        progress: (sent) => {
          if (sent % 500 === 0)
            console.log(
              `  ${sent} of ${log.seed.length} pages, ${((performance.now() - startedAt) / 1000).toFixed(0)} s`,
            );
        },
      });
      console.log(
        `seeded ${spec.members.toLocaleString('en')} members: ${log.seed.length} pages in ` +
          `${((performance.now() - startedAt) / 1000).toFixed(0)} s`,
      );
      groups.push({ spec, newPages: log.newPages, facts: log.facts });
    }
  } finally {
    await context.close();
  }
  return { groups, seedSeconds: (performance.now() - started) / 1000 };
}

/**
 * A working copy of a profile holding every log of `specs`, seeded now or taken from the cache; `remove()` deletes
 * the copy. `reseed` ignores (and replaces) a cached profile.
 */
export async function seededProfile(
  specs: readonly LogSpec[],
  extensionDir: string,
  options: { reseed: boolean; now: Date },
): Promise<CacheFile & { userDataDir: string; cached: boolean; remove(): void }> {
  const key = cacheKey(specs, extensionDir, options.now);
  const cacheDir = path.join(BENCH_DIR, `cache-${key}`);
  const cacheFile = path.join(cacheDir, 'groups.json');
  const cached = !options.reseed && existsSync(cacheFile);
  if (!cached) {
    mkdirSync(BENCH_DIR, { recursive: true });
    // One cache at a time: profiles of large logs are big.
    for (const entry of readdirSync(BENCH_DIR))
      if (entry.startsWith('cache-')) rmSync(path.join(BENCH_DIR, entry), { recursive: true, force: true });
    const seeded = await seedProfile(specs, extensionDir, path.join(cacheDir, 'profile'), options.now);
    writeFileSync(cacheFile, JSON.stringify(seeded));
  }
  const file = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
  const userDataDir = path.join(BENCH_DIR, `run-${process.pid}`);
  rmSync(userDataDir, { recursive: true, force: true });
  cpSync(path.join(cacheDir, 'profile'), userDataDir, { recursive: true, verbatimSymlinks: true });
  return {
    ...file,
    userDataDir,
    cached,
    remove: () => rmSync(userDataDir, { recursive: true, force: true }),
  };
}
