/**
 * `mightBePostHref`, the string test that lets a reader skip parsing an article's author links when it looks for
 * the post link, must never skip a post link: whatever the href and the page it sits on, a link that parses to a
 * post passes the test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mightBePostHref, parseFacebookUrl, postFromUrl, type ParsedUrl } from '@/utils/facebook/urls';
import { FIXTURE_NAMES, linkedomDocument } from './fixtures';

const PAGES = [
  'https://www.facebook.com/groups/123/',
  'https://www.facebook.com/groups/123/posts/456/',
  'https://www.facebook.com/groups/cats.diabetes/permalink/789/',
  'https://m.facebook.com/story.php?story_fbid=55&id=66',
  'https://www.facebook.com/some.person',
].map((url) => parseFacebookUrl(url)!);

const isPostLink = (href: string, base: ParsedUrl) => {
  const url = parseFacebookUrl(href, base);
  return url !== null && postFromUrl(url) !== null;
};

const SEGMENT = fc.oneof(
  fc.constantFrom(
    'groups',
    'posts',
    'permalink',
    'user',
    'permalink.php',
    'story.php',
    'profile.php',
    '123',
    '456',
    'pfbid02cFHyp4ZmJK8hJMdKj3zbCkiCmuhyxTFSHrsQ1U3Fogz67oHKT5FnMxnmrskATsmql',
    'cats.diabetes',
    'some.person',
    '',
    // Percent-encoded forms decode to the same segments.
    'p%6Fsts',
    '%67roups',
    'permalink%2Ephp',
    'story%2ephp',
    '%31%32%33',
    'a+b',
    // A path that ends inside what looks like the group's segment.
    '123?multi_permalinks=456&x=',
    '123#',
    'user?',
    'user#',
  ),
  fc.string({ maxLength: 6 }),
);
const PARAM = fc.tuple(
  fc.oneof(
    fc.constantFrom(
      'multi_permalinks',
      'multi%5Fpermalinks',
      'story_fbid',
      'story%5ffbid',
      'comment_id',
      'reply_comment_id',
      'id',
      '__cft__[0]',
      '__tn__',
    ),
    fc.string({ maxLength: 4 }),
  ),
  fc.oneof(
    fc.constantFrom('456', '456,789', 'pfbid0abcdefghijk12', '%34%35%36', ''),
    fc.string({ maxLength: 4 }),
  ),
);
const HREF = fc
  .tuple(
    fc.constantFrom(
      '',
      ' ',
      '\n',
      'https://www.facebook.com',
      'http://m.facebook.com',
      '//web.facebook.com:443',
    ),
    fc.boolean(),
    fc.array(SEGMENT, { maxLength: 6 }),
    fc.constantFrom('', '/', '//'),
    fc.option(fc.array(PARAM, { maxLength: 4 }), { nil: undefined }),
    fc.option(fc.constantFrom('', 'top', 'x?multi_permalinks=4', '\n'), { nil: undefined }),
    fc.constantFrom('', ' ', '\t'),
  )
  .map(([prefix, rooted, segments, tail, params, fragment, after]) => {
    const path = segments.length ? `${rooted || prefix ? '/' : ''}${segments.join('/')}${tail}` : '';
    const query = params ? `?${params.map(([key, value]) => `${key}=${value}`).join('&')}` : '';
    return `${prefix}${path}${query}${fragment === undefined ? '' : `#${fragment}`}${after}`;
  });

/** Links under a group, where the author links are: `/groups/<gid>/<segment>/…`, with tricky group segments. */
const GROUP_HREF = fc
  .tuple(
    fc.constantFrom('/groups/', 'https://www.facebook.com/groups/', '/groups//', ' /groups/'),
    fc.oneof(SEGMENT, fc.constantFrom('123?multi_permalinks=456&x=', '123#', '1?multi_permalinks=2&')),
    fc.constantFrom('/', '//', ''),
    fc.oneof(SEGMENT, fc.constantFrom('user', 'user/', 'user/5?x=1', 'users')),
    fc.oneof(fc.constant(''), HREF),
  )
  .map(([prefix, group, slash, third, rest]) => `${prefix}${group}${slash}${third}${rest}`);

/** Whether `test` passes every post link of the generated hrefs, on every page. */
const propertyFor = (test: (href: string) => boolean) =>
  fc.property(
    fc.oneof(HREF, GROUP_HREF),
    fc.constantFrom(...PAGES),
    (href, base) => !isPostLink(href, base) || test(href),
  );

describe('mightBePostHref', () => {
  it('passes every href that parses to a post, on any page', () => {
    fc.assert(propertyFor(mightBePostHref), { numRuns: 20_000 });
  });

  it('control: a variant that reads the group segment past the end of the path is caught by the same property', () => {
    // It takes `/groups/123?multi_permalinks=456&x=/user/` for a member's link; it is a link to post 456.
    const readsPastPathEnd = (href: string) =>
      !/^(?:https:\/\/www\.facebook\.com)?\/groups\/[^/]+\/user(?:[/?#]|$)/.test(href);
    expect(readsPastPathEnd('/groups/1/user/2/')).toBe(false);
    expect(() => fc.assert(propertyFor(readsPastPathEnd), { numRuns: 20_000 })).toThrow();
    expect(() =>
      fc.assert(
        propertyFor(() => false),
        { numRuns: 20_000 },
      ),
    ).toThrow();
  });

  it('passes every post link of every fixture, and skips author links (else it would spare nothing)', () => {
    let skipped = 0;
    for (const name of FIXTURE_NAMES) {
      for (const link of Array.from(linkedomDocument(name).querySelectorAll('a[href]'))) {
        const href = link.getAttribute('href')!;
        for (const base of PAGES) if (isPostLink(href, base)) expect(mightBePostHref(href), href).toBe(true);
        if (!mightBePostHref(href)) skipped += 1;
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });
});
