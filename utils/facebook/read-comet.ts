/**
 * www "comet" posts and comments. Both are `[role=article]`; an article owns the elements whose nearest
 * article is itself (a post article contains its comments' articles). A post owns a
 * `data-ad-rendering-role=profile_name` block; a comment owns a link carrying `comment_id`.
 */
import { shownCommentCount } from './comment-count';
import type { Sighting } from './reading';
import {
  boundedName,
  excluded,
  memberIdOf,
  profileUrlOf,
  sameGroup,
  unreadable,
  type ItemOutcome,
  type ReadContext,
} from './context';
import type { EmbeddedActor } from './page-data';
import { SELECTORS, SPONSORED_LABELS } from './selectors';
import { cleanName, clip, textOf } from './text';
import { fromEpochSeconds } from './time';
import { postKeyWithoutId } from './post-key';
import { chooseTime } from './time-source';
import {
  cachedUrlParser,
  decodeNodeId,
  groupOfUserLink,
  groupPostPermalink,
  mightBePostHref,
  parseFacebookUrl,
  personFromUrl,
  postFromUrl,
  type ParsedUrl,
  type PersonRef,
  type PostRef,
} from './urls';

export type ArticleRole = 'post' | 'comment' | 'unknown';

type UrlParser = (href: string) => ParsedUrl | null;
/** An anchor's href as the read already holds it (see anchors.ts); undefined when it does not. */
type KnownHref = (element: Element) => string | null | undefined;

/**
 * A link an article owns. Its URL, what the URL points to and its text are worked out once, when first asked: a
 * reader usually stops at the first links it needs.
 */
class OwnedLink {
  private hrefValue: string | null | undefined;
  private parsed: ParsedUrl | null | undefined;
  private postRef: PostRef | null | undefined;
  private personRef: PersonRef | null | undefined;
  private textValue: string | undefined;
  constructor(
    readonly element: Element,
    private readonly parseUrl: UrlParser,
    knownHref?: KnownHref,
  ) {
    this.hrefValue = knownHref?.(element);
  }
  /** Null for an anchor without an href (it points nowhere; an empty href would point to the page itself). */
  get href(): string | null {
    if (this.hrefValue === undefined) this.hrefValue = this.element.getAttribute('href');
    return this.hrefValue;
  }
  /** Null for an href that is not a readable Facebook URL: such a link points to no post and no person. */
  get url(): ParsedUrl | null {
    if (this.parsed === undefined) this.parsed = this.href === null ? null : this.parseUrl(this.href);
    return this.parsed;
  }
  /** Author links are told apart from post links without being parsed (see `mightBePostHref`). */
  get post(): PostRef | null {
    if (this.postRef === undefined)
      this.postRef =
        this.href !== null && mightBePostHref(this.href) && this.url ? postFromUrl(this.url) : null;
    return this.postRef;
  }
  get person(): PersonRef | null {
    if (this.personRef === undefined) this.personRef = this.url ? personFromUrl(this.url) : null;
    return this.personRef;
  }
  get text(): string {
    return (this.textValue ??= textOf(this.element));
  }
}

/** What an article owns: its links, its author block, and (searched only when asked) whether it is an ad. */
export interface ArticleParts {
  links: OwnedLink[];
  profileName: Element | null;
  /** Only some posts need this (see `readCometPost`), so the three searches for ad markers wait until asked. */
  sponsored: () => boolean;
  /** The post's own message block, searched only when asked (a post without a post id in its links). */
  storyMessage: () => Element | null;
}

const ARTICLE = SELECTORS.anyArticle.css;
const ANCHOR = SELECTORS.anchor.css;
const PROFILE_NAME = SELECTORS.profileName.css;
const STORY_MESSAGE = SELECTORS.storyMessage.css;

const ownedBy = (article: Element, element: Element) => element.closest(ARTICLE) === article;

/** The elements an article owns among those `selector` finds in it (a comment's own are in its own article). */
function owned(article: Element, selector: string): Element[] {
  return Array.from(article.querySelectorAll(selector)).filter((element) => ownedBy(article, element));
}

/** The first owned match; `querySelector` first, since the first match is usually owned, or there is none. */
function firstOwned(article: Element, selector: string): Element | null {
  const first = article.querySelector(selector);
  if (!first || ownedBy(article, first)) return first;
  return owned(article, selector)[0] ?? null;
}

/**
 * Searches one article for what it owns. An article holding no other article owns everything in it, so
 * `holdsArticles: false` spares the ownership check of each element found.
 */
function searchArticle(
  article: Element,
  parseUrl: UrlParser,
  holdsArticles: boolean,
  knownHref?: KnownHref,
  anchorsFound?: readonly Element[],
): ArticleParts {
  const first = holdsArticles
    ? (selector: string) => firstOwned(article, selector)
    : (selector: string) => article.querySelector(selector);
  const links: OwnedLink[] = [];
  // Every anchor, href or not (one without points nowhere, see OwnedLink): Chromium walks a subtree for a tag
  // name alone faster than it matches `a[href]` on it (measured about a quarter less for a post, each article's
  // cached collection forgotten between reads as after any change). `anchorsFound`: the article's anchors as the
  // read already holds them (see anchors.ts `anchorsAround`).
  const anchors = anchorsFound ?? article.getElementsByTagName(ANCHOR);
  for (let index = 0, count = anchors.length; index < count; index++) {
    const element = anchors[index]!;
    if (!holdsArticles || ownedBy(article, element)) links.push(new OwnedLink(element, parseUrl, knownHref));
  }
  let sponsored: boolean | undefined;
  return {
    links,
    profileName: first(PROFILE_NAME),
    sponsored: () =>
      (sponsored ??= holdsAdMarker(
        article,
        holdsArticles ? (element) => ownedBy(article, element) : undefined,
      )),
    storyMessage: () => first(STORY_MESSAGE),
  };
}

const AD_LABELS: ReadonlySet<string> = new Set(SPONSORED_LABELS);
const LABELLED = SELECTORS.labelled.css;

/** Whether `root` holds an ad marker (one `owns`, when given): one search of it (see `SPONSORED_LABELS`). */
function holdsAdMarker(root: Element, owns?: (element: Element) => boolean): boolean {
  const labelled = root.querySelectorAll(LABELLED);
  for (let index = 0, count = labelled.length; index < count; index++) {
    const element = labelled[index]!;
    if (AD_LABELS.has(element.getAttribute('aria-label') ?? '') && (!owns || owns(element))) return true;
  }
  return false;
}

/** Searches one article for what it owns. */
export function articleParts(article: Element, parseUrl: UrlParser, knownHref?: KnownHref): ArticleParts {
  return searchArticle(article, parseUrl, true, knownHref);
}

/**
 * Parts of the articles one search of a root found (`articles`, in document order; any other article is not
 * answered for). Knowing them all tells which ones hold others: the article after one in document order is
 * inside it if any is. The others are searched without ownership checks.
 */
export function articlePartsFinder(
  articles: readonly Element[],
  parseUrl: UrlParser,
  knownHref?: KnownHref,
  anchorsOf?: ReadonlyMap<Element, readonly Element[]>,
): (article: Element) => ArticleParts | undefined {
  const list = [...articles];
  let holding: Map<Element, boolean> | undefined;
  return (article) => {
    if (!holding) {
      holding = new Map();
      for (let index = 0; index < list.length; index++) {
        const current = list[index]!;
        const next = list[index + 1];
        holding.set(current, next !== undefined && current.contains(next));
      }
    }
    const holdsArticles = holding.get(article);
    return holdsArticles === undefined
      ? undefined
      : searchArticle(article, parseUrl, holdsArticles, knownHref, anchorsOf?.get(article));
  };
}

const hasCommentParam = (url: ParsedUrl | null) =>
  url !== null && (url.params.has('comment_id') || url.params.has('reply_comment_id'));

function roleOf(article: Element, parts: ArticleParts): ArticleRole {
  if (parts.profileName) return 'post';
  if (parts.links.some((link) => hasCommentParam(link.url))) return 'comment';
  // Feed units carry these even when their inner markup is not what Tend expects.
  if (article.hasAttribute('aria-posinset') || article.hasAttribute('aria-describedby')) return 'post';
  return 'unknown';
}

export function classifyArticle(article: Element, base: ParsedUrl | null = null): ArticleRole {
  return roleOf(article, articleParts(article, cachedUrlParser(base)));
}

interface Author {
  person: PersonRef;
  name: string;
  /** The group of a `/groups/<gid>/user/<uid>/` author link. */
  groupId: string | null;
}

/**
 * The author among `links`, or among those of them inside `block` when one is given: whether a link is inside is
 * asked only of the links looked at, once each (the author link usually comes first in the block).
 */
function authorFrom(links: readonly OwnedLink[], block?: Element | null): Author | null {
  if (block === null) return null;
  const inside: (boolean | undefined)[] = [];
  const counts = (index: number) =>
    block === undefined || (inside[index] ??= block.contains(links[index]!.element));
  let first: OwnedLink | undefined;
  for (let index = 0; index < links.length && !first; index++) {
    const link = links[index]!;
    if (counts(index) && !link.post && link.person) first = link;
  }
  const person = first ? first.person : null;
  if (!first || !person) return null;
  const sameKey = memberIdOf(person);
  let named: OwnedLink | undefined;
  for (let index = 0; index < links.length && !named; index++) {
    const link = links[index]!;
    if (!counts(index)) continue;
    const other = link.person;
    if (other && memberIdOf(other) === sameKey && cleanName(link.text) !== '') named = link;
  }
  const name = cleanName(named ? named.text : (first.element.getAttribute('aria-label') ?? ''));
  return { person, name, groupId: first.url ? groupOfUserLink(first.url) : null };
}

/**
 * Page data names authors by numeric id. Use it only when it is the same person the DOM shows (same id, or the
 * same vanity in its profile URL): never attribute an item to someone the page does not link.
 */
function confirmedByData(
  author: Author,
  actor: EmbeddedActor | undefined,
): { id?: string; isPage?: boolean } {
  if (!actor?.id) return {};
  if (author.person.by === 'id')
    return author.person.id === actor.id ? { id: actor.id, isPage: actor.isPage } : {};
  const actorUrl = actor.url ? parseFacebookUrl(actor.url) : null;
  const actorPerson = actorUrl ? personFromUrl(actorUrl) : null;
  const sameVanity =
    actorPerson?.by === 'vanity' && actorPerson.vanity.toLowerCase() === author.person.vanity.toLowerCase();
  return sameVanity ? { id: actor.id, isPage: actor.isPage } : {};
}

export interface CometPostDetail {
  post: PostRef | null;
  author: Author | null;
  timeLabel: string | null;
  sponsored: boolean;
  hasAuthorBlock: boolean;
}

export function readCometPostDetail(article: Element, base: ParsedUrl | null): CometPostDetail {
  const parts = articleParts(article, cachedUrlParser(base));
  return { ...postDetailOf(parts), sponsored: parts.sponsored() };
}

/** A post's id from its media links when it has no permalink (2026): `/videos/pcb.<id>/`, `photo/?set=pcb.<id>`. */
const MEDIA_SET = /[/=.]pcb\.(\d{5,25})(?:[/&?#]|$)/;

function postDetailOf({ links, profileName: block }: ArticleParts): Omit<CometPostDetail, 'sponsored'> {
  const postLink = links.find((link) => {
    const ref = link.post;
    return ref && !ref.commentId;
  });
  const label = postLink ? (postLink.element.getAttribute('aria-label') ?? postLink.text).trim() : '';
  let post = postLink ? postLink.post : null;
  if (!post) {
    for (const link of links) {
      const match = link.href?.includes('pcb.') ? MEDIA_SET.exec(link.href) : null;
      if (match?.[1]) {
        post = { groupId: null, postId: match[1] };
        break;
      }
    }
  }
  return {
    post,
    author: authorFrom(links, block),
    timeLabel: label || null,
    hasAuthorBlock: block !== null,
  };
}

/** Reads a comet article as a post or a comment, from one search of it. */
export function readCometArticle(article: Element, context: ReadContext): ItemOutcome {
  const parts = context.articleParts?.(article) ?? articleParts(article, context.parseUrl, context.knownHref);
  const role = roleOf(article, parts);
  if (parts.profileName) context.claimedBlocks?.add(parts.profileName);
  if (role === 'post') return withShownComments(readCometPost(parts, context), article, context);
  if (role === 'comment') return readCometComment(parts, context);
  return excluded('not a post or comment');
}

/**
 * A post that is not an article (see read-units.ts): the anchors of its unit that no article inside it owns, and
 * its author block. A unit without an author block is a feed item Tend expected to read and could not, unless it
 * is a group activity story.
 */
export function readPostUnit(
  unit: Element,
  authorBlock: Element | null,
  context: ReadContext,
  mayHoldArticles = true,
  anchorsFound?: readonly Element[],
): ItemOutcome {
  // `mayHoldArticles: false`: the read found no article where this unit is (spares a search of the unit).
  // `anchorsFound`: the unit's anchors as the read already holds them (see anchors.ts `anchorsAround`).
  const holdsArticles = mayHoldArticles && unit.querySelector(ARTICLE) !== null;
  const links: OwnedLink[] = [];
  const anchors = anchorsFound ?? unit.getElementsByTagName(ANCHOR);
  for (let index = 0, count = anchors.length; index < count; index++) {
    const element = anchors[index]!;
    if (!holdsArticles || element.closest(ARTICLE) === null)
      links.push(new OwnedLink(element, context.parseUrl, context.knownHref));
  }
  let sponsored: boolean | undefined;
  const parts: ArticleParts = {
    links,
    profileName: authorBlock,
    sponsored: () => (sponsored ??= holdsAdMarker(unit)),
    storyMessage: () => unit.querySelector(STORY_MESSAGE),
  };
  if (authorBlock) return withShownComments(readCometPost(parts, context), unit, context);
  const detail = postDetailOf(parts);
  return isActivityStory(detail, parts)
    ? excluded('a group activity story')
    : unreadable('a feed item has no author block');
}

/**
 * A post read on its own page keeps the comment count its element shows ("12 comments"), when it shows one. Not on
 * a feed: finding the count walks every span of every post, and on the read-page bench's feeds that took the full
 * read from 3.4x to 6.1x its baseline; a post's own page, where Tend reads its comments, has one post.
 */
export function withShownComments(outcome: ItemOutcome, post: Element, context: ReadContext): ItemOutcome {
  if (outcome.status !== 'read' || !context.pageUrl || postFromUrl(context.pageUrl)?.postId === undefined)
    return outcome;
  const sighting = outcome.sightings.find((each) => each.kind === 'post');
  if (!sighting) return outcome;
  const shown = shownCommentCount(post);
  if (shown !== undefined) sighting.shownComments = shown;
  return outcome;
}

/** A comment that is not an article (see read-units.ts): the anchors of its unit that no article inside owns. */
export function readCommentUnit(unit: Element, context: ReadContext): ItemOutcome {
  const links: OwnedLink[] = [];
  const anchors = unit.getElementsByTagName(ANCHOR);
  for (let index = 0, count = anchors.length; index < count; index++) {
    const element = anchors[index]!;
    if (element.closest(ARTICLE) === null)
      links.push(new OwnedLink(element, context.parseUrl, context.knownHref));
  }
  return readCometComment(
    { links, profileName: null, sponsored: () => false, storyMessage: () => null },
    context,
  );
}

/** The comment a link names: a time link's reply or comment, an author link's encoded comment id. */
export function commentIdOfHref(href: string, parseUrl: UrlParser): string | null {
  const url = parseUrl(href);
  if (!url) return null;
  const post = mightBePostHref(href) ? postFromUrl(url) : null;
  if (post?.commentId) return post.replyCommentId ?? post.commentId;
  return personFromUrl(url) ? commentIdFromAuthorLink(url) : null;
}

/**
 * An ad is excluded whatever else it shows. The search for ad markers (a search of the whole post) is left out for
 * a post excluded anyway, where it cannot change the outcome, and for a member's post in the group, whose author
 * link is a group-member link (`/groups/<gid>/user/<uid>/`, of this group: another group's post is excluded
 * before): ads link to their advertiser, never to a member of a group. A 2026 feed post has no permalink (its id
 * is in its media links), so asking for a group permalink too searched every such post.
 */
function readCometPost(parts: ArticleParts, context: ReadContext): ItemOutcome {
  const detail = postDetailOf(parts);
  const outcome = postOutcome(detail, parts, context);
  if (outcome.status === 'excluded' || isGroupPost(detail)) return outcome;
  return parts.sponsored() ? excluded('sponsored') : outcome;
}

const isGroupPost = ({ author }: Omit<CometPostDetail, 'sponsored'>) => Boolean(author?.groupId);

/**
 * A group activity story ("X updated the description", "X changed the group's cover photo", "X is now an admin")
 * is what a member did to the group, not a post: it has no message of its own (`story_message`) and no post id in
 * any link (no permalink, no media set `pcb.<id>`). A post always has one or the other (a text post its message, a
 * photo or video post its media set, a shared post its permalink).
 */
function isActivityStory(detail: Omit<CometPostDetail, 'sponsored'>, parts: ArticleParts): boolean {
  return detail.post === null && parts.storyMessage() === null;
}

function postOutcome(
  detail: Omit<CometPostDetail, 'sponsored'>,
  parts: ArticleParts,
  context: ReadContext,
): ItemOutcome {
  if (!detail.hasAuthorBlock) return unreadable('a post has no author block');
  const { author } = detail;
  let { post } = detail;
  if (!author) return excluded('no author link (anonymous or hidden author)');
  const groupId = context.location.groupId;
  if (!sameGroup(groupId, post?.groupId) || !sameGroup(groupId, author.groupId))
    return excluded('from another group');
  if (!post && !author.groupId) return excluded('neither a group post link nor a group author link');
  if (isActivityStory(detail, parts)) return excluded('a group activity story');
  if (!post && author.person.by === 'id') {
    // A post whose links carry no id: the page data may name this author's one story (its id and time).
    const only = context.data.onlyStoryBy(author.person.id);
    if (only) post = { groupId: null, postId: only.postId };
  }
  if (!author.name) return unreadable('a post author has no name');
  const story = post ? context.data.stories.get(post.postId) : undefined;
  const confirmed = confirmedByData(author, story?.author);
  const person: PersonRef = confirmed.id ? { by: 'id', id: confirmed.id } : author.person;
  const postGroup = post?.groupId ?? author.groupId ?? groupId;
  const sighting: Sighting = {
    memberId: memberIdOf(person),
    name: boundedName(author.name),
    kind: 'post',
    profileUrl: profileUrlOf(person, postGroup),
  };
  const machine = story?.creationTime !== undefined ? fromEpochSeconds(story.creationTime) : {};
  if (post) {
    sighting.itemId = post.postId;
    if (postGroup) sighting.permalink = groupPostPermalink(postGroup, post.postId);
  } else {
    sighting.itemId = postKeyWithoutId(sighting.memberId, machine.at, textOf(parts.storyMessage()));
  }
  const { timeLabel } = detail;
  if (timeLabel) sighting.rawTime = clip(timeLabel, 500);
  const chosen = chooseTime(machine, timeLabel ? () => context.postTime(timeLabel) : null);
  Object.assign(sighting, chosen.time);
  if (confirmed.isPage) sighting.isPage = true;
  return { status: 'read', sightings: [sighting], timeDisagreements: chosen.disagrees ? 1 : 0 };
}

export interface CometCommentDetail {
  commentId: string | null;
  parentCommentId: string | null;
  post: PostRef | null;
  author: Author | null;
  timeLabel: string | null;
}

function commentIdFromAuthorLink(url: ParsedUrl): string | null {
  const encoded = url.params.get('comment_id');
  if (!encoded || /^\d+$/.test(encoded)) return encoded ?? null;
  const decoded = decodeNodeId(encoded);
  const match = decoded ? /^comment:\d+_(\d+)$/.exec(decoded) : null;
  return match?.[1] ?? null;
}

export function readCometCommentDetail(article: Element, base: ParsedUrl | null): CometCommentDetail {
  return commentDetailOf(articleParts(article, cachedUrlParser(base)));
}

function commentDetailOf({ links }: ArticleParts): CometCommentDetail {
  const timeLink = links.find((link) => link.post?.commentId);
  const post = timeLink ? timeLink.post : null;
  const author = authorFrom(links);
  let commentId = post ? (post.replyCommentId ?? post.commentId ?? null) : null;
  if (!commentId) {
    const authorLink = links.find((link) => link.person && link.url?.params.has('comment_id'));
    commentId = authorLink?.url ? commentIdFromAuthorLink(authorLink.url) : null;
  }
  const label = timeLink ? (timeLink.text || timeLink.element.getAttribute('aria-label') || '').trim() : '';
  return {
    commentId,
    parentCommentId: post?.replyCommentId ? (post.commentId ?? null) : null,
    post,
    author,
    timeLabel: label || null,
  };
}

function readCometComment(parts: ArticleParts, context: ReadContext): ItemOutcome {
  const detail = commentDetailOf(parts);
  const { author, post, commentId } = detail;
  if (!author) return excluded('no author link (anonymous or hidden author)');
  const groupId = context.location.groupId;
  if (!sameGroup(groupId, post?.groupId) || !sameGroup(groupId, author.groupId))
    return excluded('from another group');
  if (!commentId) return unreadable('a comment has no comment id');
  if (!author.name) return unreadable('a comment author has no name');
  const embedded = context.data.comments.get(commentId);
  const confirmed = confirmedByData(author, embedded?.author);
  const person: PersonRef = confirmed.id ? { by: 'id', id: confirmed.id } : author.person;
  const postGroup = post?.groupId ?? author.groupId ?? groupId;
  const sighting: Sighting = {
    memberId: memberIdOf(person),
    name: boundedName(author.name),
    kind: 'comment',
    itemId: commentId,
    profileUrl: profileUrlOf(person, postGroup),
  };
  if (post && postGroup) {
    const link = groupPostPermalink(postGroup, post.postId, post.commentId ?? commentId);
    sighting.permalink = post.replyCommentId ? `${link}&reply_comment_id=${post.replyCommentId}` : link;
  }
  const { timeLabel } = detail;
  if (timeLabel) sighting.rawTime = clip(timeLabel, 500);
  const machine = embedded?.createdTime !== undefined ? fromEpochSeconds(embedded.createdTime) : {};
  const chosen = chooseTime(machine, timeLabel ? () => context.postTime(timeLabel) : null);
  Object.assign(sighting, chosen.time);
  if (confirmed.isPage) sighting.isPage = true;
  return { status: 'read', sightings: [sighting], timeDisagreements: chosen.disagrees ? 1 : 0 };
}
