/**
 * The builds the guard tests look at: the normal ones (`.output/<browser>-mv3`, shared with `npm test`, built here
 * only when missing) and the deliberately broken controls (`TEND_TEST_MISBEHAVE=<flag>`, always rebuilt, into
 * `.output/misbehave-<flag>/` so they never replace a real build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const WXT = path.join(ROOT, 'node_modules', '.bin', 'wxt');

export type Browser = 'chrome' | 'firefox';
/** The controls of utils/test-hooks.ts. */
export type Misbehaviour =
  | 'network'
  | 'content-network'
  | 'html'
  | 'pause-ingest'
  | 'torn-ingest'
  | 'volatile-ingest'
  | 'counting-ingest'
  | 'refuse-first-batch'
  | 'refuse-first-batch-lost'
  | 'zod-jit';

export const buildDir = (browser: Browser, misbehave?: Misbehaviour): string =>
  path.join(ROOT, '.output', misbehave ? `misbehave-${misbehave}` : '', `${browser}-mv3`);

function wxtBuild(browser: Browser, misbehave?: Misbehaviour): void {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (misbehave) env.TEND_TEST_MISBEHAVE = misbehave;
  else delete env.TEND_TEST_MISBEHAVE;
  const result = spawnSync(WXT, ['build', '-b', browser], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`wxt build -b ${browser} ${misbehave ?? ''} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * The normal build's directory, building it first if it is missing. `TEND_EXTENSION_DIR` (as in
 * test/e2e/browser.ts) points the Chromium tests at a copy, while other work rebuilds `.output/chrome-mv3`.
 */
export function normalBuild(browser: Browser): string {
  const dir = (browser === 'chrome' ? process.env.TEND_EXTENSION_DIR : undefined) ?? buildDir(browser);
  if (!existsSync(path.join(dir, 'manifest.json'))) wxtBuild(browser);
  return dir;
}

const freshControls = new Set<string>();
/** A control build with one deliberate misbehaviour, rebuilt once per test process so it follows the code. */
export function controlBuild(browser: Browser, misbehave: Misbehaviour): string {
  const dir = buildDir(browser, misbehave);
  if (!freshControls.has(dir)) wxtBuild(browser, misbehave);
  freshControls.add(dir);
  return dir;
}

/** The panel's section ids, in order, as registered in `entrypoints/sidepanel/sections/registry.ts`. */
export function registeredSectionIds(): string[] {
  const source = readFileSync(path.join(ROOT, 'entrypoints/sidepanel/sections/registry.ts'), 'utf8');
  const list = source.slice(source.indexOf('export const sections'));
  return [...list.matchAll(/\{\s*id:\s*'([^']+)'/g)].map((match) => match[1]!);
}
