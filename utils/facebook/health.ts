/**
 * Health that cannot be fooled by how posts are wrapped. Besides the containers the readers expected and read,
 * every read counts an invariant: the distinct group members whose profile link (`/groups/<gid>/user/<uid>/`)
 * shows their name as text in the page's main region (the feed, a dialog, the members list): outside its chrome
 * (top bar, menus, side columns, by their roles). Name-less links (facepile avatars, the viewer's avatar beside
 * the composer) are not counted. The main region is not required to be `[role=main]`: parsers that repair
 * malformed markup differently move elements in or out of it, while a link's own ancestors in the chrome stay. When fewer than half of those members were read, the page could not be read, whatever the post search found.
 */
import type { HealthStatus } from './reading';
import { anchorsOf, type Anchors } from './anchors';
import { SELECTORS } from './selectors';
import { nameOf } from './text';
import { sameGroup } from './context';

const CHROME = SELECTORS.chrome.css;

/** A group member's link: `/groups/<gid>/user/<uid>/`, relative or on facebook.com, read without parsing it. */
const MEMBER_LINK =
  /^(?:https:\/\/(?:www\.|web\.)?facebook\.com)?\/groups\/([A-Za-z0-9._-]{1,100})\/user\/(\d{1,30})(?:[/?#]|$)/;

/**
 * The numeric ids of the named group-member links in the main region of `root`, added to `into`.
 * `recorded`: members the readers recorded from this page. Readers record only named people of the page's content,
 * so such a link counts without looking at its name and ancestors again (most of a well-read page's links).
 */
export function countVisibleMembers(
  root: ParentNode,
  groupIds: readonly (string | null)[],
  into: Set<string>,
  recorded: ReadonlySet<string>,
  anchors: Anchors = anchorsOf(root),
): void {
  const count = memberCounter(groupIds, into, recorded);
  for (let index = 0, total = anchors.elements.length; index < total; index++)
    count(anchors.elements[index]!, anchors.hrefs[index] ?? null);
  // An addition inside a link (its name filled in) makes that link count.
  const around = (root as Node).nodeType === 1 ? (root as Element).closest('a') : null;
  if (around) count(around, around.getAttribute('href'));
}

/** A member link's shape up to its end (`/`, `?` or `#`): the same member of the same group for any link so begun. */
const endsWithDelimiter = (prefix: string) => /[/?#]$/.test(prefix);

/**
 * Counts one link at a time. A post links its author several times in a row (avatar, name, more): a link that
 * begins like the last one whose member was settled (counted, or of another group) is that member again, and is
 * not matched again.
 */
function memberCounter(
  groupIds: readonly (string | null)[],
  into: Set<string>,
  recorded: ReadonlySet<string>,
) {
  let settled: string | null = null;
  return (anchor: Element, href: string | null): void => {
    if (!href || !href.includes('/user/') || (settled !== null && href.startsWith(settled))) return;
    const match = MEMBER_LINK.exec(href);
    if (!match) return;
    const member = match[2]!;
    const settles = into.has(member) || !groupIds.every((id) => sameGroup(id, match[1]!));
    if (!settles && !recorded.has(member) && (nameOf(anchor) === '' || anchor.closest(CHROME))) return;
    if (!settles) into.add(member);
    settled = endsWithDelimiter(match[0]) ? match[0] : null;
  };
}

export interface HealthFacts {
  /** A page Tend reads (a group page of a readable kind). */
  readable: boolean;
  /** The legacy touch site's address (m., mbasic., touch.), and whether that markup was found on the page. */
  mobileHost: string | null;
  legacyMarkupFound: boolean;
  loginForm: boolean;
  expected: number;
  read: number;
  seen: number;
  /** Of the members seen, how many the readers recorded. */
  covered: number;
  /** The page shows no container at all, or a reader failed. */
  nothingFound: boolean;
  readerFailed: boolean;
}

/** The verdict, and the problem that explains it (none when all is well). */
export function verdictOf(facts: HealthFacts): { status: HealthStatus; problem?: string } {
  if (!facts.readable) return { status: 'ok' };
  if (facts.mobileHost === 'mbasic' || (facts.mobileHost && !facts.legacyMarkupFound && facts.read === 0))
    return { status: 'unsupported', problem: 'a layout Tend does not read (basic or lite mobile site)' };
  if (facts.loginForm && facts.covered * 2 < Math.max(facts.seen, 1))
    return { status: 'not-logged-in', problem: 'the page asks to log in' };
  if (facts.seen > 0 && facts.covered * 2 < facts.seen)
    return {
      status: 'could-not-read',
      problem: `${facts.seen} members shown, ${facts.covered} read`,
    };
  if (facts.readerFailed || facts.nothingFound) return { status: 'could-not-read' };
  if (facts.expected > 0 && facts.read * 2 < facts.expected) return { status: 'could-not-read' };
  return { status: 'ok' };
}
