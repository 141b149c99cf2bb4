/**
 * The walking skeleton, end to end: saved Facebook pages at their real URLs, the built extension in Chromium,
 * the real IndexedDB, the real panel.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { dumpDatabase, launchWithExtension, openPanel } from './browser';
import { collectListedMembers } from './panel';
import { MEMBERS_GROUP, POSTS_GROUP, SAMPLE_PAGES, readTruth, serveFacebook } from './site';

interface MembersTruth {
  member_rows: { user_id: string; display_name: string }[];
}
interface PostTruth {
  posts: { author: { user_id: string; display_name: string } }[];
}

let context: BrowserContext;
let extensionId: string;

test.beforeEach(async () => {
  ({ context, extensionId } = await launchWithExtension());
  await serveFacebook(context, Object.values(SAMPLE_PAGES));
});
test.afterEach(async () => context.close());

const expectedMembers = () => {
  const truth = readTruth<MembersTruth>(SAMPLE_PAGES.members.file);
  return new Map(truth.member_rows.map((row) => [row.user_id, row.display_name]));
};

test('the panel lists exactly the members read from the members page, and a reload duplicates nothing', async () => {
  const facebook = await context.newPage();
  await facebook.goto(SAMPLE_PAGES.members.url);
  const panel = await openPanel(context, extensionId);
  const expected = expectedMembers();

  // The group's name, read from the heading of its page.
  await expect(panel.getByRole('heading', { name: 'Rescue Cats Network' })).toBeVisible();
  await expect(panel.getByTestId('member-count')).toHaveText(`${expected.size} members seen`);
  expect(await collectListedMembers(panel)).toEqual(expected);

  const before = await dumpDatabase(panel);
  expect(before.members).toHaveLength(expected.size);
  await facebook.reload();
  await facebook.bringToFront();
  // Give the content script time to read and send again; nothing may change but the "last seen" times.
  await expect
    .poll(async () => ((await dumpDatabase(panel)).groups as { lastReadAt: string }[])[0]?.lastReadAt)
    .not.toBe((before.groups as { lastReadAt: string }[])[0]?.lastReadAt);
  const after = await dumpDatabase(panel);
  expect(after.members).toHaveLength(expected.size);
  expect(after.sightings).toHaveLength(before.sightings!.length);
  expect(await collectListedMembers(panel)).toEqual(expected);
});

test('in-page navigation to another group is followed, live, and the language switches without a reload', async () => {
  const facebook = await context.newPage();
  await facebook.goto(SAMPLE_PAGES.members.url);
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('member-count')).toHaveText(`${expectedMembers().size} members seen`);

  // Facebook navigates without reloading: new URL through the History API, new content in place.
  await facebook.bringToFront();
  await facebook.evaluate(async (target) => {
    const html = await (await fetch(target.url)).text();
    const incoming = new DOMParser().parseFromString(html, 'text/html');
    history.pushState({}, '', target.url);
    document.body.replaceChildren(
      ...Array.from(incoming.body.childNodes).map((node) => document.importNode(node, true)),
    );
  }, SAMPLE_PAGES.post);

  const author = readTruth<PostTruth>(SAMPLE_PAGES.post.file).posts[0]!.author;
  await expect(panel.getByRole('heading', { name: `Group ${POSTS_GROUP}` })).toBeVisible();
  expect(await collectListedMembers(panel)).toEqual(new Map([[author.user_id, author.display_name]]));
  await expect(panel.locator('.member-meta')).toContainText('post');

  // Switch the interface language in the settings section: the panel changes in place.
  const reloads: string[] = [];
  panel.on('framenavigated', (frame) => reloads.push(frame.url()));
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Language').selectOption('fr');
  await expect(panel.getByRole('tab', { name: 'Réglages' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: `Groupe ${POSTS_GROUP}` })).toBeVisible();
  await panel.getByRole('tab', { name: 'Membres' }).click();
  await expect(panel.locator('.member-meta')).toContainText('publication');
  expect(reloads).toEqual([]);
});

test('a content script cannot export or delete: forged messages from its isolated world are refused', async () => {
  const facebook = await context.newPage();
  await facebook.goto(SAMPLE_PAGES.members.url);
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('member-count')).toHaveText(`${expectedMembers().size} members seen`);
  const before = JSON.stringify(await dumpDatabase(panel));

  // Find the content script's isolated world through the DevTools protocol, and send from inside it.
  const cdp = await context.newCDPSession(facebook);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => contexts.push(created));
  await cdp.send('Runtime.enable');
  // Chromium names the world after the extension's (localised) name, "Tend – for group admins".
  const isTendWorld = (c: (typeof contexts)[number]) =>
    c.auxData?.type === 'isolated' && c.name.startsWith('Tend');
  await expect.poll(() => contexts.some(isTendWorld)).toBe(true);
  const isolated = contexts.find(isTendWorld)!;

  const sendFromContentScript = async (message: object) =>
    (
      await cdp.send('Runtime.evaluate', {
        contextId: isolated.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        awaitPromise: true,
        returnByValue: true,
      })
    ).result.value as { ok: boolean; error?: string };

  for (const forged of [
    { type: 'clearGroup', groupId: MEMBERS_GROUP },
    { type: 'exportLog' },
    { type: 'forgetMember', groupId: MEMBERS_GROUP, memberId: [...expectedMembers().keys()][0] },
    { type: 'updateSettings', patch: { language: 'fr' } },
    { type: 'submitSightings', groupId: MEMBERS_GROUP, sightings: 'not a list' },
  ]) {
    const reply = await sendFromContentScript(forged);
    expect(reply.ok, `${forged.type} must be refused`).toBe(false);
    expect(reply.error).toMatch(/^refused/);
  }
  // The same world may still ask for what it is allowed: its read-only configuration.
  expect((await sendFromContentScript({ type: 'getContentConfig' })).ok).toBe(true);

  expect(JSON.stringify(await dumpDatabase(panel))).toBe(before);
  expect((await collectListedMembers(panel)).size).toBe(expectedMembers().size);
});
