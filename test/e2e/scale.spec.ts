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
  await panel.getByRole('tab', { name: 'Members' }).click();
  const firstName = panel.locator('.member .member-name').first();
  await expect(firstName).toHaveText(/\S+ \S+/);
  expect(names).toContain(await firstName.textContent());
  // Only what is in view exists in the page.
  expect(await panel.locator('.member').count()).toBeLessThan(60);

  // Search as you type, accents ignored.
  const search = panel.getByLabel('Search by name');
  await search.focus();
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

  // Keyboard alone: back to the selected tab, then arrows through every section.
  // From the search box, Shift+Tab back to the section tabs.
  for (let presses = 0; presses < 40; presses += 1) {
    await panel.keyboard.press('Shift+Tab');
    if (await panel.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')) break;
  }
  await expect(panel.locator(':focus')).toHaveAttribute('role', 'tab');
  await panel.keyboard.press('Home');
  for (const [index, section] of sections.entries()) {
    if (index > 0) await panel.keyboard.press('ArrowRight');
    await expect(panel.locator(':focus')).toHaveAttribute('id', `tab-${section.id}`);
    await expect(panel.getByRole('tabpanel')).toHaveAttribute('id', `section-${section.id}`);
  }

  // The group switcher, by keyboard: focus it, choose the other group with the arrow keys.
  const switcher = panel.getByLabel('Show group');
  await switcher.focus();
  await expect(switcher).toBeFocused();
  await panel.keyboard.press(process.platform === 'darwin' ? 'ArrowUp' : 'ArrowDown');
  if ((await switcher.inputValue()) !== SMALL_GROUP) await panel.keyboard.press('ArrowUp');
  await expect(panel.getByRole('heading', { name: `Group ${SMALL_GROUP}` })).toBeVisible();
  await expect(panel.getByTestId('member-count')).toHaveText('40 members seen');
});
