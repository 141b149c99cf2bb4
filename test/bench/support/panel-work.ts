/**
 * The panel's work for one newly read page: the panel page sends the page's messages (as the content script would:
 * the background stores them), then its live queries re-run and it renders again. Measured as the main-thread
 * task time of the panel page (Chrome DevTools Protocol `Performance.getMetrics`, `TaskDuration`) from just before
 * the send until the page has been idle for `QUIET_MS`. Thread time (`threadTicks`), so other processes' load
 * does not stretch it.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { BrowsingLine } from '../../simulator/lines';
import { sendFromExtensionPage } from '../../e2e/browser';
import { sendPages } from './panel-profile';

const QUIET_MS = 800;
const POLL_MS = 100;
/** Task time below this per poll is the polling itself, not the panel. */
const IDLE_TASK_MS = 3;
const SETTLE_TIMEOUT_MS = 120_000;

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((metric) => metric.name === 'TaskDuration');
  if (!task) throw new Error('no TaskDuration metric');
  return task.value * 1000;
}

/**
 * Waits until the page's main thread has been idle for `QUIET_MS`. Returns its task time then (`idle`) and as of
 * the last poll that found it busy (`busyUntil`, which leaves out the polls of the quiet stretch).
 */
export async function settle(cdp: CDPSession): Promise<{ idle: number; busyUntil: number }> {
  const started = performance.now();
  let last = await taskMs(cdp);
  let busyUntil = last;
  let quietSince = performance.now();
  while (performance.now() - quietSince < QUIET_MS) {
    if (performance.now() - started > SETTLE_TIMEOUT_MS) throw new Error('the panel never settled');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const now = await taskMs(cdp);
    if (now - last > IDLE_TASK_MS) {
      quietSince = performance.now();
      busyUntil = now;
    }
    last = now;
  }
  return { idle: last, busyUntil };
}

export async function workCounter(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

/**
 * For storing `line` (sent as from a tab in view): the panel's task time, in ms, until it shows what changed, and
 * how long the background took until it answered a further message (its ingest, and what the batch set off there,
 * such as the toolbar badge's live query), wall clock.
 */
export async function workForPage(
  page: Page,
  cdp: CDPSession,
  line: BrowsingLine,
): Promise<{ panelMs: number; backgroundMs: number }> {
  const before = (await settle(cdp)).idle;
  const sent = performance.now();
  await sendPages(page, [line], { visible: true });
  const reply = await sendFromExtensionPage(page, { type: 'getContentConfig' });
  if (!reply.ok) throw new Error(`getContentConfig refused: ${reply.error}`);
  const backgroundMs = performance.now() - sent;
  return { panelMs: (await settle(cdp)).busyUntil - before, backgroundMs };
}
