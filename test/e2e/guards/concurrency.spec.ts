/**
 * Issue 8, "Concurrency and restarts": two tabs of the same group read at the same time give the same log as
 * one tab; the service worker being stopped and restarted (as MV3 browsers do when it is idle) loses nothing.
 */
import { expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { controlBuild, normalBuild } from '../../guards/builds';
import { dumpDatabase, launchWithExtension, openPanel } from '../browser';
import { showMembers } from './requests';
import { MEMBERS_GROUP, POSTS_GROUP, SAMPLE_PAGES, readTruth, serveFacebook } from '../site';

interface MembersTruth {
  member_rows: { user_id: string }[];
}
interface PostTruth {
  posts: { author: { user_id: string } }[];
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The member log without the moments it was read at (two runs never read at the same millisecond): members and
 * sightings, each row as sorted JSON.
 */
export function comparableLog(database: Record<string, unknown[]>): {
  members: string[];
  sightings: string[];
} {
  const timeless = (row: unknown) =>
    JSON.stringify(row, (_key, value: unknown) =>
      typeof value === 'string' && ISO_TIME.test(value) ? '<time>' : value,
    );
  return {
    members: (database.members ?? []).map(timeless).sort(),
    sightings: (database.sightings ?? []).map(timeless).sort(),
  };
}

/** Records, in the service worker, the tab of every page-status report (sent once a page's sightings are stored). */
async function watchReports(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    type Listener = (
      message: { type?: string; groupId?: string | null },
      sender: { tab?: { id?: number } },
    ) => undefined;
    const scope = self as unknown as {
      __tendReports: number[];
      chrome: { runtime: { onMessage: { addListener(listener: Listener): void } } };
    };
    scope.__tendReports = [];
    scope.chrome.runtime.onMessage.addListener((message, sender) => {
      if (message.type === 'reportPageStatus' && message.groupId && sender.tab?.id !== undefined) {
        scope.__tendReports.push(sender.tab.id);
      }
      return undefined; // Leaves the answer to Tend's own listener.
    });
  });
}
const reportingTabs = (worker: Worker) =>
  worker.evaluate(() => new Set((self as unknown as { __tendReports: number[] }).__tendReports).size);

/** Opens the pages (all at once when `together`), waits until each tab's reading is stored, returns the log. */
async function readPages(urls: string[], together: boolean, extensionDir = normalBuild('chrome')) {
  const { context, extensionId, serviceWorker } = await launchWithExtension({ extensionDir });
  try {
    await serveFacebook(context, Object.values(SAMPLE_PAGES));
    await watchReports(serviceWorker);
    const open = async (url: string) => (await context.newPage()).goto(url);
    if (together) await Promise.all(urls.map(open));
    else {
      for (const [index, url] of urls.entries()) {
        await open(url);
        await expect.poll(() => reportingTabs(serviceWorker)).toBe(index + 1);
      }
    }
    await expect.poll(() => reportingTabs(serviceWorker)).toBe(urls.length);
    const panel = await openPanel(context, extensionId);
    return comparableLog(await dumpDatabase(panel));
  } finally {
    await context.close();
  }
}

test('two tabs of the same group read at the same time give the same log as one tab', async () => {
  const { members, post } = SAMPLE_PAGES;
  const oneTab = await readPages([members.url, post.url], false);
  expect(oneTab.members.length).toBeGreaterThan(100);
  const twoTabs = await readPages([members.url, members.url, post.url, post.url], true);
  expect(twoTabs).toEqual(oneTab);

  // The comparison sees a duplicated sighting too, the other mark of a lost race.
  expect({ ...oneTab, sightings: [...oneTab.sightings, oneTab.sightings[0]!] }).not.toEqual(oneTab);
});

test('control: a build that counts what is submitted rather than what is new is caught by the same comparison', async () => {
  const counting = controlBuild('chrome', 'counting-ingest');
  const { members, post } = SAMPLE_PAGES;
  const oneTab = await readPages([members.url, post.url], false, counting);
  const twoTabs = await readPages([members.url, members.url, post.url, post.url], true, counting);
  expect(twoTabs.members).not.toEqual(oneTab.members);
});

/** Follows the service worker's running state through the DevTools protocol, and stops it on demand. */
async function workerControl(context: BrowserContext, extensionPage: Page) {
  const session = await context.newCDPSession(extensionPage);
  const states: string[] = [];
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) states.push(version.runningStatus);
  });
  await session.send('ServiceWorker.enable');
  return {
    states,
    /** Stops every service worker, as the browser does when one is idle, and waits until it has stopped. */
    async stop() {
      await session.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => states.at(-1)).toBe('stopped');
    },
  };
}

const membersOf = async (panel: Page, groupId: string) =>
  ((await dumpDatabase(panel)).members as { groupId: string; memberId: string }[])
    .filter((row) => row.groupId === groupId)
    .map((row) => row.memberId)
    .sort();

const membersOnSamplePage = () =>
  [
    ...new Set(readTruth<MembersTruth>(SAMPLE_PAGES.members.file).member_rows.map((row) => row.user_id)),
  ].sort();

/**
 * Opens the sample members page and stops the service worker the moment that page's reading is acknowledged (the
 * content script reports the page's status only once every batch of its sightings was answered). What was
 * acknowledged must already be in the database: a worker keeping anything in memory would lose it here.
 */
async function readThenStopWorker(extensionDir: string) {
  const { context, extensionId, serviceWorker } = await launchWithExtension({ extensionDir });
  try {
    await serveFacebook(context, Object.values(SAMPLE_PAGES));
    const panel = await openPanel(context, extensionId);
    await watchReports(serviceWorker);
    const worker = await workerControl(context, panel);
    await (await context.newPage()).goto(SAMPLE_PAGES.members.url);
    await expect.poll(() => reportingTabs(serviceWorker)).toBe(1);
    await worker.stop();
    return { context, panel, worker, storedAfterStop: await membersOf(panel, MEMBERS_GROUP) };
  } catch (error) {
    await context.close();
    throw error;
  }
}

test('the service worker stopped and restarted between pages loses nothing', async () => {
  const { context, panel, worker, storedAfterStop } = await readThenStopWorker(normalBuild('chrome'));
  try {
    expect(storedAfterStop).toEqual(membersOnSamplePage());
    const before = comparableLog(await dumpDatabase(panel));
    const author = readTruth<PostTruth>(SAMPLE_PAGES.post.file).posts[0]!.author.user_id;

    // The next page wakes the worker, which stores it beside the rest.
    const stoppedAt = worker.states.length;
    await (await context.newPage()).goto(SAMPLE_PAGES.post.url);
    await expect.poll(() => membersOf(panel, POSTS_GROUP)).toEqual([author]);
    expect(worker.states.slice(stoppedAt)).toContain('running');
    expect(comparableLog(await dumpDatabase(panel)).members).toEqual(expect.arrayContaining(before.members));
    expect(await membersOf(panel, MEMBERS_GROUP)).toEqual(membersOnSamplePage());

    // Stopped again while the panel is open: the panel still follows the last group and lists it.
    await worker.stop();
    await panel.reload();
    await showMembers(panel);
    await expect(panel.locator('.member')).toHaveCount(1);
    await expect(panel.locator(`.member[data-member-id="${author}"]`)).toBeVisible();
  } finally {
    await context.close();
  }
});

test('control: a worker that acknowledges a batch before writing it is caught losing it', async () => {
  const { context, storedAfterStop } = await readThenStopWorker(controlBuild('chrome', 'volatile-ingest'));
  try {
    expect(storedAfterStop).not.toEqual(membersOnSamplePage());
  } finally {
    await context.close();
  }
});
