/**
 * The demo's sample data: a simulated stretch of the sample group imported through the panel's import message, as
 * `npm start` does. The panel says it is sample data (also after a reload and after the group's page is read
 * again, in English and French), and one click on "Remove sample data" removes that group and nothing else.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { buildSampleLog, importSampleLog } from '../tools/sample-log';
import { dumpDatabase, launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
import { FIXTURES, MEMBERS_GROUP, POSTS_GROUP, SAMPLE_PAGES, serveFacebook } from './site';

let context: BrowserContext;
let panel: Page;
let facebook: Page;

test.beforeEach(async () => {
  const launched = await launchWithExtension();
  context = launched.context;
  await serveFacebook(context, Object.values(SAMPLE_PAGES));
  facebook = await context.newPage();
  for (const page of [SAMPLE_PAGES.feed, SAMPLE_PAGES.comments, SAMPLE_PAGES.members])
    await facebook.goto(page.url);
  panel = await openPanel(context, launched.extensionId);
  await expect(panel.getByTestId('member-count')).toHaveText('147 members seen');
});
test.afterEach(async () => context.close());

/** Every row that belongs to `groupId`, table by table (counted items are known by their key alone). */
async function rowsOf(page: Page, groupId: string): Promise<Record<string, string[]>> {
  const dump = await dumpDatabase(page);
  const belongs = (row: unknown) => {
    const { groupId: rowGroup, key } = row as { groupId?: unknown; key?: unknown };
    return rowGroup === groupId || (typeof key === 'string' && key.startsWith(`${groupId}|`));
  };
  const tables = Object.entries(dump).filter(([table]) => table !== 'state' && table !== 'settings');
  return Object.fromEntries(
    tables.map(([table, rows]) => [
      table,
      rows
        .filter(belongs)
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

const SAMPLE_EN = 'Sample data: a simulated group, not a real one.';
const SAMPLE_FR = 'Données d’exemple : un groupe simulé, pas un vrai.';

test('the sample group is labelled, and one click removes it and nothing else', async () => {
  const label = panel.getByTestId('sample-data');
  await expect(label).toHaveCount(0);
  await importSampleLog(panel, await buildSampleLog(FIXTURES, new Date(), 60));
  await expect(label).toContainText(SAMPLE_EN);
  // The mark is in the data: it survives a reload and the group's page read again (its heading names the group).
  await facebook.goto(SAMPLE_PAGES.members.url);
  await facebook.waitForTimeout(1_000);
  await panel.reload();
  await expect(label).toContainText(SAMPLE_EN);
  await sendFromExtensionPage(panel, { type: 'updateSettings', patch: { language: 'fr' } });
  await expect(label).toContainText(SAMPLE_FR);
  await sendFromExtensionPage(panel, { type: 'updateSettings', patch: { language: 'en' } });

  const otherGroup = await rowsOf(panel, POSTS_GROUP);
  expect(otherGroup.members!.length).toBeGreaterThan(0);
  const sample = await rowsOf(panel, MEMBERS_GROUP);
  expect(sample.watch!.length).toBeGreaterThan(30);
  expect(sample.members!.length).toBeGreaterThan(147);

  await panel.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(label).toHaveCount(0);
  const left = await rowsOf(panel, MEMBERS_GROUP);
  for (const [table, rows] of Object.entries(left)) expect(rows, table).toEqual([]);
  expect(await rowsOf(panel, POSTS_GROUP)).toEqual(otherGroup);
  // The panel follows the group that is left, which is real: no label, no removal button.
  await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText(/Rescue Cats Network/);
  await expect(panel.getByRole('button', { name: 'Remove sample data' })).toHaveCount(0);
});
