/**
 * The toolbar popup summarises the group the panel follows with the panel's own numbers (group, members seen,
 * unseen or "watching for N days", onboarding due, the last page read and its warning), follows the group live,
 * switches language, and opens the panel from the keyboard.
 */
import { expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
import { MEMBERS_GROUP, SAMPLE_PAGES, serveFacebook } from './site';

const OTHER_GROUP = '900000000000003';
const DAY_MS = 24 * 60 * 60 * 1000;

let context: BrowserContext;
let extensionId: string;
let serviceWorker: Worker;
test.beforeEach(async () => {
  ({ context, extensionId, serviceWorker } = await launchWithExtension());
  await serveFacebook(context, Object.values(SAMPLE_PAGES));
});
test.afterEach(async () => context.close());

async function submit(extensionPage: Page, groupId: string, readAt: Date, sightings: object[]) {
  const reply = await sendFromExtensionPage(extensionPage, {
    type: 'submitSightings',
    url: `https://www.facebook.com/groups/${groupId}/`,
    groupId,
    pageKind: 'group-feed',
    readAt: readAt.toISOString(),
    sightings,
  });
  expect(reply.ok, reply.error).toBe(true);
}

/** Every whole number in a text, in order ("1,204" and "1 204" are one number). */
const numbersIn = (text: string | null) =>
  (text ?? '').match(/\d(?:[\d,\u00a0\u202f ]*\d)?/g)?.map((match) => Number(match.replace(/\D/g, ''))) ?? [];

async function openPopup(): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('main.popup')).toHaveAttribute('aria-busy', 'false');
  return popup;
}

async function panelTab(panel: Page, name: string) {
  await panel.bringToFront();
  await panel.getByRole('tab', { name, exact: true }).click();
  await expect(panel.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', /^tab-/);
}

test('the popup shows the panel’s numbers for the current group, with the unread-page warning, live', async () => {
  // A group read for real (its members page), plus its feed read every day for the last 65 days (each reading
  // reaching back past the day before): long enough watched to count unseen members. Twelve members posted every
  // day of the first week and then stopped: they went quiet.
  const facebook = await context.newPage();
  await facebook.goto(SAMPLE_PAGES.members.url);
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByRole('heading', { name: 'Rescue Cats Network' })).toBeVisible();
  for (let daysAgo = 65; daysAgo >= 0; daysAgo -= 1) {
    const readAt = new Date(Date.now() - daysAgo * DAY_MS);
    const earlier = new Date(+readAt - 26 * 3_600_000);
    const stoppers = daysAgo >= 59 ? 12 : 0;
    await submit(panel, MEMBERS_GROUP, readAt, [
      ...[earlier, readAt].map((at, index) => ({
        memberId: String(710_000_000 + index),
        name: `Daily Poster ${index + 1}`,
        kind: 'post',
        itemId: `9${daysAgo}0${index}`,
        at: at.toISOString(),
        atPrecision: 'minute',
      })),
      ...Array.from({ length: stoppers }, (_, index) => ({
        memberId: String(700_000_000 + index),
        name: `Quiet Poster ${index + 1}`,
        kind: 'post',
        itemId: `8${daysAgo}0${index}`,
        at: new Date(+readAt - 3_600_000).toISOString(),
        atPrecision: 'minute',
      })),
    ]);
  }

  const popup = await openPopup();
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText('Rescue Cats Network');
  await expect(popup.getByTestId('member-count')).toHaveText(
    (await panel.getByTestId('member-count').textContent())!,
  );
  await expect(popup.getByTestId('last-page')).toHaveText(
    (await panel.getByTestId('last-page').textContent())!,
  );
  await expect(popup.getByTestId('last-page')).toContainText('members list');

  // Unseen members: the same two numbers as "At a glance".
  await panelTab(panel, 'At a glance');
  const glanceUnseen = panel.locator('.unseen-summary p');
  await expect(glanceUnseen).toContainText('went quiet');
  const [quiet, never] = numbersIn(await glanceUnseen.textContent());
  expect(quiet).toBeGreaterThanOrEqual(12);
  await expect(popup.getByTestId('popup-unseen')).toContainText(
    `${quiet} went quiet, ${never} never seen active`,
  );

  // Onboarding: what the queue lists (and the toolbar badge counts).
  await panelTab(panel, 'Onboarding');
  const count = panel.locator('.onboarding-count');
  await expect(count).toContainText('due');
  const [due] = numbersIn(await count.textContent());
  expect(due).toBeGreaterThan(0);
  await expect(popup.getByTestId('popup-onboarding')).toContainText(new RegExp(`^${due} due now`));
  await expect(popup.getByTestId('popup-onboarding')).toContainText(/this week$/);

  // The members page could not be read: both say so, the popup live, without being reopened.
  expect(
    (
      await sendFromExtensionPage(panel, {
        type: 'reportPageStatus',
        url: SAMPLE_PAGES.members.url,
        groupId: MEMBERS_GROUP,
        pageKind: 'group-members',
        health: { expected: 40, read: 0, problems: ['no member rows found on a members page'] },
        readAt: new Date().toISOString(),
        visible: true,
      })
    ).ok,
  ).toBe(true);
  const warning = 'Tend could not read this page (members list).';
  await expect(popup.getByRole('alert')).toContainText(warning);
  await expect(panel.getByRole('alert')).toContainText(warning);
  await expect(popup.getByTestId('last-page')).toHaveCount(0);

  // Another group, only just watched: no unseen count yet, as in the panel.
  await submit(panel, OTHER_GROUP, new Date(), [{ memberId: '600000001', name: 'Ana Lima', kind: 'member' }]);
  expect((await sendFromExtensionPage(panel, { type: 'setCurrentGroup', groupId: OTHER_GROUP })).ok).toBe(
    true,
  );
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText(`Group ${OTHER_GROUP}`);
  await expect(popup.getByTestId('member-count')).toHaveText('1 member seen');
  await expect(popup.getByTestId('popup-unseen')).toHaveText(
    'Watching for 0 days: Tend counts unseen members after 30 days.',
  );
  await panelTab(panel, 'At a glance');
  await expect(panel.locator('.unseen-summary p')).toContainText('Tend has read about 0 days’ worth');
  await expect(panel.getByTestId('member-count')).toHaveText('1 member seen');
});

test('the popup speaks French, and opens the panel with the keyboard alone', async () => {
  const facebook = await context.newPage();
  await facebook.goto(SAMPLE_PAGES.members.url);
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText('Rescue Cats Network');
  expect((await sendFromExtensionPage(popup, { type: 'updateSettings', patch: { language: 'fr' } })).ok).toBe(
    true,
  );
  await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(popup.getByTestId('member-count')).toHaveText(/^\d+ membres vus$/);
  await expect(popup.getByTestId('popup-unseen')).toHaveText(
    'Observé depuis 0 jour : Tend compte les membres silencieux après 30 jours.',
  );
  await expect(popup.getByTestId('popup-onboarding')).toContainText('à faire maintenant');

  // Keyboard alone: Tab reaches the button, Enter opens the side panel of this window.
  await popup.bringToFront();
  const button = popup.getByRole('button', { name: 'Ouvrir le panneau de Tend' });
  for (
    let presses = 0;
    presses < 10 && !(await button.evaluate((element) => element === document.activeElement));
    presses += 1
  )
    await popup.keyboard.press('Tab');
  await expect(button).toBeFocused();
  // Chrome's side panel is no tab: the service worker lists it among the extension's contexts.
  const sidePanels = () =>
    serviceWorker.evaluate(async () => {
      const runtime = (
        globalThis as unknown as {
          chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } };
        }
      ).chrome.runtime;
      return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((found) => found.documentUrl);
    });
  expect(await sidePanels()).toEqual([]);
  // The popup closes itself as soon as the panel is open, possibly before the key is released.
  await popup.keyboard.press('Enter').catch((error: unknown) => {
    if (!popup.isClosed()) throw error;
  });
  await expect.poll(sidePanels).toEqual([`chrome-extension://${extensionId}/sidepanel.html`]);
  await expect.poll(() => popup.isClosed()).toBe(true);
});
