/**
 * Posts found from what has survived Facebook's redesigns, when they are not `[role=article]` (the 2026 desktop
 * feed): a post's author block `data-ad-rendering-role=profile_name`, and the feed's (`[role=feed]`) direct
 * children. A post unit is the author block's widest ancestor that holds no other post's author block and does not
 * cross a region (feed, dialog, main, an article): in a feed, the feed's child. A feed child without an author
 * block but with a named group-member link is a unit too, read the same way (so it counts as expected, and a
 * change that hides author blocks shows in health). A unit is the same whether the page is read whole or as it
 * is added (incremental reads), see `neighbourTest`.
 *
 * Articles keep their own reading (read-comet.ts): author blocks inside an article are the article's.
 */
import { anchorsOf, type Anchors } from './anchors';
import { SELECTORS } from './selectors';
import { nameOf } from './text';

const ARTICLE = SELECTORS.anyArticle.css;
const PROFILE_NAME = SELECTORS.profileName.css;
const FEED = SELECTORS.feed.css;
const REGION_ROLES = new Set(['feed', 'dialog', 'main', 'article']);

const isRegion = (element: Element) =>
  element.localName === 'body' || REGION_ROLES.has(element.getAttribute('role') ?? '');

/**
 * What the read already knows of a search root (see index.ts), so that it is not searched again: its anchors, the
 * articles its article search found, and `articleFree`: that search, of any tag, found none, and the root is in
 * no article.
 */
export interface RootFacts {
  anchors: Anchors;
  articles: readonly Element[];
  articleFree: boolean;
  /** The root's author blocks, when the article search already searched for them (an article-free root). */
  blocks?: readonly Element[];
  /** The root's post units with an author block, when already found (see `authorBlockUnits`). */
  units?: readonly PostUnit[];
}

/** Author blocks of posts that are not articles, in document order. */
function looseAuthorBlocks(
  root: ParentNode,
  claimed?: WeakSet<Element>,
  facts?: Pick<RootFacts, 'articles' | 'articleFree' | 'blocks'>,
): Element[] {
  const blocks = facts?.articles.length
    ? blocksOutside(root, facts.articles)
    : (facts?.blocks ?? root.querySelectorAll(PROFILE_NAME));
  return Array.from(blocks).filter(
    (block) => !claimed?.has(block) && (facts?.articleFree || block.closest(ARTICLE) === null),
  );
}

/**
 * The author blocks under `root` outside `articles` (their blocks are theirs, see read-comet.ts), in document
 * order. Only the elements on the way from `root` down to an article are looked at one by one; the subtrees beside
 * that way hold no article and are searched whole. On a feed of articles that is a few elements per post instead
 * of a search of the whole page.
 */
function blocksOutside(root: ParentNode, articles: readonly Element[]): Element[] {
  const skipped = new Set<Node>(articles);
  const onTheWay = new Set<Node>();
  for (const article of articles)
    for (let node = article.parentNode; node && node !== root && !onTheWay.has(node); node = node.parentNode)
      onTheWay.add(node);
  const found: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (skipped.has(child)) continue;
      if (child.matches(PROFILE_NAME)) found.push(child);
      if (onTheWay.has(child)) visit(child);
      else for (const block of Array.from(child.querySelectorAll(PROFILE_NAME))) found.push(block);
    }
  };
  visit(root);
  return found;
}

/**
 * The unit of an author block: climbs while the parent is not a region and holds no other author block
 * (`holdsAnother`).
 */
function unitOf(block: Element, holdsAnother: (parent: Element) => boolean): Element {
  let unit = block;
  for (let parent = unit.parentElement; parent && !isRegion(parent); parent = parent.parentElement) {
    if (holdsAnother(parent)) break;
    unit = parent;
  }
  return unit;
}

/**
 * Reading a whole page, the blocks are known in document order: a parent holding another one holds a neighbour.
 * Reading an addition, its parent's author blocks are counted instead: below a region (a feed item, a dialog)
 * that is one post's markup, and the page outside the addition is not searched.
 */
function neighbourTest(blocks: readonly Element[], index: number): (parent: Element) => boolean {
  const before = blocks[index - 1];
  const after = blocks[index + 1];
  return (parent) => Boolean((before && parent.contains(before)) || (after && parent.contains(after)));
}
const holdsTwoBlocks = (parent: Element) => parent.querySelectorAll(PROFILE_NAME).length > 1;

/** A post unit and its author block (null for a feed child that has none). */
export interface PostUnit {
  element: Element;
  authorBlock: Element | null;
}

const isElementNode = (node: ParentNode): node is Element => (node as Node).nodeType === 1;

/** A link to a member of a group (`/groups/<gid>/user/<uid>/`), told by its href without parsing it. */
const isMemberHref = (href: string) => href.includes('groups/') && href.includes('/user/');

/** Whether `element` holds a link to a member of a group showing a name. */
function hasNamedMemberLink(element: Element): boolean {
  const anchors = element.getElementsByTagName('a');
  for (let index = 0, count = anchors.length; index < count; index++) {
    const anchor = anchors[index]!;
    if (isMemberHref(anchor.getAttribute('href') ?? '') && nameOf(anchor) !== '') return true;
  }
  return false;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * The feeds under `root` (and `root` itself, last, if it is one) that hold a member link: only their items can be
 * blockless (see `isBlockless`). Found from the member links the read already holds, up through their feeds,
 * instead of a search of the whole page.
 */
function feedsWithMemberLinks(root: ParentNode, anchors: Anchors): Element[] {
  const feeds = new Set<Element>();
  const within = (feed: Element) => !isElementNode(root) || root.contains(feed);
  for (let index = 0, count = anchors.elements.length; index < count; index++) {
    const href = anchors.hrefs[index];
    if (!href || !isMemberHref(href)) continue;
    // A feed already found had the feeds around it added with it.
    let feed = anchors.elements[index]!.closest(FEED);
    for (; feed && !feeds.has(feed) && within(feed); feed = feed.parentElement?.closest(FEED) ?? null)
      feeds.add(feed);
  }
  const inner = [...feeds].filter((feed) => feed !== root);
  if (inner.length > 1) inner.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  return feeds.has(root as Element) ? [...inner, root as Element] : inner;
}

/** A feed item with a named member link but neither an author block nor an article (nor inside one). */
const isBlockless = (child: Element) =>
  child.querySelector(ARTICLE) === null &&
  child.querySelector(PROFILE_NAME) === null &&
  child.closest(ARTICLE) === null &&
  hasNamedMemberLink(child);

/** The feed children under `root` that hold no author block and no article but do hold anchors. */
function blocklessFeedChildren(root: ParentNode, units: Set<Element>, anchors: Anchors): Element[] {
  const found: Element[] = [];
  // An addition that is itself a feed item.
  if (isElementNode(root) && root.parentElement?.matches(FEED) && !units.has(root) && isBlockless(root))
    found.push(root);
  for (const feed of feedsWithMemberLinks(root, anchors)) {
    for (let child = feed.firstElementChild; child; child = child.nextElementSibling) {
      if (!units.has(child) && isBlockless(child)) found.push(child);
    }
  }
  return found;
}

/**
 * The post units under `root` (a whole document, or an element added to the page and the unit around it), and,
 * with `feedItems`, the feed items without an author block (not looked for where the feed's items are articles).
 * `claimed`: author blocks the articles already read own (spares looking for their article again). `facts`: what
 * the read knows of `root` (without them, `root` is searched for them).
 */
export function findPostUnits(
  root: ParentNode,
  feedItems = true,
  claimed?: WeakSet<Element>,
  facts?: RootFacts,
): PostUnit[] {
  const units = [...(facts?.units ?? authorBlockUnits(root, claimed, facts))];
  if (feedItems) {
    const elements = new Set(units.map((unit) => unit.element));
    for (const element of blocklessFeedChildren(root, elements, facts?.anchors ?? anchorsOf(root)))
      units.push({ element, authorBlock: null });
  }
  return units;
}

/**
 * The post units under `root` that have an author block, in document order and disjoint. Needs neither the root's
 * anchors nor its feeds, so the read can find them before it collects the anchors (see index.ts).
 */
export function authorBlockUnits(
  root: ParentNode,
  claimed?: WeakSet<Element>,
  facts?: Pick<RootFacts, 'articles' | 'articleFree' | 'blocks'>,
): PostUnit[] {
  const whole = !isElementNode(root);
  const blocks = looseAuthorBlocks(root, claimed, facts);
  if (!whole) {
    const around = (root as Element).closest(PROFILE_NAME);
    if (around && !blocks.includes(around) && around.closest(ARTICLE) === null) blocks.unshift(around);
  }
  const units: PostUnit[] = [];
  const elements = new Set<Element>();
  blocks.forEach((block, index) => {
    const element = unitOf(block, whole ? neighbourTest(blocks, index) : holdsTwoBlocks);
    if (elements.has(element)) return;
    elements.add(element);
    units.push({ element, authorBlock: block });
  });
  return units;
}

/** A feed child (or a unit found before) that holds `node`: where an addition inside a post is read again. */
export function unitAround(node: Element, known: (element: Element) => boolean): Element | null {
  for (let element: Element | null = node; element; element = element.parentElement) {
    if (known(element)) return element;
    const parent = element.parentElement;
    if (parent?.matches(FEED)) return element;
  }
  return null;
}

/**
 * Comments that are not articles: the links carrying `comment_id` (a comment's time link, its author's links) that
 * no article owns, grouped by the comment they name (`commentIdOf`). A comment's unit is the widest ancestor of its
 * first link holding no other comment's link and no post author block, within a region. Replies are comments of
 * their own (their links name the reply).
 */
export function findCommentUnits(
  root: ParentNode,
  commentIdOf: (href: string) => string | null,
  anchors?: Anchors,
): Element[] {
  const links = looseCommentLinks(root, commentIdOf, anchors);
  const whole = !isElementNode(root);
  const units: Element[] = [];
  const done = new Set<string>();
  for (let index = 0; index < links.length; index++) {
    const { link, id } = links[index]!;
    if (done.has(id)) continue;
    done.add(id);
    const before = neighbour(links, index, -1);
    const after = neighbour(links, index, 1);
    const holdsAnother = (parent: Element) =>
      whole
        ? Boolean((before && parent.contains(before)) || (after && parent.contains(after)))
        : looseCommentLinks(parent, commentIdOf).some((other) => other.id !== id);
    let unit = link;
    for (let parent = unit.parentElement; parent && !isRegion(parent); parent = parent.parentElement) {
      if (holdsAnother(parent) || parent.querySelector(PROFILE_NAME)) break;
      unit = parent;
    }
    units.push(unit);
  }
  return units;
}

interface CommentLink {
  link: Element;
  id: string;
}

function looseCommentLinks(
  root: ParentNode,
  commentIdOf: (href: string) => string | null,
  anchors: Anchors = anchorsOf(root),
): CommentLink[] {
  const found: CommentLink[] = [];
  for (let index = 0, count = anchors.elements.length; index < count; index++) {
    const link = anchors.elements[index]!;
    const href = anchors.hrefs[index];
    if (!href || !href.includes('comment_id=') || link.closest(ARTICLE)) continue;
    const id = commentIdOf(href);
    if (id) found.push({ link, id });
  }
  return found;
}

/** The nearest link, before or after `index`, that names another comment. */
function neighbour(links: readonly CommentLink[], index: number, step: 1 | -1): Element | undefined {
  const { id } = links[index]!;
  for (let at = index + step; at >= 0 && at < links.length; at += step)
    if (links[at]!.id !== id) return links[at]!.link;
  return undefined;
}
