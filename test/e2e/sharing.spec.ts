/**
 * Issue 18, two profiles of the built extension and a local CouchDB-compatible server (pouchdb-server, tests
 * only): one admin reads the members page, writes a note and turns sharing on from the panel; a second profile
 * joins with the invite the first one made, and gets the note; a note written there comes back to the first.
 * The shared view passes axe (no serious or critical violation) in English and French. Then the first removes a
 * co-admin: the key changes, the second waits for it until it enters the new invite, and notes flow again.
 *
 * The browser's permission prompt cannot be answered under automation (chrome.permissions.request stays pending),
 * so each profile's pages answer it yes; everything else is the real panel, engine, PouchDB and server.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { dumpDatabase, launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
import { MEMBERS_GROUP, SAMPLE_PAGES, readTruth, serveFacebook } from './site';
import { startServer, type TestServer } from '../unit/sharing/server';

let server: TestServer;
const contexts: BrowserContext[] = [];
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  for (const context of contexts) await context.close();
  await server.close();
});

/** A profile whose pages grant every optional origin they ask for (the prompt's "Allow"). */
async function profile(): Promise<{ context: BrowserContext; panel: Page }> {
  const { context, extensionId } = await launchWithExtension();
  contexts.push(context);
  await context.addInitScript(() => {
    const permissions = (globalThis as unknown as { chrome?: { permissions?: Record<string, unknown> } })
      .chrome?.permissions;
    if (!permissions) return;
    const yes = (_request: unknown, callback?: (granted: boolean) => void) =>
      callback ? callback(true) : Promise.resolve(true);
    Object.assign(permissions, { request: yes, contains: yes, remove: yes });
  });
  await serveFacebook(context, [SAMPLE_PAGES.members]);
  // The local server is reached for real (routes registered later are tried first).
  await context.route(`${server.url}/**`, (route) => route.continue());
  return { context, panel: await openPanel(context, extensionId) };
}

const notesOf = async (panel: Page) =>
  ((await dumpDatabase(panel)).notes ?? []).map((note) => (note as { text: string }).text);

const connection = (panel: Page) => panel.getByTestId('sharing-connection');

/** Serious and critical axe violations in the panel's sharing part, as readable lines. */
async function seriousViolations(panel: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: panel }).include('.sharing').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

async function setLanguage(panel: Page, language: 'en' | 'fr') {
  expect((await sendFromExtensionPage(panel, { type: 'updateSettings', patch: { language } })).ok).toBe(true);
  await expect(panel.locator('html')).toHaveAttribute('lang', language);
}

/** The invite shown in the panel. */
async function inviteShown(panel: Page): Promise<{ code: string; passphrase: string }> {
  const invite = panel.getByTestId('sharing-invite');
  const code = await invite.getByLabel('Invite code').inputValue();
  const passphrase = await invite.getByLabel('Passphrase').inputValue();
  expect(code).toMatch(/^tend-invite-1\./);
  return { code, passphrase };
}

test('a co-admin joins by invite and both see the notes made on either side', async () => {
  test.setTimeout(120_000);
  const truth = readTruth<{ member_rows: { user_id: string }[] }>(SAMPLE_PAGES.members.file);
  const memberId = truth.member_rows[0]!.user_id;

  const alice = await profile();
  const facebook = await alice.context.newPage();
  await facebook.goto(SAMPLE_PAGES.members.url);
  await alice.panel.reload();
  await expect(alice.panel.getByTestId('member-count')).toBeVisible();
  const note = { type: 'addNote', groupId: MEMBERS_GROUP, memberId, text: 'Asked about the shy cat' };
  expect((await sendFromExtensionPage(alice.panel, note)).ok).toBe(true);

  await alice.panel.locator('#tab-data').click();
  await alice.panel.getByLabel('Server address').fill(server.url);
  await alice.panel.getByRole('button', { name: 'Turn sharing on' }).click();
  await expect(connection(alice.panel)).toHaveText('Up to date with the server.', { timeout: 30_000 });
  await alice.panel.getByRole('button', { name: 'Create an invite' }).click();
  const { code, passphrase } = await inviteShown(alice.panel);
  // The shared view, invite and removal confirmation shown, in both languages.
  await alice.panel.getByRole('button', { name: 'Remove a co-admin…' }).click();
  for (const language of ['fr', 'en'] as const) {
    await setLanguage(alice.panel, language);
    expect(await seriousViolations(alice.panel), language).toEqual([]);
  }
  await alice.panel.getByRole('button', { name: 'Cancel' }).click();

  const bob = await profile();
  await bob.panel.locator('#tab-data').click();
  await bob.panel.getByLabel('Invite code').fill(code);
  await bob.panel.getByLabel('Passphrase').fill(passphrase);
  await bob.panel.getByRole('button', { name: 'Open the invite' }).click();
  await expect(bob.panel.getByText(`This invite is for the group ${MEMBERS_GROUP}`)).toBeVisible();
  await bob.panel.getByRole('button', { name: 'Join' }).click();
  await expect.poll(() => notesOf(bob.panel), { timeout: 30_000 }).toContain('Asked about the shy cat');

  const reply = { ...note, text: 'Answered her by message' };
  expect((await sendFromExtensionPage(bob.panel, reply)).ok).toBe(true);
  await bob.panel.locator('#tab-data').click();
  await expect(connection(bob.panel)).toBeVisible({ timeout: 30_000 });
  await bob.panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(connection(bob.panel)).toHaveText('Up to date with the server.', { timeout: 30_000 });
  await alice.panel.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => notesOf(alice.panel), { timeout: 30_000 }).toContain('Answered her by message');

  // Alice removes a co-admin: a new key, and a new invite for Bob, who stays.
  await alice.panel.getByRole('button', { name: 'Remove a co-admin…' }).click();
  await alice.panel.getByRole('button', { name: 'Change the key' }).click();
  await expect(alice.panel.getByTestId('sharing-removed')).toContainText(
    'now holds only documents under it',
    {
      timeout: 30_000,
    },
  );
  const renewed = await inviteShown(alice.panel);
  expect(renewed.code).not.toBe(code);
  await bob.panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(bob.panel.getByText(/under a newer key/)).toBeVisible({ timeout: 30_000 });
  const newKey = bob.panel.getByRole('form', { name: 'A new key from a co-admin' });
  await newKey.getByLabel('Invite code').fill(renewed.code);
  await newKey.getByLabel('Passphrase').fill(renewed.passphrase);
  await newKey.getByRole('button', { name: 'Use the new key' }).click();
  await expect(newKey.getByText('The new key is in use.')).toBeVisible({ timeout: 30_000 });
  // Both panels now sync under the new key: a note from Bob reaches Alice.
  const after = { ...note, text: 'Checked in after the change of key' };
  expect((await sendFromExtensionPage(bob.panel, after)).ok).toBe(true);
  await expect(connection(bob.panel)).toBeVisible({ timeout: 30_000 });
  await bob.panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(connection(bob.panel)).toHaveText('Up to date with the server.', { timeout: 30_000 });
  await expect(bob.panel.getByText(/under a newer key/)).toHaveCount(0);
  await alice.panel.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => notesOf(alice.panel), { timeout: 30_000 }).toContain(after.text);
  const ids = ((await (await fetch(`${server.url}/_all_dbs`)).json()) as string[]).filter((name) =>
    name.startsWith('tend-'),
  );
  expect(ids).toHaveLength(1);
  const onServer = (await (await fetch(`${server.url}/${ids[0]}/_all_docs`)).json()) as {
    rows: { id: string }[];
  };
  expect(onServer.rows.filter((row) => !row.id.startsWith('e2.'))).toEqual([]);
});
