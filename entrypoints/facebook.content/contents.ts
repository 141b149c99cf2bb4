/**
 * Weak signals in the content script (issue 17): while reading post contents is on (off by default, see
 * storage/settings.ts `readPostContents`), the posts and comments newly read on a group's feed or post page are
 * read for what they say (utils/facebook/post-content.ts) and sent to the background, after their sightings. The
 * reading stays incremental: a page is read whole once, then only around what Facebook added, and only when the
 * page reader found new posts or comments there.
 */
import type { ContentScriptMessage } from '@/storage/messages';
import type { PageInfo } from '@/storage/schema';
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
      const contents = first ? reader!.readAll(reading.root) : reader!.readAdded(reading.nodes);
      if (contents.length === 0) return;
      waiting.push({ url, page, readAt: reading.readAt, contents });
      trim();
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
