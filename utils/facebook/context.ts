/**
 * What every per-kind reader shares: where we are, the clock, the embedded page data, and how one container
 * (a member row, a post, a comment) turns out.
 */
import type { Sighting } from './reading';
import type { PageLocation } from './pages';
import type { PageDataIndex } from './page-data';
import type { ArticleParts } from './read-comet';
import type { Clock, PostTime } from './time';
import { cleanName, clip } from './text';
import { NUMERIC_ID, type ParsedUrl, type PersonRef } from './urls';

export interface ReadContext {
  location: PageLocation;
  pageUrl: ParsedUrl | null;
  clock: Clock;
  data: PageDataIndex;
  /** Parses a link's href relative to the page, once per href for the read. */
  parseUrl: (href: string) => ParsedUrl | null;
  /** Reads a post or comment time label with `clock`, once per label for the read. */
  postTime: (label: string) => PostTime;
  /** What the articles of the current search root own, found with one search of the root (see read-comet.ts). */
  articleParts?: (article: Element) => ArticleParts | undefined;
  /** A link's href as the read already holds it for the current search root (see anchors.ts), else undefined. */
  knownHref?: (element: Element) => string | null | undefined;
  /** Author blocks of the articles read (see read-units.ts: they are not looked for as posts of their own). */
  claimedBlocks?: WeakSet<Element>;
}

/**
 * How one container was read:
 * - `read`: it gave sightings;
 * - `excluded`: it is something Tend deliberately does not record (ad, anonymous post, another group's post);
 * - `unreadable`: it should have given a sighting but did not (likely a Facebook change).
 */
export type ItemOutcome =
  | {
      status: 'read';
      sightings: Sighting[];
      /** Times whose label disagreed with page data. */ timeDisagreements?: number;
    }
  | { status: 'excluded'; reason: string }
  | { status: 'unreadable'; problem: string };

export const excluded = (reason: string): ItemOutcome => ({ status: 'excluded', reason });
export const unreadable = (problem: string): ItemOutcome => ({ status: 'unreadable', problem });

/** A person's key: the numeric id when known, else the vanity name. */
export function memberIdOf(person: PersonRef): string {
  return person.by === 'id' ? person.id : person.vanity;
}

/** The one profile-link builder lives with the other link shapes. */
export { profileUrlOf } from './links';

/** Group ids match unless both are known, of the same shape (numeric or vanity), and different. */
export function sameGroup(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || a === b) return true;
  if (NUMERIC_ID.test(a) !== NUMERIC_ID.test(b)) return true;
  return a.toLowerCase() === b.toLowerCase();
}

/** Names are untrusted page text: cleaned of invisible characters, bounded as the schema says. */
export const boundedName = (name: string) => clip(cleanName(name), 10_000);
