import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ACTION_ICON_SIZES, ICON_SIZES, iconPath } from './utils/brand';
import { FIREFOX_SIDEBAR_COMMAND, OPEN_PANEL_COMMAND, PANEL_SHORTCUT } from './utils/shortcut';
import { SERVER_CONNECT_SOURCES, SERVER_HOST_PATTERNS } from './utils/sharing/reach';

// Test-only: `TEND_TEST_MISBEHAVE=<flag>` builds a deliberately broken variant into `.output/misbehave-<flag>/`
// for the guard tests' positive controls (utils/test-hooks.ts). Unset, the hooks compile away to nothing.
const misbehave = process.env.TEND_TEST_MISBEHAVE ?? '';

/** `{ "16": "/icon/16.png", … }`: the PNGs `npm run icons` renders from public/icon/icon.svg into public/icon/. */
const icons = (sizes: readonly number[]) =>
  Object.fromEntries(sizes.map((size) => [size, `/${iconPath(size)}`]));

// Store packages. The bundles leave out the code paths a store reviewer asks about and Tend never runs, so Mozilla's
// addons-linter gives no warning on them and the Chrome package check finds no `Function` constructor
// (test/tools/lint-firefox-package.ts, test/tools/check-chrome-package.ts):
// - zod 4 probes for `new Function` and compiles object parsers with it; Tend runs zod `jitless`
//   (utils/zod-config.ts), so neither runs and both are left out (the `zod-jit` guard control keeps them);
// - React DOM writes `innerHTML` only for `dangerouslySetInnerHTML`, which Tend never uses: that write throws;
// - PouchDB (sharing) compiles filter functions given as text with `Function`; Tend gives none: that call throws;
// - decimal.js-light (under recharts) is taken as its ES module: its browser build's UMD wrapper looks for the
//   global object with `Function('return this')`.
// Each replacement must find its exact text: a library update that moves it fails the build instead of shipping
// the code path again unnoticed.
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
    // PouchDB evaluates filter functions written as text (design documents); Tend's sharing never uses one.
    file: 'pouchdb-utils/lib/index-browser.es.js',
    find: 'return Function.apply(null, keys).apply(null, values);',
    replace: `return ${LEFT_OUT("PouchDB's filter functions written as text")};`,
    count: 1,
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

const decimalModule = path.join(
  path.dirname(createRequire(import.meta.url).resolve('decimal.js-light/package.json')),
  'decimal.mjs',
);

/**
 * The sources zip for Mozilla's reviewers holds what git keeps, never what git ignores (helpers' notes, logs, local
 * pictures): each .gitignore pattern becomes globs added to WXT's own exclusions (the simple forms this repository
 * uses; no negation). test/tools/lint-firefox-package.ts checks the zip against `git check-ignore`.
 */
function gitIgnoredGlobs(): string[] {
  const file = path.join(import.meta.dirname, '.gitignore');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))
    .flatMap((pattern) => {
      const anchored = pattern.startsWith('/');
      const body = pattern.replace(/^\//, '').replace(/\/$/, '');
      const prefix = anchored || body.includes('/') ? '' : '**/';
      return [`${prefix}${body}`, `${prefix}${body}/**`];
    });
}

// Tend reads facebook.com pages and keeps everything in the extension's own IndexedDB.
// Every permission below is justified in the README's "Permissions" section; a test compares them.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  ...(misbehave ? { outDir: `.output/misbehave-${misbehave}` } : {}),
  vite: () => ({
    define: { __TEND_TEST_MISBEHAVE__: JSON.stringify(misbehave) },
    plugins: [leaveOutPlugin(misbehave)],
    resolve: { alias: [{ find: /^decimal\.js-light$/, replacement: decimalModule }] },
  }),
  zip: { excludeSources: gitIgnoredGlobs() },
  manifest: ({ browser, mode }) => ({
    // Name, description and the shortcut's label come from public/_locales/<lang>/messages.json (en, fr).
    name: '__MSG_extensionName__',
    short_name: '__MSG_extensionShortName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    icons: icons(ICON_SIZES),
    // `alarms`: the service worker's periodic sync while a group is shared (none is set otherwise).
    permissions: ['storage', 'unlimitedStorage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Sharing with co-admins: nothing at install; one server's origin is asked for when the admin turns it on.
    optional_host_permissions: SERVER_HOST_PATTERNS,
    action: { default_icon: icons(ACTION_ICON_SIZES) },
    commands: {
      [browser === 'firefox' ? FIREFOX_SIDEBAR_COMMAND : OPEN_PANEL_COMMAND]: {
        suggested_key: { default: PANEL_SHORTCUT },
        description: '__MSG_commandOpenPanel__',
      },
    },
    // No remote code or fonts. Connections: only to a sharing server (https, or http on this computer), and only
    // once the admin granted its origin (a Manifest V3 policy cannot change at run time; see utils/sharing/reach.ts).
    // The dev server needs a socket, so the strict policy applies to production builds.
    ...(mode === 'production'
      ? {
          content_security_policy: {
            extension_pages: `default-src 'self'; script-src 'self'; object-src 'none'; connect-src ${
              // The `network` control must reach the network layer for the request guard to see it.
              misbehave === 'network' ? '*' : SERVER_CONNECT_SOURCES.join(' ')
            }; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'`,
          },
        }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tend@tend.invalid',
              // data_collection_permissions needs Firefox 140 (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
