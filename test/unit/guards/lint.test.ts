// @vitest-environment node
/**
 * Issue 8, "Hostile page content": nothing turns a string into HTML or code (innerHTML, outerHTML,
 * insertAdjacentHTML, createContextualFragment, DOMParser, srcdoc, document.write / writeln, setHTML /
 * setHTMLUnsafe, dangerouslySetInnerHTML, eval, new Function, string setTimeout), enforced by the project's ESLint
 * config (`htmlInjectionRules` in eslint.config.js). Control: a file that does each of them must fail the same
 * lint, every ban firing at least once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../guards/builds';

const CONTROL = path.join(ROOT, 'test/guards/fixtures/html-injection.control.tsx');
/** The rules `htmlInjectionRules` (eslint.config.js) configures. */
const HTML_RULES = new Set([
  'no-restricted-properties',
  'no-restricted-syntax',
  'no-eval',
  'no-new-func',
  'no-implied-eval',
]);

/** Each ban as ESLint applies it to `file`: the rule, and a piece of the message it reports. */
async function configuredBans(eslint: ESLint, file: string): Promise<{ rule: string; says: string }[]> {
  const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, unknown> };
  return [...HTML_RULES].flatMap((rule) => {
    const setting = config.rules[rule];
    if (!Array.isArray(setting) || (setting[0] !== 2 && setting[0] !== 'error'))
      return [{ rule, says: 'off' }];
    const entries = setting.slice(1) as { property?: string; message?: string }[];
    if (entries.length === 0) return [{ rule, says: '' }];
    return entries.map((entry) => ({
      rule,
      says: entry.property ? `'${entry.property}'` : (entry.message ?? ''),
    }));
  });
}

describe('lint bans HTML injection', () => {
  it('control: every injection in the control file is an error', async () => {
    // `ignore: false`: the control sits in an ignored folder so that `eslint .` stays green.
    const eslint = new ESLint({ cwd: ROOT, ignore: false });
    const [result] = await eslint.lintFiles([CONTROL]);
    const errors = result!.messages.filter(
      (message) => message.severity === 2 && HTML_RULES.has(message.ruleId ?? ''),
    );
    const errorLines = new Set(errors.map((message) => message.line));
    const marked = readFileSync(CONTROL, 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.includes('// expect-lint-error') ? [index + 1] : []));
    expect(marked).toHaveLength(17);
    expect([...errorLines].sort((a, b) => a - b)).toEqual(marked);
    // Every ban fires on some line of the control, so none of them is dead configuration.
    const bans = await configuredBans(eslint, CONTROL);
    expect(bans.length).toBeGreaterThan(HTML_RULES.size);
    const silent = bans.filter(
      ({ rule, says }) =>
        !errors.some((message) => message.ruleId === rule && message.message.includes(says)),
    );
    expect(silent).toEqual([]);
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
