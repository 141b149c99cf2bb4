/**
 * Weak signals in the content script (issue 17): while reading post contents is on (off by default, see
 * storage/settings.ts `readPostContents`), the posts and comments newly read on a group's feed or post page are
 * read for what they say (utils/facebook/post-content.ts) and sent to the background, after their sightings. The
 * reading stays incremental: a page is read whole once (from the posts and comments the page reader found in its
 * own whole reading, when it just made one), then only around what Facebook added, and only when the page reader
 * found new posts or comments there.
 */
import type { ContentScriptMessage } from '@/storage/messages';
import type { PageInfo } from '@/storage/schema';
import type { ContainersRead } from '@/utils/facebook';
import type { PostContent, PostContentReader } from '@/utils/facebook/post-content';

/** One message carries at most this many contents (well under the protocol's 500). */
export const CONTENTS_PER_MESSAGE = 100;
/** Contents waiting for the background beyond this are dropped, oldest first (a signal is a hint, not a log). */
export const MAX_WAITING_CONTENTS = 1_000;

export interface ContentChannelDeps {
  /** Whether reading post contents is on now (the admin's setting, as the background last said). */
  enabled: () => boolean;
  createReader: (url: string) => PostContentReader;
  send: (message: ContentScriptMessage) => Promise<unknown>;
  onError?: (error: unknown) => void;
}

/** One reading of the page, as the reading session did it. */
export interface ContentReading {
  url: string;
  page: PageInfo;
  root: ParentNode;
  /** The nodes added or changed since the previous reading. */
  nodes: Iterable<Node>;
  newActivity: boolean;
  /** Whether the page reader read the page whole this time (its first reading on this URL). */
  whole?: boolean;
  readAt: string;
}

interface Batch {
  url: string;
  page: PageInfo;
  readAt: string;
  contents: PostContent[];
}

const readsContents = (page: PageInfo) =>
  page.groupId !== null && (page.kind === 'group-feed' || page.kind === 'group-post');

const accepted = (reply: unknown) =>
  typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;

export function createContentChannel(deps: ContentChannelDeps) {
  let url = '';
  /** Undefined until contents are first read on a page (`url`; the page is then read whole once). */
  let reader: PostContentReader | undefined;
  let waiting: Batch[] = [];
  /** What the page reader found during the current reading (see `found`), taken by `read`. */
  let found: ContainersRead[] = [];

  const trim = () => {
    let total = waiting.reduce((sum, batch) => sum + batch.contents.length, 0);
    while (total > MAX_WAITING_CONTENTS && waiting.length > 0) total -= waiting.shift()!.contents.length;
  };

  /** Sends one batch in parts; false when the background did not answer (the rest waits for the next read). */
  const sendBatch = async (batch: Batch): Promise<boolean> => {
    const { groupId, groupVanity, kind } = batch.page;
    if (!groupId || (kind !== 'group-feed' && kind !== 'group-post')) return true;
    while (batch.contents.length > 0) {
      const part = batch.contents.slice(0, CONTENTS_PER_MESSAGE);
      const message = {
        type: 'submitPostContents' as const,
        url: batch.url,
        groupId,
        ...(groupVanity ? { groupVanity } : {}),
        pageKind: kind,
        readAt: batch.readAt,
        contents: part,
      };
      let reply: unknown;
      try {
        reply = await deps.send(message);
      } catch (error) {
        deps.onError?.(error);
        return false;
      }
      // A refusal (malformed, or the setting turned off meanwhile) would be refused again: the part is dropped.
      if (!accepted(reply)) deps.onError?.(reply);
      batch.contents = batch.contents.slice(part.length);
    }
    return true;
  };

  return {
    /** Another group's page: what waits from the previous group goes (the background would refuse it here). */
    navigated(page: PageInfo, previous: PageInfo) {
      if (previous.groupId !== page.groupId) waiting = [];
    },
    /**
     * After a reading of the page: its contents, whole the first time on a page (one URL), else only around
     * `nodes`, and only when that reading found new posts or comments (`newActivity`).
     */
    read(reading: ContentReading) {
      const { page } = reading;
      const reads = found;
      found = [];
      if (!deps.enabled() || !readsContents(page)) {
        reader = undefined;
        waiting = [];
        return;
      }
      const first = reader === undefined || reading.url !== url;
      if (!first && !reading.newActivity) return;
      if (first) {
        url = reading.url;
        reader = deps.createReader(url);
      }
      // A whole reading's posts and comments are read from what the page reader found (one pass); a page first
      // read here later (the setting turned on meanwhile), or where the page reader found none, is searched whole.
      const contents = !first
        ? reader!.readAdded(reading.nodes)
        : reading.whole && reads.length > 0
          ? reader!.readFound(reading.root, reads)
          : reader!.readAll(reading.root);
      if (contents.length === 0) return;
      waiting.push({ url, page, readAt: reading.readAt, contents });
      trim();
    },
    /**
     * The page reader's listener (createPageReader's `onRead`): the posts and comments it reads, kept for the next
     * `read` while reading contents is on.
     */
    found(read: ContainersRead) {
      if (deps.enabled()) found.push(read);
    },
    /** Sends what waits, oldest first. */
    async flush() {
      while (waiting.length > 0) {
        if (!(await sendBatch(waiting[0]!))) return;
        waiting.shift();
      }
    },
    waiting: () => waiting.reduce((sum, batch) => sum + batch.contents.length, 0),
  };
}

export type ContentChannel = ReturnType<typeof createContentChannel>;
