/**
 * Browser side of `npm run bench -- read-page` (bundled as an IIFE, injected after the reader's own bundle, which
 * defines `window.TendReader`). Builds a group feed from the real post articles kept in `<template>`s, giving
 * every clone its own post id, author id and author name with DOM operations, and times the reader against the
 * baseline.
 */
import type * as Reader from '@/utils/facebook';
import type * as ContentReader from '@/utils/facebook/post-content';

type ReaderModule = typeof Reader;
declare global {
  interface Window {
    TendReader: ReaderModule;
    /** The post-content reader (weak signals, utils/facebook/post-content.ts), bundled apart like the reader. */
    TendContents: typeof ContentReader;
    gc?: () => void;
  }
}

const reader = (): ReaderModule => window.TendReader;
const OPTIONS = { now: new Date('2025-04-20T12:00:00Z'), timeZone: 'Europe/Paris' };
const POST_BASE = 700_000_000_000_000;
const AUTHOR_BASE = 61_600_000_000_000;

/**
 * Which captured markup the feed is built from: the 2025 post articles, or the 2026 feed's post (a feed item with
 * no role=article, its id only in its media links `pcb.<id>`). The author each capture shows is replaced in every
 * clone by a name of its own.
 */
export type Markup = '2025' | '2026';
const CAPTURED_NAME: Record<Markup, string> = { '2025': 'Mathis Aubert', '2026': 'Evie Morel' };
let markup: Markup = '2025';

let pageUrl = '';
let names: string[] = [];
let serial = 0;

const feed = () => document.querySelector('[role="feed"]')!;
const templates = () =>
  Array.from(document.querySelectorAll<HTMLTemplateElement>(`template[data-markup="${markup}"]`));
const collect = () => window.gc?.();

export function collectGarbage(): void {
  collect();
}

/** The feed's group: every clone's links are moved into it (the 2026 capture is from another group). */
const groupOfPage = () => new URL(pageUrl).pathname.split('/')[2]!;

/** Rewrites one `/groups/<gid>/<user|posts>/<id>/` path segment, keeping the rest of the link as it is. */
function setPathId(link: Element, kind: 'user' | 'posts', id: string): boolean {
  const href = link.getAttribute('href') ?? '';
  const url = new URL(href, 'https://www.facebook.com/');
  const segments = url.pathname.split('/');
  // ['', 'groups', gid, kind, id, '']
  if (segments[1] !== 'groups' || segments[3] !== kind || !segments[4]) return false;
  segments[2] = groupOfPage();
  segments[4] = id;
  url.pathname = segments.join('/');
  const relative = href.startsWith('/');
  link.setAttribute('href', relative ? url.pathname + url.search + url.hash : url.href);
  return true;
}

/** Replaces the captured author name in text nodes and aria-labels of one clone. */
function rename(root: Element, name: string): void {
  const captured = CAPTURED_NAME[markup];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.trim() === captured) node.nodeValue = node.nodeValue.replace(captured, name);
  }
  for (const element of Array.from(root.querySelectorAll(`[aria-label="${captured}"]`))) {
    element.setAttribute('aria-label', name);
  }
}

/** Gives a 2026 post's media links (`/videos/pcb.<id>/`, `photo/?set=pcb.<id>`) its own post id. */
function setMediaSetId(link: Element, id: string): boolean {
  const href = link.getAttribute('href') ?? '';
  const changed = href.replace(/pcb\.\d+/, `pcb.${id}`);
  if (changed === href) return false;
  link.setAttribute('href', changed);
  return true;
}

/** The captured post: an article (2025), or the 2026 feed's post item (the feed's child holding an author block). */
function capturedPost(source: HTMLTemplateElement): Element {
  if (markup === '2025') return source.content.querySelector('[role="article"]')!;
  const block = source.content.querySelector('[role="feed"] [data-ad-rendering-role="profile_name"]')!;
  let item = block;
  while (item.parentElement && item.parentElement.getAttribute('role') !== 'feed') item = item.parentElement;
  return item;
}

/** One feed unit: a wrapper holding a clone of a captured post article with its own ids and author. */
function makePost(): { unit: HTMLElement; postId: string; authorId: string } {
  const index = serial++;
  const sources = templates();
  const source = sources[index % sources.length]!;
  const article = capturedPost(source).cloneNode(true) as Element;
  const postId = String(POST_BASE + index);
  const authorId = String(AUTHOR_BASE + index);
  let postLinks = 0;
  let authorLinks = 0;
  for (const link of Array.from(article.querySelectorAll('a[href]'))) {
    if (setPathId(link, 'posts', postId) || setMediaSetId(link, postId)) postLinks += 1;
    else if (setPathId(link, 'user', authorId)) authorLinks += 1;
  }
  if (postLinks === 0 || authorLinks === 0)
    throw new Error('a captured article lost its post or author links');
  rename(article, names[index % names.length]!);
  // A 2025 article sits in a feed item of its own; a 2026 post item is the feed's child itself.
  if (markup === '2026') return { unit: article as HTMLElement, postId, authorId };
  const unit = document.createElement('div');
  unit.appendChild(article);
  return { unit, postId, authorId };
}

function appendPosts(count: number): HTMLElement[] {
  const units: HTMLElement[] = [];
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const { unit } = makePost();
    units.push(unit);
    fragment.appendChild(unit);
  }
  feed().appendChild(fragment);
  return units;
}

export function setup(url: string, memberNames: string[]): void {
  pageUrl = url;
  names = memberNames;
}

/** The markup the next feeds are built from. */
export function useMarkup(which: Markup): void {
  markup = which;
  serial = 0;
}

/** Replaces the feed by `count` fresh posts. */
function fillFeed(count: number): void {
  feed().replaceChildren();
  appendPosts(count);
}

/** Replaces the feed by `count` fresh posts; returns what the page holds and what the reader reads of it. */
export function buildFeed(count: number) {
  fillFeed(count);
  const links = document.querySelectorAll('a[href]').length;
  const scripts = document.querySelectorAll('script[type="application/json"]').length;
  const articles = feed().children.length;
  const reading = reader().readPage(document, pageUrl, OPTIONS);
  const distinct = new Set(reading.sightings.map((s) => `${s.kind}|${s.memberId}|${s.itemId}`));
  return {
    articles,
    links,
    scripts,
    sightings: reading.sightings.length,
    distinct: distinct.size,
    kinds: [...new Set(reading.sightings.map((s) => s.kind))],
    problems: reading.health.problems,
    status: reading.health.status,
    sample: reading.sightings[0],
  };
}

/** The baseline: one pass over every link touching its href, plus parsing the page's embedded JSON. */
function baseline(): number {
  let touched = 0;
  for (const link of Array.from(document.querySelectorAll('a[href]'))) {
    touched += link.getAttribute('href')!.length;
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/json"]'))) {
    const value: unknown = JSON.parse(script.textContent ?? 'null');
    if (value !== null) touched += 1;
  }
  return touched;
}

/** The same, resolving each link through the `href` property (absolute URL) instead of the attribute. */
function baselineResolved(): number {
  let touched = 0;
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    touched += link.href.length;
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/json"]'))) {
    const value: unknown = JSON.parse(script.textContent ?? 'null');
    if (value !== null) touched += 1;
  }
  return touched;
}

const fullRead = () => reader().readPage(document, pageUrl, OPTIONS).sightings.length;
/**
 * The same read with weak signals on: the content script then also reads what each post says, from the posts and
 * comments the page reader found (one pass, `readPageWithContents`).
 */
const fullReadWithContents = () => {
  const { reading, contents } = window.TendContents.readPageWithContents(document, pageUrl, OPTIONS);
  return reading.sightings.length + contents.length;
};

const WORK = { baseline, baselineResolved, full: fullRead, fullWithContents: fullReadWithContents } as const;
type WorkName = keyof typeof WORK;
const WORK_ORDER = Object.keys(WORK) as WorkName[];

/**
 * One timed first pass of `name` over the page: before it (untimed), a garbage collection, which also drops the
 * JavaScript wrappers of elements no script holds (a first read creates them), and `forgetCachedCollections`.
 * `collectFirst: false` leaves the collection out (the profiler collects once first, so that a collection is not
 * counted as the reader's).
 */
function timeOnePass(name: WorkName, collectFirst: boolean): number {
  if (collectFirst) collect();
  forgetCachedCollections();
  const started = performance.now();
  const result = WORK[name]();
  const elapsed = performance.now() - started;
  if (result < 0) throw new Error('unreachable');
  return elapsed;
}

/**
 * `rounds` rounds, each timing one first pass of every work in turn (baseline, resolved baseline, full read), the
 * order reversed every other round (so each work follows each of the others alike). Interleaving pass by pass
 * makes a slower moment of the machine hit the baseline and the reader alike. Returns every pass's time in ms.
 */
export function timeRounds(rounds: number): Record<WorkName, number[]> {
  const times: Record<WorkName, number[]> = {
    baseline: [],
    baselineResolved: [],
    full: [],
    fullWithContents: [],
  };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? WORK_ORDER : [...WORK_ORDER].reverse();
    for (const name of order) times[name].push(timeOnePass(name, true));
  }
  return times;
}

/** Average time of `repeats` first passes of `name` (see `timeOnePass`). */
export function time(name: WorkName, repeats: number, collectFirst = true): number {
  let elapsed = 0;
  for (let i = 0; i < repeats; i++) elapsed += timeOnePass(name, collectFirst);
  return elapsed / repeats;
}

/**
 * Chromium keeps the live collections a subtree was asked for (`getElementsByTagName`…) with their length and
 * items until something changes in that subtree. Reading an unchanged page again would get them for free, which
 * no real first read of a page does: an element added to and removed from every article (untimed) makes each
 * timed read a first read. A text node would not do: Chromium keeps element collections through text changes.
 */
function forgetCachedCollections(): void {
  const items =
    markup === '2026' ? Array.from(feed().children) : Array.from(feed().querySelectorAll('[role="article"]'));
  for (const article of items) {
    const marker = document.createElement('i');
    article.appendChild(marker);
    marker.remove();
  }
}

/**
 * Incremental reading with `onPage` posts already read: a reader reads the whole page once, then for each of
 * `batches` batches, `batchSize` posts are appended (the nodes a MutationObserver reports, as in the content
 * script) and only `readAdded` of those nodes is timed. Each batch is removed afterwards, so the page holds
 * `onPage` posts before every batch. Returns the time of each batch in ms.
 */
export function incremental(onPage: number, batches: number, batchSize: number, warmUp: number) {
  fillFeed(onPage);
  const pageReader = reader().createPageReader(pageUrl, OPTIONS);
  const first = pageReader.readAll(document);
  if (first.sightings.length !== onPage) throw new Error(`read ${first.sightings.length} of ${onPage} posts`);
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href'],
  });
  const times: number[] = [];
  for (let batch = 0; batch < warmUp + batches; batch++) {
    const units = appendPosts(batchSize);
    const nodes: Node[] = [];
    for (const record of observer.takeRecords()) {
      if (record.type === 'attributes') nodes.push(record.target);
      else record.addedNodes.forEach((node) => nodes.push(node));
    }
    collect();
    const started = performance.now();
    const reading = pageReader.readAdded(nodes);
    const elapsed = performance.now() - started;
    if (reading.sightings.length !== batchSize)
      throw new Error(`readAdded gave ${reading.sightings.length} sightings for ${batchSize} new posts`);
    if (batch >= warmUp) times.push(elapsed);
    for (const unit of units) unit.remove();
    observer.takeRecords();
  }
  observer.disconnect();
  return times;
}
