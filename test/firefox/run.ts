/**
 * Issue 8, "Firefox": the Firefox build loads in Debian's firefox-esr, its content script reads a members page
 * served at its real facebook.com address, and its background stores the sightings in the extension's own
 * IndexedDB, which the panel then lists. Playwright cannot drive Firefox extensions; puppeteer-core (WebDriver
 * BiDi) can.
 *
 *   bash test/firefox/install.sh && npx tsx test/firefox/run.ts
 *
 * Prints one line per check and ends with `N passed, N failed` (exit 1 on any failure). With
 * `FIREFOX_JSON_OUTPUT=<file>` it also writes `{"passed": N, "failed": N}` there, for test/tools/run-all.ts.
 * Positive control: the same "stored what the page shows" check is run before the page is visited, and must fail.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { normalBuild } from '../guards/builds';
import { FIXTURES, MEMBERS_GROUP, SAMPLE_PAGES, readTruth } from '../e2e/site';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'tend@tend.invalid';
/** A fixed internal UUID, so the extension's pages have a known moz-extension:// origin. */
const ADDON_UUID = '7e4d0a52-3c1f-4b8e-9d2a-5f6e7a8b9c0d';
const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

interface MembersTruth {
  member_rows: { user_id: string }[];
}

const results: { name: string; ok: boolean; detail?: string }[] = [];
async function check(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, detail });
    console.log(`  ✗ ${name}\n      ${detail.split('\n').join('\n      ')}`);
  }
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Retries `probe` until it returns true (the behaviour happened), or gives up after `attempts`. */
async function eventually(probe: () => Promise<boolean>, what: string, attempts = 60): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`never happened: ${what}`);
}

/** Serves the sample pages at their facebook.com addresses in `page`, and aborts every other request. */
async function serveFacebook(page: Page): Promise<void> {
  const byUrl = new Map(Object.values(SAMPLE_PAGES).map((sample) => [sample.url, sample.file]));
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const file = byUrl.get(request.url());
    const answer = file
      ? request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: readFileSync(path.join(FIXTURES, file)),
        })
      : request.abort();
    // A request may already be gone (a data: script, a cancelled image): nothing to answer then.
    answer.catch(() => undefined);
  });
}

/** Member ids stored for a group, read from Tend's IndexedDB in one of its own pages. */
async function storedMemberIds(extensionPage: Page, groupId: string): Promise<string[]> {
  return extensionPage.evaluate(async (group) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!database.objectStoreNames.contains('members')) {
      database.close();
      return [];
    }
    const rows = await new Promise<{ groupId: string; memberId: string }[]>((resolve, reject) => {
      const request = database.transaction('members').objectStore('members').getAll();
      request.onsuccess = () => resolve(request.result as { groupId: string; memberId: string }[]);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return rows.filter((row) => row.groupId === group).map((row) => row.memberId);
  }, groupId);
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

async function main(): Promise<void> {
  assert(existsSync(FIREFOX), `${FIREFOX} is missing: run "bash test/firefox/install.sh"`);
  const extensionDir = normalBuild('firefox');
  const expected = [
    ...new Set(readTruth<MembersTruth>(SAMPLE_PAGES.members.file).member_rows.map((row) => row.user_id)),
  ];
  console.log(`Firefox: ${FIREFOX}, extension ${extensionDir}`);

  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: mkdtempSync(path.join(os.tmpdir(), 'tend-firefox-')),
    // Lets WebDriver BiDi open the extension's own pages (moz-extension://), as a user opening the panel would.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
  try {
    let addonId = '';
    await check('the Firefox build installs in firefox-esr', async () => {
      addonId = await browser.installExtension(extensionDir);
      assert(addonId === ADDON_ID, `installed as ${addonId}`);
    });

    const extensionPage = await browser.newPage();
    await extensionPage
      .goto(`${EXTENSION_ORIGIN}/sidepanel.html`, { waitUntil: 'domcontentloaded', timeout: 10_000 })
      // Firefox reports no navigation events for moz-extension:// pages; the document is there all the same.
      .catch(() => undefined);
    await eventually(
      async () => (await extensionPage.evaluate(() => location.origin).catch(() => '')) === EXTENSION_ORIGIN,
      'the extension page opens',
      20,
    );

    await check(
      'control: before any page is read, the "stored what the page shows" check fails',
      async () => {
        const stored = await storedMemberIds(extensionPage, MEMBERS_GROUP);
        assert(!sameSet(stored, expected), `already stored ${stored.length} members before browsing`);
      },
    );

    await check(
      'the content script reads a members page and the background stores every member',
      async () => {
        const facebook = await browser.newPage();
        await serveFacebook(facebook);
        await facebook.goto(SAMPLE_PAGES.members.url, { waitUntil: 'domcontentloaded' });
        let stored: string[] = [];
        await eventually(async () => {
          stored = await storedMemberIds(extensionPage, MEMBERS_GROUP);
          return sameSet(stored, expected);
        }, `the ${expected.length} members of the page are stored (last seen: ${stored.length})`);
      },
    );

    await check('the panel shows them', async () => {
      const panel = await browser.newPage();
      await panel
        .goto(`${EXTENSION_ORIGIN}/sidepanel.html`, { waitUntil: 'domcontentloaded', timeout: 10_000 })
        .catch(() => undefined);
      // The members list is virtualised (only rows in view exist): check the count in the group header, and
      // that every listed row is one of the page's members.
      let shown = { header: '', listed: [] as string[] };
      await eventually(async () => {
        shown = await panel
          .evaluate(() => {
            document.querySelector<HTMLElement>('#tab-members')?.click();
            return {
              header: document.body.textContent ?? '',
              listed: Array.from(document.querySelectorAll('.member')).map(
                (row) => row.getAttribute('data-member-id') ?? '',
              ),
            };
          })
          .catch(() => shown);
        return shown.header.includes(`${expected.length} members seen`) && shown.listed.length > 0;
      }, `the panel says "${expected.length} members seen" and lists members`);
      const strangers = shown.listed.filter((id) => !expected.includes(id));
      assert(strangers.length === 0, `the panel lists members not on the page: ${strangers.join(', ')}`);
    });
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  results.push({ name: 'Firefox run', ok: false, detail: String(error) });
  console.log(`  ✗ ${String(error)}`);
}
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
if (process.env.FIREFOX_JSON_OUTPUT)
  writeFileSync(process.env.FIREFOX_JSON_OUTPUT, JSON.stringify({ passed, failed }));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
