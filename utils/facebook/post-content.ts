/**
 * What a weak signal needs from each post and comment the page reader finds, and nothing more: a short cleaned
 * excerpt, the outside domains it links to, its image cues (Facebook photo ids, Facebook's generated alt text,
 * width and height attributes) and its time. Pure, like the reader; it finds posts with the reader's own exported
 * finders and readers (read-units.ts, read-comet.ts), never by other means, so a post has the same member, item id
 * and time here as in the sightings.
 *
 * `text` (up to 2,000 characters) is handed to the pure checks run right after reading (tone, selling cues) and is
 * never stored: storage keeps `excerpt` (≤ 200) and the image cues only.
 */
import { z } from 'zod';
import { createPageReader, readPage, type ContainersRead, type ReadOptions } from './index';
import type { PageReading } from './reading';
import type { ItemOutcome, ReadContext } from './context';
import { anchorsOf } from './anchors';
import { detectPage } from './pages';
import { PageDataIndex } from './page-data';
import {
  articlePartsFinder,
  commentIdOfHref,
  readCometArticle,
  readCommentUnit,
  readPostUnit,
} from './read-comet';
import { findCommentUnits, findPostUnits, unitAround } from './read-units';
import { SELECTORS } from './selectors';
import { clip, normalizeText } from './text';
import { postTimeReader } from './time';
import { cachedUrlParser, parseFacebookUrl } from './urls';

export const EXCERPT_MAX = 200;
export const TEXT_MAX = 2_000;

/** One picture's cues, all read from the page's markup: no request, no pixel read. */
export const ImageCue = z.strictObject({
  /** The Facebook photo id of a `/photo/?fbid=…` (or `photo.php?fbid=`) link around or beside the picture. */
  photoId: z
    .string()
    .regex(/^\d{5,25}$/)
    .optional(),
  /** Facebook's generated description ("May be an image of cat", "Peut être une image de chat"), as shown. */
  alt: z.string().max(300).optional(),
  width: z.number().int().min(1).max(100_000).optional(),
  height: z.number().int().min(1).max(100_000).optional(),
});
export type ImageCue = z.infer<typeof ImageCue>;

export const PostContent = z.strictObject({
  kind: z.enum(['post', 'comment']),
  memberId: z.string().min(1).max(200),
  name: z.string().max(10_000),
  itemId: z.string().max(200),
  /** The post a comment belongs to, when its link says so. */
  postId: z.string().max(200).optional(),
  permalink: z.string().max(2_000).optional(),
  at: z.string().optional(),
  isPage: z.boolean().optional(),
  excerpt: z.string().max(EXCERPT_MAX),
  /** Transient: for the checks run at reading time, never stored. */
  text: z.string().max(TEXT_MAX),
  /** Outside domains linked to (`example.org`), lowercased, without `www.`, each once. */
  domains: z.array(z.string().max(253)).max(50),
  images: z.array(ImageCue).max(50),
});
export type PostContent = z.infer<typeof PostContent>;

const ARTICLE = SELECTORS.anyArticle.css;
const STORY_MESSAGE = SELECTORS.storyMessage.css;
const TEXT_BLOCK = 'div[dir="auto"]';
const PHOTO_ID = /[?&]fbid=(\d{5,25})(?:&|$)/;
/** Pictures smaller than this (emoji, reaction icons, avatars) are not content. */
const MIN_PICTURE_SIDE = 64;

/**
 * Whether `node` belongs to `owner` itself rather than to a comment or a nested article inside it; `inner` are the
 * comments inside `owner` (see `commentsInside`).
 */
function ownedBy(node: Element, owner: Element, inner: readonly Element[]): boolean {
  const article = node.closest(ARTICLE);
  if (article && article !== owner && owner.contains(article)) return false;
  return !inner.some((other) => other.contains(node));
}

/** The comments of `others` inside `owner`, found once per container rather than once per node looked at. */
const commentsInside = (owner: Element, others: readonly Element[]) =>
  others.filter((other) => other !== owner && owner.contains(other));

/** The outermost of `blocks` (a text block inside another is part of it). */
const outermost = (blocks: Element[]) =>
  blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));

/** The text a post or comment shows as its message, cleaned, one space between its text blocks. */
function messageOf(element: Element, kind: 'post' | 'comment', inner: readonly Element[]): string {
  const own = (list: Iterable<Element>) => Array.from(list).filter((node) => ownedBy(node, element, inner));
  const story = kind === 'post' ? own(element.querySelectorAll(STORY_MESSAGE))[0] : undefined;
  const within = story ?? element;
  const blocks = outermost(own(within.querySelectorAll(TEXT_BLOCK)));
  const parts = blocks.length ? blocks : story ? [story] : [];
  return normalizeText(parts.map((block) => block.textContent ?? '').join(' '));
}

/** The outside domain a link leads to: Facebook's `l.facebook.com/l.php?u=` wrapper unwrapped. */
export function outsideDomainOf(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com/');
  } catch {
    return null;
  }
  if (/(^|\.)facebook\.com$/.test(url.hostname) && url.pathname === '/l.php') {
    const target = url.searchParams.get('u');
    return target ? outsideDomainOf(target) : null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (/(^|\.)(facebook\.com|fbcdn\.net|fb\.me|messenger\.com|instagram\.com)$/.test(host)) return null;
  return host || null;
}

const sizeOf = (img: Element, name: 'width' | 'height') => {
  const value = Number(img.getAttribute(name));
  return Number.isInteger(value) && value > 0 && value <= 100_000 ? value : undefined;
};

/**
 * A photo cell's picture size as Facebook writes it in the crop's style: `height:calc((1/(W/H))*100%)` (portrait)
 * or `width:calc(((W/H)/1)*100%)` (landscape), W and H the photo's pixel sizes (the 2026 capture's cell with
 * `(1/(720/1241))` is the photo whose page data says 720 × 1241).
 */
const STYLE_SIZE = /calc\(\(\(?1?\/?\(?(\d{1,6})\/(\d{1,6})\)/;
function styledSize(anchor: Element | null): { width?: number; height?: number } {
  for (const node of Array.from(anchor?.querySelectorAll('[style*="calc("]') ?? [])) {
    const match = STYLE_SIZE.exec(node.getAttribute('style') ?? '');
    const width = Number(match?.[1]);
    const height = Number(match?.[2]);
    if (width > 0 && height > 0) return { width, height };
  }
  return {};
}

function cueOfImage(img: Element | null, anchor: Element | null): ImageCue | null {
  const href = anchor?.getAttribute('href') ?? '';
  const photoId = /photo(?:\.php|\/)/.test(href) ? PHOTO_ID.exec(href)?.[1] : undefined;
  const styled = styledSize(anchor);
  const width = (img ? sizeOf(img, 'width') : undefined) ?? styled.width;
  const height = (img ? sizeOf(img, 'height') : undefined) ?? styled.height;
  if (
    (width !== undefined && width < MIN_PICTURE_SIDE) ||
    (height !== undefined && height < MIN_PICTURE_SIDE)
  )
    return null;
  const src = img?.getAttribute('src') ?? '';
  if (!photoId && (!img || /static\.[a-z.]*fbcdn\.net|emoji\.php|rsrc\.php/.test(src))) return null;
  const alt = normalizeText(img?.getAttribute('alt') || anchor?.getAttribute('aria-label') || '');
  const cue: ImageCue = {
    ...(photoId ? { photoId } : {}),
    ...(alt ? { alt: clip(alt, 300) } : {}),
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  };
  return Object.keys(cue).length ? cue : null;
}

/** Image cues: photo links (with the picture inside them), then pictures outside any photo link. */
function imagesOf(element: Element, anchors: readonly Element[], inner: readonly Element[]): ImageCue[] {
  const cues: ImageCue[] = [];
  const seen = new Set<Element>();
  for (const anchor of anchors) {
    if (!PHOTO_ID.test(anchor.getAttribute('href') ?? '')) continue;
    const img = anchor.querySelector('img');
    if (img) seen.add(img);
    const cue = cueOfImage(img, anchor);
    if (cue && !cues.some((known) => known.photoId && known.photoId === cue.photoId)) cues.push(cue);
  }
  for (const img of Array.from(element.getElementsByTagName('img'))) {
    if (seen.has(img) || !ownedBy(img, element, inner) || img.closest('a[href*="/user/"]')) continue;
    const cue = cueOfImage(img, null);
    if (cue?.alt) cues.push(cue);
  }
  return cues.slice(0, 50);
}

function domainsOf(anchors: readonly Element[]): string[] {
  const domains = new Set<string>();
  for (const anchor of anchors) {
    const domain = outsideDomainOf(anchor.getAttribute('href') ?? '');
    if (domain) domains.add(domain);
  }
  return [...domains].slice(0, 50);
}

const POST_OF_COMMENT = /\/posts\/(\d{5,25}|pfbid[0-9A-Za-z]+)\//;

/** The content of one container's post and comment sightings. */
function contentsOf(element: Element, outcome: ItemOutcome, others: readonly Element[]): PostContent[] {
  if (outcome.status !== 'read') return [];
  const contents: PostContent[] = [];
  const inner = commentsInside(element, others);
  let anchors: Element[] | undefined;
  /** The container's own links, in page order, for its domains and its photo links. */
  const ownAnchors = () =>
    (anchors ??= Array.from(element.getElementsByTagName('a')).filter((a) => ownedBy(a, element, inner)));
  for (const sighting of outcome.sightings) {
    if ((sighting.kind !== 'post' && sighting.kind !== 'comment') || !sighting.itemId) continue;
    const text = clip(messageOf(element, sighting.kind, inner), TEXT_MAX);
    const postId =
      sighting.kind === 'comment' ? POST_OF_COMMENT.exec(sighting.permalink ?? '')?.[1] : undefined;
    contents.push({
      kind: sighting.kind,
      memberId: sighting.memberId,
      name: sighting.name,
      itemId: sighting.itemId,
      ...(postId ? { postId } : {}),
      ...(sighting.permalink ? { permalink: sighting.permalink } : {}),
      ...(sighting.at ? { at: sighting.at } : {}),
      ...(sighting.isPage !== undefined ? { isPage: sighting.isPage } : {}),
      excerpt: clip(text, EXCERPT_MAX),
      text,
      domains: domainsOf(ownAnchors()),
      images: sighting.kind === 'post' ? imagesOf(element, ownAnchors(), inner) : [],
    });
  }
  return contents;
}

/** One read's context; `data` and `claimedBlocks` carry over between the reads of one page. */
function contextFor(
  url: string,
  options: ReadOptions,
  carried: Pick<ReadContext, 'data'> & { claimedBlocks: WeakSet<Element> },
): ReadContext {
  const location = detectPage(url);
  const pageUrl = parseFacebookUrl(url);
  const now = typeof options.now === 'function' ? options.now() : options.now;
  const clock = { now, timeZone: options.timeZone ?? 'UTC' };
  return {
    location,
    pageUrl,
    clock,
    data: carried.data,
    parseUrl: cachedUrlParser(pageUrl),
    postTime: postTimeReader(clock),
    claimedBlocks: carried.claimedBlocks,
  };
}

const readsContents = (url: string) => {
  const location = detectPage(url);
  return (location.kind === 'group-feed' || location.kind === 'group-post') && !location.legacyMobile;
};
const contentKey = (content: PostContent) => `${content.kind}|${content.memberId}|${content.itemId}`;
const isElement = (node: unknown): node is Element => (node as Node | null)?.nodeType === 1;

/** The contents of the posts and comments under `root` (which may itself be an article), in page order. */
function contentsUnder(root: ParentNode, context: ReadContext): PostContent[] {
  context.data.ingestScripts(Array.from(root.querySelectorAll(SELECTORS.embeddedJson.css)));
  const own = isElement(root) && root.matches(ARTICLE) ? [root] : [];
  const articles = [...own, ...Array.from(root.querySelectorAll(ARTICLE))].filter(
    (a) => a.getElementsByTagName('a').length,
  );
  context.articleParts = articlePartsFinder(articles, (href) =>
    parseFacebookUrl(href, context.pageUrl ?? undefined),
  );
  const units = findPostUnits(root, articles.length === 0, context.claimedBlocks);
  const comments = findCommentUnits(root, (href) => commentIdOfHref(href, context.parseUrl), anchorsOf(root));
  const containers = [...articles, ...units.map((unit) => unit.element), ...comments];
  const read = (element: Element, index: number): ItemOutcome => {
    try {
      if (index < articles.length) return readCometArticle(element, context);
      const unit = units[index - articles.length];
      if (unit) return readPostUnit(element, unit.authorBlock, context);
      return readCommentUnit(element, context);
    } catch {
      return { status: 'unreadable', problem: 'reader error' };
    }
  };
  const byKey = new Map<string, PostContent>();
  containers.forEach((element, index) => {
    for (const content of contentsOf(element, read(element, index), comments)) {
      if (!byKey.has(contentKey(content))) byKey.set(contentKey(content), content);
    }
  });
  return [...byKey.values()];
}

/**
 * The contents of the posts and comments the page reader read (what its `onRead` was given during one read), in
 * page order, each (kind, member, item) once: the reader found them, read their member, item and time, and knows
 * each root's comments (which own the text, links and pictures inside them); only those are read here.
 */
export function contentsOfReads(reads: readonly ContainersRead[]): PostContent[] {
  const commentsOf = new Map<Node, readonly Element[]>();
  for (const read of reads) if (read.kind === 'comment-unit') commentsOf.set(read.root, read.containers);
  const byKey = new Map<string, PostContent>();
  for (const { root, containers, outcomes } of reads) {
    const others = commentsOf.get(root) ?? [];
    containers.forEach((element, index) => {
      const outcome = outcomes[index];
      if (!outcome) return;
      for (const content of contentsOf(element, outcome, others))
        if (!byKey.has(contentKey(content))) byKey.set(contentKey(content), content);
    });
  }
  return [...byKey.values()];
}

/**
 * One pass of a whole page for weak signals: the page reader's reading, and the contents of the posts and
 * comments it read, from the containers it found (no search of its own). Contents only on a group's feed or post
 * page. Never throws.
 */
export function readPageWithContents(
  root: ParentNode,
  url: string,
  options: ReadOptions,
): { reading: PageReading; contents: PostContent[] } {
  if (!readsContents(url)) return { reading: readPage(root, url, options), contents: [] };
  const reads: ContainersRead[] = [];
  try {
    const reading = createPageReader(url, options, undefined, (read) => reads.push(read)).readAll(root);
    return { reading, contents: contentsOfReads(reads) };
  } catch {
    return { reading: readPage(root, url, options), contents: [] };
  }
}

/**
 * The content of every post and comment of a group feed or post page, in page order (posts, then the comments
 * outside articles). Other pages give none. Never throws: an unreadable container gives nothing.
 */
export function readPostContents(root: ParentNode, url: string, options: ReadOptions): PostContent[] {
  return readPageWithContents(root, url, options).contents;
}

/**
 * Where an added or changed node is read from: the article around it (a post, or a comment that is an article),
 * else the feed item around it, else the node itself. Never the whole page.
 */
function rootOf(node: Node): Element | null {
  const element = isElement(node) ? node : node.parentElement;
  if (!element?.isConnected) return null;
  return element.closest(ARTICLE) ?? unitAround(element, () => false) ?? element;
}

/** The outermost of the roots around `nodes`, each once. */
function rootsAround(nodes: Iterable<Node>): Element[] {
  const roots = new Set<Element>();
  for (const node of nodes) {
    const root = rootOf(node);
    if (root) roots.add(root);
  }
  const inside = (root: Element) => {
    for (let parent = root.parentElement; parent; parent = parent.parentElement)
      if (roots.has(parent)) return true;
    return false;
  };
  return [...roots].filter((root) => !inside(root));
}

/** Reads contents on one page (one URL) as it grows; see `createPostContentReader`. */
export interface PostContentReader {
  /** The page's contents not given before (the first read of a page). */
  readAll(root: ParentNode): PostContent[];
  /**
   * The same from what the page reader found in its whole reading of `root` (what its `onRead` was given), without
   * searching the page again; `root`'s page data is kept for the later reads, as `readAll` keeps it.
   */
  readFound(root: ParentNode, reads: readonly ContainersRead[]): PostContent[];
  /** Contents not given before, read only in the posts and comments in or around these added nodes. */
  readAdded(nodes: Iterable<Node>): PostContent[];
}

/**
 * The content script's reader of post contents for one page: like the page reader, it reads only around what
 * was added and gives each post or comment once (later changes inside an item already given, such as a picture
 * loaded late, are not read again). Pages other than a group's feed or post give nothing and cost nothing.
 */
export function createPostContentReader(url: string, options: ReadOptions): PostContentReader {
  const reads = readsContents(url);
  const carried = { data: new PageDataIndex(), claimedBlocks: new WeakSet<Element>() };
  const given = new Set<string>();
  const fresh = (contents: PostContent[]) =>
    contents.filter((content) => !given.has(contentKey(content)) && given.add(contentKey(content)));
  const under = (roots: readonly ParentNode[]) => {
    if (!reads || roots.length === 0) return [];
    const context = contextFor(url, options, carried);
    try {
      return fresh(roots.flatMap((root) => contentsUnder(root, context)));
    } catch {
      return [];
    }
  };
  const found = (root: ParentNode, containers: readonly ContainersRead[]) => {
    if (!reads) return [];
    try {
      carried.data.ingestScripts(Array.from(root.querySelectorAll(SELECTORS.embeddedJson.css)));
      return fresh(contentsOfReads(containers));
    } catch {
      return [];
    }
  };
  return {
    readAll: (root) => under([root]),
    readFound: found,
    readAdded: (nodes) => under(reads ? rootsAround(nodes) : []),
  };
}
