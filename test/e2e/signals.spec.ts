/**
 * Weak signals end to end in Chromium: the admin turns reading post contents on in the panel, browses a group
 * feed (the synthetic capture with one post's words made a shop's giveaway), and the panel shows the signal with
 * its evidence, why it was raised and the template library's reply filled in for the member in English and French,
 * copied as shown; the admin's own copy of that template then takes its place; dismissing it survives a reload.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { defaultTemplateFor } from '@/utils/templates/library';
import { renderTemplate } from '@/utils/templates/render';
import { launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
import { FIXTURES, SAMPLE_PAGES } from './site';

const FEED = SAMPLE_PAGES.feed;
/** The post whose words become a contest (Mathis Aubert's "Cats" in the capture). */
const POST_LINK = 'https://www.facebook.com/groups/693540230009363/posts/696444632441581/';
const CONTEST = 'Giveaway! Share this post and comment below to win a hamper from our shop';

/** The library's contest reply in a language, filled in for the post's author (Mathis Aubert). */
function libraryReply(lang: 'en' | 'fr'): string {
  const { bodies } = defaultTemplateFor('brand-contest');
  const result = renderTemplate((lang === 'en' ? bodies.en : bodies.fr?.vous) ?? '', { firstName: 'Mathis' });
  if (!result.ok) throw new Error('the library’s contest reply does not fill');
  return result.text;
}

let context: BrowserContext;
let extensionId: string;

test.beforeEach(async () => {
  ({ context, extensionId } = await launchWithExtension());
  const page = readFileSync(path.join(FIXTURES, FEED.file), 'utf8').replace(
    /\n(\s*)Cats\n/g,
    `\n$1${CONTEST}\n`,
  );
  expect(page).toContain(CONTEST);
  // The feed at its facebook.com address; every other request is aborted (no network).
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route) =>
      route.request().url() === FEED.url
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page })
        : route.abort(),
  );
});
test.afterEach(async () => context.close());

async function openSignals(panel: Page) {
  await panel.bringToFront();
  await panel.getByRole('tab', { name: /^(Signals|Signaux)$/ }).click();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

test('a contest dropped in the feed shows in the panel with its evidence and the library’s reply; a dismissal lasts', async () => {
  const panel = await openPanel(context, extensionId);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSignals(panel);
  await expect(panel.getByText('Reading what posts say is off')).toBeVisible();
  // The box follows the stored setting once the background has kept it (a live query), not the click itself.
  const reading = panel.getByLabel('Notice weak signals: read what posts and comments say');
  await reading.click();
  await expect(reading).toBeChecked();
  await expect(panel.getByText('Reading what posts say is off')).toHaveCount(0);

  const facebook = await context.newPage();
  await facebook.goto(FEED.url);
  await openSignals(panel);
  const card = panel.locator('.signal[data-signal-kind="brand-contest"]');
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('heading', { name: 'A contest or a brand dropped in' })).toBeVisible();
  await expect(card).toContainText('A post by Mathis Aubert looks like a contest');
  await expect(card.locator('.signal-excerpt')).toContainText('Giveaway! Share this post');
  await expect(card.getByRole('link', { name: /Open on Facebook \(1\)/ })).toHaveAttribute('href', POST_LINK);
  // The library's words for the situation, filled in for the post's author; copied exactly as shown.
  expect(libraryReply('en')).toMatch(/^Hi Mathis, thank you for thinking of the group/);
  await expect(card.locator('.signal-reply-text')).toHaveText(libraryReply('en'));
  await expect(card).toContainText('Send it as a private message');
  await card
    .getByRole('button', { name: 'Copy “Contest or brand promotion dropped in” for Mathis Aubert' })
    .click();
  await expect(card.getByRole('status').first()).toHaveText('Copied.');
  expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(libraryReply('en'));
  await card.getByRole('button', { name: 'Français' }).click();
  expect(libraryReply('fr')).toMatch(/^Bonjour Mathis, merci d’avoir pensé au groupe/);
  await expect(card.locator('.signal-reply-text')).toHaveText(libraryReply('fr'));
  expect(await seriousViolations(panel)).toEqual([]);

  // The admin's own copy of the contest template, saved as the Replies section does, replaces Tend's words.
  const mine = {
    ...defaultTemplateFor('brand-contest'),
    id: 'custom:my-contest-words',
    builtIn: false,
    title: { en: 'My contest words', fr: 'Mes mots pour un concours' },
    bodies: {
      fr: { vous: 'Bonjour {firstName|à vous}, merci ! Ce concours concerne-t-il {group|le groupe} ?' },
    },
    updatedAt: new Date().toISOString(),
  };
  expect((await sendFromExtensionPage(panel, { type: 'saveTemplate', template: mine })).ok).toBe(true);
  await expect(card.locator('.signal-reply-text')).toHaveText(
    /^Bonjour Mathis, merci ! Ce concours concerne-t-il /,
  );
  await expect(card.locator('.signal-reply-offer')).toHaveAttribute(
    'data-template-id',
    'custom:my-contest-words',
  );
  // It has no English words: in English the library's own reply stays.
  await card.getByRole('button', { name: 'English' }).click();
  await expect(card.locator('.signal-reply-text')).toHaveText(libraryReply('en'));

  await card.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(card).toHaveCount(0);
  await panel.reload();
  await openSignals(panel);
  await expect(panel.getByText('Nothing needs a gentle touch right now.')).toBeVisible();
  await expect(panel.locator('.signal')).toHaveCount(0);
});
