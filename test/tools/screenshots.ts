/**
 * `npm run screenshots`: pictures of the panel's main sections and of the toolbar popup, taken from the built
 * extension on the bundled sample group with the simulated half-year `npm start` imports (test/tools/sample-log.ts),
 * for the README. Run it again after a change to the panel to refresh them.
 * The browser runs headless (test/e2e/browser.ts), so no display is needed.
 * Then the store pictures (test/tools/store-screenshots.ts) into store/screenshots/.
 *
 *   npx tsx test/tools/screenshots.ts --store-only --out <dir>   only the store pictures, into <dir> (npm test)
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchWithExtension, openPanel } from '../e2e/browser';
import { FIXTURES, SAMPLE_PAGES, serveFacebook } from '../e2e/site';
import { buildSampleLog, importSampleLog } from './sample-log';
import { storePictureProblems, takeStoreScreenshots } from './store-screenshots';

const { values: options } = parseArgs({
  options: { 'store-only': { type: 'boolean', default: false }, out: { type: 'string' } },
});
const OUT = path.resolve(import.meta.dirname, '../screenshots');
const STORE_OUT = options.out ?? path.resolve(import.meta.dirname, '../../store/screenshots');
const SHOTS: {
  file: string;
  tab: string;
  language: 'en' | 'fr';
  colorScheme: 'light' | 'dark';
  typeTone?: string;
  /** A view of the Members list, by its value in the "Show" menu. */
  view?: string;
}[] = [
  { file: 'glance.png', tab: 'At a glance', language: 'en', colorScheme: 'light' },
  { file: 'members.png', tab: 'Members', language: 'en', colorScheme: 'light', view: 'unseen:went-quiet' },
  { file: 'onboarding.png', tab: 'Onboarding', language: 'en', colorScheme: 'light' },
  { file: 'replies.png', tab: 'Replies & templates', language: 'en', colorScheme: 'light' },
  {
    file: 'tone-fr-dark.png',
    tab: 'Ton du message',
    language: 'fr',
    colorScheme: 'dark',
    typeTone: 'Attention, tu n’as pas lu les règles. Dernier avertissement !!!',
  },
];

mkdirSync(OUT, { recursive: true });
const sampleLog = await buildSampleLog(FIXTURES, new Date());
const { context, extensionId } = await launchWithExtension();
await serveFacebook(context, Object.values(SAMPLE_PAGES));
const facebook = await context.newPage();
for (const page of [SAMPLE_PAGES.feed, SAMPLE_PAGES.comments, SAMPLE_PAGES.members])
  await facebook.goto(page.url);
await facebook.waitForTimeout(1_000);
const panel = await openPanel(context, extensionId);
await importSampleLog(panel, sampleLog);
await panel.setViewportSize({ width: 440, height: 900 });
await panel.getByTestId('member-count').waitFor();

async function setLanguage(page: Page, language: 'en' | 'fr') {
  await page.evaluate(async (chosen) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
    ).chrome.runtime;
    await runtime.sendMessage({ type: 'updateSettings', patch: { language: chosen } });
  }, language);
  await page.locator(`html[lang=${language}]`).waitFor();
}

// A note about the first member due for a welcome, so the pictures show notes next to the member.
await panel.getByRole('tab', { name: 'Onboarding', exact: true }).click();
const noted = await panel.locator('.onboarding-item[data-member-id]').first().getAttribute('data-member-id');
const groupId = new URL(SAMPLE_PAGES.members.url).pathname.split('/')[2];
if (noted) {
  await panel.evaluate(
    async (message) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime;
      await runtime.sendMessage(message);
    },
    {
      type: 'addNote',
      groupId,
      memberId: noted,
      text: 'Adopted a shy cat from our last rescue; asked for tips',
    },
  );
}

for (const shot of options['store-only'] ? [] : SHOTS) {
  await panel.emulateMedia({ colorScheme: shot.colorScheme });
  await setLanguage(panel, shot.language);
  await panel.getByRole('tab', { name: shot.tab, exact: true }).click();
  if (shot.view) await panel.getByLabel('Show', { exact: true }).selectOption(shot.view);
  if (shot.typeTone) {
    const box = panel.getByRole('textbox').first();
    await box.fill(shot.typeTone);
  }
  await panel.waitForTimeout(800);
  await panel.screenshot({ path: path.join(OUT, shot.file) });
  console.log(`saved ${path.relative(process.cwd(), path.join(OUT, shot.file))}`);
}
const storePictures = await takeStoreScreenshots(context, panel, STORE_OUT, setLanguage);
for (const file of storePictures) console.log(`saved ${path.relative(process.cwd(), file)}`);
if (options['store-only']) {
  // npm test: the pictures must be the stores' size; control: the README's panel-width pictures are not.
  await context.close();
  const problems = storePictureProblems(storePictures);
  const control = storePictureProblems(SHOTS.map((shot) => path.join(OUT, shot.file)));
  console.log(problems.length === 0 ? '✓ store pictures at 1280×800' : `✗ ${problems.join('; ')}`);
  console.log(control.length > 0 ? '✓ control: the README pictures are refused' : '✗ control: not refused');
  process.exit(problems.length === 0 && control.length > 0 ? 0 : 1);
}
// The toolbar popup, as the browser shows it below the toolbar icon: only its own box.
const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
await popup.emulateMedia({ colorScheme: 'light' });
await setLanguage(popup, 'en');
await popup.locator('main.popup[aria-busy="false"]').waitFor();
await popup.waitForTimeout(500);
await popup.locator('main.popup').screenshot({ path: path.join(OUT, 'popup.png') });
console.log(`saved ${path.relative(process.cwd(), path.join(OUT, 'popup.png'))}`);
await context.close();
