// @vitest-environment node
/**
 * Dependencies point one way: `utils/` ← `storage/` ← `entrypoints/` and `components/` (`layeringRule` in
 * eslint.config.js). `npm test` lints the whole tree, so any import against the arrows turns the lint red; this
 * test is the rule's control: an import against the arrows, linted as if it sat in each layer, must be an error,
 * and the same import in a layer allowed to make it must not be.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../guards/builds';

const eslint = new ESLint({ cwd: ROOT });

async function layeringErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports' && message.severity === 2)
    .map((message) => message.message);
}

const importing = (from: string) => `import { thing } from '${from}';\nexport const used = thing;\n`;

describe('layering: imports point utils ← storage ← entrypoints and components', () => {
  it.each([
    ['utils/facebook/control.ts', '@/storage/db'],
    ['utils/onboarding/control.ts', '../../storage/schema'],
    ['utils/control.ts', '@/entrypoints/background/router'],
    ['utils/tone/control.ts', '@/components/RenderedText'],
    ['storage/control.ts', '@/entrypoints/sidepanel/data'],
    ['storage/control.ts', '../components/download'],
    ['components/control.tsx', '@/entrypoints/sidepanel/data'],
  ])('control: %s importing %s is an error', async (file, from) => {
    const errors = await layeringErrors(file, importing(from));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/may not import/);
  });

  it.each([
    ['storage/control.ts', '@/utils/facebook/reading'],
    ['entrypoints/background/control.ts', '@/storage/db'],
    ['components/control.tsx', '@/storage/schema'],
    ['entrypoints/sidepanel/control.tsx', '@/components/RenderedText'],
  ])('%s importing %s is allowed', async (file, from) => {
    expect(await layeringErrors(file, importing(from))).toEqual([]);
  });
});
