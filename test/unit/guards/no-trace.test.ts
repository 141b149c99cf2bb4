// @vitest-environment node
/**
 * The test-only misbehaviour (utils/test-hooks.ts, `TEND_TEST_MISBEHAVE`) must leave no trace in a normal build.
 * Control: the misbehaving builds do contain it, so the search below would find it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlBuild, normalBuild, type Browser } from '../../guards/builds';
import { cspViolations } from '../../guards/manifest';

/** Every text file of a build, by path relative to it. */
function buildText(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file), readFileSync(file, 'latin1')];
    }),
  );
}

// Every hook's strings name Tend's misbehaviour (the request addresses `tend-misbehave`, the pause hook's global
// `__tendMisbehavePause`, the warnings "Tend test build (misbehave …)"), so one pattern finds them all; the bare
// word would not do, as the tone check's English lexicon rates "misbehave". The `html` control's HTML parsing is
// searched for by name.
const TRACES = [
  { name: 'test hook', pattern: /tend[-_]?misbehave|tend test build/i },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
];
const tracesIn = (dir: string) =>
  [...buildText(dir)].flatMap(([file, text]) =>
    TRACES.filter((trace) => trace.pattern.test(text)).map((trace) => `${file}: ${trace.name}`),
  );

describe('test-only misbehaviour', () => {
  it.each(['chrome', 'firefox'] as const satisfies Browser[])(
    'leaves no trace in the normal %s build',
    (browser) => {
      expect(tracesIn(normalBuild(browser))).toEqual([]);
    },
    120_000,
  );

  it('control: the misbehaving builds do carry it (so the search above can see it)', () => {
    const network = controlBuild('chrome', 'network');
    expect(tracesIn(network).join('\n')).toMatch(/background\.js: test hook/);
    // The panel's hook sits in the panel's chunk, or in a chunk the extension pages share (utils/test-hooks.ts is
    // imported by every entrypoint through utils/zod-config.ts).
    expect(tracesIn(network).join('\n')).toMatch(/(sidepanel|chunks\/).*: test hook/);
    expect(tracesIn(controlBuild('chrome', 'html')).join('\n')).toMatch(/createContextualFragment/);
    // The content script's request, and the hook that holds a write batch open (or writes it torn).
    expect(tracesIn(controlBuild('chrome', 'content-network')).join('\n')).toMatch(
      /content-scripts\/facebook\.js: test hook/,
    );
    for (const held of [
      'pause-ingest',
      'torn-ingest',
      'volatile-ingest',
      'counting-ingest',
      'refuse-first-batch',
    ] as const) {
      expect(tracesIn(controlBuild('chrome', held)).join('\n')).toMatch(/background\.js: test hook/);
    }
    // The refused-batch control whose content script takes every answer for an acceptance.
    expect(tracesIn(controlBuild('chrome', 'refuse-first-batch-lost')).join('\n')).toMatch(
      /content-scripts\/facebook\.js: test hook/,
    );
    // And the network control's relaxed CSP is refused by the least-privilege check.
    const manifest = JSON.parse(readFileSync(path.join(network, 'manifest.json'), 'utf8')) as {
      content_security_policy: { extension_pages: string };
    };
    expect(cspViolations(manifest.content_security_policy.extension_pages).join('\n')).toMatch(/connect-src/);
  }, 120_000);
});
