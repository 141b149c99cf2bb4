// @vitest-environment node
/**
 * Issue 8, "Least privilege": each built manifest asks for exactly what the README's "Permissions" table
 * documents (parsed from the README, so docs and manifest cannot drift), and its CSP forbids remote code and
 * connections. Controls: manifests with one extra grant each, which the same check must refuse.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, normalBuild, type Browser } from '../../guards/builds';
import { documentedAccess, manifestViolations, type ManifestLike } from '../../guards/manifest';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ManifestLike;
const documented = documentedAccess(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
const manifests = {} as Record<Browser, ManifestLike>;

beforeAll(() => {
  for (const browser of ['chrome', 'firefox'] as const) {
    manifests[browser] = readJson(path.join(normalBuild(browser), 'manifest.json'));
  }
}, 120_000);

describe('least privilege', () => {
  it('reads the README table', () => {
    expect(documented.permissions.chrome).toEqual(['storage', 'unlimitedStorage', 'alarms', 'sidePanel']);
    expect(documented.permissions.firefox).toEqual(['storage', 'unlimitedStorage', 'alarms']);
    expect(documented.contentScriptMatches).toEqual(['https://*.facebook.com/*']);
    expect(documented.optionalHostPermissions).toEqual([
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
  });

  it.each(['chrome', 'firefox'] as const)(
    'the %s manifest asks for exactly what the README documents',
    (browser) => {
      expect(manifestViolations(manifests[browser], documented, browser)).toEqual([]);
    },
  );

  it('control: a manifest fixture with `tabs` and `<all_urls>` fails the same check', () => {
    const fixture = readJson(path.join(ROOT, 'test/guards/fixtures/manifest-extra-permissions.json'));
    const problems = manifestViolations(fixture, documented, 'chrome');
    expect(problems.join('\n')).toMatch(/permissions .*"tabs"/);
    expect(problems.join('\n')).toMatch(/host_permissions .*"<all_urls>"/);
  });

  // Each control is the real manifest with one mistake; each must be caught.
  const controls: [string, (manifest: ManifestLike) => ManifestLike, RegExp][] = [
    [
      'an undocumented permission',
      (m) => ({ ...m, permissions: [...(m.permissions ?? []), 'scripting'] }),
      /permissions/,
    ],
    [
      'a documented permission gone',
      (m) => ({ ...m, permissions: (m.permissions ?? []).slice(1) }),
      /permissions/,
    ],
    [
      'an optional permission',
      (m) => ({ ...m, optional_permissions: ['webRequest'] }),
      /optional_permissions/,
    ],
    [
      'a host permission',
      (m) => ({ ...m, host_permissions: ['https://*.facebook.com/*'] }),
      /host_permissions/,
    ],
    [
      'an optional host',
      (m) => ({ ...m, optional_host_permissions: ['*://*/*'] }),
      /optional_host_permissions/,
    ],
    [
      'a content script on every site',
      (m) => ({
        ...m,
        content_scripts: [...(m.content_scripts ?? []), { matches: ['<all_urls>'], js: ['x.js'] }],
      }),
      /content script matches/,
    ],
    [
      'pages reachable from the web',
      (m) => ({ ...m, web_accessible_resources: [] }),
      /web_accessible_resources/,
    ],
    ['no CSP', (m) => ({ ...m, content_security_policy: undefined }), /no content security policy/],
    [
      'a remote script source',
      (m) => withCsp(m, "script-src 'self'", "script-src 'self' https://cdn.example"),
      /script-src/,
    ],
    ['eval', (m) => withCsp(m, "script-src 'self'", "script-src 'self' 'unsafe-eval'"), /script-src/],
    [
      'an analytics connection',
      (m) => withCsp(m, CONNECT, `${CONNECT} http://analytics.example`),
      /connect-src/,
    ],
    ['plain http to any server', (m) => withCsp(m, CONNECT, 'connect-src https: http:'), /connect-src/],
    ['websockets anywhere', (m) => withCsp(m, CONNECT, `${CONNECT} wss:`), /connect-src/],
    ['connections left to default-src', (m) => withCsp(m, `${CONNECT};`, ''), /connect-src/],
    [
      'remote fonts',
      (m) => withCsp(m, "img-src 'self' data:", "img-src 'self' data:; font-src https://fonts.example"),
      /font-src/,
    ],
  ];
  it.each(controls)('control: %s is caught', (_name, spoil, expected) => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const problems = manifestViolations(spoil(structuredClone(manifests[browser])), documented, browser);
      expect(problems.join('\n')).toMatch(expected);
    }
  });
});

const CONNECT = 'connect-src https: http://127.0.0.1:* http://localhost:*';

function withCsp(manifest: ManifestLike, from: string, to: string): ManifestLike {
  const csp = manifest.content_security_policy;
  const policy = typeof csp === 'object' ? (csp.extension_pages ?? '') : '';
  if (!policy.includes(from)) throw new Error(`the CSP has no "${from}" to change`);
  return { ...manifest, content_security_policy: { extension_pages: policy.replace(from, to) } };
}
