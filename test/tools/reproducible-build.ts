/**
 * Issue 19, "the build is reproducible": the store packages built twice from the source tree, in two directories
 * (as a reviewer rebuilding from the sources zip would, elsewhere), are the same bytes. The zips embed no
 * timestamp (WXT's zip writes 0 as every entry's date and time, and sorts the entries), which is checked too.
 *
 *   npx tsx test/tools/reproducible-build.ts
 *
 * Control: the same comparison between the package and a copy with one byte of one file changed must report that
 * file. The copy of the tree shares this tree's node_modules (a symlink), so both builds use the same locked
 * dependencies, as `npm ci` from package-lock.json gives a reviewer.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../guards/builds';
import { report, zipPackage, type StoreBrowser } from './packages';
import { readZip, type ZipEntry } from './zip-entries';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A copy of the source files (tracked, and new files not ignored) at another path, sharing node_modules. */
function copyOfTree(): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const copy = mkdtempSync(path.join(os.tmpdir(), 'tend-rebuild-'));
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    // A tracked file deleted in the working tree is not part of the build.
    try {
      cpSync(path.join(ROOT, file), path.join(copy, file));
    } catch {
      continue;
    }
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

/** The names of the entries that differ between two packages (added, removed or changed). */
function differences(a: readonly ZipEntry[], b: readonly ZipEntry[]): string[] {
  const hashes = (entries: readonly ZipEntry[]) =>
    new Map(entries.map((entry) => [entry.name, sha256(entry.data)]));
  const [left, right] = [hashes(a), hashes(b)];
  return [...new Set([...left.keys(), ...right.keys()])]
    .filter((name) => left.get(name) !== right.get(name))
    .sort();
}

// Two copies of one snapshot of the tree, so an edit made while this runs cannot pass for a difference.
const copy = copyOfTree();
const second = `${copy}-second`;
cpSync(copy, second, { recursive: true, verbatimSymlinks: true });
const cases: [string, boolean, string?][] = [];
try {
  for (const browser of ['chrome', 'firefox'] as StoreBrowser[]) {
    const herePath = zipPackage(browser, second);
    const here = readFileSync(herePath);
    const hereEntries = readZip(herePath);
    const there = zipPackage(browser, copy);
    const changed = differences(hereEntries, readZip(there));
    cases.push([
      `${browser}: the packages built in two directories are the same bytes (sha256 ${sha256(here).slice(0, 16)}…)`,
      sha256(here) === sha256(readFileSync(there)),
      changed.length > 0 ? `files that differ: ${changed.join(', ')}` : undefined,
    ]);
    const dated = hereEntries.filter((entry) => entry.dosDate !== 0 || entry.dosTime !== 0);
    cases.push([
      `${browser}: no entry carries a timestamp`,
      dated.length === 0,
      dated.map((entry) => entry.name).join(', '),
    ]);
    if (browser === 'chrome') {
      const touched = hereEntries.map((entry, index) =>
        index === 0 ? { ...entry, data: Buffer.concat([entry.data, Buffer.from(' ')]) } : entry,
      );
      const found = differences(hereEntries, touched);
      cases.push([
        'control: one changed byte in one file is reported',
        found.length === 1 && found[0] === hereEntries[0]!.name,
        `reported: ${found.join(', ') || 'nothing'}`,
      ]);
    }
  }
} finally {
  for (const dir of [copy, second]) rmSync(dir, { recursive: true, force: true });
}
report('Reproducible build: the store packages, built in two directories', cases);
