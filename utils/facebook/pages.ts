/**
 * Where we are, from the URL alone. Pure: no DOM, no globals. Every route is listed with the real URL forms it
 * must accept in `test/unit/reader/pages.test.ts`, which runs each URL against every route.
 */
import type { PageKind } from './reading';
import { GROUP_SLUG, NUMERIC_ID, POST_ID, parseFacebookUrl } from './urls';

/** Finer than `PageKind`: what the admin is looking at inside a group. */
export type GroupRoute =
  | 'group-feed'
  | 'group-post'
  | 'group-photo'
  | 'group-members'
  | 'group-member'
  | 'member-requests'
  | 'pending-posts'
  | 'group-about'
  | 'group-search'
  | 'group-other'
  | 'not-a-group';

export interface PageLocation {
  route: GroupRoute;
  /** The coarse kind Tend stores (`PageInfo.kind`). */
  kind: PageKind;
  groupId: string | null;
  postId?: string;
  commentId?: string;
  replyCommentId?: string;
  memberId?: string;
  /** Members sub-page, e.g. `admins`, `friends`. */
  section?: string;
  /** True on the legacy touch site (m.facebook.com), whose markup differs. */
  legacyMobile: boolean;
}

/** Paths under `/groups/` that are Facebook's group hub, not a group. */
const GROUP_HUB_PAGES = new Set([
  'feed',
  'discover',
  'joins',
  'search',
  'notifications',
  'create',
  'your_groups',
  'category',
  'you',
  'suggested',
]);

const KIND_OF_ROUTE: Record<GroupRoute, PageKind> = {
  'group-feed': 'group-feed',
  'group-post': 'group-post',
  'group-photo': 'group-post',
  'group-members': 'group-members',
  'group-member': 'group-member',
  'member-requests': 'member-requests',
  'pending-posts': 'other',
  'group-about': 'other',
  'group-search': 'other',
  'group-other': 'other',
  'not-a-group': 'other',
};

function located(
  route: GroupRoute,
  groupId: string | null,
  legacyMobile: boolean,
  extra: Partial<PageLocation> = {},
) {
  return { route, kind: KIND_OF_ROUTE[route], groupId, legacyMobile, ...extra } satisfies PageLocation;
}

/** Reads a Facebook URL and says which group page it is. Tracking parameters are ignored. */
export function detectPage(href: string): PageLocation {
  const url = parseFacebookUrl(href);
  if (!url) return located('not-a-group', null, false);
  const legacyMobile = /^(?:m|mbasic|touch)\./.test(url.host);
  const [first, groupSlug, third, fourth] = url.segments;

  // Photo viewer: `set=gm.<postid>` is a photo of a group post, `set=g.<gid>` a photo in a group's album.
  if (first === 'photo' || first === 'photo.php' || (first === 'photos' && url.params.has('set'))) {
    const set = url.params.get('set') ?? '';
    const groupPost = /^gm\.(\d{1,30})$/.exec(set);
    if (groupPost?.[1]) return located('group-post', null, legacyMobile, { postId: groupPost[1] });
    const groupAlbum = /^g\.(\d{1,30})$/.exec(set);
    if (groupAlbum?.[1]) return located('group-photo', groupAlbum[1], legacyMobile);
    return located('not-a-group', null, legacyMobile);
  }
  if (first !== 'groups' || groupSlug === undefined || !GROUP_SLUG.test(groupSlug)) {
    return located('not-a-group', null, legacyMobile);
  }
  if (GROUP_HUB_PAGES.has(groupSlug.toLowerCase())) return located('not-a-group', null, legacyMobile);
  const groupId = groupSlug;
  const commentParts: Partial<PageLocation> = {};
  const commentId = url.params.get('comment_id');
  if (commentId && NUMERIC_ID.test(commentId)) commentParts.commentId = commentId;
  const replyId = url.params.get('reply_comment_id');
  if (replyId && NUMERIC_ID.test(replyId)) commentParts.replyCommentId = replyId;

  switch (third) {
    case undefined: {
      const multi = url.params.get('multi_permalinks')?.split(',')[0];
      if (multi && POST_ID.test(multi))
        return located('group-post', groupId, legacyMobile, { postId: multi, ...commentParts });
      const story = url.params.get('view') === 'permalink' ? url.params.get('id') : undefined;
      if (story && POST_ID.test(story))
        return located('group-post', groupId, legacyMobile, { postId: story, ...commentParts });
      return located('group-feed', groupId, legacyMobile);
    }
    case 'posts':
    case 'permalink':
      if (fourth !== undefined && POST_ID.test(fourth)) {
        return located('group-post', groupId, legacyMobile, { postId: fourth, ...commentParts });
      }
      return located('group-feed', groupId, legacyMobile);
    case 'user':
      if (fourth !== undefined && NUMERIC_ID.test(fourth)) {
        return located('group-member', groupId, legacyMobile, { memberId: fourth });
      }
      return located('group-other', groupId, legacyMobile);
    case 'members':
      return located('group-members', groupId, legacyMobile, fourth === undefined ? {} : { section: fourth });
    case 'member-requests':
    case 'requests':
      return located('member-requests', groupId, legacyMobile);
    case 'pending_posts':
      return located('pending-posts', groupId, legacyMobile);
    case 'about':
      return located('group-about', groupId, legacyMobile);
    case 'search':
      return located('group-search', groupId, legacyMobile);
    case 'buy_sell_discussion':
    case 'discussion':
    case 'chronological':
    case 'recent_activity':
    case 'new_activity':
    case 'featured':
      return located('group-feed', groupId, legacyMobile);
    default:
      return located('group-other', groupId, legacyMobile);
  }
}

/** Predicates in the refined-github style, for code that asks one question. */
export const isGroupFeed = (url: string) => detectPage(url).route === 'group-feed';
export const isGroupPost = (url: string) => detectPage(url).route === 'group-post';
export const isGroupPhoto = (url: string) => detectPage(url).route === 'group-photo';
export const isGroupMembers = (url: string) => detectPage(url).route === 'group-members';
export const isGroupMember = (url: string) => detectPage(url).route === 'group-member';
export const isMemberRequests = (url: string) => detectPage(url).route === 'member-requests';
export const isPendingPosts = (url: string) => detectPage(url).route === 'pending-posts';
export const isGroupAbout = (url: string) => detectPage(url).route === 'group-about';
export const isGroupSearch = (url: string) => detectPage(url).route === 'group-search';
export const isNotAGroup = (url: string) => detectPage(url).route === 'not-a-group';
