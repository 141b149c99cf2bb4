/**
 * Issue 19, "Packages the stores accept": the Chrome package `npm run zip` makes, checked for what the Chrome Web
 * Store refuses: manifest version 3 and its required fields, the name (≤ 75 characters) and description
 * (≤ 132) in every locale, the 16, 48 and 128 px icons present at their size, every file the manifest names in
 * the package, no remote code (no script loaded from http(s), no `eval` or `Function` constructor in the bundles,
 * a content security policy without remote sources), and the permissions exactly those of the README's table.
 *
 *   npx tsx test/tools/check-chrome-package.ts            zips the Chrome package first (wxt zip -b chrome)
 *   npx tsx test/tools/check-chrome-package.ts --no-zip   checks the package already in .output/
 *
 * Controls: the same package with one mistake each (a manifest version 2, a name too long, a missing icon, an
 * icon of the wrong size, an undocumented permission, a remote script source, a remote script in a page, a
 * `new Function` in a bundle, a missing service worker); each must be caught.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../guards/builds';
import { documentedAccess, manifestViolations, type ManifestLike } from '../guards/manifest';
import { packagePath, report, zipPackage } from './packages';
import { readZip } from './zip-entries';

type Files = Map<string, Buffer>;
interface ChromeManifest extends ManifestLike {
  name?: string;
  short_name?: string;
  description?: string;
  version?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> | string; default_popup?: string };
  background?: { service_worker?: string };
  side_panel?: { default_path?: string };
}

const LIMITS = { name: 75, short_name: 12, description: 132 } as const;
const REQUIRED_ICONS = [16, 48, 128];

const file = (name: string) => name.replace(/^\//, '');
const json = <T>(files: Files, name: string): T => JSON.parse(files.get(name)!.toString('utf8')) as T;

/** The width and height in a PNG's header, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer | undefined): [number, number] | undefined {
  if (!bytes || bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG') return undefined;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The manifest's texts in each locale, with `__MSG_key__` replaced from that locale's messages. */
function localisedTexts(
  files: Files,
  manifest: ChromeManifest,
): { locale: string; key: string; text: string }[] {
  const locales = [...files.keys()]
    .map((name) => /^_locales\/([^/]+)\/messages\.json$/.exec(name)?.[1])
    .filter((locale): locale is string => locale !== undefined);
  const texts: { locale: string; key: string; text: string }[] = [];
  for (const locale of locales.length > 0 ? locales : ['(none)']) {
    const messages =
      locale === '(none)'
        ? {}
        : json<Record<string, { message: string }>>(files, `_locales/${locale}/messages.json`);
    for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
      const raw = manifest[key];
      if (raw === undefined) continue;
      const id = /^__MSG_(\w+)__$/.exec(raw)?.[1];
      texts.push({ locale, key, text: id ? (messages[id]?.message ?? raw) : raw });
    }
  }
  return texts;
}

function manifestProblems(files: Files, manifest: ChromeManifest): string[] {
  const problems: string[] = [];
  for (const key of ['manifest_version', 'name', 'version', 'description', 'icons'] as const)
    if (manifest[key] === undefined) problems.push(`manifest has no ${key}`);
  if (manifest.version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(manifest.version))
    problems.push(`version ${manifest.version} is not 1 to 4 dot-separated integers`);
  if (
    JSON.stringify(manifest).includes('__MSG_') &&
    !files.has(`_locales/${manifest.default_locale}/messages.json`)
  )
    problems.push(`default_locale ${manifest.default_locale} has no messages.json`);
  for (const { locale, key, text } of localisedTexts(files, manifest)) {
    if (text.startsWith('__MSG_')) problems.push(`${key} in ${locale} is an untranslated ${text}`);
    else if ([...text].length > LIMITS[key as keyof typeof LIMITS])
      problems.push(
        `${key} in ${locale} has ${[...text].length} characters, more than ${LIMITS[key as keyof typeof LIMITS]}`,
      );
  }
  for (const size of REQUIRED_ICONS) {
    const icon = manifest.icons?.[String(size)];
    const found = pngSize(icon ? files.get(file(icon)) : undefined);
    if (!icon) problems.push(`no ${size} px icon declared`);
    else if (!found) problems.push(`icon ${icon} is missing or not a PNG`);
    else if (found[0] !== size || found[1] !== size)
      problems.push(`icon ${icon} is ${found.join('×')}, not ${size}×${size}`);
  }
  const named = [
    ...Object.values(manifest.icons ?? {}),
    ...(typeof manifest.action?.default_icon === 'string'
      ? [manifest.action.default_icon]
      : Object.values(manifest.action?.default_icon ?? {})),
    manifest.action?.default_popup,
    manifest.background?.service_worker,
    manifest.side_panel?.default_path,
    ...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []),
  ].filter((name): name is string => name !== undefined);
  for (const name of named)
    if (!files.has(file(name))) problems.push(`${name} is named in the manifest but not in the package`);
  return problems;
}

/** Remote scripts in pages, remote imports and string evaluation in bundles. */
function remoteCodeProblems(files: Files): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of files) {
    const text = bytes.toString('utf8');
    if (name.endsWith('.html')) {
      for (const match of text.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi))
        problems.push(`${name} loads the remote script ${match[1]}`);
    }
    if (!name.endsWith('.js')) continue;
    if (
      /\b(?:importScripts|import)\s*\(\s*[`'"](?:https?:)?\/\//.test(text) ||
      /\bfrom\s*[`'"]https?:\/\//.test(text)
    )
      problems.push(`${name} imports remote code`);
    if (/(?<![\w$.])eval\s*\(/.test(text)) problems.push(`${name} calls eval`);
    // Any use of the Function constructor, also through an alias (`let F = Function; new F(...)`). A type test
    // (`x instanceof Function`, in PouchDB) compiles nothing.
    const code = text.replaceAll('[object Function]', '').replace(/\binstanceof\s+Function(?![\w$])/g, '');
    if (/(?<![\w$.])Function(?![\w$])(?!\s*\.)/.test(code))
      problems.push(`${name} uses the Function constructor`);
  }
  return problems;
}

export function chromePackageProblems(files: Files, readme: string): string[] {
  if (!files.has('manifest.json')) return ['no manifest.json'];
  const manifest = json<ChromeManifest>(files, 'manifest.json');
  return [
    ...manifestProblems(files, manifest),
    ...manifestViolations(manifest, documentedAccess(readme), 'chrome'),
    ...remoteCodeProblems(files),
  ];
}

const zip = process.argv.includes('--no-zip') ? packagePath('chrome') : zipPackage('chrome');
const files: Files = new Map(readZip(zip).map((entry) => [entry.name, entry.data]));
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const real = chromePackageProblems(files, readme);

/** The package with its manifest (or one file) changed. */
function withManifest(change: (manifest: ChromeManifest) => void): Files {
  const manifest = json<ChromeManifest>(files, 'manifest.json');
  change(manifest);
  return new Map(files).set('manifest.json', Buffer.from(JSON.stringify(manifest)));
}
const withFile = (name: string, text: string): Files => new Map(files).set(name, Buffer.from(text));
const enMessages = json<Record<string, { message: string }>>(files, '_locales/en/messages.json');
const nameKey =
  /^__MSG_(\w+)__$/.exec(json<ChromeManifest>(files, 'manifest.json').name ?? '')?.[1] ?? 'name';
const firstJs = [...files.keys()].find((name) => name.endsWith('.js'))!;

const controls: [string, Files, RegExp][] = [
  ['manifest version 2', withManifest((m) => (m.manifest_version = 2)), /manifest_version is 2/],
  ['no version', withManifest((m) => delete m.version), /no version/],
  [
    'an English name of 76 characters',
    withFile(
      '_locales/en/messages.json',
      JSON.stringify({ ...enMessages, [nameKey]: { message: 'T'.repeat(76) } }),
    ),
    /name in en has 76 characters/,
  ],
  ['no 48 px icon', withManifest((m) => delete m.icons?.['48']), /no 48 px icon/],
  [
    'a 128 px icon that is 16 px',
    withManifest((m) => (m.icons!['128'] = m.icons!['16']!)),
    /is 16×16, not 128×128/,
  ],
  [
    'an icon file missing',
    new Map([...files].filter(([name]) => !name.endsWith('128.png'))),
    /missing or not a PNG/,
  ],
  ['the tabs permission', withManifest((m) => m.permissions?.push('tabs')), /permissions .*"tabs"/],
  [
    'a remote script source in the CSP',
    withManifest(
      (m) =>
        (m.content_security_policy = {
          extension_pages:
            "default-src 'self'; script-src 'self' https://cdn.example.com; object-src 'none'; connect-src 'none'",
        }),
    ),
    /script-src allows https:\/\/cdn\.example\.com/,
  ],
  [
    'a page loading a remote script',
    withFile('popup.html', '<script src="https://cdn.example.com/x.js"></script>'),
    /loads the remote script/,
  ],
  [
    'new Function in a bundle',
    withFile(firstJs, `${files.get(firstJs)!.toString('utf8')};new Function("return 1")`),
    /Function constructor/,
  ],
  [
    'the Function constructor by an alias',
    withFile(firstJs, 'let F=Function;new F("")'),
    /Function constructor/,
  ],
  ['eval in a bundle', withFile(firstJs, 'eval("1")'), /calls eval/],
  [
    'no service worker file',
    new Map([...files].filter(([name]) => name !== 'background.js')),
    /background\.js is named/,
  ],
];

report(`Chrome package check on ${path.relative(ROOT, zip)}`, [
  ['the Chrome package passes', real.length === 0, real.join('\n')],
  ...controls.map(([name, changed, expected]): [string, boolean, string?] => {
    const problems = chromePackageProblems(changed, readme);
    const caught = problems.some((problem) => expected.test(problem));
    return [
      `control: ${name} is caught`,
      caught,
      caught ? undefined : `reported: ${problems.join('; ') || 'nothing'}`,
    ];
  }),
]);
