/**
 * A private build of the extension for a benchmark: built with WXT's API into a temporary folder, so that other
 * builds of `.output/` running at the same time cannot change it under the browser. `TEND_EXTENSION_DIR` (a
 * built `chrome-mv3` folder) skips the build. `fixedDir` builds into that folder instead (emptied first), so that
 * the extension keeps its id (Chromium derives an unpacked extension's id from its path) from one run to the next.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './bundle';

export function privateExtensionBuild(fixedDir?: string): Promise<{ extensionDir: string; remove(): void }> {
  const given = process.env.TEND_EXTENSION_DIR;
  if (given) return Promise.resolve({ extensionDir: path.resolve(given), remove: () => {} });
  if (fixedDir) rmSync(fixedDir, { recursive: true, force: true });
  const outDir = fixedDir ?? mkdtempSync(path.join(os.tmpdir(), 'tend-bench-build-'));
  // In a child process, so that WXT's progress output stays out of the benchmark's (shown only on failure).
  const script = `import { build } from 'wxt'; await build({ root: process.cwd(), outDir: ${JSON.stringify(outDir)} });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`wxt build failed:\n${result.stdout}\n${result.stderr}`);
  }
  const extensionDir = path.join(outDir, 'chrome-mv3');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no build in ${extensionDir}`);
  return Promise.resolve({ extensionDir, remove: () => rmSync(outDir, { recursive: true, force: true }) });
}
