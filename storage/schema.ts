/**
 * The single source of truth for everything Tend stores, sends or writes to a file.
 * Types come from these schemas (`z.infer`), so a stored row, a message and an export file cannot drift apart.
 */
import { z } from 'zod';

/** Strings from Facebook pages are untrusted: bounded, stored and shown as plain text. */
const pageText = (max: number) => z.string().max(max);
export const IsoTime = z.iso.datetime({ offset: true });
export const GroupId = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'not a group id');
/** A person's key: the numeric id when the page shows it, otherwise their vanity name. */
export const MemberId = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'not a member id');

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

export const TimePrecision = z.enum(['minute', 'hour', 'day', 'week', 'month', 'year']);
export type TimePrecision = z.infer<typeof TimePrecision>;

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
  rawTime: pageText(500).optional(),
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
});
export type Sighting = z.infer<typeof Sighting>;

/** How well a page was read: what should have been there, and what was found. */
export const PageHealth = z.strictObject({
  expected: z.number().int().min(0).max(100_000),
  read: z.number().int().min(0).max(100_000),
  problems: z.array(z.string().max(200)).max(20),
});
export type PageHealth = z.infer<typeof PageHealth>;

export const PageInfo = z.strictObject({
  kind: PageKind,
  groupId: GroupId.nullable(),
});
export type PageInfo = z.infer<typeof PageInfo>;

/** What the reader returns for one page. */
export const PageReading = z.strictObject({
  page: PageInfo,
  sightings: z.array(Sighting),
  health: PageHealth,
});
export type PageReading = z.infer<typeof PageReading>;

// ---------- Stored rows ----------

export const SightingRow = Sighting.extend({
  /** Natural key: group, member, kind and item. Reading the same page again adds nothing. */
  key: z.string(),
  groupId: GroupId,
  firstSeenAt: IsoTime,
  lastSeenAt: IsoTime,
});
export type SightingRow = z.infer<typeof SightingRow>;

export const MemberRow = z.strictObject({
  groupId: GroupId,
  memberId: MemberId,
  name: pageText(10_000),
  /** Names this person had before, oldest first. */
  previousNames: z.array(pageText(10_000)).max(50),
  profileUrl: z.url().max(2_000).optional(),
  isPage: z.boolean(),
  firstSeenAt: IsoTime,
  lastSeenAt: IsoTime,
  lastSeenKind: SightingKind,
  /** Last post or comment, with its link. */
  lastActiveAt: IsoTime.optional(),
  lastActiveLink: z.url().max(2_000).optional(),
  postCount: z.number().int().min(0),
  commentCount: z.number().int().min(0),
  section: pageText(500).optional(),
  badges: z.array(pageText(200)).max(20),
  joinedAfter: IsoTime.optional(),
  joinedBefore: IsoTime.optional(),
  joinPrecision: TimePrecision.optional(),
  rawJoin: pageText(1_000).optional(),
  invitedBy: Sighting.shape.invitedBy,
});
export type MemberRow = z.infer<typeof MemberRow>;

export const PageStatus = z.strictObject({
  url: z.url().max(2_000),
  kind: PageKind,
  health: PageHealth,
  readAt: IsoTime,
});
export type PageStatus = z.infer<typeof PageStatus>;

export const GroupRow = z.strictObject({
  groupId: GroupId,
  firstWatchedAt: IsoTime,
  lastReadAt: IsoTime,
  lastFeedReadAt: IsoTime.optional(),
  lastMembersReadAt: IsoTime.optional(),
  lastStatus: PageStatus.optional(),
});
export type GroupRow = z.infer<typeof GroupRow>;

/** Small pieces of state the panel follows live (the current group). */
export const StateRow = z.discriminatedUnion('key', [
  z.strictObject({
    key: z.literal('current'),
    groupId: GroupId.nullable(),
    tabId: z.number().int().nullable(),
    url: z.url().max(2_000).nullable(),
    status: PageStatus.nullable(),
    at: IsoTime,
  }),
]);
export type StateRow = z.infer<typeof StateRow>;
