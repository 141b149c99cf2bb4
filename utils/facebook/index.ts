/**
 * Tend's Facebook page reader: a DOM node and a URL (and a clock) in, sightings out. Pure and DOM-agnostic
 * (standard DOM APIs only), so the same code runs in the content script and, with linkedom, in Node.
 *
 * - `readPage(root, url, options)` reads a whole page once.
 * - `createPageReader(url, options)` keeps state for one page (one URL): `readAdded(nodes)` reads only the
 *   containers in or around nodes added or changed since, and returns only new or changed sightings.
 */
import { sightingItemKey, type PageHealth, type PageInfo, type PageReading, type Sighting } from './reading';
import type { ItemOutcome, ReadContext } from './context';
import { unreadable } from './context';
import { detectPage, type PageLocation } from './pages';
import { PageDataIndex } from './page-data';
import { anchorsAround, anchorsOf, hrefsByAnchor, type Anchors } from './anchors';
import { countVisibleMembers, verdictOf } from './health';
import {
  articlePartsFinder,
  commentIdOfHref,
  readCometArticle,
  readCommentUnit,
  readPostUnit,
} from './read-comet';
import {
  authorBlockUnits,
  findCommentUnits,
  findPostUnits,
  unitAround,
  type PostUnit,
  type RootFacts,
} from './read-units';
import { readMemberHeading } from './read-member-page';
import { readMemberRow } from './read-members';
import { readRequestRow } from './read-requests';
import { numericGroupIdOf } from './read-group-id';
import { readMobileComment, readMobileStory } from './read-mobile';
import { SELECTORS } from './selectors';
import { postTimeReader } from './time';
import { cachedUrlParser, parseFacebookUrl } from './urls';

export { detectPage, type PageLocation } from './pages';
export { readTimePhrase, readJoinLine, readPostTime, type Clock } from './time';

export interface ReadOptions {
  /** When the page is read; a function for long-lived readers, so relative times stay right. */
  now: Date | (() => Date);
  /** IANA zone of the admin's clock (Facebook shows wall-clock times in it). Default UTC. */
  timeZone?: string;
  /**
   * The admin's opt-ins for the member-requests page (off by default): read who asked to join and when, and,
   * only with `answers` too, their screening answers. Without `read` that page is not read at all.
   */
  memberRequests?: { read: boolean; answers: boolean };
}

export type ContainerKind =
  | 'member-row'
  | 'request-row'
  | 'member-heading'
  | 'article'
  | 'post-unit'
  | 'comment-unit'
  | 'mobile-story'
  | 'mobile-comment';

/** The selector of each kind of container; post units are found by `findPostUnits` (see read-units.ts). */
const CONTAINERS: Record<ContainerKind, string> = {
  'member-row': SELECTORS.memberRow.css,
  // Request cards are list items like member rows (see read-requests.ts).
  'request-row': SELECTORS.memberRow.css,
  // A member's page names them in its heading (see read-member-page.ts).
  'member-heading': SELECTORS.pageHeading.css,
  article: SELECTORS.article.css,
  'post-unit': SELECTORS.profileName.css,
  'comment-unit': SELECTORS.link.css,
  'mobile-story': SELECTORS.mobileStory.css,
  'mobile-comment': SELECTORS.mobileComment.css,
};

/** Which containers hold people on each kind of page. */
function containersFor(location: PageLocation, options: ReadOptions): ContainerKind[] {
  switch (location.kind) {
    case 'group-members':
      return ['member-row'];
    case 'member-requests':
      return options.memberRequests?.read ? ['request-row'] : [];
    case 'group-member':
      return location.legacyMobile
        ? ['member-heading', 'mobile-story', 'mobile-comment']
        : ['member-heading', 'article', 'post-unit', 'comment-unit', 'mobile-story', 'mobile-comment'];
    case 'group-feed':
    case 'group-post':
      return location.legacyMobile
        ? ['mobile-story', 'mobile-comment']
        : ['article', 'post-unit', 'comment-unit', 'mobile-story', 'mobile-comment'];
    default:
      return [];
  }
}

const NOTHING_FOUND: Partial<Record<ContainerKind, string>> = {
  'member-row': 'no member rows found on a members page',
  article: 'no posts found on a group page',
  'mobile-story': 'no posts found on a group page',
};

export interface PageReader {
  readonly location: PageLocation;
  readonly page: PageInfo;
  /** Reads what is under `root` that was not read yet. Returns only new or changed sightings. */
  readAll(root: ParentNode): PageReading;
  /** Reads only the containers inside, or around, these added or changed nodes. */
  readAdded(nodes: Iterable<Node>): PageReading;
  /** Every sighting so far, merged per (kind, member, item), in page order. */
  sightings(): Sighting[];
  health(): PageHealth;
}

const ANY_ARTICLE = SELECTORS.anyArticle.css;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;
const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
/** Elements, documents and fragments can be searched; text and comment nodes cannot. */
const isSearchable = (node: Node): node is Node & ParentNode =>
  node.nodeType === ELEMENT_NODE ||
  node.nodeType === DOCUMENT_NODE ||
  node.nodeType === DOCUMENT_FRAGMENT_NODE;
/**
 * The page data scripts under `root`. Facebook writes them as children of `<head>` and `<body>` (every one of the 58
 * and 78 in the two captures that carry any; `selectors.test.ts` checks it on every fixture), so a whole document
 * is not searched for them: its head's and body's children are looked at, which spares a walk of the page. Added
 * nodes are searched whole, and are themselves looked at.
 */
function embeddedScriptsIn(root: Node & ParentNode): Element[] {
  const json = SELECTORS.embeddedJson.css;
  if (root.nodeType === DOCUMENT_NODE) {
    const { head, body } = root as Document;
    const scripts: Element[] = [];
    for (const parent of [head, body]) {
      if (!parent) continue;
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
        if (child.localName === 'script' && child.matches(json)) scripts.push(child);
    }
    return scripts;
  }
  const scripts = Array.from(root.querySelectorAll(json));
  if (isElement(root) && root.matches(json)) scripts.push(root);
  return scripts;
}

const copyOf = (s: Sighting): Sighting => (s.badges ? { ...s, badges: [...s.badges] } : { ...s });

/** Fills what the earlier sighting lacked; a member seen in two sections keeps the first section. */
function merge(into: Sighting, from: Sighting): boolean {
  let changed = false;
  const record = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) {
    if (value === undefined) continue;
    if (key === 'badges' && Array.isArray(value)) {
      const union = [...new Set([...(into.badges ?? []), ...(value as string[])])].slice(0, 20);
      if (union.length !== (into.badges ?? []).length) {
        into.badges = union;
        changed = true;
      }
    } else if (record[key] === undefined) {
      record[key] = value;
      changed = true;
    }
  }
  return changed;
}

/**
 * Which kinds of container a reader searches: all of them. The health guard's test gives a reader that finds no
 * posts (its deliberately broken control, see test/unit/reader/health.test.ts); nothing else passes one.
 */
export type ContainerSearch = (kind: ContainerKind) => boolean;
const SEARCH_ALL: ContainerSearch = () => true;

/**
 * The posts and comments one read found under one search root, of one kind, in page order, each with the outcome
 * of reading it now (undefined for one read before, which this read skipped). Given to `onRead` so that another
 * reader of the same page (the post contents of weak signals, post-content.ts) works from what the page reader
 * already found instead of searching the page again.
 */
export interface ContainersRead {
  kind: 'article' | 'post-unit' | 'comment-unit';
  root: Node;
  containers: readonly Element[];
  outcomes: readonly (ItemOutcome | undefined)[];
}
export type ContainersListener = (read: ContainersRead) => void;
const isPostOrComment = (kind: ContainerKind): kind is ContainersRead['kind'] =>
  kind === 'article' || kind === 'post-unit' || kind === 'comment-unit';

/** What the article search of one search root found (see `RootFacts` in read-units.ts). */
interface RootArticles {
  articles: Element[];
  articleFree: boolean;
  blocks?: Element[];
  units?: PostUnit[];
}

export function createPageReader(
  url: string,
  options: ReadOptions,
  finds = SEARCH_ALL,
  onRead?: ContainersListener,
): PageReader {
  const location = detectPage(url);
  const page: PageInfo = { kind: location.kind, groupId: location.groupId };
  const kinds = containersFor(location, options);
  const withAnswers = (options.memberRequests?.read ?? false) && (options.memberRequests?.answers ?? false);
  const data = new PageDataIndex();
  const nowOf = typeof options.now === 'function' ? options.now : () => options.now as Date;
  const timeZone = options.timeZone ?? 'UTC';
  const states = new WeakMap<Element, ItemOutcome['status']>();
  const byKey = new Map<string, Sighting>();
  const problemCounts = new Map<string, number>();
  let expected = 0;
  let read = 0;
  let containersSeen = 0;
  let wholePageRead = false;
  const readerProblems: string[] = [];
  /** Post units found so far (see read-units.ts), with their author block. */
  const unitBlocks = new Map<Element, Element | null>();
  /** Roots of the current read where articles (not placeholders) were found: their feed items are articles. */
  const articlesIn = new Set<Node>();
  /** What the article search of each root of the current read found (see `RootFacts`); cleared after each read. */
  const rootArticles = new Map<Node, RootArticles>();
  const factsOf = (root: Node & ParentNode): RootFacts => ({
    anchors: anchorsFor(root),
    articles: rootArticles.get(root)?.articles ?? [],
    articleFree: rootArticles.get(root)?.articleFree ?? false,
    blocks: rootArticles.get(root)?.blocks,
    units: rootArticles.get(root)?.units,
  });
  const claimedBlocks = new WeakSet<Element>();
  /** Each search root's anchors and hrefs, read once per read (see anchors.ts); cleared after each read. */
  const anchorLists = new Map<Node, Anchors>();
  /**
   * Each top-level article's or post unit's anchors, from the root's anchor search (see `anchorsAround`); cleared
   * likewise.
   */
  const articleAnchors = new Map<Element, Element[]>();
  const anchorsFor = (root: Node & ParentNode): Anchors => {
    let anchors = anchorLists.get(root);
    if (anchors) return anchors;
    const known = rootArticles.get(root);
    const parts = known?.articles.length
      ? known.articles
      : (known?.units ?? [])
          .map((unit) => unit.element)
          .filter((element) => element !== root && root.contains(element));
    if (parts.length) {
      const around = anchorsAround(root, parts);
      anchors = around.anchors;
      for (const [article, own] of around.byArticle) articleAnchors.set(article, own);
    } else anchors = anchorsOf(root);
    anchorLists.set(root, anchors);
    return anchors;
  };
  /** A loading placeholder in an article's place (an empty shell with a `role=status` spinner): not a post. */
  const isPlaceholder = (article: Element) =>
    (articleAnchors.get(article)?.length ?? article.getElementsByTagName('a').length) === 0 &&
    article.querySelector(SELECTORS.loadingPlaceholder.css) !== null;
  /** The invariant (see health.ts) and the people recorded, to compare them. */
  const seenMembers = new Set<string>();
  const recordedMembers = new Set<string>();
  let timeDisagreements = 0;
  let loginForm = false;
  let legacyMarkupFound = false;

  const note = (problem: string) => problemCounts.set(problem, (problemCounts.get(problem) ?? 0) + 1);

  function readContainer(
    kind: ContainerKind,
    element: Element,
    context: ReadContext,
    root: Node & ParentNode,
  ): ItemOutcome {
    try {
      switch (kind) {
        case 'member-row':
          return readMemberRow(element, context);
        case 'request-row':
          return readRequestRow(element, context, withAnswers);
        case 'member-heading':
          return readMemberHeading(element, context);
        case 'article':
          return readCometArticle(element, context);
        case 'post-unit':
          return readPostUnit(
            element,
            unitBlocks.get(element) ?? null,
            context,
            !(rootArticles.get(root)?.articleFree && root.contains(element)),
            articleAnchors.get(element),
          );
        case 'comment-unit':
          return readCommentUnit(element, context);
        case 'mobile-story':
          return readMobileStory(element, context);
        case 'mobile-comment':
          return readMobileComment(element, context);
      }
    } catch (error) {
      return unreadable(`reader error: ${error instanceof Error ? error.name : 'unknown'}`);
    }
  }

  function record(element: Element, outcome: ItemOutcome, emitted: Sighting[]): void {
    const before = states.get(element);
    if (before === 'read' || before === 'excluded') return;
    if (outcome.status === 'unreadable') {
      if (before === undefined) {
        expected += 1;
        note(outcome.problem);
      }
      states.set(element, 'unreadable');
      return;
    }
    if (outcome.status === 'excluded') {
      if (before === 'unreadable') expected -= 1;
      states.set(element, 'excluded');
      return;
    }
    if (before === undefined) expected += 1;
    read += 1;
    states.set(element, 'read');
    timeDisagreements += outcome.timeDisagreements ?? 0;
    for (const sighting of outcome.sightings) {
      recordedMembers.add(sighting.memberId);
      const key = sightingItemKey(sighting);
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, sighting);
        emitted.push(sighting);
      } else if (merge(known, sighting) && !emitted.includes(known)) {
        emitted.push(known);
      }
    }
  }

  /** The post units under `root`, and, for an addition, the unit (or feed item) around it. */
  function findUnits(root: Node & ParentNode, wholeRoot: boolean, articlesFound: boolean): Element[] {
    const units = findPostUnits(root, !articlesFound, claimedBlocks, factsOf(root));
    if (!wholeRoot && isElement(root)) {
      const around = unitAround(root, (element) => unitBlocks.has(element));
      if (around && !units.some((unit) => unit.element === around)) {
        const block = unitBlocks.get(around);
        units.unshift(
          ...(block !== undefined ? [{ element: around, authorBlock: block }] : findPostUnits(around)),
        );
      }
    }
    for (const unit of units) unitBlocks.set(unit.element, unit.authorBlock);
    return units.map((unit) => unit.element);
  }

  function findContainers(
    kind: ContainerKind,
    root: Node & ParentNode,
    wholeRoot: boolean,
    context: ReadContext,
  ): Element[] {
    switch (kind) {
      case 'article':
        return findArticles(root).filter((article) => !isPlaceholder(article));
      case 'post-unit':
        return findUnits(root, wholeRoot, articlesIn.has(root));
      case 'comment-unit':
        return findCommentUnits(root, (href) => commentIdOfHref(href, context.parseUrl), anchorsFor(root));
      default:
        return Array.from(root.querySelectorAll(CONTAINERS[kind]));
    }
  }

  /**
   * The root's articles; notes what was found in `rootArticles`. Every capture's articles are divs, and a search
   * for div articles costs about half one for any tag. Where it finds none (the 2026 feed), articles of another tag
   * would hold a post's author block or a comment's link: only when one does is the page searched for any tag.
   * Otherwise the root is article-free, and its author blocks, searched to tell, are kept for the post units.
   */
  function findArticles(root: Node & ParentNode): Element[] {
    const known = rootArticles.get(root);
    if (known) return known.articles;
    const divs = Array.from(root.querySelectorAll(SELECTORS.article.css));
    if (divs.length) {
      rootArticles.set(root, { articles: divs, articleFree: false });
      return divs;
    }
    // A root inside an article (an added node, or the article itself) may hold its nested articles of any tag.
    if (isElement(root) && root.closest(ANY_ARTICLE) !== null) {
      const nested = Array.from(root.querySelectorAll(ANY_ARTICLE));
      rootArticles.set(root, { articles: nested, articleFree: false });
      return nested;
    }
    const blocks = Array.from(root.querySelectorAll(SELECTORS.profileName.css));
    const inAnArticle = (element: Element) => element.closest(ANY_ARTICLE) !== null;
    if (!blocks.some(inAnArticle)) {
      // Article-free so far: its post units are found before its anchors, so that the anchors are collected around
      // them, each unit's own list kept for its reading (see `anchorsFor`), instead of one search of the root and
      // one of each unit.
      const facts: RootArticles = { articles: [], articleFree: true, blocks };
      rootArticles.set(root, facts);
      if (kinds.includes('post-unit') && finds('post-unit'))
        facts.units = authorBlockUnits(root, claimedBlocks, facts);
      const anchors = anchorsFor(root);
      const commentInArticle = anchors.elements.some(
        (anchor, index) => Boolean(anchors.hrefs[index]?.includes('comment_id=')) && inAnArticle(anchor),
      );
      if (!commentInArticle) return [];
      anchorLists.delete(root);
      for (const unit of facts.units ?? []) articleAnchors.delete(unit.element);
    }
    const found = Array.from(root.querySelectorAll(ANY_ARTICLE));
    rootArticles.set(root, { articles: found, articleFree: false });
    return found;
  }

  function collect(roots: Iterable<Node>, wholeRoot: boolean): PageReading {
    const emitted: Sighting[] = [];
    if (!kinds.length) return { page, sightings: emitted, health: health() };
    const pageUrl = parseFacebookUrl(url);
    const clock = { now: nowOf(), timeZone };
    const context: ReadContext = {
      location,
      pageUrl,
      clock,
      data,
      parseUrl: cachedUrlParser(pageUrl),
      postTime: postTimeReader(clock),
      claimedBlocks,
    };
    const parseRelativeTo = (href: string) => parseFacebookUrl(href, pageUrl ?? undefined);
    const searchRoots = [...roots].filter(isSearchable);
    try {
      // One search per selector: in Chromium a selector list costs about as much as its selectors run apart.
      // A vanity address: the page's own data may name the group's numeric id, its lasting key.
      if (location.groupId && page.groupVanity === undefined && !/^\d+$/.test(location.groupId)) {
        for (const searchRoot of searchRoots) {
          const numeric = numericGroupIdOf(searchRoot);
          if (!numeric) continue;
          page.groupId = numeric;
          page.groupVanity = location.groupId;
          break;
        }
      }
      for (const searchRoot of searchRoots) data.ingestScripts(embeddedScriptsIn(searchRoot));
      let found = 0;
      // Roots holding comet articles are comet markup: the legacy m. site's containers are not looked for there.
      const cometRoots = new Set<Node>();
      articlesIn.clear();
      rootArticles.clear();
      anchorLists.clear();
      articleAnchors.clear();
      // The articles first: the anchors of a root holding some are read with them (see `anchorsAround`).
      if (kinds.includes('article') && finds('article')) for (const root of searchRoots) findArticles(root);
      // So are an article-free root's post units, found from the author blocks that search found.
      if (kinds.includes('post-unit') && finds('post-unit'))
        for (const root of searchRoots) {
          const known = rootArticles.get(root);
          if (known?.articleFree) known.units ??= authorBlockUnits(root, claimedBlocks, known);
        }
      // Every root's anchors are read first, once: post and comment readers look their hrefs up (see anchors.ts).
      const knownHrefs = new Map(searchRoots.map((root) => [root, hrefsByAnchor(anchorsFor(root))]));
      for (const kind of kinds) {
        const selector = CONTAINERS[kind];
        for (const searchRoot of searchRoots) {
          if ((kind === 'mobile-story' || kind === 'mobile-comment') && cometRoots.has(searchRoot)) continue;
          context.knownHref = knownHrefs.get(searchRoot);
          const containers = finds(kind) ? findContainers(kind, searchRoot, wholeRoot, context) : [];
          if ((kind === 'post-unit' || kind === 'comment-unit') && containers.length)
            cometRoots.add(searchRoot);
          if (kind === 'article') {
            if (containers.length) {
              cometRoots.add(searchRoot);
              articlesIn.add(searchRoot);
            }
            // Knowing every article of the root spares most ownership checks (see read-comet.ts). Article links
            // are parsed without the read's cache: their hrefs are nearly all distinct (each carries its own
            // tracking token), and a lookup keyed by a 270-character href measured slower than parsing it again.
            context.articleParts = articlePartsFinder(
              containers,
              parseRelativeTo,
              context.knownHref,
              articleAnchors,
            );
          }
          // A change inside a container (a lazy timestamp link filled in) re-reads that container.
          const around =
            finds(kind) &&
            kind !== 'post-unit' &&
            kind !== 'comment-unit' &&
            !wholeRoot &&
            isElement(searchRoot)
              ? searchRoot.closest(kind === 'article' ? SELECTORS.anyArticle.css : selector)
              : null;
          if (around && !containers.includes(around)) containers.unshift(around);
          found += containers.length;
          const outcomes = containers.map((container) => {
            const state = states.get(container);
            if (state === 'read' || state === 'excluded') return undefined;
            const outcome = readContainer(kind, container, context, searchRoot);
            record(container, outcome, emitted);
            return outcome;
          });
          if (onRead && isPostOrComment(kind)) onRead({ kind, root: searchRoot, containers, outcomes });
        }
      }
      containersSeen += found;
      for (const searchRoot of searchRoots)
        countVisibleMembers(
          searchRoot,
          [location.groupId, page.groupId],
          seenMembers,
          recordedMembers,
          anchorsFor(searchRoot),
        );
      // A login form matters only to a page that read too little of what it shows (see health.ts).
      if (!loginForm && coveredMembers() * 2 < Math.max(seenMembers.size, 1))
        loginForm = searchRoots.some((root) => root.querySelector(SELECTORS.loginForm.css) !== null);
      for (const searchRoot of searchRoots) {
        if (location.legacyMobile)
          legacyMarkupFound ||= searchRoot.querySelector(SELECTORS.mobileMarkup.css) !== null;
      }
      if (wholeRoot) wholePageRead = true;
      anchorLists.clear();
      articleAnchors.clear();
      rootArticles.clear();
    } catch (error) {
      readerProblems.push(`reader error: ${error instanceof Error ? error.name : 'unknown'}`);
    }
    return { page, sightings: emitted.map(copyOf), health: health() };
  }

  function coveredMembers(): number {
    let covered = 0;
    for (const id of seenMembers) if (recordedMembers.has(id)) covered += 1;
    return covered;
  }

  function health(): PageHealth {
    // A page that should hold people but shows none is how a Facebook markup change usually looks.
    const emptyProblem = NOTHING_FOUND[kinds[0] ?? 'mobile-comment'];
    const nothingFound = wholePageRead && containersSeen === 0 && emptyProblem ? [emptyProblem] : [];
    const covered = coveredMembers();
    const verdict = verdictOf({
      readable: kinds.length > 0,
      mobileHost: location.legacyMobile ? (parseFacebookUrl(url)?.host.split('.')[0] ?? null) : null,
      legacyMarkupFound,
      loginForm,
      expected,
      read,
      seen: seenMembers.size,
      covered,
      nothingFound: nothingFound.length > 0,
      readerFailed: readerProblems.length > 0,
    });
    const problems = [
      ...(verdict.problem ? [verdict.problem] : []),
      ...nothingFound,
      ...readerProblems,
      ...data.problems,
      ...[...problemCounts].map(([problem, count]) => (count > 1 ? `${problem} (×${count})` : problem)),
    ];
    return {
      status: verdict.status,
      expected: Math.min(expected, 100_000),
      read: Math.min(read, 100_000),
      seen: Math.min(seenMembers.size, 100_000),
      timeDisagreements: Math.min(timeDisagreements, 100_000),
      problems: problems.slice(0, 20).map((p) => p.slice(0, 200)),
    };
  }

  return {
    location,
    page,
    readAll: (root) => collect(isSearchable(root as Node) ? [root as Node] : [], true),
    readAdded: (nodes) => collect(nodes, false),
    sightings: () => [...byKey.values()].map(copyOf),
    health,
  };
}

/** Reads a whole page. Never throws: problems are reported in `health.problems`. */
export function readPage(root: ParentNode, url: string, options: ReadOptions): PageReading {
  try {
    return createPageReader(url, options).readAll(root);
  } catch (error) {
    const problem = `reader error: ${error instanceof Error ? error.name : 'unknown'}`;
    return {
      page: { kind: 'other', groupId: null },
      sightings: [],
      health: {
        status: 'could-not-read',
        expected: 0,
        read: 0,
        seen: 0,
        timeDisagreements: 0,
        problems: [problem],
      },
    };
  }
}
