import { defineConfig } from 'wxt';
import { ACTION_ICON_SIZES, ICON_SIZES, iconPath } from './utils/brand';
import { FIREFOX_SIDEBAR_COMMAND, OPEN_PANEL_COMMAND, PANEL_SHORTCUT } from './utils/shortcut';

// Test-only: `TEND_TEST_MISBEHAVE=<flag>` builds a deliberately broken variant into `.output/misbehave-<flag>/`
// for the guard tests' positive controls (utils/test-hooks.ts). Unset, the hooks compile away to nothing.
const misbehave = process.env.TEND_TEST_MISBEHAVE ?? '';

/** `{ "16": "/icon/16.png", … }`: the PNGs `npm run icons` renders from public/icon/icon.svg into public/icon/. */
const icons = (sizes: readonly number[]) =>
  Object.fromEntries(sizes.map((size) => [size, `/${iconPath(size)}`]));

// Tend reads facebook.com pages and keeps everything in the extension's own IndexedDB.
// Every permission below is justified in the README's "Permissions" section; a test compares them.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  ...(misbehave ? { outDir: `.output/misbehave-${misbehave}` } : {}),
  vite: () => ({ define: { __TEND_TEST_MISBEHAVE__: JSON.stringify(misbehave) } }),
  manifest: ({ browser, mode }) => ({
    // Name, description and the shortcut's label come from public/_locales/<lang>/messages.json (en, fr).
    name: '__MSG_extensionName__',
    short_name: '__MSG_extensionShortName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    icons: icons(ICON_SIZES),
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_icon: icons(ACTION_ICON_SIZES) },
    commands: {
      [browser === 'firefox' ? FIREFOX_SIDEBAR_COMMAND : OPEN_PANEL_COMMAND]: {
        suggested_key: { default: PANEL_SHORTCUT },
        description: '__MSG_commandOpenPanel__',
      },
    },
    // No remote code, fonts or requests from the extension's own pages. The dev server needs a socket,
    // so the strict policy applies to production builds.
    ...(mode === 'production'
      ? {
          content_security_policy: {
            extension_pages:
              "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'"
                // The `network` control must reach the network layer for the request guard to see it.
                .replace(
                  "connect-src 'none'",
                  misbehave === 'network' ? 'connect-src *' : "connect-src 'none'",
                ),
          },
        }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tend@tend.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
