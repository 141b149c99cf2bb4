/**
 * The member log leaves the browser and comes back whole: browse saved pages, add a note and an onboarding record,
 * export from the panel, clear, import the file, and get back the same log, table by table and row by row. A broken
 * file gets a clear message and changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { dumpDatabase, launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
import { MEMBERS_GROUP, POSTS_GROUP, SAMPLE_PAGES, serveFacebook } from './site';

/** The tables an export carries; settings, panel state and internal bookkeeping stay behind. */
const LOG_TABLES = [
  'groups',
  'coverage',
  'members',
  'sightings',
  'notes',
  'onboarding',
  'watch',
  'counted',
] as const;

let context: BrowserContext;
let panel: Page;

test.beforeEach(async () => {
  const launched = await launchWithExtension();
  context = launched.context;
  await serveFacebook(context, Object.values(SAMPLE_PAGES));
  const facebook = await context.newPage();
  for (const page of [SAMPLE_PAGES.feed, SAMPLE_PAGES.comments, SAMPLE_PAGES.members])
    await facebook.goto(page.url);
  panel = await openPanel(context, launched.extensionId);
  await expect(panel.getByTestId('member-count')).toHaveText('147 members seen');
  await facebook.close();
});
test.afterEach(async () => context.close());

/** JSON with keys in a fixed order, so two equal rows always print the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function logTables(page: Page) {
  const dump = await dumpDatabase(page);
  const byKey = (rows: unknown[]) => rows.map(canonical).sort();
  return Object.fromEntries(LOG_TABLES.map((table) => [table, byKey(dump[table] ?? [])]));
}

async function exportAllFromPanel(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Export & import' }).click();
  await page.getByLabel('What to export').selectOption('all');
  await page.getByLabel('Format').selectOption('json');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export' }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

test('export, clear, import: the same log comes back, row by row', async () => {
  const [memberId] = (await dumpDatabase(panel)).members!.map(
    (row) => (row as { memberId: string }).memberId,
  );
  const note = await sendFromExtensionPage(panel, {
    type: 'addNote',
    groupId: MEMBERS_GROUP,
    memberId,
    text: 'Chat diabétique, insuline depuis mars',
  });
  expect(note.ok, note.error).toBe(true);
  const marked = await sendFromExtensionPage(panel, {
    type: 'markOnboarding',
    entries: [
      {
        groupId: MEMBERS_GROUP,
        memberId,
        stepId: 'welcome',
        status: 'done',
        at: new Date().toISOString(),
        by: 'Camille',
      },
    ],
  });
  expect(marked.ok, marked.error).toBe(true);
  const before = await logTables(panel);
  expect(before.members!.length).toBeGreaterThan(147);
  expect(before.notes).toHaveLength(1);
  expect(before.onboarding).toHaveLength(1);

  const file = await exportAllFromPanel(panel);
  expect(JSON.parse(file)).toMatchObject({ header: { format: 'tend', kind: 'member-log' } });

  for (const groupId of [MEMBERS_GROUP, POSTS_GROUP]) {
    expect((await sendFromExtensionPage(panel, { type: 'clearGroup', groupId })).ok).toBe(true);
  }
  const cleared = await logTables(panel);
  for (const table of ['members', 'sightings', 'notes', 'onboarding'] as const)
    expect(cleared[table]).toEqual([]);

  // Import through the panel: a preview first, then the import itself.
  await panel
    .getByLabel('Choose a Tend JSON file')
    .setInputFiles({ name: 'tend-backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(panel.getByRole('heading', { name: 'What this import will change' })).toBeVisible();
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText('Imported tend-backup.json.');
  expect(await logTables(panel)).toEqual(before);

  // Importing the same file again changes nothing.
  expect((await sendFromExtensionPage(panel, { type: 'applyImport', text: file })).ok).toBe(true);
  expect(await logTables(panel)).toEqual(before);
});

test('a broken file gets a clear message and changes nothing', async () => {
  const file = await exportAllFromPanel(panel);
  const everything = JSON.stringify(await dumpDatabase(panel));
  const broken = [
    { name: 'truncated.json', text: file.slice(0, Math.floor(file.length / 2)) },
    {
      name: 'other-kind.json',
      text: file
        .replace('"kind": "member-log"', '"kind": "templates"')
        .replace('"kind":"member-log"', '"kind":"templates"'),
    },
    { name: 'future.json', text: file.replace(/"version": ?\d+/, '"version": 99') },
    { name: 'not-tend.json', text: '{"members": []}' },
  ];
  for (const { name, text } of broken) {
    await panel
      .getByLabel('Choose a Tend JSON file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(panel.getByRole('status')).toHaveText(/^Something went wrong: .+/);
    await expect(panel.getByRole('heading', { name: 'What this import will change' })).toHaveCount(0);
    expect(JSON.stringify(await dumpDatabase(panel)), name).toBe(everything);
  }
});

test('a log kept under the group’s vanity name joins the numeric group when a file names it', async () => {
  const VANITY = 'rescuecatsnetwork';
  const file = await exportAllFromPanel(panel);
  const before = await logTables(panel);
  type Row = { groupId: string; aliases?: string[] };
  const log = JSON.parse(file) as Record<string, Row[] | object>;
  const tables = Object.entries(log).filter((entry): entry is [string, Row[]] => Array.isArray(entry[1]));
  // A co-admin's log that knew the group only by its vanity name…
  const underVanity = Object.fromEntries(
    Object.entries(log).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? (value as Row[]).map((row) => (row.groupId === MEMBERS_GROUP ? { ...row, groupId: VANITY } : row))
        : value,
    ]),
  );
  // …and a file whose group row names that vanity as an alias of the numeric id.
  const withAlias = Object.fromEntries(
    tables.map(([key, rows]) => [
      key,
      key === 'groups'
        ? rows.map((row) => (row.groupId === MEMBERS_GROUP ? { ...row, aliases: [VANITY] } : row))
        : rows,
    ]),
  );
  for (const groupId of [MEMBERS_GROUP, POSTS_GROUP])
    expect((await sendFromExtensionPage(panel, { type: 'clearGroup', groupId })).ok).toBe(true);
  const kept = await sendFromExtensionPage(panel, { type: 'applyImport', text: JSON.stringify(underVanity) });
  expect(kept.ok, kept.error).toBe(true);
  const vanityRows = (await logTables(panel)).members!.filter((row) => row.includes(`"groupId":"${VANITY}"`));
  expect(vanityRows.length).toBeGreaterThan(100);

  await panel.getByLabel('Choose a Tend JSON file').setInputFiles({
    name: 'co-admin.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...log, ...withAlias })),
  });
  await expect(
    panel.getByText(
      `“${VANITY}” is the name of group ${MEMBERS_GROUP}: its rows are kept under ${MEMBERS_GROUP}.`,
    ),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText('Imported co-admin.json.');
  const after = await logTables(panel);
  // One group: every row back under the numeric id, the vanity remembered as its alias.
  for (const table of ['coverage', 'members', 'sightings', 'notes', 'onboarding'] as const)
    expect(after[table], table).toEqual(before[table]);
  expect(after.groups!.join('\n')).not.toContain(`"groupId":"${VANITY}"`);
  expect(after.groups!.find((row) => row.includes(`"groupId":"${MEMBERS_GROUP}"`))).toContain(
    `"aliases":["${VANITY}"]`,
  );
});

/** Spaces are valid between JSON values: the same log, made longer than one browser message can carry. */
const padded = (file: string, chars: number) => file.replace(/\}\s*$/, `${' '.repeat(chars)}}`);
const OVER_ONE_MESSAGE = 70 * 1024 * 1024;

test('a log file larger than one browser message (64 MiB) still imports, in parts', async () => {
  const file = await exportAllFromPanel(panel);
  const before = await logTables(panel);
  // Control: the same file sent whole in one message is refused by the browser itself.
  const whole = await panel.evaluate(
    async ([text, chars]) => {
      const large = text.replace(/\}\s*$/, `${' '.repeat(chars)}}`);
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime;
      try {
        return JSON.stringify(await runtime.sendMessage({ type: 'previewImport', text: large }));
      } catch (error) {
        return `refused: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    [file, OVER_ONE_MESSAGE] as const,
  );
  expect(whole).toMatch(/^refused: /);

  for (const groupId of [MEMBERS_GROUP, POSTS_GROUP])
    expect((await sendFromExtensionPage(panel, { type: 'clearGroup', groupId })).ok).toBe(true);
  const folder = mkdtempSync(path.join(tmpdir(), 'tend-large-import-'));
  try {
    const large = path.join(folder, 'tend-large.json');
    writeFileSync(large, padded(file, OVER_ONE_MESSAGE));
    await panel.getByLabel('Choose a Tend JSON file').setInputFiles(large);
    await expect(panel.getByRole('heading', { name: 'What this import will change' })).toBeVisible({
      timeout: 60_000,
    });
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(panel.getByRole('status')).toHaveText('Imported tend-large.json.', { timeout: 60_000 });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  expect(await logTables(panel)).toEqual(before);
});
