/**
 * Signals read from one post's words: a newcomer's introduction that sells, and a brand's contest or promotion
 * dropped into the group. Pure: a post, what is known of its author, the settings.
 */
import { GOOD_CAUSE, WARNING, contestCues, fold, sellingCues } from './cues';
import type { SignalDraft, SignalItem, SignalKind, SignalKindSettings, SignalMember } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;

const textOf = (item: SignalItem) => item.text ?? item.excerpt;

function draftFor(kind: SignalKind, item: SignalItem): SignalDraft {
  return {
    key: `${kind}|${item.groupId}|${item.itemId}`,
    kind,
    groupId: item.groupId,
    memberIds: [item.memberId],
    evidence: {
      itemIds: [item.itemId],
      links: item.permalink ? [item.permalink] : [],
      excerpt: item.excerpt,
      at: item.at,
    },
  };
}

/**
 * Whether the member had joined within `days` before `at`: the latest possible join (or, without a join line,
 * when Tend first saw them) is within the window. Unknown join: not a newcomer (only claim what was seen).
 */
export function isNewcomer(member: SignalMember | undefined, at: string, days: number): boolean {
  const joined = member?.joinedBefore ?? member?.joinedAfter;
  if (!joined) return false;
  const since = Date.parse(at) - Date.parse(joined);
  return since >= -DAY_MS && since <= days * DAY_MS;
}

/** A newcomer's post with at least `minCues` kinds of self-promotion cue. */
export function detectNewcomerSelling(
  item: SignalItem,
  member: SignalMember | undefined,
  settings: SignalKindSettings['newcomer-selling'],
): SignalDraft | null {
  if (item.kind !== 'post' || member?.staff) return null;
  if (!isNewcomer(member, item.at, settings.newcomerDays)) return null;
  const cues = sellingCues(textOf(item), item.domains);
  return cues.length >= settings.minCues ? draftFor('newcomer-selling', item) : null;
}

/**
 * A contest ("share and win", "concours", "tag 3 friends") or a brand's cold promotion: a contest with its way to
 * enter, or a Page (or a newcomer) promoting with a contest or brand words (a promo code, a discount, "today only"). The group's own staff are left out
 * (an admin's photo contest is the group's life, not a brand dropped in), and so is a warning about a contest
 * ("this share-and-win is a scam") or a member's raffle for a shelter.
 */
export function detectBrandContest(
  item: SignalItem,
  member: SignalMember | undefined,
  newcomerDays: number,
): SignalDraft | null {
  const folded = fold(textOf(item));
  if (item.kind !== 'post' || member?.staff || WARNING.test(folded) || GOOD_CAUSE.test(folded)) return null;
  const cues = contestCues(textOf(item));
  const contest = cues.includes('contest');
  const mechanic = cues.includes('mechanic');
  const brand = cues.includes('brand');
  const outsider =
    item.isPage === true || member?.isPage === true || isNewcomer(member, item.at, newcomerDays);
  // An outsider's promotion is one without a contest or a link: "use code PURR15 for 15% off" is the brand speaking.
  const raised = (contest && mechanic) || (contest && brand) || (outsider && (contest || brand));
  return raised ? draftFor('brand-contest', item) : null;
}
