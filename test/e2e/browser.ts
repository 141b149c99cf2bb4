/** Launches Debian's Chromium with the built extension, as a persistent context (extensions need one). */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';

export const EXTENSION_DIR =
  process.env.TEND_EXTENSION_DIR ?? path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  extensionDir?: string;
  locale?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<{
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
}> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'tend-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, userDataDir };
}

export async function openPanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return panel;
}

/** Every row of every table of Tend's database, as JSON, read from an extension page. */
export async function dumpDatabase(extensionPage: Page): Promise<Record<string, unknown[]>> {
  return extensionPage.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const result: Record<string, unknown[]> = {};
    for (const name of Array.from(database.objectStoreNames)) {
      result[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    database.close();
    return result;
  });
}

/** Sends a message to the background from an extension page, as the panel does; returns the reply. */
export async function sendFromExtensionPage(
  extensionPage: Page,
  message: object,
): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return extensionPage.evaluate(async (payload) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
    ).chrome.runtime;
    return (await runtime.sendMessage(payload)) as { ok: boolean; value?: unknown; error?: string };
  }, message);
}

/** The process ids whose command line uses `userDataDir` as its profile (Linux: read from /proc). */
function processesOfProfile(userDataDir: string): { pid: number; args: string[] }[] {
  const found: { pid: number; args: string[] }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${userDataDir}`)) found.push({ pid: Number(entry), args });
    } catch {
      // The process ended while the list was read.
    }
  }
  return found;
}

/**
 * Kills the browser of a context launched by `launchWithExtension` the hard way, as a crash or a power cut would:
 * SIGKILL to the browser process itself (the one without `--type=`), no graceful close, no chance to flush.
 * Waits until the context has noticed and no process of that profile is left, so it can be opened again.
 */
export async function killBrowser(context: BrowserContext, userDataDir: string): Promise<number> {
  const browser = processesOfProfile(userDataDir).find(
    ({ args }) => !args.some((arg) => arg.startsWith('--type=')),
  );
  if (!browser) throw new Error(`no browser process uses the profile ${userDataDir}`);
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  process.kill(browser.pid, 'SIGKILL');
  await closed;
  for (let attempt = 0; processesOfProfile(userDataDir).length > 0; attempt += 1) {
    if (attempt > 200) throw new Error(`processes of ${userDataDir} outlived their browser`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return browser.pid;
}
