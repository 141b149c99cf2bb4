/**
 * `npm test`: every check and every test suite, in order, with one closing line over all of them:
 * `N passed, N failed`. Each check (type check, lint, format, builds) counts as one test.
 * Benchmarks are not part of it (`npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const temp = mkdtempSync(path.join(os.tmpdir(), 'tend-test-'));
let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name: string, command: string, args: string[]) {
  console.log(`\n▶ ${name}`);
  if (run(command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTestSuites: number;
  numFailedTestSuites: number;
}
interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: unknown[];
}

function suite(
  name: string,
  command: string,
  args: string[],
  output: string,
  count: (json: string) => [number, number],
  env = {},
) {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args, env);
  let counts: [number, number];
  try {
    counts = count(readFileSync(output, 'utf8'));
  } catch {
    counts = [0, 1]; // The suite did not even report: count it as one failure.
  }
  if (!ok && counts[1] === 0) counts = [counts[0], 1];
  passed += counts[0];
  failed += counts[1];
  if (counts[1] > 0) failures.push(`${name} (${counts[1]} failed)`);
}

const bin = (name: string) => path.join('node_modules', '.bin', name);

check('type check', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint', bin('eslint'), ['.']);
check('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
check('tone check on its set-aside corpus (targets, or while missed the recorded floor)', bin('tsx'), [
  'test/tools/tone-eval.ts',
]);
check('weak signals on their labelled situations (the recorded floor per kind)', bin('tsx'), [
  'test/tools/signals-eval.ts',
]);
check('build (Chromium)', bin('wxt'), ['build']);
check('build (Firefox)', bin('wxt'), ['build', '-b', 'firefox']);
check(
  'Firefox package: addons-linter finds nothing (controls: a broken manifest, an innerHTML write)',
  bin('tsx'),
  ['test/tools/lint-firefox-package.ts'],
);
check('Chrome package: what the Chrome Web Store refuses (controls: 13 broken packages)', bin('tsx'), [
  'test/tools/check-chrome-package.ts',
]);
check('reproducible build: both packages, built in two directories, same bytes', bin('tsx'), [
  'test/tools/reproducible-build.ts',
]);

check(
  'store texts: listings in EN and FR, privacy policy (controls: a missing justification, a long summary)',
  bin('tsx'),
  ['test/tools/check-store-texts.ts'],
);
check(
  'store pictures: npm run screenshots makes them at 1280×800 (control: panel-width pictures)',
  bin('tsx'),
  ['test/tools/screenshots.ts', '--store-only', '--out', path.join(temp, 'store-screenshots')],
);

const vitestOut = path.join(temp, 'vitest.json');
suite(
  'unit tests (Vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestOut}`],
  vitestOut,
  (text) => {
    const json = JSON.parse(text) as VitestJson;
    // A file that fails to load has no tests but is a failure all the same.
    const brokenFiles =
      json.numFailedTestSuites > 0 && json.numFailedTests === 0 ? json.numFailedTestSuites : 0;
    return [json.numPassedTests, json.numFailedTests + brokenFiles];
  },
);

const playwrightOut = path.join(temp, 'playwright.json');
suite(
  'end-to-end tests (Playwright, Chromium)',
  bin('playwright'),
  ['test'],
  playwrightOut,
  (text) => {
    const json = JSON.parse(text) as PlaywrightJson;
    return [
      json.stats.expected,
      json.stats.unexpected +
        json.stats.flaky +
        (json.errors.length > 0 && json.stats.unexpected === 0 ? 1 : 0),
    ];
  },
  { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightOut },
);

interface FirefoxJson {
  passed: number;
  failed: number;
}
const firefoxOut = path.join(temp, 'firefox.json');
suite(
  'Firefox (firefox-esr, puppeteer-core)',
  bin('tsx'),
  ['test/firefox/run.ts'],
  firefoxOut,
  (text) => {
    const json = JSON.parse(text) as FirefoxJson;
    return [json.passed, json.failed];
  },
  { FIREFOX_JSON_OUTPUT: firefoxOut },
);
const firefoxUpdateOut = path.join(temp, 'firefox-update.json');
suite(
  'Firefox update: the previous release, then the current build over it',
  bin('tsx'),
  ['test/firefox/update.ts'],
  firefoxUpdateOut,
  (text) => {
    const json = JSON.parse(text) as FirefoxJson;
    return [json.passed, json.failed];
  },
  { FIREFOX_JSON_OUTPUT: firefoxUpdateOut },
);

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
