/**
 * The panel with 100,000 members, through the real ingest path: it opens and shows rows with real names, search
 * narrows the list (accents ignored), and the group switcher and every section work with the keyboard alone.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { launchWithExtension, openPanel, sendFromExtensionPage } from './browser';
import { seedMembers } from './seed';
import { readTruth, SAMPLE_PAGES } from './site';
import { sections } from '../../entrypoints/sidepanel/sections/registry';

const BIG_GROUP = '900000000000001';
const SMALL_GROUP = '900000000000002';
const MEMBERS = 100_000;

/** Realistic names: every first name of the members capture with every last name, plus some "Chloé"s. */
function memberNames(count: number): string[] {
  const truth = readTruth<{ member_rows: { display_name: string }[] }>(SAMPLE_PAGES.members.file);
  const parts = truth.member_rows.map((row) => row.display_name.split(' '));
  const firsts = [...new Set(parts.map((words) => words[0]!))];
  const lasts = [...new Set(parts.map((words) => words.at(-1)!))];
  const names: string[] = [];
  for (let index = 0; names.length < count; index += 1) {
    const first = index % 997 === 0 ? 'Chloé' : firsts[index % firsts.length]!;
    names.push(`${first} ${lasts[Math.floor(index / firsts.length) % lasts.length]!}`);
  }
  return names;
}

let context: BrowserContext;
let extensionId: string;
test.beforeEach(async () => ({ context, extensionId } = await launchWithExtension()));
test.afterEach(async () => context.close());

test('100,000 members: real names show, search narrows, keyboard reaches every section and the group switcher', async () => {
  test.setTimeout(600_000);
  const names = memberNames(MEMBERS);
  const seeding = await openPanel(context, extensionId);
  await seedMembers(seeding, SMALL_GROUP, names.slice(0, 40), 200_000_000_000_000);
  await seedMembers(seeding, BIG_GROUP, names, 100_000_000_000_000);
  expect((await sendFromExtensionPage(seeding, { type: 'setCurrentGroup', groupId: BIG_GROUP })).ok).toBe(
    true,
  );
  await seeding.close();

  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('member-count')).toHaveText('100,000 members seen');
  // From here on, the keyboard alone: no click, no programmatic focus.
  const focused = panel.locator(':focus');
  /** Presses `key` until `reached` holds for the focused element; fails after `limit` presses. */
  const pressUntil = async (key: string, reached: () => Promise<boolean>, limit = 40) => {
    for (let presses = 0; presses < limit && !(await reached()); presses += 1)
      await panel.keyboard.press(key);
    expect(await reached(), `${key} until reached`).toBe(true);
  };
  const focusIsTab = () => panel.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
  const selectTab = async (id: string) => {
    await panel.keyboard.press('Home');
    for (let index = 0; sections[index]!.id !== id; index += 1) await panel.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('id', `tab-${id}`);
    await expect(panel.getByRole('tabpanel')).toHaveAttribute('id', `section-${id}`);
  };

  await pressUntil('Tab', focusIsTab);
  await selectTab('members');
  const firstName = panel.locator('.member .member-name').first();
  await expect(firstName).toHaveText(/\S+ \S+/);
  expect(names).toContain(await firstName.textContent());
  // Only what is in view exists in the page.
  expect(await panel.locator('.member').count()).toBeLessThan(60);

  // Search as you type, accents ignored.
  const search = panel.getByLabel('Search by name');
  await pressUntil('Tab', () => search.evaluate((element) => element === document.activeElement));
  await panel.keyboard.type('Chloe');
  await expect(panel.locator('.member .member-name').first()).toHaveText(/Chloé/);
  const shown = await panel.locator('.member .member-name').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((name) => name.split(' ').includes('Chloé'))).toBe(true);
  // The search shows at most 200 matches and says when there are more: type more to narrow further.
  const expected = names.filter((name) => name.split(' ').includes('Chloé')).length;
  await expect(panel.locator('.help[aria-live]')).toHaveText(
    expected > 200 ? '200 members shown, more as you scroll' : `${expected} members`,
  );

  // Open a member from the list and come back, by keyboard.
  await pressUntil('Tab', () =>
    panel.evaluate(() => document.activeElement?.classList.contains('member-name') ?? false),
  );
  const opened = (await focused.textContent())!;
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 3, name: opened })).toBeVisible();
  await pressUntil('Tab', () => panel.evaluate(() => document.activeElement?.textContent === '← Back'));
  await panel.keyboard.press('Enter');
  await expect(panel.locator('.member .member-name').first()).toHaveText(/Chloé/);

  // Every registered section: reached with the arrow keys, then entered with Tab, where the focus is visible.
  await pressUntil('Shift+Tab', focusIsTab, 400);
  for (const section of sections) {
    await selectTab(section.id);
    const tabpanel = panel.getByRole('tabpanel');
    await panel.keyboard.press('Tab');
    await expect(tabpanel).toBeFocused();
    const controls = tabpanel.locator('a[href], button, input, select, textarea, summary');
    if ((await controls.count()) > 0) {
      await panel.keyboard.press('Tab');
      expect(
        await tabpanel.evaluate((element) => element.contains(document.activeElement)),
        `Tab enters section ${section.id}`,
      ).toBe(true);
      expect(await focused.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
      await panel.keyboard.press('Shift+Tab');
    }
    await panel.keyboard.press('Shift+Tab');
    await expect(focused).toHaveAttribute('id', `tab-${section.id}`);
  }

  // The group switcher, by keyboard: it comes before the tabs; the arrow keys choose the other group.
  const switcher = panel.getByLabel('Show group');
  await pressUntil('Shift+Tab', () => switcher.evaluate((element) => element === document.activeElement));
  await panel.keyboard.press(process.platform === 'darwin' ? 'ArrowUp' : 'ArrowDown');
  if ((await switcher.inputValue()) !== SMALL_GROUP) await panel.keyboard.press('ArrowUp');
  await expect(panel.getByRole('heading', { name: `Group ${SMALL_GROUP}` })).toBeVisible();
  await expect(panel.getByTestId('member-count')).toHaveText('40 members seen');
});
