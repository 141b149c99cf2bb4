/**
 * Issue 19, "A panel that fits a side panel": at the usual side-panel widths (320 and 420 px) and in a wide tab,
 * the eight section tabs sit on one row in English and French, each tab named by its full title; the row follows
 * the WAI-ARIA tabs pattern from the keyboard; axe finds no serious or critical violation at 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
// The registry's ids read from its source: importing the registry would load every section's code here.
import { registeredSectionIds } from '../guards/builds';

const sections = registeredSectionIds().map((id) => ({ id }));
let context: BrowserContext;
let panel: Page;

test.beforeAll(async () => {
  const launched = await launchWithExtension();
  context = launched.context;
  panel = await openPanel(context, launched.extensionId);
  await expect(panel.getByRole('tab')).toHaveCount(sections.length);
});
test.afterAll(async () => context.close());

/** The full title of each section, in the registry's order (utils/i18n; written out as the admin reads them). */
const TITLES = {
  en: [
    'At a glance',
    'Members',
    'Onboarding',
    'Replies & templates',
    'Tone check',
    'Signals',
    'Export & import',
    'Settings',
    'Privacy',
  ],
  fr: [
    'En un coup d’œil',
    'Membres',
    'Accueil',
    'Réponses et modèles',
    'Ton du message',
    'Signaux',
    'Export et import',
    'Réglages',
    'Confidentialité',
  ],
};
const titles = (language: 'en' | 'fr') => TITLES[language];

async function setLanguage(language: 'en' | 'fr') {
  expect((await sendFromExtensionPage(panel, { type: 'updateSettings', patch: { language } })).ok).toBe(true);
  await expect(panel.locator('html')).toHaveAttribute('lang', language);
}

/** The ids of tabs whose icon or shown title does not fit inside the tab's own box, or whose title is cut. */
async function cutOffTabs(): Promise<string[]> {
  return panel.getByRole('tab').evaluateAll((all) =>
    all
      .filter((tab) => {
        const outer = tab.getBoundingClientRect();
        const shown = [...tab.querySelectorAll('svg, .tab-title')].filter(
          (part) => getComputedStyle(part).position !== 'absolute',
        );
        return shown.some((part) => {
          const inner = part.getBoundingClientRect();
          const textCut = part instanceof HTMLElement && part.scrollWidth > part.clientWidth;
          return textCut || inner.left < outer.left - 0.5 || inner.right > outer.right + 0.5;
        });
      })
      .map((tab) => tab.id),
  );
}

/** The tabs' boxes, in order. */
async function tabBoxes() {
  return panel
    .getByRole('tab')
    .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().toJSON() as DOMRect));
}

for (const language of ['en', 'fr'] as const) {
  for (const width of [320, 420, 1100]) {
    test(`the tabs sit on one row at ${width} px in ${language}, named by their full titles`, async () => {
      await panel.setViewportSize({ width, height: 700 });
      await setLanguage(language);
      const tabs = panel.getByRole('tab');
      for (const [index, title] of titles(language).entries())
        await expect(tabs.nth(index)).toHaveAccessibleName(title);
      const boxes = await tabBoxes();
      expect(new Set(boxes.map((box) => Math.round(box.top))).size, JSON.stringify(boxes)).toBe(1);
      const page = await panel.evaluate(() => document.documentElement.clientWidth);
      for (const box of boxes) {
        expect(box.right).toBeLessThanOrEqual(page);
        // WCAG 2.5.8: a target at least 24 by 24 px.
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      }
      // Nothing inside a tab is cut off (the titles, where shown, fit whole).
      expect(await cutOffTabs()).toEqual([]);
      // Icons only: the chosen section's name is written out under the row; wide: the titles are on the tabs.
      await tabs.last().click();
      const wide = width >= 1100;
      await expect(panel.locator('.section-name')).toBeVisible({ visible: !wide });
      if (!wide) await expect(panel.locator('.section-name')).toHaveText(titles(language).at(-1)!);
      await expect(tabs.last().locator('.tab-title')).toHaveCSS('position', wide ? 'static' : 'absolute');
    });
  }
}

test('control: the checks catch titles cut off in narrow tabs, and tabs that wrap', async () => {
  await panel.setViewportSize({ width: 320, height: 700 });
  await panel.addStyleTag({
    content: '.section-nav .tab-title { position: static; width: auto; height: auto; clip-path: none; }',
  });
  expect((await cutOffTabs()).length).toBeGreaterThan(0);
  await panel.addStyleTag({ content: '.section-nav [role=tab] { flex: none; width: 120px; }' });
  await panel.locator('[role=tablist]').evaluate((list) => ((list as HTMLElement).style.flexWrap = 'wrap'));
  const boxes = await tabBoxes();
  expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBeGreaterThan(1);
  await panel.reload();
  await expect(panel.getByRole('tab')).toHaveCount(sections.length);
});

test('arrow keys, Home and End move between tabs and select them; one tab stop', async () => {
  await panel.setViewportSize({ width: 320, height: 700 });
  await setLanguage('en');
  const tabs = panel.getByRole('tab');
  await tabs.first().click();
  await expect(tabs.first()).toBeFocused();
  const expectSelected = async (index: number) => {
    await expect(tabs.nth(index)).toBeFocused();
    await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.nth(index)).toHaveAttribute('tabindex', '0');
    await expect(panel.getByRole('tabpanel')).toHaveAttribute('id', `section-${sections[index]!.id}`);
    await expect(panel.locator('[role=tab][tabindex="0"]')).toHaveCount(1);
  };
  await panel.keyboard.press('ArrowRight');
  await expectSelected(1);
  await panel.keyboard.press('End');
  await expectSelected(sections.length - 1);
  await panel.keyboard.press('ArrowRight');
  await expectSelected(0);
  await panel.keyboard.press('ArrowLeft');
  await expectSelected(sections.length - 1);
  await panel.keyboard.press('Home');
  await expectSelected(0);
  // Tab leaves the row for the section itself.
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('tabpanel')).toBeFocused();
});

for (const language of ['en', 'fr'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious at 320 px in ${language}, ${colorScheme} theme`, async () => {
      await panel.setViewportSize({ width: 320, height: 700 });
      await panel.emulateMedia({ colorScheme });
      await setLanguage(language);
      const results = await new AxeBuilder({ page: panel }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      expect(serious).toEqual([]);
    });
  }
}
