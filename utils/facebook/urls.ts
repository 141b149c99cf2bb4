/**
 * Facebook URL shapes, parsed without the global `URL` (happy-dom replaces it, and this code must behave the
 * same in every DOM). Only the parts Tend needs are read; tracking parameters are simply never looked at.
 */

export interface ParsedUrl {
  host: string;
  /** Path segments, decoded, without empty ones. */
  segments: string[];
  /** The query, read on demand: only the parameters asked for are decoded (tracking ones never are). */
  params: QueryParams;
}

export interface QueryParams {
  /** The first value of a parameter, decoded; undefined when absent. */
  get(name: string): string | undefined;
  has(name: string): boolean;
}

const FACEBOOK_HOST = /^(?:[a-z0-9-]+\.)*facebook\.com$/;

function safeDecode(part: string): string {
  if (!part.includes('%') && !part.includes('+')) return part;
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** Whether `text` holds `%` or `+` (so needs decoding) between `start` and `end`. */
function encodedBetween(text: string, start: number, end: number): boolean {
  const percent = text.indexOf('%', start);
  if (percent >= 0 && percent < end) return true;
  const plus = text.indexOf('+', start);
  return plus >= 0 && plus < end;
}

/** Finds the first `name` parameter of a raw query without splitting or decoding the others. */
function findParam(query: string, name: string): string | undefined {
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    if (end > start) {
      const eq = query.indexOf('=', start);
      const keyEnd = eq < 0 || eq > end ? end : eq;
      // A key needing no decoding is compared in place; only an encoded one is decoded first.
      const matches = encodedBetween(query, start, keyEnd)
        ? safeDecode(query.slice(start, keyEnd)) === name
        : keyEnd - start === name.length && query.startsWith(name, start);
      if (matches) return keyEnd === end ? '' : safeDecode(query.slice(keyEnd + 1, end));
    }
    start = end + 1;
  }
  return undefined;
}

/** Parameters of a non-empty query, each decoded when asked for (each is asked for about once). */
class LazyQueryParams implements QueryParams {
  constructor(private readonly query: string) {}
  get(name: string): string | undefined {
    return findParam(this.query, name);
  }
  has(name: string): boolean {
    return findParam(this.query, name) !== undefined;
  }
}

/** Most links carry no query: they share this one. */
const NO_PARAMS: QueryParams = { get: () => undefined, has: () => false };

const queryParams = (query: string): QueryParams => (query ? new LazyQueryParams(query) : NO_PARAMS);

const HTTP_SCHEME = /^https?:/i;
/** The host of nearly every absolute link, checked as it is. */
const WWW = 'www.facebook.com';
const PORT = /:\d+$/;
const COLON = 58;
const SLASH = 47;

/** Line breaks, which a fragment may not hold (the URL is then unreadable). */
function hasLineBreak(text: string, from: number): boolean {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/**
 * Parses an absolute or root-relative Facebook URL (`https://www.facebook.com/x`, `//m.facebook.com/x`, `/x`,
 * `?a=b` relative to `base`). Returns null for other sites and for anything unreadable. Read in place, as
 * `[[http[s]:]//host][path][?query][#fragment]`: only the host, the path segments and the query are copied out.
 * Other schemes (`javascript:`, `mailto:`) have neither a host nor a path starting with `/`, so give null.
 */
export function parseFacebookUrl(href: string, base?: ParsedUrl): ParsedUrl | null {
  const text = href.trim();
  let end = text.indexOf('#');
  if (end < 0) end = text.length;
  else if (hasLineBreak(text, end + 1)) return null;
  let pathStart = 0;
  let rawHost: string | undefined;
  const scheme = HTTP_SCHEME.test(text) ? (text.charCodeAt(4) === COLON ? 5 : 6) : 0;
  if (text.startsWith('//', scheme)) {
    const hostStart = scheme + 2;
    let hostEnd = hostStart;
    while (hostEnd < end && text[hostEnd] !== '/' && text[hostEnd] !== '?') hostEnd++;
    if (hostEnd > hostStart) {
      rawHost = text.slice(hostStart, hostEnd);
      pathStart = hostEnd;
    }
  }
  const question = text.indexOf('?', pathStart);
  const pathEnd = question >= 0 && question < end ? question : end;
  let host: string;
  let segments: string[];
  if (rawHost !== undefined) {
    host = rawHost === WWW ? WWW : rawHost.toLowerCase().replace(PORT, '');
    if (host !== WWW && !FACEBOOK_HOST.test(host)) return null;
    segments = splitPath(text, pathStart, pathEnd);
  } else if (pathEnd > pathStart && text.charCodeAt(pathStart) === SLASH) {
    host = base?.host ?? WWW;
    segments = splitPath(text, pathStart, pathEnd);
  } else if (pathEnd === pathStart && base) {
    // "?comment_id=…" links are relative to the page they sit on.
    host = base.host;
    segments = base.segments;
  } else {
    return null;
  }
  return { host, segments, params: queryParams(pathEnd < end ? text.slice(pathEnd + 1, end) : '') };
}

/**
 * `parseFacebookUrl` remembering each href it has parsed: for one read of a page, where the same links are
 * looked at more than once. Parsed URLs are shared, so callers must not change them.
 */
export function cachedUrlParser(base: ParsedUrl | null): (href: string) => ParsedUrl | null {
  const cache = new Map<string, ParsedUrl | null>();
  return (href) => {
    let url = cache.get(href);
    if (url === undefined) {
      url = parseFacebookUrl(href, base ?? undefined);
      cache.set(href, url);
    }
    return url;
  };
}

/** The non-empty `/`-separated segments of `text` between `start` and `end`, decoded. */
function splitPath(text: string, start: number, end: number): string[] {
  const segments: string[] = [];
  const encoded = encodedBetween(text, start, end);
  while (start < end) {
    let next = text.indexOf('/', start);
    if (next < 0 || next > end) next = end;
    if (next > start) {
      const segment = text.slice(start, next);
      segments.push(encoded ? safeDecode(segment) : segment);
    }
    start = next + 1;
  }
  return segments;
}

export const NUMERIC_ID = /^\d{1,30}$/;
/** Post ids are numeric, or Facebook's opaque `pfbid…` tokens. */
export const POST_ID = /^(?:\d{1,30}|pfbid[0-9A-Za-z]{10,120})$/;
/** Vanity names: letters, digits and dots (Facebook's own rule), 5 or more characters in practice. */
export const VANITY = /^[A-Za-z0-9.]{2,80}$/;
export const GROUP_SLUG = /^[A-Za-z0-9._-]{1,100}$/;

/** First path segments that are Facebook features, never someone's vanity name. */
const RESERVED_ROOTS = new Set([
  'groups',
  'pages',
  'page',
  'watch',
  'events',
  'event',
  'photo',
  'photo.php',
  'photos',
  'story.php',
  'permalink.php',
  'login',
  'login.php',
  'logout.php',
  'recover',
  'help',
  'settings',
  'privacy',
  'policies',
  'ads',
  'business',
  'marketplace',
  'gaming',
  'friends',
  'messages',
  'notifications',
  'bookmarks',
  'search',
  'hashtag',
  'sharer',
  'sharer.php',
  'share',
  'share.php',
  'l.php',
  'reel',
  'reels',
  'stories',
  'video',
  'videos',
  'live',
  'fundraisers',
  'media',
  'saved',
  'memories',
  'profile.php',
  'people',
  'home.php',
  'dialog',
  'plugins',
  'privacy_sandbox',
  'ajax',
  'ufi',
  'composer',
  'legal',
  'terms',
  'cookie',
  'careers',
  'lite',
  'mobile',
  'checkpoint',
  'reg',
  'r.php',
  'campaign',
  'pg',
  'latest',
  'me',
  'nt',
  'comment',
  'buddylist.php',
  'a',
  'x',
  'messenger_media',
  'profile',
  'notes',
  'instantgames',
  'games',
  'weather',
  'offers',
  'jobs',
  'community',
  'learn',
  'groups_browse',
  'feeds',
  'topic',
  'places',
  'crisisresponse',
  'audiencenetwork',
]);

export type PersonRef = { by: 'id'; id: string } | { by: 'vanity'; vanity: string };

/**
 * Who a link points to, when it is a link to a person (or a Page acting like one):
 * `/groups/<gid>/user/<uid>/`, `profile.php?id=<n>`, `/people/<Name>/<n>/`, or `/<vanity>`.
 */
export function personFromUrl(url: ParsedUrl): PersonRef | null {
  const [first, second, third, fourth] = url.segments;
  if (first === undefined) return null;
  if (first === 'groups' && third === 'user' && fourth !== undefined) {
    return NUMERIC_ID.test(fourth) ? { by: 'id', id: fourth } : null;
  }
  if (first === 'profile.php') {
    const id = url.params.get('id');
    return id && NUMERIC_ID.test(id) ? { by: 'id', id } : null;
  }
  if (first === 'people' && third !== undefined && NUMERIC_ID.test(third)) return { by: 'id', id: third };
  if (RESERVED_ROOTS.has(first.toLowerCase()) || second !== undefined) return null;
  if (NUMERIC_ID.test(first)) return { by: 'id', id: first };
  return VANITY.test(first) && /[A-Za-z]/.test(first) ? { by: 'vanity', vanity: first } : null;
}

/** The group a `/groups/<gid>/user/<uid>/` link belongs to. */
export function groupOfUserLink(url: ParsedUrl): string | null {
  const [first, gid, third] = url.segments;
  return first === 'groups' && third === 'user' && gid !== undefined && GROUP_SLUG.test(gid) ? gid : null;
}

export interface PostRef {
  groupId: string | null;
  postId: string;
  commentId?: string;
  replyCommentId?: string;
}

/**
 * A link to a group post (`/groups/<gid>/posts/<pid>/`, `/groups/<gid>/permalink/<pid>/`, `?multi_permalinks=`),
 * or to a post elsewhere (`/<vanity>/posts/<pid>`), with the comment it points at, if any.
 */
export function postFromUrl(url: ParsedUrl): PostRef | null {
  const [first, second, third, fourth] = url.segments;
  let groupId: string | null = null;
  let postId: string | undefined;
  if (first === 'groups' && second !== undefined && GROUP_SLUG.test(second)) {
    groupId = second;
    if ((third === 'posts' || third === 'permalink') && fourth !== undefined) postId = fourth;
    else if (third === undefined) postId = url.params.get('multi_permalinks')?.split(',')[0];
  } else if (second === 'posts' && third !== undefined) {
    postId = third;
  } else if (first === 'permalink.php' || first === 'story.php') {
    postId = url.params.get('story_fbid');
  }
  if (postId === undefined || !POST_ID.test(postId)) return null;
  const ref: PostRef = { groupId, postId };
  const commentId = url.params.get('comment_id');
  if (commentId && NUMERIC_ID.test(commentId)) ref.commentId = commentId;
  const replyId = url.params.get('reply_comment_id');
  if (replyId && NUMERIC_ID.test(replyId)) ref.replyCommentId = replyId;
  return ref;
}

/** The post a comment belongs to, from its permalink (`/groups/<gid>/posts/<post>/?comment_id=…`); else undefined. */
export function postIdOfComment(permalink: string | undefined): string | undefined {
  if (permalink === undefined) return undefined;
  const url = parseFacebookUrl(permalink);
  const post = url ? postFromUrl(url) : null;
  return post?.commentId ? post.postId : undefined;
}

/** How a member's link in a group starts: `/groups/<gid>/user/<uid>/…`, relative or on www. */
const GROUP_PATH_PREFIXES = ['/groups/', 'https://www.facebook.com/groups/'] as const;
const QUESTION_MARK = 63;
const NUMBER_SIGN = 35;

/**
 * False only for an href that `postFromUrl(parseFacebookUrl(href, base))` gives null for, whatever the base: a
 * member's link in a group (`/groups/<gid>/user/…`, whose third path segment is not a post's), or an absolute
 * link without a post's words (media, stories, profiles: most of a 2026 post's links). A reader looking for a
 * post's link skips these with it instead of parsing them.
 */
export function mightBePostHref(href: string): boolean {
  for (const prefix of GROUP_PATH_PREFIXES) {
    if (!href.startsWith(prefix)) continue;
    const slash = href.indexOf('/', prefix.length);
    if (slash <= prefix.length) return true;
    // A `?` or `#` before that slash would end the path there.
    for (let index = prefix.length; index < slash; index++) {
      const code = href.charCodeAt(index);
      if (code === QUESTION_MARK || code === NUMBER_SIGN) return true;
    }
    if (!href.startsWith('user', slash + 1)) return true;
    const after = href.charCodeAt(slash + 5);
    // The segment is exactly `user` (NaN: the href ends there).
    return !(Number.isNaN(after) || after === SLASH || after === QUESTION_MARK || after === NUMBER_SIGN);
  }
  // An href with a scheme or a leading slash does not depend on the page's path: it names a post only through one
  // of these words, or an escape or a tab or line break (which URL parsing removes) that could hide one. Any other
  // href is resolved against the page's address, which may itself be a post's.
  if (ABSOLUTE_HREF.test(href)) return POST_WORDS.test(href);
  return true;
}

const ABSOLUTE_HREF = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;
const POST_WORDS = /posts|permalink|story|%|[\t\n\r]/i;

/** The canonical https permalink of a group post (tracking parameters dropped). */
export function groupPostPermalink(groupId: string, postId: string, commentId?: string): string {
  const base = `https://www.facebook.com/groups/${encodeURIComponent(groupId)}/posts/${encodeURIComponent(postId)}/`;
  return commentId ? `${base}?comment_id=${commentId}` : base;
}

/** Decodes Facebook's base64 node ids ("comment:<post>_<comment>") without depending on a DOM global. */
export function decodeNodeId(encoded: string): string | null {
  const clean = encoded.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+=*$/.test(clean) || clean.length > 400) return null;
  try {
    const decoded = atob(clean);
    return /^[\x20-\x7e]+$/.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}
