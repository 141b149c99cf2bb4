/**
 * Issue 8, "No request of its own": while the admin browses group pages and uses every panel section, Tend's
 * pages, service worker and content script start no network request. Positive controls: the `network` build,
 * whose panel and service worker each make one request, and the `content-network` build, whose content script
 * makes one, must be caught by the very same journey and check.
 *
 * The content script is the hard case. Its `fetch` runs in the facebook.com page's process, on the page's behalf:
 * the request carries the page's origin and frame, exactly like Facebook's own requests, so judging by origin,
 * frame or address (the control even asks facebook.com) cannot tell them apart. What differs is who called
 * `fetch`: the DevTools protocol's `Network.requestWillBeSent` gives each request its initiator with the
 * JavaScript stack that started it, and a content script's frames are in the extension's own script,
 * `chrome-extension://<id>/content-scripts/….js`. The recorder (requests.ts) counts any request whose initiator
 * stack runs through a `chrome-extension://` script as Tend's. Facebook's own code cannot put such a frame on
 * the stack, so this never blames Facebook for Tend's requests, and a content script cannot hide behind the page.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { controlBuild, normalBuild, registeredSectionIds } from '../../guards/builds';
import { launchWithExtension, openPanel, sendFromExtensionPage } from '../browser';
import { SAMPLE_PAGES, serveFacebook } from '../site';
import { MISBEHAVE_CONTENT_URL, MISBEHAVE_PANEL_URL, MISBEHAVE_WORKER_URL } from '@/utils/test-hooks';
import { RequestRecorder, showMembers } from './requests';

/**
 * Browses every sample page, opens the popup and the panel, opens every registered section, and returns what
 * the recorder saw. The service worker started with the browser, before any recorder could listen, so it is
 * stopped first: it starts again, watched, when the popup next sends it a message.
 */
async function journey(extensionDir: string, until?: (recorder: RequestRecorder) => Promise<void>) {
  const { context, extensionId } = await launchWithExtension({ extensionDir });
  try {
    const recorder = new RequestRecorder(context, extensionId);
    await serveFacebook(context, Object.values(SAMPLE_PAGES));

    // Steps name where a slow or stuck journey was when a report shows it.
    await test.step('popup, then the service worker stopped', async () => {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.locator('body')).not.toBeEmpty();
      await answers(popup);
      await stopServiceWorkers(context, popup);
      await answers(popup);
    });
    const samplePages: Page[] = [];
    await test.step('every sample page', async () => {
      for (const sample of Object.values(SAMPLE_PAGES)) {
        const page = await context.newPage();
        await recorder.watchContentScripts(page);
        await page.goto(sample.url);
        samplePages.push(page);
      }
    });
    const panel = await openPanel(context, extensionId);
    const ids = registeredSectionIds();
    await test.step('every panel section', async () => {
      // The pages were read and stored by the restarted worker: the panel lists members.
      await showMembers(panel);
      await expect(panel.getByRole('tablist').getByRole('tab')).toHaveCount(ids.length);
      for (const id of ids) {
        await panel.locator(`#tab-${id}`).click();
        await expect(panel.locator(`#tab-${id}`)).toHaveAttribute('aria-selected', 'true');
        await expect(panel.getByRole('tabpanel')).toHaveAttribute('id', `section-${id}`);
      }
    });
    // Exporting and importing are part of the journey too (downloads and file reads never leave the browser).
    if (ids.includes('data')) await test.step('export and import', () => exportAndImport(panel));
    if (until) await test.step('what the test waits for', () => until(recorder));
    return recorder;
  } finally {
    await context.close();
  }
}

/** Exports the log as CSV and as JSON from the "Export & import" section, then imports the JSON file again. */
async function exportAndImport(panel: Page): Promise<void> {
  await panel.locator('#tab-data').click();
  const section = panel.getByRole('tabpanel');
  let json = '';
  for (const format of ['csv', 'json']) {
    await section.getByLabel('Format').selectOption(format);
    const download = panel.waitForEvent('download');
    await section.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await (await download).path();
    if (format === 'json') json = file;
  }
  await section.locator('input[type="file"]').setInputFiles({
    name: 'tend-backup.json',
    mimeType: 'application/json',
    buffer: readFileSync(json),
  });
  const preview = section.getByRole('group', { name: 'What this import will change' });
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('Imported tend-backup.json.')).toBeVisible();
}

/**
 * Waits until the service worker answers a message from an extension page (any message is answered, a refused one
 * too). Before the stop: a fresh profile is still setting its worker up while the popup already shows, and a worker
 * stopped before it had first answered never came back ("Receiving end does not exist" for the rest of the journey,
 * so no page was stored; reproduced on the first control journey after its build). After the stop: it has started
 * again, watched.
 */
async function answers(extensionPage: Page): Promise<void> {
  await expect
    .poll(
      () =>
        sendFromExtensionPage(extensionPage, { type: 'are-you-there' }).then(
          () => 'answered',
          (error: unknown) => String(error),
        ),
      { timeout: 20_000 },
    )
    .toBe('answered');
}

/** Stops every service worker of the profile through the DevTools protocol, as the browser does when idle. */
async function stopServiceWorkers(context: BrowserContext, extensionPage: Page): Promise<void> {
  const session = await context.newCDPSession(extensionPage);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

test('browsing group pages and every panel section, Tend starts no request of its own', async () => {
  const recorder = await journey(normalBuild('chrome'));
  // The recorder saw the facebook.com pages themselves, so silence below means something.
  expect(recorder.all.some((url) => url.startsWith('https://www.facebook.com/groups/'))).toBe(true);
  expect(recorder.own).toEqual([]);
});

test('control: the same journey catches a build whose panel and service worker each fetch something', async () => {
  const expected = [MISBEHAVE_PANEL_URL, MISBEHAVE_WORKER_URL].sort();
  const recorder = await journey(controlBuild('chrome', 'network'), async (seen) => {
    // The worker may fetch at each of its starts: what counts is that each misbehaving part was caught.
    await expect.poll(() => [...new Set(seen.own.map((request) => request.url))].sort()).toEqual(expected);
  });
  expect(recorder.own.find((request) => request.url === MISBEHAVE_WORKER_URL)?.from).toMatch(
    /^service worker/,
  );
  expect(recorder.own.find((request) => request.url === MISBEHAVE_PANEL_URL)?.from).toMatch(
    /sidepanel\.html/,
  );
});

test('control: the same journey catches a content script that fetches something, though it asks facebook.com', async () => {
  const recorder = await journey(controlBuild('chrome', 'content-network'), async (seen) => {
    await expect.poll(() => seen.own.map((request) => request.url)).toContain(MISBEHAVE_CONTENT_URL);
  });
  const caught = recorder.own.filter((request) => request.url === MISBEHAVE_CONTENT_URL);
  // Caught by its initiator stack, in the content script, on every facebook.com page it ran on.
  expect(caught.length).toBeGreaterThan(0);
  for (const request of caught) {
    expect(request.from).toMatch(
      /^content script chrome-extension:\/\/[a-p]{32}\/content-scripts\/[^ ]+\.js on https:\/\/www\.facebook\.com\//,
    );
  }
  // Nothing else was blamed on Tend: the page's own requests stayed Facebook's.
  expect(recorder.own.filter((request) => request.url !== MISBEHAVE_CONTENT_URL)).toEqual([]);
});

/**
 * Tries a fetch from the panel (as a compromised or careless panel would) and says whether it reached the network
 * layer. The route that serves the sample pages sees every web request that gets past the browser's own checks.
 */
async function panelFetchReachesNetwork(extensionDir: string): Promise<boolean> {
  const { context, extensionId } = await launchWithExtension({ extensionDir });
  try {
    const { aborted } = await serveFacebook(context, []);
    const panel = await openPanel(context, extensionId);
    // Plain http to a server that is not this computer: the policy allows only what a sharing server can use
    // (https, or http on 127.0.0.1 or localhost); which server is narrowed in code (see the README's Permissions).
    const probe = 'http://tend-csp-probe.example/';
    const outcome = await panel.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'answered';
      } catch {
        return 'failed';
      }
    }, probe);
    // Either way it fails (blocked, or aborted by the route); only the route knows whether it got out.
    expect(outcome).toBe('failed');
    return aborted.includes(probe);
  } finally {
    await context.close();
  }
}

test("the panel's content security policy blocks a connection no sharing server could use, and the control without it does not", async () => {
  expect(await panelFetchReachesNetwork(normalBuild('chrome'))).toBe(false);
  // Control: the `network` build relaxes connect-src; the same probe now reaches the network.
  expect(await panelFetchReachesNetwork(controlBuild('chrome', 'network'))).toBe(true);
});
