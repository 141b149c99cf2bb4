/**
 * Weak signals in the content script: post contents are read incrementally (a page whole once, then only around
 * what was added, each post once), only while the setting is on, and sent after their sightings are stored.
 */
import { describe, expect, it } from 'vitest';
import { createContentChannel, CONTENTS_PER_MESSAGE } from '@/entrypoints/facebook.content/contents';
import { createReadingSession } from '@/entrypoints/facebook.content/session';
import type { ContentScriptMessage } from '@/storage/messages';
import type { PageInfo } from '@/storage/schema';
import { createPageReader, type ContainersRead } from '@/utils/facebook';
import {
  createPostContentReader,
  readPostContents,
  type PostContent,
  type PostContentReader,
} from '@/utils/facebook/post-content';
import { clockFor, fixtureHtml, fixtureTruth } from '../reader/fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const keys = (contents: readonly PostContent[]) => contents.map((c) => `${c.kind}|${c.itemId}`).sort();
const FEED = 'www_comet_group_feed_synthetic';

describe('createPostContentReader', () => {
  it('reads the page once, then only the posts added since, each once', () => {
    const url = fixtureTruth(FEED).page_url;
    const document = parse(fixtureHtml(FEED));
    const whole = readPostContents(document, url, clockFor(FEED));
    const articles = Array.from(document.querySelectorAll('[role="article"]')).filter(
      (article) => !article.parentElement?.closest('[role="article"]'),
    );
    expect(articles.length).toBeGreaterThan(2);
    // The page first shows one post; the others arrive while the admin scrolls.
    const later = articles.slice(1).map((article) => ({ article, parent: article.parentElement! }));
    for (const { article } of later) article.remove();
    const reader = createPostContentReader(url, clockFor(FEED));
    const first = reader.readAll(document);
    for (const { article, parent } of later) parent.appendChild(article);
    const added = reader.readAdded(later.map(({ article }) => article));

    expect(first.length).toBeGreaterThan(0);
    expect(keys(first).filter((key) => keys(added).includes(key))).toEqual([]);
    expect(keys([...first, ...added])).toEqual(keys(whole));
    // A change inside a post already read (a late picture, a reaction count) gives nothing new.
    expect(reader.readAdded([articles[0]!.querySelector('a')!])).toEqual([]);
    expect(reader.readAll(document)).toEqual([]);
  });

  it('reads the same from what the page reader found in its whole reading, then the posts added since', () => {
    const url = fixtureTruth(FEED).page_url;
    const document = parse(fixtureHtml(FEED));
    const whole = readPostContents(document, url, clockFor(FEED));
    const articles = Array.from(document.querySelectorAll('[role="article"]')).filter(
      (article) => !article.parentElement?.closest('[role="article"]'),
    );
    const later = articles.slice(1).map((article) => ({ article, parent: article.parentElement! }));
    for (const { article } of later) article.remove();
    const reads: ContainersRead[] = [];
    createPageReader(url, clockFor(FEED), undefined, (read) => reads.push(read)).readAll(document);
    const reader = createPostContentReader(url, clockFor(FEED));
    const first = reader.readFound(document, reads);
    expect(first).toEqual(createPostContentReader(url, clockFor(FEED)).readAll(document));
    for (const { article, parent } of later) parent.appendChild(article);
    const added = reader.readAdded(later.map(({ article }) => article));

    expect(first.length).toBeGreaterThan(0);
    expect(added.length).toBeGreaterThan(0);
    expect(keys([...first, ...added])).toEqual(keys(whole));
    expect(reader.readFound(document, reads)).toEqual([]);
  });

  it('reads nothing on a members page', () => {
    const name = 'www_comet_group_members_2024-08';
    const reader = createPostContentReader(fixtureTruth(name).page_url, clockFor(name));
    expect(reader.readAll(parse(fixtureHtml(name)))).toEqual([]);
  });
});

const feed: PageInfo = { kind: 'group-feed', groupId: '1234567' };
const content = (itemId: string): PostContent => ({
  kind: 'post',
  memberId: '300',
  name: 'Ana',
  itemId,
  excerpt: 'Hello',
  text: 'Hello',
  domains: [],
  images: [],
});

function channelSetup(enabled: { on: boolean }, replies: unknown[] = []) {
  const calls: string[] = [];
  const sent: ContentScriptMessage[] = [];
  let next = 0;
  const reader: PostContentReader = {
    readAll: () => (calls.push('all'), Array.from({ length: 250 }, () => content(`${(next += 1)}`))),
    readFound: () => (calls.push('found'), []),
    readAdded: (nodes) => (calls.push(`added:${[...nodes].length}`), [content(`${(next += 1)}`)]),
  };
  const channel = createContentChannel({
    enabled: () => enabled.on,
    createReader: () => (calls.push('create'), reader),
    send: async (message) => {
      sent.push(message);
      return replies.shift() ?? { ok: true, value: { signals: 0 } };
    },
  });
  const read = (newActivity: boolean, nodes: Node[] = []) =>
    channel.read({
      url: 'https://www.facebook.com/groups/1234567/',
      page: feed,
      root: document,
      nodes,
      newActivity,
      readAt: '2026-11-22T10:00:00.000Z',
    });
  return { channel, calls, sent, read };
}

describe('createContentChannel', () => {
  it('reads and sends nothing while the setting is off', async () => {
    const { channel, calls, sent, read } = channelSetup({ on: false });
    read(true);
    await channel.flush();
    expect(calls).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('reads the page whole once, then only after a reading found new posts, in bounded messages', async () => {
    const { channel, calls, sent, read } = channelSetup({ on: true });
    read(false);
    read(false, [document.body]);
    read(true, [document.body, document.body]);
    expect(calls).toEqual(['create', 'all', 'added:2']);
    await channel.flush();
    expect(sent.map((message) => message.type)).toEqual(Array(4).fill('submitPostContents'));
    const sizes = sent.map((message) =>
      message.type === 'submitPostContents' ? message.contents.length : 0,
    );
    expect(sizes).toEqual([CONTENTS_PER_MESSAGE, CONTENTS_PER_MESSAGE, 50, 1]);
    expect(channel.waiting()).toBe(0);
  });

  it('keeps what the background did not answer for the next flush, and drops what it refused', async () => {
    const { channel, sent, read } = channelSetup({ on: true }, [undefined, { ok: false, error: 'refused' }]);
    read(true);
    const failing = createContentChannel({
      enabled: () => true,
      createReader: () => ({ readAll: () => [content('1')], readFound: () => [], readAdded: () => [] }),
      send: () => Promise.reject(new Error('no background')),
    });
    failing.read({ url: 'x', page: feed, root: document, nodes: [], newActivity: true, readAt: 'now' });
    await failing.flush();
    expect(failing.waiting()).toBe(1);
    await channel.flush();
    expect(channel.waiting()).toBe(0);
    expect(sent.length).toBe(3);
  });
});

describe('the reading session with post contents', () => {
  it("reads a page's contents from the page reader's whole reading, without a search of their own", async () => {
    const url = fixtureTruth(FEED).page_url;
    const page = parse(fixtureHtml(FEED));
    const sent: ContentScriptMessage[] = [];
    const calls: string[] = [];
    const send = async (message: ContentScriptMessage) => (sent.push(message), { ok: true, value: null });
    const contents = createContentChannel({
      enabled: () => true,
      createReader: (pageUrl) => {
        const reader = createPostContentReader(pageUrl, clockFor(FEED));
        return {
          readAll: (root) => (calls.push('all'), reader.readAll(root)),
          readFound: (root, reads) => (calls.push('found'), reader.readFound(root, reads)),
          readAdded: (nodes) => (calls.push('added'), reader.readAdded(nodes)),
        };
      },
      send,
    });
    const session = createReadingSession({
      createReader: (pageUrl) =>
        createPageReader(pageUrl, clockFor(FEED), undefined, (read) => contents.found(read)),
      readGroupName: () => undefined,
      send,
      document: Object.defineProperty(page, 'location', { value: { href: url } }),
      now: () => clockFor(FEED).now,
      schedule: () => () => undefined,
      contents,
    });
    await session.readNow();
    expect(calls).toEqual(['found']);
    const given = sent.flatMap((message) => (message.type === 'submitPostContents' ? message.contents : []));
    expect(given.length).toBeGreaterThan(0);
    expect(given).toEqual(readPostContents(parse(fixtureHtml(FEED)), url, clockFor(FEED)));
  });

  it('sends contents only once their sightings are stored, and reads them only after new posts', async () => {
    const post = { memberId: '300', name: 'Ana', kind: 'post' as const, itemId: '55' };
    const readings = [[post], [], [{ ...post, itemId: '56' }]];
    const health = {
      status: 'ok' as const,
      expected: 1,
      read: 1,
      seen: 1,
      timeDisagreements: 0,
      problems: [],
    };
    const next = () => ({ page: feed, sightings: readings.shift() ?? [], health });
    const calls: string[] = [];
    const sent: string[] = [];
    let refuseSightings = 1;
    let minutes = 0;
    const send = async (message: ContentScriptMessage) => {
      sent.push(message.type);
      if (message.type === 'submitSightings' && refuseSightings-- > 0) return { ok: false, error: 'busy' };
      return { ok: true, value: null };
    };
    const contents = createContentChannel({
      enabled: () => true,
      createReader: () => ({
        readAll: () => (calls.push('all'), [content('55')]),
        readFound: () => (calls.push('found'), []),
        readAdded: () => (calls.push('added'), [content('56')]),
      }),
      send,
    });
    const session = createReadingSession({
      createReader: () => ({ page: feed, readAll: next, readAdded: next, health: () => health }),
      readGroupName: () => undefined,
      send,
      document,
      // Each reading a few minutes later, past the back-off after a refusal.
      now: () => new Date(Date.parse('2026-11-22T10:00:00.000Z') + (minutes += 5) * 60_000),
      schedule: () => () => undefined,
      contents,
    });
    await session.readNow();
    // The sightings were refused: their contents wait.
    expect(sent.filter((type) => type === 'submitPostContents')).toEqual([]);
    expect(contents.waiting()).toBe(1);
    session.changed([document.body]);
    await session.readNow(); // no new post: the sightings go again, then their contents; nothing is read
    session.changed([document.body]);
    await session.readNow(); // a new post: read around the change, sent after its sighting
    expect(calls).toEqual(['all', 'added']);
    expect(sent.filter((type) => type !== 'reportPageStatus')).toEqual([
      'submitSightings',
      'submitSightings',
      'submitPostContents',
      'submitSightings',
      'submitPostContents',
    ]);
  });
});
