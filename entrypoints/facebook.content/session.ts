/**
 * The content script's loop, apart from WXT's wiring so it can be tested: read the page when it changes (batched,
 * off the critical path), send only what was not sent yet, report how well the page was read, never throw.
 */
import type { ContentScriptMessage } from '@/storage/messages';
import type { PageReading } from '@/storage/schema';

export interface ReadingSessionDeps {
  readPage: (root: ParentNode, url: string, options: { now: Date; timeZone: string }) => PageReading;
  send: (message: ContentScriptMessage) => Promise<unknown>;
  document: Document;
  now: () => Date;
  timeZone: string;
  /** Schedules work after a quiet period; returns a cancel function. */
  schedule: (work: () => void, delayMs: number) => () => void;
  onError?: (error: unknown) => void;
}

/** How long the page must stay still before it is read again: Facebook adds nodes in bursts while scrolling. */
export const QUIET_MS = 400;

export function createReadingSession(deps: ReadingSessionDeps) {
  const { document } = deps;
  let url = document.location.href;
  let sent = new Set<string>();
  let lastStatus = '';
  let cancelPending: (() => void) | undefined;

  const report = async (reading: PageReading, readAt: string, force: boolean) => {
    const visible = document.visibilityState === 'visible';
    const status = JSON.stringify([url, reading.page, reading.health, visible]);
    if (!force && status === lastStatus) return;
    lastStatus = status;
    await deps.send({
      type: 'reportPageStatus',
      url,
      groupId: reading.page.groupId,
      pageKind: reading.page.kind,
      health: reading.health,
      readAt,
      visible,
    });
  };

  const readNow = async (forceStatus = false) => {
    try {
      const now = deps.now();
      const reading = deps.readPage(document, url, { now, timeZone: deps.timeZone });
      const readAt = now.toISOString();
      const { groupId, kind } = reading.page;
      if (groupId && reading.sightings.length > 0) {
        const fresh = reading.sightings.filter((sighting) => !sent.has(JSON.stringify(sighting)));
        if (fresh.length > 0) {
          await deps.send({
            type: 'submitSightings',
            url,
            groupId,
            pageKind: kind,
            readAt,
            sightings: fresh,
          });
          for (const sighting of fresh) sent.add(JSON.stringify(sighting));
        }
      }
      if (groupId || forceStatus) await report(reading, readAt, forceStatus);
    } catch (error) {
      // Never throw into Facebook's page; a failed send is retried at the next change.
      deps.onError?.(error);
    }
  };

  const scheduleRead = () => {
    cancelPending?.();
    cancelPending = deps.schedule(() => {
      cancelPending = undefined;
      void readNow();
    }, QUIET_MS);
  };

  return {
    /** The page navigated in place (Facebook is a single-page app): start afresh for the new URL. */
    navigated(newUrl: string) {
      url = newUrl;
      sent = new Set();
      lastStatus = '';
      scheduleRead();
    },
    /** Nodes were added or changed. */
    changed: scheduleRead,
    /** The tab became visible or focused: the panel should follow this page's group. */
    focused() {
      void readNow(true);
    },
    readNow,
    stop() {
      cancelPending?.();
    },
  };
}
