/**
 * How many comments a post has, as Facebook shows it under the post: "1 comment", "12 comments", "1,234 comments",
 * "1.2K comments", and in French "1 commentaire", "12 commentaires", "1 234 commentaires", "1,2 K commentaires".
 * Pure: a text or an element in, a count out; never throws, `undefined` when the words are not a comment count.
 *
 * A count shortened with K or M ("1.2K") is the least it can be (1,200): Facebook rounds it down.
 */

/** Digits with an optional thousands or decimal part, a K/M multiplier, then the word. */
const COUNT =
  /^(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(k|m)?\s+(?:comments?|commentaires?)$|^(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(k|m)(?:comments?|commentaires?)$/i;

/** The longest text a comment count takes; longer texts are not one (spares testing every long span). */
const MAX_LENGTH = 40;

const MULTIPLIER: Record<string, number> = { k: 1_000, m: 1_000_000 };

/** What every text `COUNT` accepts contains: a digit, perhaps K or M, then the word. */
const MAY_HOLD_COUNT = /\d\s*[km]?\s*comment/i;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The count the words show ("12 comments", "1,2 K commentaires"), or `undefined` when they are not a count. */
export function readCommentCount(text: string | null | undefined): number | undefined {
  if (typeof text !== 'string' || text.length > MAX_LENGTH * 2) return undefined;
  const match = COUNT.exec(fold(text));
  if (!match) return undefined;
  const digits = match[1] ?? match[3]!;
  const unit = (match[2] ?? match[4])?.toLowerCase();
  if (unit === undefined) {
    // Without K or M a separator can only group thousands: "1,234", "1 234", "1.234".
    if (/[.,]\d{1,2}$/.test(digits)) return undefined;
    return Number(digits.replace(/[^\d]/g, ''));
  }
  // With K or M the separator is the decimal mark ("1.2K", "1,2 K"); a thousands group there is not a count.
  if (/[ \u00a0\u202f.,]\d{3}/.test(digits)) return undefined;
  return Math.floor(Number(digits.replace(',', '.')) * MULTIPLIER[unit]!);
}

/**
 * The comment count shown in a post's own element: the first short span whose whole text is a count, outside the
 * posts and comments nested in it (a shared post, a comment's replies). `undefined` when the post shows none
 * (no comments yet, or a layout that hides it).
 */
export function shownCommentCount(post: Element): number | undefined {
  // Any count's words are in the post's whole text: one native read spares the span walk where none can be.
  if (!MAY_HOLD_COUNT.test(post.textContent ?? '')) return undefined;
  const spans = post.getElementsByTagName('span');
  for (let index = 0, count = spans.length; index < count; index++) {
    const span = spans[index]!;
    // A count is a leaf or nearly ("<span>12 comments</span>"): the text of a span wrapping more is never read.
    if (span.childElementCount > 1) continue;
    const text = span.textContent ?? '';
    if (text.length > MAX_LENGTH || !/\d/.test(text)) continue;
    const shown = readCommentCount(text);
    if (shown === undefined) continue;
    const article = span.closest('[role="article"]');
    if (article === null || article === post || !post.contains(article)) return shown;
  }
  return undefined;
}
