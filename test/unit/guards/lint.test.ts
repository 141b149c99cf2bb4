// @vitest-environment node
/**
 * Issue 8, "Hostile page content": no innerHTML / outerHTML / insertAdjacentHTML / document.write /
 * dangerouslySetInnerHTML anywhere, enforced by the project's ESLint config (`noHtmlInjection` in
 * eslint.config.js). Control: a file that does each of them must fail the same lint.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../guards/builds';

const CONTROL = path.join(ROOT, 'test/guards/fixtures/html-injection.control.tsx');
/** The rules `noHtmlInjection` configures. */
const HTML_RULES = new Set(['no-restricted-properties', 'no-restricted-syntax']);

describe('lint bans HTML injection', () => {
  it('control: every injection in the control file is an error', async () => {
    // `ignore: false`: the control sits in an ignored folder so that `eslint .` stays green.
    const eslint = new ESLint({ cwd: ROOT, ignore: false });
    const [result] = await eslint.lintFiles([CONTROL]);
    const errorLines = new Set(
      result!.messages
        .filter((message) => message.severity === 2 && HTML_RULES.has(message.ruleId ?? ''))
        .map((message) => message.line),
    );
    const marked = readFileSync(CONTROL, 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.includes('// expect-lint-error') ? [index + 1] : []));
    expect(marked).toHaveLength(5);
    expect([...errorLines].sort((a, b) => a - b)).toEqual(marked);
  }, 60_000);

  it('the control file is ignored by the normal `eslint .` run', async () => {
    expect(await new ESLint({ cwd: ROOT }).isPathIgnored(CONTROL)).toBe(true);
  });

  it('the extension code has no HTML injection', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    // Every folder that ships in the extension (test code is held to the same config by `eslint .`).
    const results = await eslint.lintFiles(['entrypoints', 'components', 'storage', 'utils']);
    const injections = results.flatMap((result) =>
      result.messages
        .filter((message) => HTML_RULES.has(message.ruleId ?? ''))
        .map((message) => `${path.relative(ROOT, result.filePath)}:${message.line} ${message.message}`),
    );
    expect(injections).toEqual([]);
    // The walk reached the panel and the content script, the code that handles page data.
    const linted = results.map((result) => path.relative(ROOT, result.filePath));
    expect(linted).toEqual(
      expect.arrayContaining(['entrypoints/sidepanel/main.tsx', 'entrypoints/facebook.content/index.ts']),
    );
  }, 120_000);
});
