/**
 * Accessibility of every registered panel section, in both languages and both themes: axe-core reports no serious
 * or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
import { SAMPLE_PAGES, serveFacebook } from './site';
import { sections } from '../../entrypoints/sidepanel/sections/registry';

let context: BrowserContext;
let panel: Page;

test.beforeAll(async () => {
  const launched = await launchWithExtension();
  context = launched.context;
  await serveFacebook(context, Object.values(SAMPLE_PAGES));
  const facebook = await context.newPage();
  for (const page of [SAMPLE_PAGES.feed, SAMPLE_PAGES.comments, SAMPLE_PAGES.members])
    await facebook.goto(page.url);
  panel = await openPanel(context, launched.extensionId);
  await expect(panel.getByTestId('member-count')).toBeVisible();
});
test.afterAll(async () => context.close());

async function setLanguage(language: 'en' | 'fr') {
  expect((await sendFromExtensionPage(panel, { type: 'updateSettings', patch: { language } })).ok).toBe(true);
  await expect(panel.locator('html')).toHaveAttribute('lang', language);
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
        const results = await new AxeBuilder({ page: panel }).analyze();
        const serious = results.violations.filter(
          (violation) => violation.impact === 'serious' || violation.impact === 'critical',
        );
        expect(
          serious.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
          `section ${sections[index]!.id}`,
        ).toEqual([]);
      }
    });
  }
}
