/**
 * What the page reader returns, as zod schemas: a sighting (one person seen doing one thing on one page), the page
 * it was read on and how well it was read. Pure definitions with no dependency on Tend's storage; `storage/schema.ts`
 * builds its stored rows on them, so the arrows point one way (utils ← storage).
 */
import { z } from 'zod';

import { GroupId, IsoTime, MemberId, TimePrecision, pageText } from '@/utils/schema-base';

export { GroupId, IsoTime, MemberId, TimePrecision, pageText };

export const PageKind = z.enum([
  'group-feed',
  'group-post',
  'group-members',
  'group-member',
  'member-requests',
  'other',
]);
export type PageKind = z.infer<typeof PageKind>;

/** What a sighting says the person did: wrote a post or a comment, appeared in a members list, asked to join. */
export const SightingKind = z.enum(['post', 'comment', 'member', 'request']);
export type SightingKind = z.infer<typeof SightingKind>;

export const NonMemberStatus = z.enum(['invited', 'previewing']);
export type NonMemberStatus = z.infer<typeof NonMemberStatus>;

/** One screening question as the request card showed it, and the person's answer. */
export const ScreeningAnswer = z.strictObject({ question: pageText(2_000), answer: pageText(5_000) });
export type ScreeningAnswer = z.infer<typeof ScreeningAnswer>;

/** One person seen doing one thing on one page, as read by the content script. */
export const Sighting = z.strictObject({
  memberId: MemberId,
  name: pageText(10_000),
  kind: SightingKind,
  /** Post or comment id, for post and comment sightings. */
  itemId: z
    .string()
    .regex(/^[A-Za-z0-9_:-]{1,200}$/)
    .optional(),
  permalink: z
    .url({ protocol: /^https$/ })
    .max(2_000)
    .optional(),
  profileUrl: z
    .url({ protocol: /^https$/ })
    .max(2_000)
    .optional(),
  /** When the post or comment was written, if the page said so. */
  at: IsoTime.optional(),
  atPrecision: TimePrecision.optional(),
  /** Requests: the interval the card's time phrase allows (`at` is the instant it names). */
  atAfter: IsoTime.optional(),
  atBefore: IsoTime.optional(),
  rawTime: pageText(500).optional(),
  /**
   * Where `at` came from: the page's embedded data (a machine time such as `creation_time`) or the visible label.
   * When both exist and disagree beyond the label's precision, `at` is the machine time and `rawTime` the label.
   */
  atSource: z.enum(['page-data', 'label']).optional(),
  /** Members list: the section heading as shown, the badges as shown. */
  section: pageText(500).optional(),
  badges: z.array(pageText(200)).max(20).optional(),
  /** The join line as an interval in which the join happened. */
  joinedAfter: IsoTime.optional(),
  joinedBefore: IsoTime.optional(),
  joinPrecision: TimePrecision.optional(),
  rawJoin: pageText(1_000).optional(),
  invitedBy: z.strictObject({ memberId: MemberId.optional(), name: pageText(10_000) }).optional(),
  isPage: z.boolean().optional(),
  /**
   * Members list: a person listed who is not a member (yet). Absent means a member. `invited`: an "Invited by X"
   * line without "Joined". Facebook's help says invited people are the ones who see a group in preview mode, so
   * they are the previewers an admin can see; `previewing` is kept for a listing that names previewing apart from
   * an invitation, which no capture shows (nothing produces it).
   */
  status: NonMemberStatus.optional(),
  /** Request sightings: the answers to the group's screening questions, only when the admin turned that on. */
  answers: z.array(ScreeningAnswer).max(20).optional(),
  /** The person's vanity name, when the page showed it beside their numeric id (`memberId`). */
  vanity: MemberId.optional(),
  /** Posts: how many comments the post showed it has ("12 comments"; comment-count.ts), when it showed a count. */
  shownComments: z.number().int().min(0).max(1_000_000_000).optional(),
});
export type Sighting = z.infer<typeof Sighting>;

/**
 * The verdict on a page. `ok`: read, and the people read are at least most of those the page visibly shows.
 * `could-not-read`: a group page Tend expected to read and could not (most likely a Facebook change).
 * `not-logged-in`: a login wall or a logged-out page. `unsupported`: a layout Tend does not read (the logged-out
 * lite mobile site, mbasic).
 */
export const HealthStatus = z.enum(['ok', 'could-not-read', 'not-logged-in', 'unsupported']);
export type HealthStatus = z.infer<typeof HealthStatus>;

const count = z.number().int().min(0).max(100_000);

/** How well a page was read: what should have been there, and what was found. */
export const PageHealth = z.strictObject({
  status: HealthStatus,
  /** Containers (posts, comments, member rows) that should hold a person, and those that were read. */
  expected: count,
  read: count,
  /**
   * The invariant, independent of how posts are wrapped: distinct group members whose profile link shows their
   * name in the page's main region (feed, dialog, members list). Name-less avatar links (facepiles) and the
   * viewer's own link are not counted.
   */
  seen: count,
  /** Posts and comments whose machine time and visible label disagree beyond the label's precision. */
  timeDisagreements: count,
  problems: z.array(z.string().max(200)).max(20),
});
export type PageHealth = z.infer<typeof PageHealth>;

/**
 * A page's health as stored, sent or exported: rows and files written before `status`, `seen` and
 * `timeDisagreements` existed have none of them, and stay valid.
 */
export const RecordedPageHealth = PageHealth.partial({ status: true, seen: true, timeDisagreements: true });
export type RecordedPageHealth = z.infer<typeof RecordedPageHealth>;

export const PageInfo = z.strictObject({
  kind: PageKind,
  /** The group's numeric id when the page shows it, else the id of its address (a vanity name). */
  groupId: GroupId.nullable(),
  /** The vanity name of the page's address, when the page also showed the numeric id (`groupId`). */
  groupVanity: GroupId.optional(),
});
export type PageInfo = z.infer<typeof PageInfo>;

/** What the reader returns for one page. */
export const PageReading = z.strictObject({
  page: PageInfo,
  sightings: z.array(Sighting),
  health: PageHealth,
});
export type PageReading = z.infer<typeof PageReading>;

/**
 * The one definition of what makes two sightings the same: the same person doing the same kind of thing to the
 * same item. The reader merges, the content script keeps unsent, and storage keys rows (prefixed by the group)
 * by it, so none of them can drift from the others.
 */
export const sightingItemKey = (sighting: Pick<Sighting, 'memberId' | 'kind' | 'itemId'>): string =>
  `${sighting.memberId}|${sighting.kind}|${sighting.itemId ?? ''}`;
