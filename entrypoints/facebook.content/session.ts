/**
 * The content script's loop, apart from WXT's wiring so it can be tested: read the page when it changes (batched,
 * after the page has been still for a moment, only the nodes that changed), send only what is new, report how
 * well the page was read, never throw into Facebook's page.
 */
import type { ContentScriptMessage } from '@/storage/messages';
import type { PageHealth, PageInfo, PageReading, Sighting } from '@/storage/schema';
import { sightingItemKey } from '@/utils/facebook/reading';

/** A reader for one page (one URL) that remembers what it already read. See utils/facebook. */
export interface IncrementalReader {
  readonly page: PageInfo;
  readAll(root: ParentNode): PageReading;
  readAdded(nodes: Iterable<Node>): PageReading;
  health(): PageHealth;
}

export interface ReadingSessionDeps {
  createReader: (url: string) => IncrementalReader;
  /** The group's name as the page shows it, if it does. */
  readGroupName: (root: ParentNode, groupId: string) => string | undefined;
  send: (message: ContentScriptMessage) => Promise<unknown>;
  document: Document;
  now: () => Date;
  /** Schedules work after a quiet period; returns a cancel function. */
  schedule: (work: () => void, delayMs: number) => () => void;
  onError?: (error: unknown) => void;
}

/** How long the page must stay still before it is read: Facebook adds nodes in bursts while scrolling. */
export const QUIET_MS = 400;
/** Larger batches are split, so one message stays well under the protocol's bound. */
export const MAX_BATCH = 1_000;

export function createReadingSession(deps: ReadingSessionDeps) {
  const { document } = deps;
  let url = document.location.href;
  let reader = deps.createReader(url);
  let readWhole = true;
  const changedNodes = new Set<Node>();
  /** Read but not yet accepted by the background (e.g. while the service worker restarts). */
  let unsent = new Map<string, Sighting>();
  let lastStatus = '';
  let cancelPending: (() => void) | undefined;

  const sendStatus = async (readAt: string, force: boolean) => {
    const visible = document.visibilityState === 'visible';
    const health = reader.health();
    // The heading links to the group by the address's id: its vanity name when the page also showed the number.
    const linkedId = reader.page.groupVanity ?? reader.page.groupId;
    const groupName = linkedId ? deps.readGroupName(document, linkedId) : undefined;
    const status = JSON.stringify([url, reader.page, health, visible, groupName]);
    if (!force && status === lastStatus) return;
    await deps.send({
      type: 'reportPageStatus',
      url,
      groupId: reader.page.groupId,
      pageKind: reader.page.kind,
      health,
      readAt,
      visible,
      ...(groupName ? { groupName } : {}),
    });
    lastStatus = status;
  };

  const sendSightings = async (readAt: string) => {
    const { groupId, kind, groupVanity } = reader.page;
    if (!groupId) return;
    const batch = [...unsent.values()];
    for (let start = 0; start < batch.length; start += MAX_BATCH) {
      const part = batch.slice(start, start + MAX_BATCH);
      await deps.send({
        type: 'submitSightings',
        url,
        groupId,
        ...(groupVanity ? { groupVanity } : {}),
        pageKind: kind,
        readAt,
        sightings: part,
      });
      for (const sighting of part) unsent.delete(sightingItemKey(sighting));
    }
  };

  const readNow = async (forceStatus = false) => {
    try {
      const readAt = deps.now().toISOString();
      const reading = readWhole ? reader.readAll(document) : reader.readAdded(changedNodes);
      readWhole = false;
      changedNodes.clear();
      if (reader.page.groupId)
        for (const sighting of reading.sightings) unsent.set(sightingItemKey(sighting), sighting);
      await sendSightings(readAt);
      if (reader.page.groupId || forceStatus) await sendStatus(readAt, forceStatus);
    } catch (error) {
      // Never throw into Facebook's page; what was not sent is sent with the next change.
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
      reader = deps.createReader(url);
      readWhole = true;
      changedNodes.clear();
      unsent = new Map();
      lastStatus = '';
      scheduleRead();
    },
    /** Nodes were added or changed; they are read together once the page is still. */
    changed(nodes: Iterable<Node>) {
      if (readWhole) return scheduleRead();
      for (const node of nodes) changedNodes.add(node);
      scheduleRead();
    },
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
