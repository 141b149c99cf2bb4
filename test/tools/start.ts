/**
 * `npm start`: the built extension in Chromium on the bundled sample group, with the panel open in a tab.
 * No Facebook account is needed: saved pages are served at their real facebook.com URLs inside the browser.
 *
 *   npm start                                   a window you can use; close it to stop
 *   npm start -- --headless --screenshot a.png  no display needed; saves a picture of the panel and exits
 *   npm start -- --no-sample                    only the saved pages, without the simulated half-year
 *
 * Besides the saved pages, Tend is given a simulated half-year of the sample group (test/tools/sample-log.ts),
 * imported as a member log through the panel's import message, so the panel shows who went quiet, tiers, charts and
 * onboarding due. The panel labels that group as sample data; its "Remove sample data" button removes it.
 */
import { parseArgs } from 'node:util';
import { launchWithExtension, openPanel } from '../e2e/browser';
import { FIXTURES, SAMPLE_PAGES, serveFacebook } from '../e2e/site';
import { buildSampleLog, importSampleLog } from './sample-log';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    lang: { type: 'string', default: 'en-GB' },
    'no-sample': { type: 'boolean', default: false },
  },
});

// Without a display, run headless and leave a picture of the panel instead of a window.
if (
  !values.headless &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY &&
  process.platform === 'linux'
) {
  values.headless = true;
  values.screenshot ??= 'tend-panel.png';
  console.log('No display found: running headless and saving a picture of the panel.');
}

const sampleLog = values['no-sample'] ? undefined : await buildSampleLog(FIXTURES, new Date());
const { context, extensionId } = await launchWithExtension({
  headless: values.headless,
  locale: values.lang,
});
await serveFacebook(context, Object.values(SAMPLE_PAGES));

// Browse the sample group as an admin would: the feed, then the members list (which becomes the current group).
const feed = await context.newPage();
await feed.goto(SAMPLE_PAGES.feed.url);
await feed.goto(SAMPLE_PAGES.comments.url);
const members = await context.newPage();
await members.goto(SAMPLE_PAGES.members.url);
await members.waitForTimeout(1_000);
const panel = await openPanel(context, extensionId);
if (sampleLog) await importSampleLog(panel, sampleLog);
await panel.getByTestId('member-count').waitFor();
await panel.locator('.chart').first().waitFor();
console.log(`Tend is running with the sample group. Panel: chrome-extension://${extensionId}/sidepanel.html`);

if (values.screenshot) {
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.screenshot({ path: values.screenshot });
  console.log(`Saved a picture of the panel to ${values.screenshot}`);
  await context.close();
} else {
  console.log('Close the browser window to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
