/**
 * Checks of a built package's identity: every icon the manifest declares exists at its declared size (read from
 * the PNG header, as the stores do), and every `__MSG_…__` it uses is translated in each locale it ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; null if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface IdentityManifest {
  default_locale?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: string | Record<string, string> };
  [key: string]: unknown;
}

/** The manifest's icon sets: `icons` and the toolbar button's `action.default_icon`. */
function iconSets(manifest: IdentityManifest): [string, Record<string, string>][] {
  const sets: [string, Record<string, string>][] = [['icons', manifest.icons ?? {}]];
  const action = manifest.action?.default_icon;
  if (action !== undefined) sets.push(['action.default_icon', typeof action === 'string' ? {} : action]);
  return sets;
}

/** One line per icon that is missing, not a PNG, or not the size its key declares. */
export function iconProblems(manifest: IdentityManifest, packageDir: string): string[] {
  const problems: string[] = [];
  if (Object.keys(manifest.icons ?? {}).length === 0) problems.push('icons: none declared');
  if (typeof manifest.action?.default_icon === 'string') problems.push('action.default_icon: give sizes');
  for (const [where, set] of iconSets(manifest)) {
    for (const [size, file] of Object.entries(set)) {
      const full = path.join(packageDir, file.replace(/^\//, ''));
      if (!existsSync(full)) {
        problems.push(`${where}.${size}: ${file} is missing`);
        continue;
      }
      const found = pngSize(readFileSync(full));
      if (!found) problems.push(`${where}.${size}: ${file} is not a PNG`);
      else if (found.width !== Number(size) || found.height !== Number(size))
        problems.push(`${where}.${size}: ${file} is ${found.width}×${found.height}`);
    }
  }
  return problems;
}

/** The `__MSG_name__` names a manifest uses, anywhere in it. */
export function messageNames(manifest: IdentityManifest): string[] {
  return [...new Set([...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!))];
}

/** One line per message a locale of the package lacks (or leaves empty), and for a missing default locale. */
export function messageProblems(manifest: IdentityManifest, packageDir: string, locales: string[]): string[] {
  const problems: string[] = [];
  if (!manifest.default_locale) problems.push('default_locale: not set');
  else if (!locales.includes(manifest.default_locale))
    problems.push(`default_locale: ${manifest.default_locale} is not checked`);
  for (const locale of locales) {
    const file = path.join(packageDir, '_locales', locale, 'messages.json');
    if (!existsSync(file)) {
      problems.push(`_locales/${locale}: missing`);
      continue;
    }
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message?: string }>;
    for (const name of messageNames(manifest)) {
      if (!messages[name]?.message?.trim()) problems.push(`_locales/${locale}: no message ${name}`);
    }
  }
  return problems;
}
