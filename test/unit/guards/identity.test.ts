// @vitest-environment node
/**
 * Issue 19, "An identity": in each built manifest (Chromium and Firefox) every icon exists at the size it declares
 * (PNG header), the toolbar button has its own sizes, the name and description are `__MSG_…__` translated in
 * English and French, and the shortcut opens the panel the browser's way. The PNGs are the SVG's current export.
 * Controls: a wrong size, a missing file and an untranslated message are each caught.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, normalBuild, type Browser } from '../../guards/builds';
import {
  iconProblems,
  messageNames,
  messageProblems,
  pngSize,
  type IdentityManifest,
} from '../../guards/identity';
import { renderIcon } from '../../tools/icons';
import { BADGE_COLOUR, BRAND, ICON_SIZES, iconPath } from '../../../utils/brand';
import { FIREFOX_SIDEBAR_COMMAND, OPEN_PANEL_COMMAND } from '../../../utils/shortcut';

const LOCALES = ['en', 'fr'];
const dirs = {} as Record<Browser, string>;
const manifests = {} as Record<Browser, IdentityManifest>;

beforeAll(() => {
  for (const browser of ['chrome', 'firefox'] as const) {
    dirs[browser] = normalBuild(browser);
    manifests[browser] = JSON.parse(
      readFileSync(path.join(dirs[browser], 'manifest.json'), 'utf8'),
    ) as IdentityManifest;
  }
}, 120_000);

describe.each(['chrome', 'firefox'] as const)('the %s package', (browser) => {
  it('declares every icon size the stores and the toolbar need, each file at its size', () => {
    const manifest = manifests[browser];
    expect(Object.keys(manifest.icons ?? {}).map(Number)).toEqual([...ICON_SIZES]);
    expect(Object.keys(manifest.action?.default_icon ?? {})).toEqual(['16', '32', '48']);
    expect(iconProblems(manifest, dirs[browser])).toEqual([]);
  });

  it('has its name and description in English and French', () => {
    const manifest = manifests[browser];
    expect(manifest.name).toBe('__MSG_extensionName__');
    expect(manifest.description).toBe('__MSG_extensionDescription__');
    expect(manifest.default_locale).toBe('en');
    expect(messageNames(manifest)).toEqual(
      expect.arrayContaining(['extensionName', 'extensionDescription', 'commandOpenPanel']),
    );
    expect(messageProblems(manifest, dirs[browser], LOCALES)).toEqual([]);
  });

  it('declares the shortcut that opens the panel', () => {
    const commands = manifests[browser].commands as Record<string, { suggested_key?: { default?: string } }>;
    const name = browser === 'firefox' ? FIREFOX_SIDEBAR_COMMAND : OPEN_PANEL_COMMAND;
    expect(Object.keys(commands)).toEqual([name]);
    expect(commands[name]?.suggested_key?.default).toBe('Alt+Shift+K');
  });

  it('control: a wrong size, a missing icon and an untranslated message are caught', () => {
    const manifest = manifests[browser];
    const wrongSize = { ...manifest, icons: { ...manifest.icons, '32': '/icon/16.png' } };
    expect(iconProblems(wrongSize, dirs[browser])).toEqual(['icons.32: /icon/16.png is 16×16']);
    const missing = { ...manifest, action: { default_icon: { '16': '/icon/17.png' } } };
    expect(iconProblems(missing, dirs[browser])).toEqual(['action.default_icon.16: /icon/17.png is missing']);
    const untranslated = { ...manifest, short_name: '__MSG_nowhere__' };
    expect(messageProblems(untranslated, dirs[browser], LOCALES)).toEqual([
      '_locales/en: no message nowhere',
      '_locales/fr: no message nowhere',
    ]);
    expect(messageProblems({ ...manifest, default_locale: undefined }, dirs[browser], LOCALES)).toEqual([
      'default_locale: not set',
    ]);
  });
});

describe('the icon', () => {
  const svg = readFileSync(path.join(ROOT, 'public/icon/icon.svg'));

  it('committed PNGs are the current export of public/icon/icon.svg (npm run icons)', () => {
    for (const size of ICON_SIZES) {
      const committed = readFileSync(path.join(ROOT, 'public', iconPath(size)));
      expect(pngSize(committed)).toEqual({ width: size, height: size });
      expect(committed.equals(renderIcon(svg, size)), `${size}.png`).toBe(true);
    }
  });

  it('shares its palette with the badge', () => {
    const source = svg.toString('utf8').toLowerCase();
    expect(source).toContain(BRAND.tile);
    expect(source).toContain(BADGE_COLOUR);
  });

  it('control: pngSize refuses bytes that are not a PNG', () => {
    expect(pngSize(svg)).toBeNull();
  });
});
