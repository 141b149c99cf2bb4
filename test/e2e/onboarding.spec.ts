/**
 * Issue 5 end to end: the due queue from a real members page, copying a personal welcome, marking it done for
 * good, and a weekly welcome for more than 100 joiners split at Facebook's tag limit. Real clock, real database.
 */
import { expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { dumpDatabase, launchWithExtension, openPanel } from './browser';
import { MEMBERS_GROUP, SAMPLE_PAGES, readTruth, serveFacebook } from './site';

interface MembersTruth {
  member_rows: { user_id: string; display_name: string; section: string; join_text: string | null }[];
}
interface OnboardingRowDump {
  groupId: string;
  memberId: string;
  stepId: string;
  status: string;
  by: string;
}

let context: BrowserContext;
let extensionId: string;
let serviceWorker: Worker;

test.beforeEach(async () => {
  ({ context, extensionId, serviceWorker } = await launchWithExtension());
  await serveFacebook(context, Object.values(SAMPLE_PAGES));
});
test.afterEach(async () => context.close());

/** Sends a message to the background from an extension page, as the panel does. */
async function sendFrom(page: Page, message: object): Promise<{ ok: boolean; error?: string }> {
  return page.evaluate(async (body) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
    ).chrome.runtime;
    return (await runtime.sendMessage(body)) as { ok: boolean; error?: string };
  }, message);
}

/** The panel, allowed to write and read the clipboard (granted once its origin exists). */
async function panelWithClipboard(): Promise<Page> {
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByRole('tab', { name: 'Onboarding' })).toBeVisible();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return panel;
}

async function openOnboarding(panel: Page): Promise<void> {
  await panel.getByRole('tab', { name: 'Onboarding' }).click();
  await expect(panel.locator('.onboarding-count')).toHaveText(/items? due|Nothing is due/);
}

/** Shows the whole queue (it is paged). */
async function showAll(panel: Page): Promise<void> {
  const more = panel.getByRole('button', { name: /^Show \d+ more$/ });
  while (await more.isVisible()) await more.click();
}

const dueCount = async (panel: Page) =>
  Number(/^(\d+) items? due/.exec((await panel.locator('.onboarding-count').textContent()) ?? '')?.[1] ?? 0);

/** The toolbar badge's text, as the service worker set it. */
const badge = () =>
  serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText: (details: object) => Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );

const clipboard = (panel: Page) => panel.evaluate(() => navigator.clipboard.readText());

test('the members page fills the due queue; a personal welcome is copied, marked done, and stays done after a reload', async () => {
  const facebook = await context.newPage();
  await facebook.goto(SAMPLE_PAGES.members.url);
  const panel = await panelWithClipboard();
  expect((await sendFrom(panel, { type: 'updateSettings', patch: { adminName: 'Camille' } })).ok).toBe(true);
  await openOnboarding(panel);

  // Everyone under "New to the group" with a recent join line is due for a personal welcome; the rows dated
  // August 2024 joined long ago and are past the step's expiry.
  const truth = readTruth<MembersTruth>(SAMPLE_PAGES.members.file);
  const recent = truth.member_rows.filter(
    (row) => row.section === 'New to the group' && row.join_text && !/\d{4}/.test(row.join_text),
  );
  const expected = new Map(recent.map((row) => [row.user_id, row.display_name]));
  expect(expected.size).toBeGreaterThan(100);
  await expect.poll(() => dueCount(panel)).toBeGreaterThanOrEqual(expected.size);
  await showAll(panel);
  const personal = panel.locator('.onboarding-item[data-item-id^="personal-welcome:"]');
  await expect(personal).toHaveCount(expected.size);
  const listed = await personal.evaluateAll((items) =>
    items.map((item) => [
      item.getAttribute('data-member-id') ?? '',
      item.querySelector('.member-name')?.textContent ?? '',
    ]),
  );
  expect(new Map(listed as [string, string][])).toEqual(expected);
  // Oldest first; the overdue ones say so in words.
  await expect(panel.locator('.onboarding-item.overdue .overdue-tag').first()).toHaveText(/Overdue/);

  // Copy the first personal welcome: the clipboard holds exactly the text shown, with the member's first name.
  const first = personal.first();
  const memberId = (await first.getAttribute('data-member-id'))!;
  const itemId = (await first.getAttribute('data-item-id'))!;
  const name = expected.get(memberId)!;
  const text = (await first.locator('.onboarding-text').textContent())!;
  // {group} is filled with the name read from the group's page heading.
  expect(text).toMatch(new RegExp(`^Hi ${name.split(' ')[0]}, welcome to Rescue Cats Network!`));
  expect(text).toContain("I'm Camille");
  await first.getByRole('button', { name: `Copy the text for ${name}` }).click();
  await expect(first.getByRole('status')).toHaveText(/^Copied/);
  expect(await clipboard(panel)).toBe(text);

  // Mark it done: it leaves the queue, recorded with the admin's name.
  const before = await dueCount(panel);
  await expect.poll(badge).toBe(String(before));
  await first.getByRole('button', { name: `Mark Personal welcome for ${name} as done` }).click();
  await expect(panel.locator(`.onboarding-item[data-item-id="${itemId}"]`)).toHaveCount(0);
  await expect(panel.locator('.onboarding-status')).toHaveText('Marked done.');
  await expect.poll(() => dueCount(panel)).toBe(before - 1);
  // The toolbar badge follows: recomputed after the ingest, and again after the marking.
  await expect.poll(badge).toBe(String(before - 1));
  const rows = (await dumpDatabase(panel)).onboarding as OnboardingRowDump[];
  expect(rows).toEqual([
    expect.objectContaining({
      groupId: MEMBERS_GROUP,
      memberId,
      stepId: 'personal-welcome',
      status: 'done',
      by: 'Camille',
    }),
  ]);

  // Still gone after a reload of the panel, and after the members page is read again.
  await facebook.reload();
  await panel.reload();
  await openOnboarding(panel);
  await expect.poll(() => dueCount(panel)).toBe(before - 1);
  await showAll(panel);
  await expect(panel.locator(`.onboarding-item[data-item-id="${itemId}"]`)).toHaveCount(0);
  await expect(personal).toHaveCount(expected.size - 1);
});

const FIRST = [
  'Amélie',
  'Bruno',
  'Chloé',
  'Denis',
  'Élodie',
  'Farid',
  'Gaëlle',
  'Hugo',
  'Inès',
  'Jules',
  'Karim',
  'Léa',
  'Marc',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
];

test('a weekly welcome for more than 100 joiners is split into posts within the tag limit, each copyable', async () => {
  const panel = await panelWithClipboard();
  const groupId = '424242424242';
  // A Wednesday 8 to 14 days ago, at noon UTC: inside one week whatever the week start and time zone.
  const now = Date.now();
  const wednesday = new Date(now - 8 * 86_400_000);
  while (wednesday.getUTCDay() !== 3) wednesday.setTime(+wednesday - 86_400_000);
  wednesday.setUTCHours(12, 0, 0, 0);
  const iso = (offsetHours: number) => new Date(+wednesday + offsetHours * 3_600_000).toISOString();
  const joiners = Array.from({ length: 130 }, (_, index) => ({
    memberId: String(900_000_000 + index),
    name: `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length)]}`,
  }));
  expect(new Set(joiners.map((joiner) => joiner.name)).size).toBe(130);
  // The last two only have a join known to ±4 days: still in this week by its middle, but approximate.
  const approximate = new Set(joiners.slice(-2).map((joiner) => joiner.name));
  const sightings = joiners.map((joiner, index) => ({
    memberId: joiner.memberId,
    name: joiner.name,
    kind: 'member',
    section: 'New to the group',
    joinedAfter: index >= 128 ? iso(-96) : iso(-2),
    joinedBefore: index >= 128 ? iso(96) : iso(2),
    joinPrecision: index >= 128 ? 'week' : 'hour',
  }));
  const reply = await sendFrom(panel, {
    type: 'submitSightings',
    url: `https://www.facebook.com/groups/${groupId}/members`,
    groupId,
    pageKind: 'group-members',
    readAt: new Date(now).toISOString(),
    sightings,
  });
  expect(reply.ok, reply.error).toBe(true);
  expect((await sendFrom(panel, { type: 'setCurrentGroup', groupId })).ok).toBe(true);

  await openOnboarding(panel);
  // 130 personal welcomes and one weekly post.
  await expect.poll(() => dueCount(panel)).toBe(131);
  await showAll(panel);
  const week = panel.locator('.onboarding-week');
  await expect(week).toHaveCount(1);
  await expect(week).toContainText('130 people joined that week');
  await expect(week).toContainText(
    'Facebook tags at most 100 people per post, so this welcome is split into 2 posts.',
  );
  await expect(week.locator('.onboarding-approximate')).toContainText([...approximate].sort().join(', '));

  const posts = week.locator('.onboarding-post');
  await expect(posts).toHaveCount(2);
  await expect(posts.nth(0).getByRole('heading')).toHaveText('Post 1 of 2 (65 names)');
  await expect(posts.nth(1).getByRole('heading')).toHaveText('Post 2 of 2 (65 names)');
  const texts = await posts.locator('.onboarding-text').allTextContents();
  const seen = new Map<string, number>();
  texts.forEach((text, part) => {
    expect(text).toMatch(/^Hello and a warm welcome to the people who joined our group this week!/);
    const inPost = joiners.filter((joiner) => text.includes(joiner.name));
    expect(inPost).toHaveLength(65);
    for (const joiner of inPost) seen.set(joiner.name, part);
    // Alphabetical by first name (accents folded), so the admin can tag them going down the list.
    const firsts = inPost
      .map((joiner) => ({ first: joiner.name.split(' ')[0]!, at: text.indexOf(joiner.name) }))
      .sort((a, b) => a.at - b.at)
      .map((entry) => entry.first);
    const sorted = [...firsts].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(firsts).toEqual(sorted);
  });
  expect(seen.size).toBe(130);

  // Each part is copied on its own.
  await posts.nth(1).getByRole('button', { name: 'Copy post 2 of 2' }).click();
  await expect(posts.nth(1).getByRole('status')).toHaveText(/^Copied/);
  expect(await clipboard(panel)).toBe(texts[1]);

  // Done for the week: every joiner of the week is recorded, and the post leaves the queue.
  await week.getByRole('button', { name: /^Mark Weekly group welcome for the week of .* as done$/ }).click();
  await expect(week).toHaveCount(0);
  await expect.poll(() => dueCount(panel)).toBe(130);
  const rows = (await dumpDatabase(panel)).onboarding as OnboardingRowDump[];
  expect(rows.filter((row) => row.stepId === 'weekly-welcome' && row.status === 'done')).toHaveLength(130);
});

test('replies: search, fill in for a member, copy; a template with an error is never saved; a bad file changes nothing', async () => {
  const facebook = await context.newPage();
  await facebook.goto(SAMPLE_PAGES.members.url);
  const panel = await panelWithClipboard();
  await panel.getByRole('tab', { name: 'Replies & templates' }).click();
  const list = panel.getByRole('list', { name: 'Templates, recently used first' });

  // Accent- and case-insensitive search over titles and texts.
  await panel.getByLabel('Search templates').fill('PUBLICITE');
  await expect(list.locator('.template-item')).toHaveCount(1);
  await expect(list).toContainText('An introduction that reads like an advert');
  await panel.getByLabel('Search templates').fill('');

  // Pick a member of the current group by name and copy the personal welcome filled for them.
  const truth = readTruth<MembersTruth>(SAMPLE_PAGES.members.file);
  const someone = truth.member_rows.find(
    (row) => row.section === 'New to the group' && /^[A-Z][a-z]+ [A-Z]/.test(row.display_name),
  )!;
  await panel.getByLabel('Fill in for a member').fill(someone.display_name.slice(0, 5));
  await panel.getByRole('button', { name: `Use ${someone.display_name}` }).click();
  await expect(panel.getByText(`Filling in for ${someone.display_name}`)).toBeVisible();
  const welcome = list.locator('.template-item[data-template-id="tend:personal-welcome"]');
  await welcome.getByRole('button', { name: 'Copy “Personal welcome”' }).click();
  await expect(welcome.getByRole('status')).toHaveText('Copied');
  expect(await clipboard(panel)).toMatch(new RegExp(`^Hi ${someone.display_name.split(' ')[0]}, welcome`));
  // Recently used first.
  await expect(list.locator('.template-item').first()).toHaveAttribute(
    'data-template-id',
    'tend:personal-welcome',
  );

  // A new template: the error is shown where it is, and Save stays disabled until it is fixed.
  await panel.getByRole('button', { name: 'New template' }).click();
  const editor = panel.locator('.template-editor');
  await editor.getByLabel('Title (English)').fill('Quick hello');
  await editor.getByLabel('Text: English').fill('Hello {prenom}!');
  await expect(editor).toContainText(
    'Unknown placeholder {prenom}. Did you mean {firstName}? (line 1, column 7)',
  );
  await expect(editor.locator('.template-marked mark')).toHaveText('{prenom}1');
  await expect(editor.getByRole('button', { name: 'Save' })).toBeDisabled();
  await editor.getByLabel('Text: English').fill('Hello {firstName|there}!');
  await expect(editor.getByRole('button', { name: 'Save' })).toBeEnabled();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(panel.locator('.templates-status')).toHaveText('Saved “Quick hello”.');
  const mine = list.locator('.template-item', { hasText: 'Quick hello' });
  await expect(mine.locator('.badge')).toHaveText('Yours');
  await expect(mine.locator('.template-text')).toHaveText(`Hello ${someone.display_name.split(' ')[0]}!`);

  // Export downloads a Tend template file; a broken file is refused with a clear message and changes nothing.
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export my templates' }).click();
  expect((await download).suggestedFilename()).toMatch(/^tend-templates-\d{4}-\d{2}-\d{2}\.json$/);
  const before = (await dumpDatabase(panel)).templates;
  await panel.getByLabel('Import templates from a file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"header": {"format": "tend", "kind": "templates", "version": 1'),
  });
  await expect(panel.locator('.templates .error[role="status"]')).toContainText(
    'This file is not readable JSON; it may be truncated. Nothing was imported.',
  );
  expect((await dumpDatabase(panel)).templates).toEqual(before);
});
