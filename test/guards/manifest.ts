/**
 * Least privilege: what the README's "Permissions" table documents, and what a built manifest asks for, must be
 * the same; and the extension pages' content security policy must forbid remote code, and every connection but
 * one to a co-admins' sharing server (https, or plain http on this computer), which the optional host permission
 * granted at the admin's click then narrows to that one server.
 */
import type { Browser } from './builds';

export interface DocumentedAccess {
  /** API permissions, per browser (a row marked "(Chrome)" or "(Firefox)" is for that browser only). */
  permissions: Record<Browser, string[]>;
  hostPermissions: string[];
  /** Asked for at run time, never granted at install (a row "optional host `…`"). */
  optionalHostPermissions: string[];
  contentScriptMatches: string[];
}

/** Reads the README's "## Permissions" table: one row per permission, host or content script match. */
export function documentedAccess(readme: string): DocumentedAccess {
  const start = readme.search(/^## Permissions\s*$/m);
  if (start < 0) throw new Error('README has no "## Permissions" section');
  const rest = readme.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const rows = (end < 0 ? rest : rest.slice(0, end))
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|')[1]!.trim())
    .filter((cell) => cell !== '' && !/^-+$/.test(cell) && cell !== 'permission');

  const access: DocumentedAccess = {
    permissions: { chrome: [], firefox: [] },
    hostPermissions: [],
    optionalHostPermissions: [],
    contentScriptMatches: [],
  };
  for (const cell of rows) {
    const name = /`([^`]+)`/.exec(cell)?.[1];
    if (!name) throw new Error(`Permissions row without a \`name\`: ${cell}`);
    if (/^content script on /i.test(cell)) access.contentScriptMatches.push(name);
    else if (/^optional host /i.test(cell)) access.optionalHostPermissions.push(name);
    else if (/^host /i.test(cell)) access.hostPermissions.push(name);
    else {
      const only = /\((Chrome|Firefox)\)/.exec(cell)?.[1]?.toLowerCase() as Browser | undefined;
      for (const browser of ['chrome', 'firefox'] as const) {
        if (!only || only === browser) access.permissions[browser].push(name);
      }
    }
  }
  return access;
}

/** The parts of a manifest that grant access or load code. */
export interface ManifestLike {
  manifest_version?: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  [key: string]: unknown;
}

const sorted = (values: readonly string[] = []) => [...new Set(values)].sort();
const same = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** Written out here, not imported from the build's configuration, so the guard does not follow a change to it. */
export const SHARING_CONNECT_SOURCES = ['https:', 'http://127.0.0.1:*', 'http://localhost:*'];

/** Parses a CSP into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Why a CSP would let remote code or any connection in; empty when it forbids them. */
export function cspViolations(policy: string | undefined): string[] {
  if (!policy) return ['no content security policy for extension pages'];
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const fallback = csp.get('default-src');
  const sourcesOf = (directive: string) => csp.get(directive) ?? fallback;
  if (!fallback || !fallback.every((source) => ["'self'", "'none'"].includes(source))) {
    problems.push(`default-src must be 'self' or 'none', is ${JSON.stringify(fallback)}`);
  }
  // Code: only the extension's own files, never eval, inline code or remote scripts.
  for (const directive of ['script-src', 'script-src-elem', 'worker-src', 'object-src', 'frame-src']) {
    const sources = sourcesOf(directive) ?? [];
    const remote = sources.filter((source) => !["'self'", "'none'"].includes(source));
    if (remote.length > 0) problems.push(`${directive} allows ${remote.join(' ')}`);
  }
  if (JSON.stringify(csp.get('object-src')) !== JSON.stringify(["'none'"]))
    problems.push("object-src is not 'none'");
  // Connections (fetch, XHR, WebSocket, EventSource, beacons): a sharing server only, over https, or over plain
  // http on this computer. A Manifest V3 policy cannot name the one server the admin grants at run time.
  if (JSON.stringify(csp.get('connect-src')) !== JSON.stringify(SHARING_CONNECT_SOURCES)) {
    problems.push(
      `connect-src must be ${SHARING_CONNECT_SOURCES.join(' ')}, is ${JSON.stringify(csp.get('connect-src'))}`,
    );
  }
  // Fonts, images, styles, media: the extension's own files (and data: images) only; no remote fonts.
  for (const directive of ['font-src', 'img-src', 'style-src', 'media-src', 'manifest-src']) {
    const remote = (sourcesOf(directive) ?? []).filter(
      (source) => !["'self'", "'none'", "'unsafe-inline'", 'data:'].includes(source),
    );
    if (remote.length > 0) problems.push(`${directive} allows ${remote.join(' ')}`);
  }
  return problems;
}

/** Everything in `manifest` that the README does not document, or that loads remote code; empty when clean. */
export function manifestViolations(
  manifest: ManifestLike,
  documented: DocumentedAccess,
  browser: Browser,
): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== 3)
    problems.push(`manifest_version is ${manifest.manifest_version}, not 3`);
  if (!same(manifest.permissions ?? [], documented.permissions[browser])) {
    problems.push(
      `permissions ${JSON.stringify(sorted(manifest.permissions))} differ from the README's ${JSON.stringify(sorted(documented.permissions[browser]))}`,
    );
  }
  if (!same(manifest.host_permissions ?? [], documented.hostPermissions)) {
    problems.push(
      `host_permissions ${JSON.stringify(sorted(manifest.host_permissions))} differ from the README's ${JSON.stringify(sorted(documented.hostPermissions))}`,
    );
  }
  if ((manifest.optional_permissions ?? []).length > 0)
    problems.push(`optional_permissions ${JSON.stringify(manifest.optional_permissions)} are not documented`);
  if (!same(manifest.optional_host_permissions ?? [], documented.optionalHostPermissions)) {
    problems.push(
      `optional_host_permissions ${JSON.stringify(sorted(manifest.optional_host_permissions))} differ from the README's ${JSON.stringify(sorted(documented.optionalHostPermissions))}`,
    );
  }
  for (const key of ['externally_connectable', 'web_accessible_resources'] as const) {
    if (manifest[key] !== undefined) problems.push(`${key} is not documented`);
  }
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  if (!same(matches, documented.contentScriptMatches)) {
    problems.push(
      `content script matches ${JSON.stringify(sorted(matches))} differ from the README's ${JSON.stringify(sorted(documented.contentScriptMatches))}`,
    );
  }
  const scripts = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  for (const script of scripts)
    if (/^[a-z]+:/i.test(script)) problems.push(`content script ${script} is remote`);
  const csp = manifest.content_security_policy;
  if (typeof csp === 'string') problems.push('content_security_policy is an MV2 string');
  else problems.push(...cspViolations(csp?.extension_pages));
  return problems;
}
