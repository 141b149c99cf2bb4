/**
 * `npm run screenshots`: pictures of the panel's main sections, taken from the built extension on the bundled
 * sample group, for the README. Run it again after a change to the panel to refresh them.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, openPanel } from '../e2e/browser';
import { SAMPLE_PAGES, serveFacebook } from '../e2e/site';

const OUT = path.resolve(import.meta.dirname, '../screenshots');
const SHOTS: {
  file: string;
  tab: string;
  language: 'en' | 'fr';
  colorScheme: 'light' | 'dark';
  typeTone?: string;
}[] = [
  { file: 'glance.png', tab: 'At a glance', language: 'en', colorScheme: 'light' },
  { file: 'members.png', tab: 'Members', language: 'en', colorScheme: 'light' },
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
const { context, extensionId } = await launchWithExtension();
await serveFacebook(context, Object.values(SAMPLE_PAGES));
const facebook = await context.newPage();
for (const page of [SAMPLE_PAGES.feed, SAMPLE_PAGES.comments, SAMPLE_PAGES.members])
  await facebook.goto(page.url);
await facebook.waitForTimeout(1_000);
const panel = await openPanel(context, extensionId);
await panel.setViewportSize({ width: 440, height: 900 });
await panel.getByTestId('member-count').waitFor();

for (const shot of SHOTS) {
  await panel.emulateMedia({ colorScheme: shot.colorScheme });
  await panel.evaluate(async (language) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
    ).chrome.runtime;
    await runtime.sendMessage({ type: 'updateSettings', patch: { language } });
  }, shot.language);
  await panel.locator(`html[lang=${shot.language}]`).waitFor();
  await panel.getByRole('tab', { name: shot.tab, exact: true }).click();
  if (shot.typeTone) {
    const box = panel.getByRole('textbox').first();
    await box.fill(shot.typeTone);
  }
  await panel.waitForTimeout(800);
  await panel.screenshot({ path: path.join(OUT, shot.file) });
  console.log(`saved ${path.relative(process.cwd(), path.join(OUT, shot.file))}`);
}
await context.close();
