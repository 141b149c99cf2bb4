/**
 * A local WXT module: the sources zip `npm run zip` makes for Mozilla's reviewers holds what git keeps, never what
 * git ignores (helpers' notes in scratch/, logs, local pictures, build output). WXT's own exclusions
 * (node_modules, .output, test files) stay; each pattern of .gitignore is added to them.
 * test/tools/reproducible-build.ts checks the sources zip against `git check-ignore`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';

/** The globs a .gitignore pattern stands for (the simple forms this repository uses; no negation). */
export function globsOfIgnorePattern(pattern: string): string[] {
  const anchored = pattern.startsWith('/');
  const body = pattern.replace(/^\//, '').replace(/\/$/, '');
  const prefix = anchored || body.includes('/') ? '' : '**/';
  return [`${prefix}${body}`, `${prefix}${body}/**`];
}

export default defineWxtModule({
  name: 'tend:sources-zip',
  setup(wxt) {
    const file = path.join(wxt.config.root, '.gitignore');
    if (!existsSync(file)) return;
    const patterns = readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'));
    wxt.config.zip.excludeSources.push(...patterns.flatMap(globsOfIgnorePattern));
  },
});
