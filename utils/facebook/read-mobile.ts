/**
 * The legacy touch site (m.facebook.com, retired around 2024-12, still in saved pages). Stories carry their
 * ids and publish time in `data-ft` JSON; comments carry a `<post>_<comment>` token in `data-store`, and the
 * author's id in the avatar ring's `data-sigil="feed_story_ring<id>"`.
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
import { SELECTORS } from './selectors';
import { clip, nameOf, textOf } from './text';
import { fromEpochSeconds } from './time';
import {
  NUMERIC_ID,
  POST_ID,
  groupPostPermalink,
  parseFacebookUrl,
  personFromUrl,
  postFromUrl,
  type PersonRef,
} from './urls';

type JsonRecord = Record<string, unknown>;
const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function jsonAttribute(element: Element, name: string): JsonRecord | null {
  const raw = element.getAttribute(name);
  if (!raw || raw.length > 50_000) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

const idText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

export interface MobileStoryDetail {
  postId: string | null;
  ownerId: string | null;
  /** The group the story was posted in, from `page_insights` (`page_id_type: "group"`). */
  groupId: string | null;
  publishTime: number | null;
  authorName: string;
  authorLink: PersonRef | null;
  timeLabel: string | null;
  permalinkGroup: string | null;
}

/** The story's own header: the first `header` whose nearest story is this one (a shared story has its own). */
function ownHeader(story: Element): Element | null {
  for (const header of Array.from(story.querySelectorAll('header'))) {
    if (header.closest(SELECTORS.mobileStory.css) === story) return header;
  }
  return null;
}

export function readMobileStoryDetail(story: Element): MobileStoryDetail {
  const data = jsonAttribute(story, 'data-ft') ?? {};
  const postId = idText(data.top_level_post_id) ?? idText(data.mf_story_key) ?? null;
  const ownerId = idText(data.content_owner_id_new) ?? null;
  let groupId: string | null = null;
  let publishTime: number | null = null;
  if (isRecord(data.page_insights)) {
    for (const insight of Object.values(data.page_insights)) {
      if (!isRecord(insight) || insight.page_id_type !== 'group') continue;
      groupId = idText(insight.page_id) ?? null;
      const context = insight.post_context;
      if (isRecord(context) && typeof context.publish_time === 'number') publishTime = context.publish_time;
    }
  }
  const header = ownHeader(story);
  // The actor is the first link in the header's title; later links are "shared a <post>" or the group.
  const titleLink = header?.querySelector('h3 a[href], h3 a') ?? null;
  const authorUrl = titleLink ? parseFacebookUrl(titleLink.getAttribute('href') ?? '') : null;
  const abbr = header?.querySelector('abbr') ?? null;
  const timeLink = abbr?.closest('a[href]') ?? null;
  const timeUrl = timeLink ? parseFacebookUrl(timeLink.getAttribute('href') ?? '') : null;
  return {
    postId: postId && POST_ID.test(postId) ? postId : null,
    ownerId: ownerId && NUMERIC_ID.test(ownerId) ? ownerId : null,
    groupId,
    publishTime,
    authorName: nameOf(titleLink),
    authorLink: authorUrl ? personFromUrl(authorUrl) : null,
    timeLabel: textOf(abbr) || null,
    permalinkGroup: timeUrl ? (postFromUrl(timeUrl)?.groupId ?? null) : null,
  };
}

export function readMobileStory(story: Element, context: ReadContext): ItemOutcome {
  const detail = readMobileStoryDetail(story);
  const pageGroup = context.location.groupId;
  if (!sameGroup(pageGroup, detail.groupId) || !sameGroup(pageGroup, detail.permalinkGroup))
    return excluded('from another group');
  const person: PersonRef | null = detail.ownerId ? { by: 'id', id: detail.ownerId } : detail.authorLink;
  if (!person)
    return detail.authorName
      ? excluded('no author id (anonymous or hidden author)')
      : unreadable('a story has no author');
  if (!detail.authorName) return unreadable('a story author has no name');
  const postGroup = detail.groupId ?? detail.permalinkGroup ?? pageGroup;
  const sighting: Sighting = {
    memberId: memberIdOf(person),
    name: boundedName(detail.authorName),
    kind: 'post',
    profileUrl: profileUrlOf(detail.authorLink ?? person, null),
  };
  // Both keys seen together: storage merges what it kept under the vanity alone into the numeric id.
  if (person.by === 'id' && detail.authorLink?.by === 'vanity') sighting.vanity = detail.authorLink.vanity;
  if (detail.postId) {
    sighting.itemId = detail.postId;
    if (postGroup) sighting.permalink = groupPostPermalink(postGroup, detail.postId);
  }
  if (detail.timeLabel) sighting.rawTime = clip(detail.timeLabel, 500);
  const time = detail.publishTime !== null ? fromEpochSeconds(detail.publishTime) : {};
  Object.assign(sighting, time.at ? time : detail.timeLabel ? context.postTime(detail.timeLabel) : {});
  const shown = shownCommentCount(story);
  if (shown !== undefined) sighting.shownComments = shown;
  return { status: 'read', sightings: [sighting] };
}

export interface MobileCommentDetail {
  commentId: string | null;
  postId: string | null;
  authorId: string | null;
  authorName: string;
  timeLabel: string | null;
}

export function readMobileCommentDetail(comment: Element): MobileCommentDetail {
  const token = idText(jsonAttribute(comment, 'data-store')?.token) ?? '';
  const [postId, commentId] = /^\d+_\d+$/.test(token) ? token.split('_') : [];
  const ring = comment.querySelector(SELECTORS.mobileAuthorRing.css);
  const ringId = /^feed_story_ring(\d{1,30})$/.exec(ring?.getAttribute('data-sigil') ?? '')?.[1] ?? null;
  const body = comment.querySelector(SELECTORS.mobileCommentBody.css);
  // The author's name is the element just before the comment body (a link when logged in, plain text when not).
  const nameElement = body?.previousElementSibling ?? null;
  return {
    commentId: commentId ?? null,
    postId: postId ?? null,
    authorId: ringId,
    authorName: nameOf(nameElement),
    timeLabel: textOf(comment.querySelector('abbr')) || null,
  };
}

export function readMobileComment(comment: Element, context: ReadContext): ItemOutcome {
  const detail = readMobileCommentDetail(comment);
  if (!detail.authorId) return excluded('no author id (anonymous or hidden author)');
  if (!detail.commentId) return unreadable('a comment has no comment id');
  if (!detail.authorName) return unreadable('a comment author has no name');
  const person: PersonRef = { by: 'id', id: detail.authorId };
  const groupId = context.location.groupId;
  const sighting: Sighting = {
    memberId: memberIdOf(person),
    name: boundedName(detail.authorName),
    kind: 'comment',
    itemId: detail.commentId,
    profileUrl: profileUrlOf(person, null),
  };
  if (groupId && detail.postId)
    sighting.permalink = groupPostPermalink(groupId, detail.postId, detail.commentId);
  if (detail.timeLabel) {
    sighting.rawTime = clip(detail.timeLabel, 500);
    Object.assign(sighting, context.postTime(detail.timeLabel));
  }
  return { status: 'read', sightings: [sighting] };
}
