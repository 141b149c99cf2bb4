/**
 * The content script's loop, apart from WXT's wiring so it can be tested: read the page when it changes (batched,
 * after the page has been still for a moment, only the nodes that changed), send only what is new, report how
 * well the page was read, never throw into Facebook's page.
 */
import type { ContentScriptMessage } from '@/storage/messages';
import type { PageHealth, PageInfo, PageKind, PageReading, Sighting } from '@/storage/schema';
import { sightingItemKey } from '@/utils/facebook/reading';
import type { ContentChannel } from './contents';

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
  /** Weak signals: reads and sends post contents after each reading (see contents.ts); none without it. */
  contents?: ContentChannel;
}

/** How long the page must stay still before it is read: Facebook adds nodes in bursts while scrolling. */
export const QUIET_MS = 400;
/** Larger batches are split, so one message stays well under the protocol's bound. */
export const MAX_BATCH = 1_000;
/** After a batch was not stored, wait this long before sending again, doubling up to `RETRY_MAX_MS`. */
export const RETRY_FIRST_MS = 1_000;
export const RETRY_MAX_MS = 60_000;
/** Retries scheduled on their own after a failure; past them, the next change of the page sends again. */
export const MAX_SCHEDULED_RETRIES = 6;

/** A sighting read but not stored yet, with the kind of page and the moment it was read on. */
interface Waiting {
  sighting: Sighting;
  pageKind: PageKind;
  readAt: string;
}

/** How the background answered one batch (see storage/messages.ts `Reply`). */
type Outcome = { stored: true } | { stored: false; invalid?: readonly number[] };

function outcomeOf(reply: unknown): Outcome {
  if (typeof reply !== 'object' || reply === null) return { stored: false };
  const { ok, invalid } = reply as { ok?: unknown; invalid?: unknown };
  if (ok === true) return { stored: true };
  const indices = Array.isArray(invalid) ? invalid.filter((index) => Number.isInteger(index)) : [];
  return indices.length > 0 ? { stored: false, invalid: indices as number[] } : { stored: false };
}

/** The wait before the next send after `failures` failed ones in a row. */
export const retryDelay = (failures: number) =>
  Math.min(RETRY_FIRST_MS * 2 ** Math.max(0, failures - 1), RETRY_MAX_MS);

export function createReadingSession(deps: ReadingSessionDeps) {
  const { document } = deps;
  let url = document.location.href;
  let reader = deps.createReader(url);
  let readWhole = true;
  const changedNodes = new Set<Node>();
  /** Read but not yet accepted by the background (e.g. while the service worker restarts). */
  let unsent = new Map<string, Waiting>();
  /** Failed sends in a row, and until when no batch is sent (back-off, so a refusing background is not hammered). */
  let failures = 0;
  let quietUntil = 0;
  let cancelRetry: (() => void) | undefined;
  let lastStatus = '';
  let cancelPending: (() => void) | undefined;

  const sendStatus = async (readAt: string, force: boolean) => {
    const visible = document.visibilityState === 'visible';
    const health = reader.health();
    // The heading links to the group by the address's id: its vanity name when the page also showed the number.
    const linkedId = reader.page.groupVanity ?? reader.page.groupId;
    const groupName = linkedId ? deps.readGroupName(document, linkedId) : undefined;
    const waiting = unsent.size;
    const status = JSON.stringify([url, reader.page, health, visible, groupName, waiting]);
    if (!force && status === lastStatus) return;
    await deps.send({
      type: 'reportPageStatus',
      url,
      groupId: reader.page.groupId,
      ...(reader.page.groupVanity ? { groupVanity: reader.page.groupVanity } : {}),
      pageKind: reader.page.kind,
      health,
      readAt,
      visible,
      ...(groupName ? { groupName } : {}),
      ...(waiting > 0 ? { waiting } : {}),
    });
    lastStatus = status;
  };

  /** Sends one part; what the router names as invalid is dropped (it can never be stored) and the rest sent again. */
  const sendPart = async (part: Sighting[], pageKind: PageKind, readAt: string): Promise<boolean> => {
    const { groupId, groupVanity } = reader.page;
    if (!groupId) return true;
    const message = {
      type: 'submitSightings' as const,
      url,
      groupId,
      ...(groupVanity ? { groupVanity } : {}),
      pageKind,
      readAt,
    };
    const stored = (sightings: Sighting[]) => {
      for (const sighting of sightings) unsent.delete(sightingItemKey(sighting));
    };
    let outcome: Outcome;
    try {
      outcome = outcomeOf(await deps.send({ ...message, sightings: part }));
    } catch (error) {
      deps.onError?.(error);
      return false;
    }
    if (outcome.stored) stored(part);
    if (outcome.stored || !outcome.invalid) return outcome.stored;
    const invalid = new Set(outcome.invalid);
    stored(part.filter((_, index) => invalid.has(index)));
    const valid = part.filter((_, index) => !invalid.has(index));
    if (valid.length === 0) return true;
    // Only a refusal naming nothing it could store again ends here: each part is retried at most once this way.
    const again = outcomeOf(await deps.send({ ...message, sightings: valid }).catch(() => undefined));
    if (again.stored) stored(valid);
    return again.stored;
  };

  /** What waits, sent in bounded parts, one kind of page and reading moment per message. */
  const sendSightings = async () => {
    if (!reader.page.groupId || unsent.size === 0 || +deps.now() < quietUntil) return;
    const byReading = new Map<string, Waiting[]>();
    for (const waiting of unsent.values()) {
      const reading = `${waiting.pageKind}|${waiting.readAt}`;
      byReading.set(reading, [...(byReading.get(reading) ?? []), waiting]);
    }
    for (const group of byReading.values()) {
      const { pageKind, readAt } = group[0]!;
      const sightings = group.map((waiting) => waiting.sighting);
      for (let start = 0; start < sightings.length; start += MAX_BATCH) {
        if (!(await sendPart(sightings.slice(start, start + MAX_BATCH), pageKind, readAt))) return backOff();
      }
    }
    failures = 0;
  };

  /** Waits longer after each failure in a row, and retries on its own a bounded number of times. */
  const backOff = () => {
    failures += 1;
    const delay = retryDelay(failures);
    quietUntil = +deps.now() + delay;
    cancelRetry?.();
    cancelRetry = undefined;
    if (failures > MAX_SCHEDULED_RETRIES) return;
    cancelRetry = deps.schedule(() => {
      cancelRetry = undefined;
      quietUntil = 0;
      void sendWaiting();
    }, delay);
  };

  const sendWaiting = async () => {
    try {
      const readAt = deps.now().toISOString();
      await sendSightings();
      if (reader.page.groupId) await sendStatus(readAt, false);
    } catch (error) {
      deps.onError?.(error);
    }
  };

  const readNow = async (forceStatus = false) => {
    try {
      const readAt = deps.now().toISOString();
      const whole = readWhole;
      const reading = whole ? reader.readAll(document) : reader.readAdded(changedNodes);
      readWhole = false;
      const newActivity = reading.sightings.some((s) => s.kind === 'post' || s.kind === 'comment');
      const page = reader.page;
      deps.contents?.read({ url, page, root: document, nodes: changedNodes, newActivity, whole, readAt });
      changedNodes.clear();
      if (reader.page.groupId)
        for (const sighting of reading.sightings)
          unsent.set(sightingItemKey(sighting), { sighting, pageKind: reader.page.kind, readAt });
      await sendSightings();
      // Contents follow their sightings, so the detectors know the members they name.
      if (unsent.size === 0) await deps.contents?.flush();
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
      const previous = reader.page;
      url = newUrl;
      reader = deps.createReader(url);
      readWhole = true;
      changedNodes.clear();
      deps.contents?.navigated(reader.page, previous);
      // What still waits was read in the same group: it goes with this page's batches (the background accepts a
      // page's sightings for its own group only, so another group's cannot follow).
      const sameGroup =
        previous.groupId !== null &&
        previous.groupId === reader.page.groupId &&
        previous.groupVanity === reader.page.groupVanity;
      if (!sameGroup) {
        unsent = new Map();
        failures = 0;
        quietUntil = 0;
        cancelRetry?.();
        cancelRetry = undefined;
      }
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
      cancelRetry?.();
    },
  };
}
