/**
 * Issue 19, "Packages the stores accept": Mozilla's addons-linter (the linter addons.mozilla.org runs on every
 * upload) on the Firefox package `npm run zip` makes, with no error, warning or notice.
 *
 *   npx tsx test/tools/lint-firefox-package.ts            zips the Firefox package first (wxt zip -b firefox)
 *   npx tsx test/tools/lint-firefox-package.ts --no-zip   lints the package already in .output/
 *
 * The sources zip made with it (for Mozilla's source review) must hold no file git ignores (gitIgnoredGlobs in wxt.config.ts).
 *
 * Controls, linted the same way, must fail the check: the package with a broken manifest (no version, an
 * invalid add-on id), and a small package whose script assigns a variable to `innerHTML`, the warning bundled
 * libraries used to raise (wxt.config.ts now leaves those code paths out).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../guards/builds';
import { packagePath, report, unpackTo, zipPackage } from './packages';
import { readZip } from './zip-entries';

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LinterResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

/**
 * Findings a reviewer has accepted, by code and file, each with the explanation given to the reviewer. None today:
 * keep it that way unless a finding truly cannot be removed.
 */
const KNOWN: { code: string; file: string; why: string }[] = [];

function lint(target: string): LinterResult {
  const linter = path.join(ROOT, 'node_modules', '.bin', 'addons-linter');
  const result = spawnSync(linter, ['--output', 'json', target], { encoding: 'utf8', maxBuffer: 64 << 20 });
  try {
    return JSON.parse(result.stdout) as LinterResult;
  } catch {
    throw new Error(
      `addons-linter gave no JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** Every finding that is not a known, explained one; empty when the package passes. */
function findings(result: LinterResult): string[] {
  return [...result.errors, ...result.warnings, ...result.notices]
    .filter((found) => !KNOWN.some((known) => known.code === found.code && known.file === found.file))
    .map(
      (found) => `${found.code} ${found.file ?? ''}${found.line ? `:${found.line}` : ''}: ${found.message}`,
    );
}

const summaryOf = (result: LinterResult) =>
  `${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices`;

/** The names among `files` that git ignores (helpers' notes, logs, build output): none may reach the reviewers. */
function ignoredByGit(files: readonly string[]): string[] {
  const result = spawnSync('git', ['check-ignore', '--stdin'], {
    cwd: ROOT,
    input: files.join('\n'),
    encoding: 'utf8',
  });
  return result.stdout.split('\n').filter(Boolean);
}

const zip = process.argv.includes('--no-zip') ? packagePath('firefox') : zipPackage('firefox');
const sources = readZip(zip.replace(/-firefox\.zip$/, '-sources.zip')).map((entry) => entry.name);
const real = lint(zip);
const realFindings = findings(real);

// Control 1: the same package, with a manifest the store would refuse.
const entries = readZip(zip);
const brokenManifest = entries.map((entry) => {
  if (entry.name !== 'manifest.json') return entry;
  const manifest = JSON.parse(entry.data.toString('utf8')) as Record<string, unknown> & {
    browser_specific_settings: { gecko: { id: string } };
  };
  delete manifest.version;
  manifest.browser_specific_settings.gecko.id = 'not an id';
  return { ...entry, data: Buffer.from(JSON.stringify(manifest)) };
});
const broken = lint(unpackTo(brokenManifest, mkdtempSync(path.join(os.tmpdir(), 'tend-lint-broken-'))));

// Control 2: a small package whose only script writes a variable into innerHTML.
const manifest = JSON.parse(
  entries.find((entry) => entry.name === 'manifest.json')!.data.toString('utf8'),
) as {
  background?: unknown;
};
const small = mkdtempSync(path.join(os.tmpdir(), 'tend-lint-html-'));
writeFileSync(
  path.join(small, 'manifest.json'),
  JSON.stringify({
    ...manifest,
    background: { scripts: ['background.js'] },
    default_locale: undefined,
    content_scripts: [],
  }),
);
writeFileSync(
  path.join(small, 'background.js'),
  'const shown = String(Math.random());\ndocument.body.innerHTML = shown;\n',
);
const html = lint(small);

const gecko = (
  JSON.parse(entries.find((entry) => entry.name === 'manifest.json')!.data.toString('utf8')) as {
    browser_specific_settings?: {
      gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
    };
  }
).browser_specific_settings?.gecko;

report(`addons-linter on ${path.relative(ROOT, zip)}: ${summaryOf(real)}`, [
  ['the Firefox package has no error, warning or notice', realFindings.length === 0, realFindings.join('\n')],
  [
    `it keeps its add-on id (${gecko?.id}) and declares it collects no data`,
    gecko?.id === 'tend@tend.invalid' &&
      JSON.stringify(gecko.data_collection_permissions?.required) === JSON.stringify(['none']),
  ],
  [
    `the sources zip for the reviewers (${sources.length} files) holds nothing git ignores`,
    ignoredByGit(sources).length === 0,
    ignoredByGit(sources).join(', '),
  ],
  [
    "control: a helper's note in scratch/ would be found",
    ignoredByGit([...sources, 'scratch/notes.md']).length === 1,
  ],
  [
    `control: a broken manifest fails the check (${summaryOf(broken)})`,
    broken.summary.errors > 0 && findings(broken).length > 0,
  ],
  [
    `control: an innerHTML assignment fails the check (${summaryOf(html)})`,
    findings(html).some((found) => found.startsWith('UNSAFE_VAR_ASSIGNMENT')),
  ],
]);
