/**
 * Every Facebook selector Tend uses, in one place. No class names, no generated ids: roles, aria attributes,
 * `data-ad-rendering-role`, `data-sigil`/`data-ft` (legacy m. site), headings and link shapes.
 *
 * Each selector lists how many elements it must match on named fixtures (`test/fixtures/facebook/<name>.html`);
 * `test/unit/reader/selectors.test.ts` checks those counts, so a changed capture or selector shows up at once.
 * When Facebook changes its markup, add the new selector beside the old one with a dated note saying when the
 * old one can go.
 */

export interface SelectorSpec {
  readonly css: string;
  readonly what: string;
  /** Expected number of matches on fixtures, by fixture file name without `.html`. */
  readonly counts: Readonly<Record<string, number>>;
}

const spec = (css: string, what: string, counts: Record<string, number>): SelectorSpec => ({
  css,
  what,
  counts,
});

/**
 * The labels (`aria-label`) that mark an ad. A post is searched once for its labelled elements (`labelled`), whose
 * labels are compared, rather than once per marker: Chromium runs a list of the three markers about as slowly as
 * the three searches one after the other, each a walk of the whole post when it is no ad (most posts). On the
 * read-page bench's 2026 feed that made the read about a third faster than the three searches.
 */
export const SPONSORED_LABELS = ['Sponsored', 'Sponsorisé', 'Commandité'] as const;
export const SPONSORED_MARKERS = SPONSORED_LABELS.map((label) => `[aria-label="${label}"]`);

export const SELECTORS = {
  /** Members page: one row per person. */
  memberRow: spec('[role="listitem"]', 'a members-page row', {
    'www_comet_group_members_2024-08': 148,
    'www_comet_group_members_vi_rows_2024-06': 70,
    'www_comet_group_post_article_2025-04_a': 0,
  }),
  /** Members page: section headings ("New to the group", "Admins & moderators · 5"). */
  sectionHeading: spec('h2', 'a members-page section heading', {
    'www_comet_group_members_2024-08': 6,
    'www_comet_group_members_vi_rows_2024-06': 0,
  }),
  /** The page heading: the group's name (a link to the group), or a member's name on their page in the group. */
  pageHeading: spec('h1', 'a page heading', {
    'www_comet_group_members_2024-08': 1,
    www_comet_group_member_page_synthetic: 2,
    'www_comet_group_post_article_2025-04_a': 0,
  }),
  /** Members page: the list a row sits in; its section is the heading before it. */
  memberList: spec('[role="list"]', 'a members-page list', {
    'www_comet_group_members_2024-08': 5,
  }),
  /** Text lines of a row, a comment name, and so on. */
  autoDirText: spec('span[dir="auto"]', 'a line of user-facing text', {}),
  /**
   * Comet: posts and comments are both articles; ownership decides which is which. Every capture's articles are
   * divs, and naming the tag lets Chromium skip the role check on the page's many spans, svgs and links. The reader
   * searches for these first and for `anyArticle` only where an author block or comment link sits in an article of
   * another tag (see `findArticles` in index.ts), so articles moved to another tag are still found.
   * 2026-12-03: group feed posts are no longer articles (the 2026-01 capture); posts are also found from their
   * author block and the feed's items (`profileName`, `feed`, read-units.ts).
   */
  article: spec('div[role="article"]', 'a comet post or comment', {
    // Both are loading placeholders; its post is no article (see `feed`).
    'www_comet_group_feed_2026-01': 2,
    'www_comet_group_post_article_2025-04_a': 1,
    'www_comet_group_post_article_2025-04_b': 1,
    'www_comet_group_post_article_2025-04_c': 1,
    'www_comet_profile_post_with_comments_2025-06': 11,
    'www_comet_group_members_2024-08': 0,
  }),
  /** Comet: an article of any tag; the fallback of `article`, and what decides which article owns an element. */
  anyArticle: spec('[role="article"]', 'a comet post or comment, whatever its tag', {
    'www_comet_group_post_article_2025-04_a': 1,
    'www_comet_profile_post_with_comments_2025-06': 11,
    'www_comet_group_members_2024-08': 0,
  }),
  /** Comet: the block holding a post's author name (the first one in an article is the post's own author). */
  profileName: spec('[data-ad-rendering-role="profile_name"]', 'a post author block', {
    'www_comet_group_feed_2026-01': 1,
    'www_comet_group_post_article_2025-04_a': 1,
    'www_comet_profile_post_with_comments_2025-06': 1,
  }),
  /**
   * Comet: a post's own message. A post without any post id in its links is still a post when it has one; without
   * either it is a group activity story (see read-comet.ts).
   */
  storyMessage: spec('[data-ad-rendering-role="story_message"]', 'a post message block', {
    'www_comet_group_feed_2026-01': 1,
    'www_comet_group_post_article_2025-04_a': 1,
  }),
  /**
   * The feed: its direct children are its posts (2026-01 capture: no role=article on the post, added
   * 2026-12-03; Facebook's feed has kept this role through every redesign seen).
   */
  feed: spec('[role="feed"]', 'a feed', {
    'www_comet_group_feed_2026-01': 1,
    'www_comet_group_members_2024-08': 0,
  }),
  /** A permalink page may show its post in a dialog (2026): a region like the feed. */
  dialog: spec('[role="dialog"]', 'a dialog', {
    'www_comet_group_feed_2026-01': 0,
  }),
  /** The page's chrome around its main region, with no activity (top bar, menus, side columns); see health.ts. */
  chrome: spec('[role="banner"], [role="navigation"], [role="complementary"]', 'page chrome', {
    'www_comet_group_feed_2026-01': 3,
  }),
  /**
   * A loading placeholder (2026-01: two `div[role=article]` wrapping one each, no link, no text): not a post, never
   * expected or read.
   */
  loadingPlaceholder: spec(
    '[data-visualcompletion="loading-state"], [role="status"]',
    'a loading placeholder',
    {
      'www_comet_group_feed_2026-01': 2,
    },
  ),
  /** A login form: a page asking to log in (a login wall, a logged-out page). */
  loginForm: spec(
    'input[name="pass"], input[type="password"], form[action*="/login"], [data-testid="royal_login_form"]',
    'a login form or its password field',
    {
      'www_comet_group_feed_2026-01': 0,
      'www_comet_group_members_2024-08': 0,
    },
  ),
  /** Comet: "Sponsored" marker on ads (also used as an aria-label); any such article is skipped. */
  sponsoredMarker: spec(SPONSORED_MARKERS.join(', '), 'an ad marker', {
    'www_comet_group_post_article_2025-04_a': 0,
  }),
  /** An element with an accessible label: the ad markers are looked for among these (`SPONSORED_LABELS`). */
  labelled: spec('[aria-label]', 'an element with an aria-label', {}),
  /** Every link; readers classify them by URL shape. */
  link: spec('a[href]', 'a link', {}),
  /**
   * Every anchor, href or not: a tag name alone, which comet articles look theirs up by (`getElementsByTagName`,
   * which Chromium walks faster than it matches `a[href]`); one without an href points nowhere.
   */
  anchor: spec('a', 'an anchor', {
    'www_comet_group_post_article_2025-04_a': 4,
    'www_comet_profile_post_with_comments_2025-06': 95,
  }),
  /** Legacy m. site: the markup Tend reads there (`data-sigil` everywhere); a mobile page without any is unsupported. */
  mobileMarkup: spec('[data-sigil]', 'legacy m. site markup', {
    'www_comet_group_feed_2026-01': 0,
  }),
  /** Legacy m. site: one story (feed item or permalink), with its data in `data-ft`. */
  mobileStory: spec('[data-sigil~="story-div"]', 'an m. story', {
    'm_group_feed_2021-06': 21,
    'm_group_permalink_with_comments_2021-06': 1,
  }),
  /** Legacy m. site: a comment, with `data-store` {"token": "<post>_<comment>"}. */
  mobileComment: spec('[data-sigil="comment"]', 'an m. comment', {
    'm_group_permalink_with_comments_2021-06': 1,
    'm_group_feed_2021-06': 0,
  }),
  mobileCommentBody: spec(
    '[data-sigil="comment-body"]',
    'an m. comment body (its previous sibling is the name)',
    {
      'm_group_permalink_with_comments_2021-06': 1,
    },
  ),
  /** Legacy m. site: the author's avatar ring carries their numeric id: data-sigil="feed_story_ring<id>". */
  mobileAuthorRing: spec('[data-sigil^="feed_story_ring"]', 'an m. avatar ring with an id', {
    'm_group_permalink_with_comments_2021-06': 2,
  }),
  /**
   * A post or comment box: `role="textbox"` on an editable element (Facebook's Lexical editor is a contenteditable
   * div). The tone check's counter sits beside it (composer.ts); Tend only reads it.
   */
  composer: spec(
    '[role="textbox"][contenteditable]:not([contenteditable="false"])',
    'a post or comment box',
    {
      www_comet_group_post_composer_synthetic: 1,
      'www_comet_group_feed_2026-01': 1,
      'www_comet_group_members_2024-08': 0,
    },
  ),
  /** Embedded Relay/GraphQL data (`data-sjs` preloads); read for ids and times. */
  embeddedJson: spec('script[type="application/json"]', 'embedded page data', {
    'www_comet_profile_post_with_comments_2025-06': 58,
    'www_comet_loggedout_page_post_json_2024-08': 78,
    // Its post's id, author and creation time (2026-01-31) are in these, not in any permalink.
    'www_comet_group_feed_2026-01': 162,
  }),
} as const satisfies Record<string, SelectorSpec>;

export type SelectorName = keyof typeof SELECTORS;

/** Runs a named selector and returns the matching elements as an array. */
export function selectAll(root: ParentNode, name: SelectorName): Element[] {
  return Array.from(root.querySelectorAll(SELECTORS[name].css));
}
