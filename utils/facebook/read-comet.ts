/**
 * www "comet" posts and comments. Both are `[role=article]`; an article owns the elements whose nearest
 * article is itself (a post article contains its comments' articles). A post owns a
 * `data-ad-rendering-role=profile_name` block; a comment owns a link carrying `comment_id`.
 */
import type { Sighting } from '@/storage/schema';
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
import { SELECTORS, SPONSORED_MARKERS } from './selectors';
import { clip, textOf } from './text';
import { fromEpochSeconds } from './time';
import {
  cachedUrlParser,
  decodeNodeId,
  groupOfUserLink,
  groupPostPermalink,
  parseFacebookUrl,
  personFromUrl,
  postFromUrl,
  type ParsedUrl,
  type PersonRef,
  type PostRef,
} from './urls';

export type ArticleRole = 'post' | 'comment' | 'unknown';

interface OwnedLink {
  element: Element;
  url: ParsedUrl;
}

/** What an article owns, found in one search of it: its links, its author block, whether it is an ad. */
export interface ArticleParts {
  links: OwnedLink[];
  profileName: Element | null;
  sponsored: boolean;
}

const ownedBy = (article: Element, element: Element) => element.closest(SELECTORS.article.css) === article;

/** The elements an article owns among those `selector` finds in it (a comment's own are in its own article). */
function owned(article: Element, selector: string): Element[] {
  return Array.from(article.querySelectorAll(selector)).filter((element) => ownedBy(article, element));
}

/**
 * Searches an article once for each thing it needs. A selector list is not used on purpose: in Chromium it
 * measured slower than running its selectors apart.
 */
export function articleParts(article: Element, parseUrl: (href: string) => ParsedUrl | null): ArticleParts {
  const links: OwnedLink[] = [];
  for (const element of owned(article, SELECTORS.link.css)) {
    const url = parseUrl(element.getAttribute('href') ?? '');
    if (url) links.push({ element, url });
  }
  return {
    links,
    profileName: firstOwned(article, SELECTORS.profileName.css),
    sponsored: SPONSORED_MARKERS.some((marker) => firstOwned(article, marker) !== null),
  };
}

/** The first owned match; `querySelector` first, since the first match is usually owned, or there is none. */
function firstOwned(article: Element, selector: string): Element | null {
  const first = article.querySelector(selector);
  if (!first || ownedBy(article, first)) return first;
  return owned(article, selector)[0] ?? null;
}

const hasCommentParam = (url: ParsedUrl) =>
  url.params.has('comment_id') || url.params.has('reply_comment_id');

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

function authorFrom(links: readonly OwnedLink[]): Author | null {
  const first = links.find((link) => !postFromUrl(link.url) && personFromUrl(link.url));
  const person = first ? personFromUrl(first.url) : null;
  if (!first || !person) return null;
  const sameKey = memberIdOf(person);
  const named = links.find((link) => {
    const other = personFromUrl(link.url);
    return other && memberIdOf(other) === sameKey && textOf(link.element) !== '';
  });
  const name = named ? textOf(named.element) : (first.element.getAttribute('aria-label') ?? '').trim();
  return { person, name, groupId: groupOfUserLink(first.url) };
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
  return postDetailOf(articleParts(article, cachedUrlParser(base)));
}

function postDetailOf({ links, profileName: block, sponsored }: ArticleParts): CometPostDetail {
  const blockLinks = block ? links.filter((link) => block.contains(link.element)) : [];
  const postLink = links.find((link) => {
    const ref = postFromUrl(link.url);
    return ref && !ref.commentId;
  });
  const label = postLink
    ? (postLink.element.getAttribute('aria-label') ?? textOf(postLink.element)).trim()
    : '';
  return {
    post: postLink ? postFromUrl(postLink.url) : null,
    author: authorFrom(blockLinks),
    timeLabel: label || null,
    sponsored,
    hasAuthorBlock: block !== null,
  };
}

/** Reads a comet article as a post or a comment, from one search of it. */
export function readCometArticle(article: Element, context: ReadContext): ItemOutcome {
  const parts = articleParts(article, context.parseUrl);
  const role = roleOf(article, parts);
  if (role === 'post') return readCometPost(parts, context);
  if (role === 'comment') return readCometComment(parts, context);
  return excluded('not a post or comment');
}

function readCometPost(parts: ArticleParts, context: ReadContext): ItemOutcome {
  const detail = postDetailOf(parts);
  if (detail.sponsored) return excluded('sponsored');
  if (!detail.hasAuthorBlock) return unreadable('a post has no author block');
  const { author, post } = detail;
  if (!author) return excluded('no author link (anonymous or hidden author)');
  const groupId = context.location.groupId;
  if (!sameGroup(groupId, post?.groupId) || !sameGroup(groupId, author.groupId))
    return excluded('from another group');
  if (!post && !author.groupId) return excluded('neither a group post link nor a group author link');
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
  if (post) {
    sighting.itemId = post.postId;
    if (postGroup) sighting.permalink = groupPostPermalink(postGroup, post.postId);
  }
  if (detail.timeLabel) sighting.rawTime = clip(detail.timeLabel, 500);
  const time = story?.creationTime !== undefined ? fromEpochSeconds(story.creationTime) : {};
  Object.assign(sighting, time.at ? time : detail.timeLabel ? context.postTime(detail.timeLabel) : {});
  if (confirmed.isPage) sighting.isPage = true;
  return { status: 'read', sightings: [sighting] };
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
  const timeLink = links.find((link) => postFromUrl(link.url)?.commentId);
  const post = timeLink ? postFromUrl(timeLink.url) : null;
  const author = authorFrom(links);
  let commentId = post ? (post.replyCommentId ?? post.commentId ?? null) : null;
  if (!commentId) {
    const authorLink = links.find((link) => personFromUrl(link.url) && link.url.params.has('comment_id'));
    commentId = authorLink ? commentIdFromAuthorLink(authorLink.url) : null;
  }
  const label = timeLink
    ? (textOf(timeLink.element) || timeLink.element.getAttribute('aria-label') || '').trim()
    : '';
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
  if (detail.timeLabel) sighting.rawTime = clip(detail.timeLabel, 500);
  const time = embedded?.createdTime !== undefined ? fromEpochSeconds(embedded.createdTime) : {};
  Object.assign(sighting, time.at ? time : detail.timeLabel ? context.postTime(detail.timeLabel) : {});
  if (confirmed.isPage) sighting.isPage = true;
  return { status: 'read', sightings: [sighting] };
}
