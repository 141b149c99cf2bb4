/**
 * The store packages, as `npm run zip` makes them: `.output/tend-<version>-chrome.zip` and
 * `.output/tend-<version>-firefox.zip` (and the sources zip Mozilla's reviewers get with the Firefox one).
 * Shared by the package checks in test/tools/ (addons-linter, the Chrome check, the reproducible build).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../guards/builds';
import type { ZipEntry } from './zip-entries';

export type StoreBrowser = 'chrome' | 'firefox';

export function packageVersion(root = ROOT): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

export const packagePath = (browser: StoreBrowser, root = ROOT): string =>
  path.join(root, '.output', `tend-${packageVersion(root)}-${browser}.zip`);

/** Builds and zips one browser's package in `root` (a production build, as `npm run zip`); returns its path. */
export function zipPackage(browser: StoreBrowser, root = ROOT): string {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.TEND_TEST_MISBEHAVE;
  const wxt = path.join(root, 'node_modules', '.bin', 'wxt');
  const result = spawnSync(wxt, ['zip', '-b', browser], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`wxt zip -b ${browser} failed:\n${result.stdout}\n${result.stderr}`);
  return packagePath(browser, root);
}

/** Writes a package's entries (possibly changed, for a control) as files under `dir`; returns `dir`. */
export function unpackTo(entries: readonly ZipEntry[], dir: string): string {
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.data);
  }
  return dir;
}

/** Runs a check's cases and exits 1 unless each passed: `[name, ok, detail]` per line, then a summary. */
export function report(title: string, cases: [string, boolean, string?][]): never {
  console.log(title);
  for (const [name, ok, detail] of cases) {
    console.log(`  ${ok ? '✓' : '✗'} ${name}`);
    if (detail) console.log(`      ${detail.split('\n').join('\n      ')}`);
  }
  const failed = cases.filter(([, ok]) => !ok).length;
  console.log(`${cases.length - failed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
