/**
 * Issue 8, "Hostile page content", end to end: a members page whose names, badge and heading hold HTML, scripts,
 * direction marks, zero-width characters, emoji and 10,000 characters, read by the built extension, is stored
 * as plain text and shown as text in the panel; nothing is injected or executed, in the panel or in the page.
 * Then the same strings go through everything else that shows or writes text: a note added in the panel, a
 * template (its text, and filled in with a hostile member's name), the members CSV (cells a spreadsheet would run
 * as a formula get a leading apostrophe), the JSON export and the templates file.
 * Control: the `html` build, whose panel turns member names, notes and filled templates into HTML, must fail the
 * same checks.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { controlBuild, normalBuild } from '../../guards/builds';
import {
  FORMULA_NAME,
  HOSTILE_BADGE,
  HOSTILE_MEMBERS,
  HOSTILE_URL,
  comparableText,
  hostileMembersPage,
  hostileText,
} from '../../guards/hostile';
import { dumpDatabase, launchWithExtension, openPanel } from '../browser';
import { CSV_COLUMNS } from '@/storage/export';
import type { MemberRow, NoteRow } from '@/storage/schema';
import { showMembers } from './requests';

// Every page of the context reports script execution and blocked inline code (CSP) to these globals.
const TRAPS = `
  window.__pwned = undefined;
  window.__violations = [];
  window.alert = window.confirm = window.prompt = () => { window.__pwned = 'dialog'; };
  // Any refused code counts (zod's eval probe is off: utils/zod-config.ts, test/e2e/guards/csp.spec.ts).
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.effectiveDirective + ' ' + event.blockedURI);
  });
`;

async function serveHostilePage(context: BrowserContext): Promise<void> {
  const html = hostileMembersPage();
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route) => {
      if (route.request().url() === HOSTILE_URL) {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else await route.abort();
    },
  );
}

/** What went wrong in a page: executed code, blocked inline code, dialogs, or elements made from page data. */
async function injectionsIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const globals = window as unknown as { __pwned?: unknown; __violations?: string[] };
    const problems: string[] = [];
    if (globals.__pwned !== undefined) problems.push(`script ran: __pwned = ${String(globals.__pwned)}`);
    for (const directive of globals.__violations ?? []) problems.push(`code blocked by CSP (${directive})`);
    const injected = document.querySelectorAll(
      '[onerror], [onload], iframe[srcdoc], script:not([src]), img[src="x"], #root svg[onload]',
    );
    for (const element of Array.from(injected)) problems.push(`injected <${element.tagName.toLowerCase()}>`);
    return problems;
  });
}

/**
 * Launches the build in `extensionDir` with the traps set, opens the hostile members page and the panel's members
 * list once every hostile member is shown. Dialogs any page opens are dismissed and listed. The caller closes
 * `context`.
 */
async function openHostileMembers(extensionDir: string) {
  const { context, extensionId } = await launchWithExtension({ extensionDir });
  const dialogs: string[] = [];
  try {
    await context.addInitScript(TRAPS);
    await serveHostilePage(context);
    context.on('page', (page) =>
      page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message()))),
    );
    const facebook = await context.newPage();
    await facebook.goto(HOSTILE_URL);
    const panel = await openPanel(context, extensionId);
    await showMembers(panel);
    await expect(panel.locator('.member')).toHaveCount(HOSTILE_MEMBERS.length);
    return { context, facebook, panel, dialogs };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Reads the hostile page with the build in `extensionDir`; returns every way it was not kept as plain text. */
async function hostileContentProblems(extensionDir: string): Promise<string[]> {
  const { context, facebook, panel, dialogs } = await openHostileMembers(extensionDir);
  try {
    const problems: string[] = [];
    const stored = new Map(
      ((await dumpDatabase(panel)).members as MemberRow[]).map((row) => [row.memberId, row]),
    );
    for (const member of HOSTILE_MEMBERS) {
      const row = stored.get(member.memberId);
      if (!row) {
        problems.push(`${member.memberId}: not stored`);
        continue;
      }
      if (comparableText(row.name) !== comparableText(member.name))
        problems.push(`${member.memberId}: stored name changed`);
      const name = panel.locator(`.member[data-member-id="${member.memberId}"] .member-name`);
      const shown = await name.evaluate((element) => ({
        text: element.textContent,
        elements: element.childElementCount,
      }));
      if (shown.text !== row.name)
        problems.push(`${member.memberId}: shown ${JSON.stringify(shown.text?.slice(0, 60))}`);
      if (shown.elements > 0)
        problems.push(`${member.memberId}: its name became ${shown.elements} element(s)`);
    }
    if ((await panel.locator('.badge', { hasText: HOSTILE_BADGE }).count()) !== 1)
      problems.push('hostile badge not shown as text');

    for (const [where, page] of [
      ['panel', panel],
      ['facebook page', facebook],
    ] as const) {
      problems.push(...(await injectionsIn(page)).map((problem) => `${where}: ${problem}`));
    }
    problems.push(...dialogs.map((message) => `dialog opened: ${message}`));
    return problems;
  } finally {
    await context.close();
  }
}

test('hostile names, badges and headings are stored as plain text and shown as text, never run', async () => {
  // Names include one of exactly 10,000 characters: it must be stored and shown whole.
  expect(Math.max(...HOSTILE_MEMBERS.map((member) => member.name.length))).toBe(10_000);
  expect(await hostileContentProblems(normalBuild('chrome'))).toEqual([]);
});

test('control: a panel that renders member names as HTML is caught by the same check', async () => {
  const problems = await hostileContentProblems(controlBuild('chrome', 'html'));
  expect(problems.join('\n')).toMatch(/its name became \d+ element/);
  expect(problems.join('\n')).toMatch(/panel: (injected <img>|code blocked by CSP)/);
});

test('the hostile page really is hostile: the same markup as HTML would run code', async () => {
  // Guards the guard: if the payloads were harmless, the tests above would prove nothing.
  const { context } = await launchWithExtension({ extensionDir: normalBuild('chrome') });
  try {
    await context.addInitScript(TRAPS);
    await serveHostilePage(context);
    const facebook = await context.newPage();
    await facebook.goto(HOSTILE_URL);
    await facebook.evaluate((html) => {
      const target = document.createElement('div');
      document.body.append(target);
      // eslint-disable-next-line no-restricted-properties -- on purpose: proves the payload runs once it is HTML.
      target.append(document.createRange().createContextualFragment(html));
    }, HOSTILE_MEMBERS[0]!.name);
    await expect.poll(() => injectionsIn(facebook)).toContain('script ran: __pwned = dialog');
  } finally {
    await context.close();
  }
});

/** The text of a download. */
const downloaded = async (download: Promise<Download>) => readFileSync(await (await download).path(), 'utf8');

/** What a note can hold: the longest the notes schema keeps (5,000), every kind of hostile text in it. */
const HOSTILE_NOTE = hostileText(5_000);
/** A template's text, as long as a template body may be (10,000), with the member's name filled in. */
const TEMPLATE_HEAD = `${hostileText(200)} Hello {name}! `;
const HOSTILE_TEMPLATE = `${TEMPLATE_HEAD}${hostileText(10_000 - TEMPLATE_HEAD.length)}`;
const HOSTILE_TITLE = hostileText(150);

/**
 * Reads the hostile page, then puts hostile text through a note, a template filled in for a hostile member, the
 * members CSV, the JSON export and the templates file; returns every way it was not kept as plain text.
 */
async function hostileEverywhereProblems(extensionDir: string): Promise<string[]> {
  const { context, panel, dialogs } = await openHostileMembers(extensionDir);
  try {
    const problems: string[] = [];
    const [target] = HOSTILE_MEMBERS;

    // A note, added through the panel.
    await panel.locator(`.member[data-member-id="${target!.memberId}"] .member-name`).click();
    await panel.getByLabel('Add a note').fill(HOSTILE_NOTE);
    await panel.getByRole('button', { name: 'Save the note' }).click();
    const note = panel.locator('.note-text').first();
    await note.waitFor();
    const shownNote = await note.evaluate((element) => ({
      text: element.textContent,
      elements: element.childElementCount,
    }));
    if (shownNote.text !== HOSTILE_NOTE)
      problems.push(`note shown as ${JSON.stringify(shownNote.text?.slice(0, 60))}`);
    if (shownNote.elements > 0) problems.push(`the note became ${shownNote.elements} element(s)`);

    // A template, filled in for the member with HTML in their name.
    await panel.locator('#tab-replies').click();
    await panel.getByRole('button', { name: 'New template', exact: true }).click();
    const editor = panel.locator('form.template-editor');
    await editor.getByLabel('Title (English)').fill(HOSTILE_TITLE);
    await editor.locator('.template-body[data-body="en"] textarea').fill(HOSTILE_TEMPLATE);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editor).toHaveCount(0);
    await panel.getByLabel('Fill in for a member').fill('Ann');
    await panel.getByRole('button', { name: `Use ${target!.name}` }).click();
    // The admin's own template is the one marked "Yours" (the others are built in).
    const filled = panel
      .locator('.template-item')
      .filter({ has: panel.locator('.badge', { hasText: /^Yours$/ }) })
      .locator('.template-text');
    await filled.waitFor();
    const expectedText = HOSTILE_TEMPLATE.replace('{name}', target!.name);
    const shownTemplate = await filled.evaluate((element) => ({
      text: element.textContent,
      elements: element.childElementCount,
    }));
    if (shownTemplate.text !== expectedText)
      problems.push(`filled template shown as ${JSON.stringify(shownTemplate.text?.slice(0, 80))}`);
    if (shownTemplate.elements > 0)
      problems.push(`the filled template became ${shownTemplate.elements} element(s)`);
    const templates = await downloaded(
      Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: 'Export my templates' }).click(),
      ]).then(([download]) => download),
    );
    if (
      !templates.includes(JSON.stringify(HOSTILE_TEMPLATE)) ||
      !templates.includes(JSON.stringify(HOSTILE_TITLE))
    )
      problems.push('templates file: the hostile text is not there as a JSON string');

    // The exports: the same strings, as data.
    await panel.locator('#tab-data').click();
    const section = panel.getByRole('tabpanel');
    const exported: Record<string, string> = {};
    for (const format of ['csv', 'json']) {
      await section.getByLabel('Format').selectOption(format);
      const download = panel.waitForEvent('download');
      await section.getByRole('button', { name: 'Export', exact: true }).click();
      exported[format] = await downloaded(download);
    }
    const stored = await dumpDatabase(panel);
    const storedNames = new Map((stored.members as MemberRow[]).map((row) => [row.memberId, row.name]));
    const log = JSON.parse(exported.json!) as { members: MemberRow[]; notes: NoteRow[] };
    for (const row of log.members)
      if (row.name !== storedNames.get(row.memberId)) problems.push(`JSON: ${row.memberId} name changed`);
    if (log.members.length !== HOSTILE_MEMBERS.length) problems.push(`JSON: ${log.members.length} members`);
    if (!log.notes.some((row) => row.text === HOSTILE_NOTE))
      problems.push('JSON: the note is not there as it was');

    const csv = Papa.parse<string[]>(exported.csv!.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const column = (name: (typeof CSV_COLUMNS)[number]) => csv[0]!.indexOf(name);
    const rows = new Map(csv.slice(1).map((row) => [row[column('member_id')]!, row]));
    for (const member of HOSTILE_MEMBERS) {
      const name = storedNames.get(member.memberId) ?? '';
      const cell = rows.get(member.memberId)?.[column('name')];
      // Formulas are neutralised by a leading apostrophe; everything else is the name, whole.
      const expected = FORMULA_NAME.test(name) ? `'${name}` : name;
      if (cell !== expected)
        problems.push(`CSV: ${member.memberId} name cell ${JSON.stringify(cell?.slice(0, 60))}`);
    }
    if (!rows.get(target!.memberId)?.[column('notes')]?.endsWith(HOSTILE_NOTE))
      problems.push('CSV: the note is not there');
    if (![...storedNames.values()].some((name) => FORMULA_NAME.test(name)))
      problems.push('no stored name starts like a formula: the CSV check above proved nothing');

    problems.push(...(await injectionsIn(panel)).map((problem) => `panel: ${problem}`));
    problems.push(...dialogs.map((message) => `dialog opened: ${message}`));
    return problems;
  } finally {
    await context.close();
  }
}

test('hostile notes, templates, CSV and JSON exports keep the text as plain data, never run it', async () => {
  expect(HOSTILE_TEMPLATE).toHaveLength(10_000);
  expect(await hostileEverywhereProblems(normalBuild('chrome'))).toEqual([]);
});

test('control: a panel that renders notes and filled templates as HTML is caught by the same checks', async () => {
  const problems = (await hostileEverywhereProblems(controlBuild('chrome', 'html'))).join('\n');
  expect(problems).toMatch(/the note became \d+ element/);
  expect(problems).toMatch(/the filled template became \d+ element/);
  expect(problems).toMatch(/panel: (injected <img>|code blocked by CSP)/);
});
