/**
 * A member's own page in the group (`/groups/<gid>/user/<uid>/`): their name and, when the page carries it, their
 * join line. Structure, not wording, finds them:
 * - the name is the text of a link to this very member (`/groups/<gid>/user/<uid>/`, the id of the page's URL)
 *   inside the page's `h1` heading; a heading without such a link (the group's name) is not the member;
 * - the join line is a text line (`span[dir=auto]`) near that heading whose wording is a known join wording
 *   ("Joined about 2 weeks ago", "Added by X on …"); it becomes an interval as on the members page, and a line
 *   in a wording Tend does not know is not taken for one.
 * Posts and comments on the page are read by the feed readers as usual.
 */
import type { Sighting } from './reading';
import { boundedName, excluded, profileUrlOf, type ItemOutcome, type ReadContext } from './context';
import { linesOf } from './read-members';
import { SELECTORS } from './selectors';
import { clip, nameOf, textOf } from './text';
import { hasKnownJoinWording, readJoinLine } from './time';
import { groupOfUserLink, personFromUrl } from './urls';

/** How far above the heading the header block may start: the name and its lines share a small block. */
const HEADER_DEPTH = 6;

export interface MemberPageReading {
  name: string;
  joinLine: string | null;
  referrerName: string | null;
}

export function readMemberHeadingDetail(
  heading: Element,
  memberId: string,
  context: Pick<ReadContext, 'parseUrl'>,
): MemberPageReading | null {
  const ownLink = Array.from(heading.querySelectorAll(SELECTORS.link.css)).find((link) => {
    const href = link.getAttribute('href') ?? '';
    // The id must be written in the link itself: a relative href ("?comment_id=…") resolves against this page's
    // own address, which names the member whether or not the page does.
    if (!href.includes(memberId)) return false;
    const url = context.parseUrl(href);
    const person = url ? personFromUrl(url) : null;
    return url && groupOfUserLink(url) && person?.by === 'id' && person.id === memberId && textOf(link);
  });
  if (!ownLink) return null;
  let joinLine: Element | null = null;
  let block: Element | null = heading;
  for (let depth = 0; depth < HEADER_DEPTH && block && !joinLine; depth += 1) {
    block = block.parentElement;
    if (!block) break;
    joinLine =
      linesOf(block).find((line) => !heading.contains(line) && hasKnownJoinWording(textOf(line))) ?? null;
  }
  const referrer = joinLine
    ? (Array.from(joinLine.querySelectorAll(SELECTORS.link.css)).find((link) => textOf(link)) ?? null)
    : null;
  return {
    name: nameOf(ownLink),
    joinLine: joinLine ? textOf(joinLine) : null,
    referrerName: referrer ? textOf(referrer) : null,
  };
}

export function readMemberHeading(heading: Element, context: ReadContext): ItemOutcome {
  const memberId = context.location.memberId;
  if (!memberId) return excluded('not a member page');
  const detail = readMemberHeadingDetail(heading, memberId, context);
  if (!detail) return excluded('a heading that does not name this member');
  const sighting: Sighting = {
    memberId,
    name: boundedName(detail.name),
    kind: 'member',
    profileUrl: profileUrlOf({ by: 'id', id: memberId }, context.location.groupId),
  };
  if (detail.joinLine) {
    const join = readJoinLine(detail.joinLine, context.clock, detail.referrerName ?? undefined);
    sighting.rawJoin = clip(join.rawJoin, 1_000);
    if (join.joinedAfter) sighting.joinedAfter = join.joinedAfter;
    if (join.joinedBefore) sighting.joinedBefore = join.joinedBefore;
    if (join.joinPrecision) sighting.joinPrecision = join.joinPrecision;
  }
  return { status: 'read', sightings: [sighting] };
}
