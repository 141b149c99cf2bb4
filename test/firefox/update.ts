/**
 * Issue 19, "Updates that keep everything", in Firefox (firefox-esr, puppeteer-core, as test/firefox/run.ts): the
 * previous release (its git tag, built by test/tools/previous-release.ts) is installed, browses the sample
 * group's members page and is given notes, onboarding marks, a template and settings; then the current build is installed
 * over it (the same add-on id, so Firefox updates it in place) and must find every row of every table, the
 * settings and the notes, and show the members in its panel.
 *
 *   bash test/firefox/install.sh && npx tsx test/firefox/update.ts
 *
 * Ends with `N passed, N failed`; with `FIREFOX_JSON_OUTPUT=<file>` also writes `{"passed": N, "failed": N}`.
 * Control: the same comparison against the database before any page was read must report lost rows.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { normalBuild } from '../guards/builds';
import { FIXTURES, MEMBERS_GROUP, SAMPLE_PAGES, readTruth } from '../e2e/site';
import { buildPreviousRelease } from '../tools/previous-release';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'tend@tend.invalid';
const ADDON_UUID = '3b8f1c6e-2a4d-4e9b-8c7f-1d2e3f4a5b6c';
const ORIGIN = `moz-extension://${ADDON_UUID}`;

type Dump = Record<string, unknown[]>;
interface MembersTruth {
  member_rows: { user_id: string }[];
}

const results: { name: string; ok: boolean }[] = [];
function check(name: string, ok: boolean, detail = ''): void {
  results.push({ name, ok });
  console.log(`  ${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
}

async function eventually(probe: () => Promise<boolean>, attempts = 80): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await probe().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function serveMembersPage(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const answer =
      request.url() === SAMPLE_PAGES.members.url
        ? request.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: readFileSync(path.join(FIXTURES, SAMPLE_PAGES.members.file)),
          })
        : request.abort();
    answer.catch(() => undefined);
  });
}

/** An extension page of Tend (Firefox reports no navigation events for moz-extension:// pages). */
async function extensionPage(browser: Browser, file = 'sidepanel.html'): Promise<Page> {
  const page = await browser.newPage();
  await page
    .goto(`${ORIGIN}/${file}`, { waitUntil: 'domcontentloaded', timeout: 10_000 })
    .catch(() => undefined);
  await eventually(async () => (await page.evaluate(() => location.origin)) === ORIGIN);
  return page;
}

const dump = (page: Page): Promise<Dump> =>
  page.evaluate(async () => {
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

const send = (page: Page, message: object) =>
  page.evaluate(async (body) => {
    const runtime = (
      globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }
    ).browser.runtime;
    return (await runtime.sendMessage(body)) as { ok: boolean; error?: string };
  }, message);

const versionOf = (page: Page) =>
  page.evaluate(
    () =>
      (
        globalThis as unknown as { browser: { runtime: { getManifest(): { version: string } } } }
      ).browser.runtime.getManifest().version,
  );

/** The rows of `before` that `after` lost (a row may gain fields, never lose or change one). */
function lostRows(before: Dump, after: Dump): string[] {
  const keeps = (kept: unknown, found: unknown): boolean =>
    kept === null || typeof kept !== 'object'
      ? Object.is(kept, found)
      : found !== null &&
        typeof found === 'object' &&
        Object.entries(kept).every(([key, value]) => keeps(value, (found as Record<string, unknown>)[key]));
  return Object.entries(before).flatMap(([table, rows]) =>
    rows
      .filter((row) => !(after[table] ?? []).some((candidate) => keeps(row, candidate)))
      .map((row) => `${table}: ${JSON.stringify(row).slice(0, 200)}`),
  );
}

async function addAdminWork(page: Page): Promise<string[]> {
  const [first, second] = readTruth<MembersTruth>(SAMPLE_PAGES.members.file).member_rows.map(
    (row) => row.user_id,
  );
  const now = new Date().toISOString();
  const replies = [
    await send(page, {
      type: 'addNote',
      groupId: MEMBERS_GROUP,
      memberId: first,
      text: 'Fosters kittens 🐱',
    }),
    await send(page, { type: 'addNote', groupId: MEMBERS_GROUP, memberId: second, text: 'Répond le soir' }),
    await send(page, {
      type: 'markOnboarding',
      entries: [
        { groupId: MEMBERS_GROUP, memberId: first, stepId: 'personal-welcome', status: 'done', at: now },
        { groupId: MEMBERS_GROUP, memberId: second, stepId: 'personal-welcome', status: 'skipped', at: now },
      ],
    }),
    await send(page, {
      type: 'saveTemplate',
      template: {
        id: 'custom-update-1',
        situation: 'personal-welcome',
        audience: 'private-message',
        title: { en: 'Warm hello', fr: 'Bonjour chaleureux' },
        bodies: {
          en: 'Hi {firstName|there}, welcome!',
          fr: { vous: 'Bonjour {firstName|à vous}, bienvenue !' },
        },
        builtIn: false,
        updatedAt: now,
      },
    }),
    await send(page, {
      type: 'updateSettings',
      patch: { language: 'fr', inactivityDays: 45, adminName: 'Camille' },
    }),
  ];
  return replies.filter((reply) => !reply.ok).map((reply) => reply.error ?? 'refused');
}

async function main(): Promise<void> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run "bash test/firefox/install.sh"`);
  const previous = buildPreviousRelease();
  const currentDir = normalBuild('firefox');
  const currentVersion = (
    JSON.parse(readFileSync(path.join(currentDir, 'manifest.json'), 'utf8')) as { version: string }
  ).version;
  console.log(`Firefox update: ${previous.tag} (${previous.version}) → ${currentVersion}`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: mkdtempSync(path.join(os.tmpdir(), 'tend-firefox-update-')),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
  try {
    check('the previous release installs', (await browser.installExtension(previous.firefox)) === ADDON_ID);
    let page = await extensionPage(browser);
    check(`it runs version ${previous.version}`, (await versionOf(page)) === previous.version);
    const empty = await dump(page);
    const facebook = await browser.newPage();
    await serveMembersPage(facebook);
    await facebook.goto(SAMPLE_PAGES.members.url, { waitUntil: 'domcontentloaded' });
    const expected = new Set(
      readTruth<MembersTruth>(SAMPLE_PAGES.members.file).member_rows.map((row) => row.user_id),
    );
    const stored = await eventually(async () => {
      const members = ((await dump(page)).members ?? []) as { groupId: string; memberId: string }[];
      return (
        members.filter((row) => row.groupId === MEMBERS_GROUP && expected.has(row.memberId)).length ===
        expected.size
      );
    });
    check(`it stores the ${expected.size} members of the members page`, stored);
    const refused = await addAdminWork(page);
    check(
      'it takes two notes, two onboarding marks, a template and three settings',
      refused.length === 0,
      refused.join('; '),
    );
    // The Facebook tab is closed first: Firefox runs an updated add-on's content script in open tabs, which would
    // read the page again and move its members' "last seen".
    await facebook.close();
    const before = await dump(page);
    await page.close();

    check('the current build installs over it', (await browser.installExtension(currentDir)) === ADDON_ID);
    page = await extensionPage(browser);
    check(`it runs version ${currentVersion}`, (await versionOf(page)) === currentVersion);
    const lost = lostRows(before, await dump(page));
    check(
      'it finds every row, setting, note and onboarding mark',
      lost.length === 0,
      lost.slice(0, 5).join('\n      '),
    );
    const seen = (before.members as { groupId: string }[]).filter(
      (row) => row.groupId === MEMBERS_GROUP,
    ).length;
    const shown = await eventually(async () =>
      page.evaluate((text) => document.body.textContent?.includes(text) ?? false, `${seen} membres vus`),
    );
    check(`its panel, in French as set before, says "${seen} membres vus"`, shown);
    check(
      'control: the database before browsing lacks rows the comparison reports',
      lostRows(before, empty).length > 0,
    );
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  check('Firefox update run', false, String(error));
}
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
if (process.env.FIREFOX_JSON_OUTPUT)
  writeFileSync(process.env.FIREFOX_JSON_OUTPUT, JSON.stringify({ passed, failed }));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
