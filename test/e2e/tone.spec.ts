/**
 * Issue 6, where the tone check shows: the panel's "Tone check" tab, and the hint counter beside a Facebook
 * composer on a group page (a saved page at its real URL). Expected hints come from the engine itself, so these
 * tests check the display, not the rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { checkTone, type ToneLang } from '@/utils/tone';
import { launchWithExtension, openPanel } from './browser';
import { POSTS_GROUP, serveFacebook, type SamplePage } from './site';

const HARSH_EN = 'Warning: you keep posting spam. This is your LAST WARNING!!!';
const HARSH_FR = "Ça suffit ! Tu n'as pas lu les règles, t'es ridicule. Dernier avertissement.";
const GENTLE_EN = "Hi Marie, thanks for your post! I've moved it to the right thread so more people see it.";

const COMPOSER_PAGE: SamplePage = {
  url: `https://www.facebook.com/groups/${POSTS_GROUP}/`,
  file: 'www_comet_group_post_composer_synthetic.html',
};

interface ExtensionGlobal {
  chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };
}

let context: BrowserContext;
let extensionId: string;

test.beforeEach(async () => {
  ({ context, extensionId } = await launchWithExtension());
  await serveFacebook(context, [COMPOSER_PAGE]);
});
test.afterEach(async () => context.close());

/** The displayed hints must be the engine's, in order, each marked over exactly its excerpt. */
async function expectHintsShown(panel: Page, text: string, uiLang: ToneLang) {
  const expected = checkTone(text, { uiLang });
  expect(expected.hints.length).toBeGreaterThan(0);
  const items = panel.locator('.tone-hints > li');
  await expect(items).toHaveCount(expected.hints.length);
  for (const [index, hint] of expected.hints.entries()) {
    await expect(items.nth(index).locator('.tone-message')).toHaveText(hint.message);
    await expect(items.nth(index).locator('.tone-excerpt')).toHaveText(hint.excerpt);
    const marked = await panel
      .locator(`.tone-highlighted mark[data-hints~="${index + 1}"]`)
      .evaluateAll((marks) => marks.map((mark) => mark.textContent).join(''));
    expect(marked).toBe(hint.excerpt);
  }
  // The whole message is shown, as text, between the marks' reference numbers.
  const shown = await panel.locator('.tone-highlighted').evaluate((view) =>
    Array.from(view.childNodes)
      .filter((node) => node.nodeName !== 'SUP')
      .map((node) => node.textContent)
      .join(''),
  );
  expect(shown).toBe(text);
  return expected;
}

test('the panel tab marks harsh English and French messages in the interface language, and not a gentle one', async () => {
  const panel = await openPanel(context, extensionId);
  await panel.getByRole('tab', { name: 'Tone check' }).click();
  await expect(panel.getByText('Tend only advises')).toBeVisible();
  const input = panel.getByRole('textbox', { name: 'Your message' });
  const count = panel.locator('.tone-count');

  await input.pressSequentially(HARSH_EN);
  const english = await expectHintsShown(panel, HARSH_EN, 'en');
  await expect(count).toHaveText(`${english.hints.length} hints`);
  await expect(count).toHaveAttribute('aria-live', 'polite');
  await expect(panel.getByText('Detected language: English')).toBeVisible();
  await expect(panel.locator('.tone-hints')).toContainText('Ultimatum');

  // A suggestion can be copied, and says so.
  const copy = panel.getByRole('button', { name: /^Copy the suggestion of hint/ }).first();
  await copy.focus();
  await panel.keyboard.press('Enter');
  await expect(panel.locator('.tone-hints').getByRole('status').first()).toHaveText('Copied');

  await input.fill(HARSH_FR);
  await expectHintsShown(panel, HARSH_FR, 'en');
  await expect(panel.getByText('Detected language: French')).toBeVisible();

  // The language can be chosen instead of detected.
  await panel.getByLabel('Language of the message').selectOption('en');
  await expect(panel.getByText('Checked as: English')).toBeVisible();
  await panel.getByLabel('Language of the message').selectOption('auto');

  await input.fill(GENTLE_EN);
  await expect(count).toHaveText('No hints: this reads gently.');
  await expect(panel.locator('.tone-highlighted mark')).toHaveCount(0);
  await expect(panel.locator('.tone-hints')).toHaveCount(0);

  // In French, the explanations, categories and severities are French.
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Language').selectOption('fr');
  await panel.getByRole('tab', { name: 'Ton du message' }).click();
  await panel.getByRole('textbox', { name: 'Votre message' }).fill(HARSH_FR);
  const french = await expectHintsShown(panel, HARSH_FR, 'fr');
  await expect(count).toHaveText(`${french.hints.length} remarques`);
  await expect(panel.getByText('Langue détectée : français')).toBeVisible();
  await expect(panel.locator('.tone-severity').first()).toHaveText(/Attention|Fort|À noter/);
});

test('the tab is usable from the keyboard alone and passes axe in light and dark themes', async () => {
  const panel = await openPanel(context, extensionId);
  await panel.getByRole('tab', { name: 'Tone check' }).click();
  // Type in the message box, then reach the first hint's buttons without a mouse.
  await panel.getByRole('textbox', { name: 'Your message' }).focus();
  await panel.keyboard.type(HARSH_EN);
  await expect(panel.locator('.tone-hints > li').first()).toBeVisible();
  await panel.getByRole('button', { name: 'Select in the message' }).first().focus();
  await panel.keyboard.press('Enter');
  const selected = await panel
    .getByRole('textbox', { name: 'Your message' })
    .evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd));
  expect(selected).toBe(checkTone(HARSH_EN, { uiLang: 'en' }).hints[0]!.excerpt);

  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: panel }).include('.tone').analyze();
    expect(
      violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes.length}`),
    ).toEqual([]);
  }
});

/** Tend's counter and list live in an open shadow root, which Playwright's locators pierce. */
const indicatorOf = (page: Page): Locator => page.locator('tend-tone-check button.indicator');
/** A click on an empty part of the page (right of the author's name), away from links and from Tend's list. */
const clickOutside = (page: Page) => page.mouse.click(700, 60);

test('on a group page, the counter beside a comment box shows the hints and the box keeps working untouched', async () => {
  const page = await context.newPage();
  await page.goto(COMPOSER_PAGE.url);
  // Count every default prevented by anyone, from the page's own world, after all other listeners ran.
  await page.evaluate(() => {
    const counts = { prevented: 0 };
    Object.assign(window, { tendTestCounts: counts });
    for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'mousedown', 'click', 'focusin']) {
      window.addEventListener(type, (event) => {
        if (event.defaultPrevented) counts.prevented++;
      });
    }
  });
  const composer = page.locator('div[contenteditable="true"][role="textbox"][aria-label="Write a comment…"]');
  await expect(composer).toHaveCount(1);
  const article = page.getByRole('article').first();
  const layoutBefore = await article.boundingBox();

  await composer.click();
  await page.keyboard.type(HARSH_EN);
  const expected = checkTone(HARSH_EN, { uiLang: 'en' });
  const indicator = indicatorOf(page);
  await expect(indicator).toBeVisible();
  await expect(indicator).toHaveAccessibleName(`Tend: ${expected.hints.length} tone hints. Open the list.`);
  await expect(indicator).toContainText(String(expected.hints.length));
  expect(await article.boundingBox()).toEqual(layoutBefore);

  // Open it from the keyboard: the list shows the same hints.
  await indicator.focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('dialog', { name: 'Tend: tone hints' });
  await expect(list).toBeVisible();
  await expect(list.locator('li')).toHaveCount(expected.hints.length);
  for (const [index, hint] of expected.hints.entries()) {
    await expect(list.locator('li').nth(index)).toContainText(hint.message);
  }
  const { violations } = await new AxeBuilder({ page }).include('tend-tone-check').analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(indicator).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(indicator).toBeFocused();

  // The box holds exactly what was typed: Tend inserted nothing and changed nothing.
  const textOf = () => composer.evaluate((box) => box.textContent);
  expect(await textOf()).toBe(HARSH_EN);
  expect(await composer.locator('tend-tone-check').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('tend-tone-check').length)).toBe(1);
  expect(await page.evaluate(() => document.querySelector('tend-tone-check')?.parentElement?.tagName)).toBe(
    'BODY',
  );

  // Editing keeps working: type on, delete, and the counter follows.
  await composer.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Thanks');
  expect(await textOf()).toBe(`${HARSH_EN} Thanks`);
  for (let i = 0; i < ' Thanks'.length; i++) await page.keyboard.press('Backspace');
  expect(await textOf()).toBe(HARSH_EN);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(GENTLE_EN);
  expect(await textOf()).toBe(GENTLE_EN);
  await expect(indicator).toHaveAccessibleName('Tend: no tone hints. Open the list.');
  expect(
    await page.evaluate(
      () => (window as unknown as { tendTestCounts: { prevented: number } }).tendTestCounts,
    ),
  ).toEqual({ prevented: 0 });

  // Leaving the box hides the counter.
  await clickOutside(page);
  await expect(indicator).toBeHidden();
});

test('the counter follows the settings: French interface, and off when the admin turns it off', async () => {
  const panel = await openPanel(context, extensionId);
  // Sent from the extension's own page, as the settings section does.
  const updateSettings = (patch: object) =>
    panel.evaluate(
      (change) =>
        (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({
          type: 'updateSettings',
          patch: change,
        }),
      patch,
    );
  await updateSettings({ language: 'fr' });

  const page = await context.newPage();
  await page.goto(COMPOSER_PAGE.url);
  const composer = page.getByRole('textbox', { name: 'Write a comment…' });
  await composer.click();
  await page.keyboard.type(HARSH_FR);
  const expected = checkTone(HARSH_FR, { uiLang: 'fr' });
  const indicator = indicatorOf(page);
  await expect(indicator).toHaveAccessibleName(
    `Tend : ${expected.hints.length} remarques sur le ton. Ouvrir la liste.`,
  );
  await indicator.click();
  await expect(page.getByRole('dialog', { name: 'Tend : remarques sur le ton' })).toContainText(
    expected.hints[0]!.message,
  );

  await updateSettings({ toneCheck: { onFacebook: false } });
  await clickOutside(page);
  await expect(indicator).toBeHidden();
  // The setting is asked again when the admin comes back to a box.
  await composer.click();
  await page.keyboard.type(' Encore.');
  await page.waitForTimeout(600);
  await expect(indicator).toBeHidden();
  expect(await composer.evaluate((box) => box.textContent)).toBe(`${HARSH_FR} Encore.`);
});
