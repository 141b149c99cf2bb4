/**
 * Accessibility of every registered panel section and of the toolbar popup, in both languages and both themes:
 * axe-core reports no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
import { MEMBERS_GROUP, SAMPLE_PAGES, readTruth, serveFacebook } from './site';
import { sections } from '../../entrypoints/sidepanel/sections/registry';

let context: BrowserContext;
let panel: Page;
let popup: Page;

test.beforeAll(async () => {
  const launched = await launchWithExtension();
  context = launched.context;
  await serveFacebook(context, Object.values(SAMPLE_PAGES));
  const facebook = await context.newPage();
  for (const page of [SAMPLE_PAGES.feed, SAMPLE_PAGES.comments, SAMPLE_PAGES.members])
    await facebook.goto(page.url);
  panel = await openPanel(context, launched.extensionId);
  await expect(panel.getByTestId('member-count')).toBeVisible();
  // A note about a recent joiner: it shows in the members list, the onboarding queue and the weekly welcome.
  const truth = readTruth<{ member_rows: { user_id: string; section?: string; join_text?: string }[] }>(
    SAMPLE_PAGES.members.file,
  );
  const joiner = truth.member_rows.find(
    (row) => row.section === 'New to the group' && row.join_text && !/\d{4}/.test(row.join_text),
  )!;
  const note = await sendFromExtensionPage(panel, {
    type: 'addNote',
    groupId: MEMBERS_GROUP,
    memberId: joiner.user_id,
    text: 'Asked for help by private message about a shy cat',
  });
  expect(note.ok, note.error).toBe(true);
  popup = await context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  await expect(popup.getByTestId('member-count')).toBeVisible();
});
test.afterAll(async () => context.close());

async function setLanguage(language: 'en' | 'fr') {
  expect((await sendFromExtensionPage(panel, { type: 'updateSettings', patch: { language } })).ok).toBe(true);
  await expect(panel.locator('html')).toHaveAttribute('lang', language);
  await expect(popup.locator('html')).toHaveAttribute('lang', language);
}

/** Serious and critical violations on a page, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

for (const language of ['en', 'fr'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every section passes axe in ${language}, ${colorScheme} theme`, async () => {
      test.setTimeout(180_000);
      await panel.bringToFront();
      await panel.emulateMedia({ colorScheme });
      await setLanguage(language);
      const tabs = panel.getByRole('tab');
      await expect(tabs).toHaveCount(sections.length);
      for (let index = 0; index < sections.length; index += 1) {
        await tabs.nth(index).click();
        await expect(panel.getByRole('tabpanel')).toHaveAttribute('id', `section-${sections[index]!.id}`);
        await panel.waitForTimeout(300);
        expect(await seriousViolations(panel), `section ${sections[index]!.id}`).toEqual([]);
      }
    });

    test(`the popup passes axe in ${language}, ${colorScheme} theme`, async () => {
      await popup.bringToFront();
      await popup.emulateMedia({ colorScheme });
      await setLanguage(language);
      await expect(popup.getByRole('button')).toHaveText(
        language === 'fr' ? 'Ouvrir le panneau de Tend' : 'Open Tend’s panel',
      );
      await expect(popup.getByTestId('popup-onboarding')).toBeVisible();
      expect(await seriousViolations(popup), 'popup').toEqual([]);
    });
  }
}
