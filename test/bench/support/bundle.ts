/** Bundles a TypeScript module of the project for the browser (IIFE, `@/` resolved through tsconfig.json). */
import { build } from 'esbuild';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export async function bundleIife(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(ROOT, entry)],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2022',
    write: false,
    tsconfig: path.resolve(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
