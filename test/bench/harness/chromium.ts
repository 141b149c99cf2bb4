/**
 * Runs a benchmark entry (a module that imports Tend's real `storage/` code) inside Debian's Chromium. The entry is
 * bundled with esbuild, served at https://bench.invalid/ through `page.route` (a secure origin, so IndexedDB works;
 * no server, no network), and driven from Node with `page.evaluate`.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ORIGIN = 'https://bench.invalid';

export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  /** Calls `window.bench[name](...args)` in the page and returns its (JSON) result. */
  call<T>(name: string, ...args: unknown[]): Promise<T>;
}

export async function withBenchPage<T>(entry: string, run: (bench: BenchPage) => Promise<T>): Promise<T> {
  const bundle = await build({
    entryPoints: [path.resolve(ROOT, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    tsconfig: path.resolve(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.MODE': '"production"' },
    logLevel: 'warning',
  });
  const code = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        console.error(`[page] ${message.text()}`);
    });
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/bench.js') return route.fulfill({ contentType: 'text/javascript', body: code });
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><title>Tend bench</title><script type="module" src="/bench.js"></script>',
      });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => 'bench' in window);
    const cdp = await page.context().newCDPSession(page);
    const call = <R>(name: string, ...args: unknown[]) =>
      page.evaluate(
        async ([fn, rest]) => {
          try {
            return await (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench[
              fn as string
            ]!(...(rest as unknown[]));
          } catch (error) {
            // Dexie errors lose their details through page.evaluate: spell them out.
            const detail = error as {
              name?: string;
              message?: string;
              inner?: { name?: string; message?: string };
            };
            throw new Error(
              `${detail.name}: ${detail.message}${detail.inner ? ` (inner ${detail.inner.name}: ${detail.inner.message})` : ''}`,
            );
          }
        },
        [name, args] as const,
      ) as Promise<R>;
    return await run({ page, cdp, call });
  } finally {
    await browser.close();
  }
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** A ratio with two significant digits (0.82, 0.031, 0.0004). */
export const ratio = (value: number) =>
  value >= 1 ? value.toFixed(2) : Number(value.toPrecision(2)).toString();
