/**
 * Members page rows (`/groups/<gid>/members` and its sub-pages). Language-independent structure:
 * - the member is the first `/groups/<gid>/user/<uid>/` link of the row (avatar, then name);
 * - the row's text lines are `span[dir=auto]`; in a line, each top-level `div` is one part;
 *   a part wrapping a nested `div` is a badge pill ("Admin", "Quản trị viên"), a plain one is the join line;
 *   other lines ("0 points", mutual friends, bio) have no `div` parts;
 * - the section is the `h2` heading before the row's list.
 */
import type { Sighting } from './reading';
import {
  boundedName,
  excluded,
  memberIdOf,
  profileUrlOf,
  unreadable,
  type ItemOutcome,
  type ReadContext,
} from './context';
import { SELECTORS } from './selectors';
import { cleanName, clip, nameOf, textOf } from './text';
import { readJoinLine, startsWithInvitedBy } from './time';
import { groupOfUserLink, parseFacebookUrl, personFromUrl } from './urls';

export interface MemberRowReading {
  memberId: string;
  name: string;
  section: string | null;
  badges: string[];
  /** Join parts joined by a space, as the truth files write them. */
  joinText: string | null;
  referrer: { memberId: string; name: string } | null;
  groupIdInLink: string | null;
}

interface UserLink {
  element: Element;
  memberId: string;
  groupId: string;
}

function userLinksIn(root: Element): UserLink[] {
  const links: UserLink[] = [];
  for (const element of Array.from(root.querySelectorAll(SELECTORS.link.css))) {
    const url = parseFacebookUrl(element.getAttribute('href') ?? '');
    const groupId = url ? groupOfUserLink(url) : null;
    const person = url ? personFromUrl(url) : null;
    if (url && groupId && person?.by === 'id') links.push({ element, memberId: person.id, groupId });
  }
  return links;
}

/**
 * Text lines of a row or header block: outermost `span[dir=auto]` outside buttons ("Add friend", "Message").
 * Members rows, request cards and a member's page header share this shape.
 */
export function linesOf(row: Element): Element[] {
  return Array.from(row.querySelectorAll(SELECTORS.autoDirText.css)).filter((line) => {
    const outer = line.parentElement?.closest(SELECTORS.autoDirText.css);
    return (!outer || !row.contains(outer)) && !line.closest('[role="button"]');
  });
}

/** Top-level `div` parts of a line; "See more" buttons inside a bio are not parts. */
function partsOf(line: Element): Element[] {
  return Array.from(line.querySelectorAll('div')).filter((div) => {
    const outerDiv = div.parentElement?.closest('div');
    return (!outerDiv || !line.contains(outerDiv)) && !div.closest('[role="button"]');
  });
}

const sectionCache = new WeakMap<Element, string | null>();

/** The `h2` heading before the row's list (cached per list, since rows arrive in batches). */
export function sectionOf(row: Element): string | null {
  const list = row.parentElement ?? row;
  const cached = sectionCache.get(list);
  if (cached !== undefined) return cached;
  let section: string | null = null;
  search: for (let node: Element | null = list; node; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const headings = sibling.matches(SELECTORS.sectionHeading.css)
        ? [sibling]
        : Array.from(sibling.querySelectorAll(SELECTORS.sectionHeading.css));
      const heading = headings[headings.length - 1];
      if (heading) {
        section = clip(textOf(heading), 500) || null;
        break search;
      }
    }
  }
  sectionCache.set(list, section);
  return section;
}

/** Reads one row in the detail the truth files use (tests compare against them). */
export function readMemberRowDetail(row: Element): MemberRowReading | null {
  const links = userLinksIn(row);
  const member = links[0];
  if (!member) return null;
  const memberLinks = links.filter((link) => link.memberId === member.memberId);
  const nameLink = memberLinks.find((link) => textOf(link.element) !== '');
  const name = nameLink
    ? nameOf(nameLink.element)
    : cleanName(member.element.getAttribute('aria-label') ?? '');
  const badges: string[] = [];
  const joinParts: string[] = [];
  let referrer: MemberRowReading['referrer'] = null;
  for (const line of linesOf(row)) {
    if (nameLink && line.contains(nameLink.element)) continue;
    for (const part of partsOf(line)) {
      const text = textOf(part);
      if (!text) continue;
      if (part.querySelector('div')) {
        badges.push(clip(text, 200));
        continue;
      }
      joinParts.push(text);
      const inviter = userLinksIn(part).find((link) => link.memberId !== member.memberId);
      if (inviter && !referrer) referrer = { memberId: inviter.memberId, name: nameOf(inviter.element) };
    }
  }
  return {
    memberId: member.memberId,
    name,
    section: sectionOf(row),
    badges,
    joinText: joinParts.length ? joinParts.join(' ') : null,
    referrer,
    groupIdInLink: member.groupId,
  };
}

export function readMemberRow(row: Element, context: ReadContext): ItemOutcome {
  const detail = readMemberRowDetail(row);
  if (!detail) {
    // A list item with no person link: a "see all" row or a placeholder, unless it names someone.
    return row.querySelector('a[href]')
      ? unreadable('a member row has no member link')
      : excluded('not a person row');
  }
  if (!detail.name) return unreadable('a member row has no name');
  const groupId = context.location.groupId;
  const person = { by: 'id', id: detail.memberId } as const;
  const sighting: Sighting = {
    memberId: memberIdOf(person),
    name: boundedName(detail.name),
    kind: 'member',
    profileUrl: profileUrlOf(person, detail.groupIdInLink ?? groupId),
    badges: detail.badges.slice(0, 20),
  };
  if (detail.section) sighting.section = detail.section;
  if (detail.joinText && startsWithInvitedBy(detail.joinText)) {
    // "Invited by X …" with no "Joined" part: invited, not (yet) a member. Its time is the invitation's, not a join.
    sighting.status = 'invited';
    sighting.rawJoin = clip(detail.joinText, 1_000);
  } else if (detail.joinText) {
    const join = readJoinLine(detail.joinText, context.clock, detail.referrer?.name);
    sighting.rawJoin = clip(join.rawJoin, 1_000);
    if (join.joinedAfter) sighting.joinedAfter = join.joinedAfter;
    if (join.joinedBefore) sighting.joinedBefore = join.joinedBefore;
    if (join.joinPrecision) sighting.joinPrecision = join.joinPrecision;
  }
  if (detail.referrer)
    sighting.invitedBy = { memberId: detail.referrer.memberId, name: boundedName(detail.referrer.name) };
  return { status: 'read', sightings: [sighting] };
}
