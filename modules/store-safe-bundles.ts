/**
 * A local WXT module (WXT loads every file of `modules/`): builds the bundled libraries without the code paths a
 * store reviewer asks about and Tend never runs, so Mozilla's addons-linter gives no warning on them and the
 * Chrome package check finds no `Function` constructor (test/tools/lint-firefox-package.ts,
 * test/tools/check-chrome-package.ts).
 *
 * - zod 4 probes for `new Function` and compiles object parsers with it. Tend runs zod `jitless`
 *   (utils/zod-config.ts), so neither runs; both are left out. The `zod-jit` guard control keeps them.
 * - React DOM writes `innerHTML` only for `dangerouslySetInnerHTML`, which Tend never uses (names, notes and
 *   templates are shown as text); that write is replaced by an error.
 * - decimal.js-light (under recharts) is taken as its ES module: its browser build's UMD wrapper looks for the
 *   global object with `Function('return this')`.
 *
 * Each replacement must find its exact text: a library update that moves it fails the build instead of shipping
 * the code path again unnoticed.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

interface Replacement {
  /** The end of the module's path inside node_modules. */
  file: string;
  find: string;
  replace: string;
  /** How many times `find` must occur. */
  count: number;
  /** A guard control that needs the original code. */
  keptFor?: string;
}

const LEFT_OUT = (what: string) =>
  `(() => { throw new Error(${JSON.stringify(`${what} is left out of Tend's build`)}); })()`;

const REPLACEMENTS: Replacement[] = [
  {
    file: 'zod/v4/core/util.js',
    find: 'const F = Function;\n        new F("");\n        return true;',
    replace: 'return false;',
    count: 1,
    keptFor: 'zod-jit',
  },
  {
    file: 'zod/v4/core/doc.js',
    find: 'const F = Function;',
    replace: `const F = ${LEFT_OUT("zod's compiled parsers (Tend runs zod jitless)")};`,
    count: 1,
    keptFor: 'zod-jit',
  },
  {
    file: 'react-dom/cjs/react-dom-client.production.js',
    find: '(domElement.innerHTML = key)',
    replace: LEFT_OUT('dangerouslySetInnerHTML'),
    count: 2,
  },
];

function replaceAll(code: string, replacement: Replacement, id: string): string {
  const parts = code.split(replacement.find);
  if (parts.length - 1 !== replacement.count) {
    throw new Error(
      `store-safe-bundles: expected ${replacement.count} × ${JSON.stringify(replacement.find)} in ${id}, found ${parts.length - 1}`,
    );
  }
  return parts.join(replacement.replace);
}

function leaveOutPlugin(misbehave: string): Plugin {
  return {
    name: 'tend:store-safe-bundles',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!.split(path.sep).join('/');
      let result = code;
      for (const replacement of REPLACEMENTS) {
        if (!file.endsWith(`/node_modules/${replacement.file}`)) continue;
        if (replacement.keptFor === misbehave) continue;
        result = replaceAll(result, replacement, file);
      }
      return result === code ? null : { code: result, map: null };
    },
  };
}

export default defineWxtModule({
  name: 'tend:store-safe-bundles',
  setup(wxt) {
    const require = createRequire(path.join(wxt.config.root, 'package.json'));
    const decimalModule = path.join(
      path.dirname(require.resolve('decimal.js-light/package.json')),
      'decimal.mjs',
    );
    addViteConfig(wxt, () => ({
      plugins: [leaveOutPlugin(process.env.TEND_TEST_MISBEHAVE ?? '')],
      resolve: { alias: [{ find: /^decimal\.js-light$/, replacement: decimalModule }] },
    }));
  },
});
