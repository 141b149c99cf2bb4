/**
 * The previous release, built from its git tag, for the update tests (test/e2e/update.spec.ts, test/firefox/).
 * The tag is the highest `v*` tag that is not the current version (package.json); a clone without tags uses the
 * release's commit recorded below (RELEASE_COMMITS). Its tree is exported with
 * `git archive` (the repository is left as it is) into the system's temp directory, and built there with
 * `wxt build` for both browsers. When every package of the release's lock file is in this tree's lock file at the
 * same version, it reuses this tree's node_modules (a symlink); otherwise it runs `npm ci` there. The build is kept
 * under the tag's commit id, so the next run reuses it (a tagged commit never changes).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../guards/builds';
import { packageVersion } from './packages';

export interface PreviousRelease {
  tag: string;
  commit: string;
  version: string;
  chrome: string;
  firefox: string;
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20, ...options });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${String(result.stdout)}\n${String(result.stderr)}`,
    );
  return String(result.stdout);
}

/**
 * Each release's commit, kept in the repository as well as in its tag: a clone made without tags (a CI checkout
 * that fetches none) can still build the previous release from history.
 */
const RELEASE_COMMITS: Record<string, string> = {
  'v0.1.0': 'dfbac925f61757b05d979b5798585ed3b21bbb9d',
};

const inHistory = (commit: string) =>
  spawnSync('git', ['cat-file', '-e', `${commit}^{commit}`], { cwd: ROOT }).status === 0;

/**
 * The previous release: the highest `v*` tag that is not the current version, else the highest such release of
 * RELEASE_COMMITS whose commit this clone holds; fails with what to do when neither exists.
 */
export function previousRelease(): { tag: string; commit: string } {
  const current = `v${packageVersion()}`;
  const tags = run('git', ['tag', '--list', 'v*', '--sort=-v:refname']).split('\n').filter(Boolean);
  const tag = tags.find((name) => name !== current);
  if (tag) return { tag, commit: run('git', ['rev-parse', `${tag}^{commit}`]).trim() };
  const known = Object.entries(RELEASE_COMMITS)
    .filter(([name, commit]) => name !== current && inHistory(commit))
    .sort(([a], [b]) => b.localeCompare(a, 'en', { numeric: true }));
  const [name, commit] = known[0] ?? [];
  if (name && commit) return { tag: name, commit };
  throw new Error(
    `No release tag (v*) other than ${current} in this clone, and no release commit of RELEASE_COMMITS in its ` +
      'history, so the previous release cannot be built. From a remote, run "git fetch --tags" (or check out ' +
      'with history and tags, e.g. actions/checkout with fetch-depth: 0 and fetch-tags: true).',
  );
}

type LockPackages = Record<string, { version?: string; resolved?: string }>;
const lockPackages = (text: string) => (JSON.parse(text) as { packages: LockPackages }).packages;

/** Whether this tree's node_modules holds every package of `lockText` at its version. */
function sameDependencies(lockText: string): boolean {
  const current = lockPackages(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  return Object.entries(lockPackages(lockText)).every(
    ([name, entry]) => name === '' || current[name]?.version === entry.version,
  );
}

export function buildPreviousRelease(): PreviousRelease {
  const { tag, commit } = previousRelease();
  const root = path.join(os.tmpdir(), `tend-release-${commit.slice(0, 12)}`);
  const version = (JSON.parse(run('git', ['show', `${commit}:package.json`])) as { version: string }).version;
  const release = {
    tag,
    commit,
    version,
    chrome: path.join(root, '.output', 'chrome-mv3'),
    firefox: path.join(root, '.output', 'firefox-mv3'),
  };
  if (existsSync(path.join(root, 'built'))) return release;

  const staging = `${root}-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const archive = path.join(staging, 'release.tar');
  run('git', ['archive', '--format=tar', `--output=${archive}`, commit]);
  run('tar', ['-xf', archive, '-C', staging]);
  rmSync(archive);
  if (sameDependencies(readFileSync(path.join(staging, 'package-lock.json'), 'utf8'))) {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(staging, 'node_modules'), 'dir');
  } else {
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: staging });
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.TEND_TEST_MISBEHAVE;
  for (const browser of ['chrome', 'firefox'])
    run(path.join(staging, 'node_modules', '.bin', 'wxt'), ['build', '-b', browser], { cwd: staging, env });
  run('touch', [path.join(staging, 'built')]);
  rmSync(root, { recursive: true, force: true });
  renameSync(staging, root);
  return release;
}
