/**
 * The member-requests page in the built extension: nothing is read while the setting is off (the default); once
 * the admin turns it on, who asked is stored, without their answers; with the second setting, with them. The
 * page does not need reloading: the content script asks again for its configuration when the tab gets focus.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { dumpDatabase, launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
import { MEMBERS_GROUP, readTruth, serveFacebook } from './site';

interface RequestsTruth {
  request_rows: { user_id: string; answers: { question: string; answer: string }[] }[];
}

const REQUESTS = {
  url: `https://www.facebook.com/groups/${MEMBERS_GROUP}/member-requests`,
  file: 'www_comet_group_member_requests_synthetic.html',
};

let context: BrowserContext;
let extensionId: string;

test.beforeEach(async () => {
  ({ context, extensionId } = await launchWithExtension());
  await serveFacebook(context, [REQUESTS]);
});
test.afterEach(async () => context.close());

const prospects = async (panel: Page) =>
  ((await dumpDatabase(panel)).prospects ?? []) as { memberId: string; answers?: unknown[] }[];

test('requests are read only with the setting on, and answers only with the second one', async () => {
  const truth = readTruth<RequestsTruth>(REQUESTS.file);
  const facebook = await context.newPage();
  await facebook.goto(REQUESTS.url);
  const panel = await openPanel(context, extensionId);
  // The page was read (its status reached the background) and nothing was stored.
  await expect
    .poll(async () => ((await dumpDatabase(panel)).groups ?? []).length, { timeout: 10_000 })
    .toBe(1);
  expect(await prospects(panel)).toEqual([]);

  await sendFromExtensionPage(panel, { type: 'updateSettings', patch: { memberRequests: { read: true } } });
  await facebook.bringToFront();
  await facebook.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect
    .poll(async () => (await prospects(panel)).length, { timeout: 10_000 })
    .toBe(truth.request_rows.length);
  expect((await prospects(panel)).every((row) => row.answers === undefined)).toBe(true);

  await sendFromExtensionPage(panel, {
    type: 'updateSettings',
    patch: { memberRequests: { readAnswers: true } },
  });
  await facebook.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect
    .poll(async () => (await prospects(panel)).filter((row) => row.answers !== undefined).length, {
      timeout: 10_000,
    })
    .toBe(truth.request_rows.filter((row) => row.answers.length > 0).length);
  // Still nobody counted as a member.
  expect((await dumpDatabase(panel)).members).toEqual([]);
});
