// @vitest-environment node
/**
 * Components and the panel's code stay readable in one screen: ESLint's `max-lines-per-function` (eslint.config.js)
 * holds for components/ and entrypoints/sidepanel/. Control: a component one line over the limit must fail the same
 * lint, and one at the limit must pass it.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../guards/builds';

const RULE = 'max-lines-per-function';

/** A component whose function body spans `lines` lines of code in all, blank lines and comments between them. */
function componentOf(lines: number): string {
  const body = Array.from(
    { length: lines - 3 },
    (_, index) => `  const value${index} = ${index};\n\n  // why`,
  );
  return [
    'export function Control() {',
    ...body,
    `  return <p>{${Array.from({ length: lines - 3 }, (_, index) => `value${index}`).join(' + ')}}</p>;`,
    '}',
    '',
  ].join('\n');
}

/** The limit as ESLint applies it to a component. */
async function configuredLimit(): Promise<number> {
  const eslint = new ESLint({ cwd: ROOT });
  const config = (await eslint.calculateConfigForFile(path.join(ROOT, 'components/MemberDetail.tsx'))) as {
    rules: Record<string, [unknown, { max: number; skipBlankLines: boolean; skipComments: boolean }]>;
  };
  const [severity, options] = config.rules[RULE]!;
  expect(severity === 2 || severity === 'error').toBe(true);
  expect(options).toMatchObject({ skipBlankLines: true, skipComments: true });
  return options.max;
}

async function sizeErrors(text: string, file: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

describe('functions stay readable in one screen', () => {
  it('control: a component one line over the limit is an error, in components/ and in the panel', async () => {
    const limit = await configuredLimit();
    expect(limit).toBeLessThanOrEqual(100);
    const over = componentOf(limit + 1);
    expect(await sizeErrors(over, 'components/SizeControl.tsx')).toHaveLength(1);
    expect(await sizeErrors(over, 'entrypoints/sidepanel/sections/size-control.tsx')).toHaveLength(1);
  }, 60_000);

  it('control: at the limit (blank lines and comments not counted) it passes', async () => {
    const atLimit = componentOf(await configuredLimit());
    expect(await sizeErrors(atLimit, 'components/SizeControl.tsx')).toEqual([]);
  }, 60_000);

  it('every function in components/ and entrypoints/sidepanel/ is within the limit', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const results = await eslint.lintFiles(['components', 'entrypoints/sidepanel']);
    const tooLong = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === RULE)
        .map((message) => `${path.relative(ROOT, result.filePath)}:${message.line} ${message.message}`),
    );
    expect(tooLong).toEqual([]);
    // The walk reached the sections and the components.
    const linted = results.map((result) => path.relative(ROOT, result.filePath));
    expect(linted).toContain(path.join('entrypoints', 'sidepanel', 'sections', 'replies.tsx'));
    expect(linted).toContain(path.join('components', 'MemberDetail.tsx'));
  }, 120_000);
});
