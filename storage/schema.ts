/**
 * The single source of truth for everything Tend stores, sends or writes to a file.
 * Types come from these schemas (`z.infer`), so a stored row, a message and an export file cannot drift apart.
 */
import { z } from 'zod';
import { ActivityLink, FacebookPageUrl, ProfileLink } from '@/utils/facebook/links';

import {
  pageText,
  IsoTime,
  GroupId,
  MemberId,
  PageKind,
  SightingKind,
  TimePrecision,
  ScreeningAnswer,
  Sighting,
  RecordedPageHealth,
} from '@/utils/facebook/reading';

export {
  IsoTime,
  GroupId,
  MemberId,
  PageKind,
  SightingKind,
  TimePrecision,
  NonMemberStatus,
  ScreeningAnswer,
  Sighting,
  PageHealth,
  HealthStatus,
  RecordedPageHealth,
  PageInfo,
  PageReading,
} from '@/utils/facebook/reading';

// ---------- Stored rows ----------

/**
 * A sighting as storage accepts it: its links have one of the shapes Tend writes (utils/facebook/links.ts), so
 * neither a page nor an imported file can store a link elsewhere.
 */
export const StoredSighting = Sighting.extend({
  permalink: ActivityLink.optional(),
  profileUrl: ProfileLink.optional(),
});

/** A stored sighting's facts: what the page showed and when Tend saw it. This is also the export shape. */
export const SightingFacts = StoredSighting.extend({
  /** Natural key: group, member, kind and item. Reading the same page again adds nothing. */
  key: z.string().max(500),
  groupId: GroupId,
  firstSeenAt: IsoTime,
  lastSeenAt: IsoTime,
});
export type SightingFacts = z.infer<typeof SightingFacts>;

/** A stored sighting: the facts plus fields derived from them for indexes (never exported; see storage/derived.ts). */
export const SightingRow = SightingFacts.extend({
  /** Posts and comments only: when the activity happened (`at`, else when first seen). Absent keeps it unindexed. */
  activityAt: IsoTime.optional(),
});
export type SightingRow = z.infer<typeof SightingRow>;

/** What Tend knows about one member of one group. This is also the export shape. */
export const MemberFacts = z.strictObject({
  groupId: GroupId,
  memberId: MemberId,
  name: pageText(10_000),
  /** Names this person had before, oldest first. */
  previousNames: z.array(pageText(10_000)).max(50),
  profileUrl: ProfileLink.optional(),
  isPage: z.boolean(),
  firstSeenAt: IsoTime,
  lastSeenAt: IsoTime,
  lastSeenKind: SightingKind,
  /** Last post or comment, with its link. */
  lastActiveAt: IsoTime.optional(),
  lastActiveLink: ActivityLink.optional(),
  postCount: z.number().int().min(0),
  commentCount: z.number().int().min(0),
  section: pageText(500).optional(),
  badges: z.array(pageText(200)).max(20),
  joinedAfter: IsoTime.optional(),
  joinedBefore: IsoTime.optional(),
  joinPrecision: TimePrecision.optional(),
  rawJoin: pageText(1_000).optional(),
  invitedBy: Sighting.shape.invitedBy,
  /** Their vanity name, once a page showed it beside the numeric id (a vanity-keyed row is merged into this one). */
  vanity: MemberId.optional(),
});
export type MemberFacts = z.infer<typeof MemberFacts>;

/**
 * A stored member: the facts plus fields derived from them, kept only so that per-group queries can use an index
 * (recomputed by `deriveMember` on every write, so they cannot drift from the facts).
 */
export const MemberRow = MemberFacts.extend({
  /** The name lowercased without accents: "Chloé" → "chloe". Orders and searches by name. */
  nameKey: z.string(),
  /** `groupId|word` for each word of the name: prefix search per group on a multi-entry index. */
  nameTokens: z.array(z.string()),
  /** Posts plus comments Tend has counted: places the member in a participation tier. */
  activityCount: z.number().int().min(0),
  /** 1 once a post or comment was seen, else 0 (IndexedDB cannot index booleans). */
  everActive: z.union([z.literal(0), z.literal(1)]),
  /** Since when the member counts as quiet: the last activity, else the latest possible join, else first seen. */
  quietSince: IsoTime,
  /** Middle of the join interval, when both bounds are known: joiners per week. */
  joinMiddle: IsoTime.optional(),
});
export type MemberRow = z.infer<typeof MemberRow>;

/**
 * Someone seen around a group without (yet) being a member: they asked to join (member-requests page, opt-in),
 * or a members list showed them invited or previewing. Kept apart from members, so they count in no member total,
 * unseen list or onboarding queue; when the person is later seen as a member, this row stays as the story of how
 * they came (asked to join at …, their screening answers if the admin kept them) and bounds their join date.
 * This is also the export shape.
 */
export const ProspectFacts = z.strictObject({
  groupId: GroupId,
  memberId: MemberId,
  name: pageText(10_000),
  profileUrl: ProfileLink.optional(),
  /** The latest way Tend saw them: asked to join, invited, previewing. */
  status: z.enum(['requested', 'invited', 'previewing']),
  firstSeenAt: IsoTime,
  lastSeenAt: IsoTime,
  /** When they asked to join, as an interval, when the card's time was understood; the text as shown. */
  requestedAfter: IsoTime.optional(),
  requestedBefore: IsoTime.optional(),
  requestPrecision: TimePrecision.optional(),
  rawRequest: pageText(500).optional(),
  /** Screening answers, only ever stored when the admin turned reading them on. */
  answers: z.array(ScreeningAnswer).max(20).optional(),
  invitedBy: Sighting.shape.invitedBy,
});
export type ProspectFacts = z.infer<typeof ProspectFacts>;
export const ProspectRow = ProspectFacts;
export type ProspectRow = ProspectFacts;

export const PageStatus = z.strictObject({
  url: FacebookPageUrl,
  kind: PageKind,
  /** Rows written before the health status existed have none (see RecordedPageHealth). */
  health: RecordedPageHealth,
  readAt: IsoTime,
  /** How many sightings read there were still waiting to be stored (absent: none). */
  waiting: z.number().int().min(1).max(100_000).optional(),
});
export type PageStatus = z.infer<typeof PageStatus>;

export const GroupRow = z.strictObject({
  groupId: GroupId,
  /** The name the group's pages show in their heading; absent until a page showing it was read. */
  name: pageText(500).optional(),
  firstWatchedAt: IsoTime,
  lastReadAt: IsoTime,
  lastFeedReadAt: IsoTime.optional(),
  lastMembersReadAt: IsoTime.optional(),
  lastStatus: PageStatus.optional(),
  /** Vanity names this group was seen under before its numeric id was known; their log was merged into it. */
  aliases: z.array(GroupId).max(20).optional(),
  /** Sample data (a simulated group, such as the demo's): the panel says so and offers to remove it in one click. */
  sample: z.literal(true).optional(),
});
export type GroupRow = z.infer<typeof GroupRow>;

/** Small pieces of state the panel follows live (the current group). */
export const StateRow = z.discriminatedUnion('key', [
  z.strictObject({
    key: z.literal('current'),
    groupId: GroupId.nullable(),
    tabId: z.number().int().nullable(),
    url: FacebookPageUrl.nullable(),
    status: PageStatus.nullable(),
    at: IsoTime,
  }),
]);
export type StateRow = z.infer<typeof StateRow>;

// ---------- Schema v2: notes, onboarding history, templates, forgetting, coverage ----------

/** A short dated note a moderator attached to a member. */
export const NoteRow = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'not a note id'),
  groupId: GroupId,
  memberId: MemberId,
  text: z.string().trim().min(1, 'a note cannot be empty').max(5_000),
  createdAt: IsoTime,
  /** The admin who wrote it, as set in the settings. */
  author: z.string().max(200),
});
export type NoteRow = z.infer<typeof NoteRow>;

export const OnboardingStatus = z.enum(['done', 'skipped', 'snoozed']);
export type OnboardingStatus = z.infer<typeof OnboardingStatus>;

/** A step id of the onboarding cadence (same rule as utils/onboarding/cadence.ts). */
export const OnboardingStepId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a step id is lowercase words joined by "-"');

/** The same fields as utils/onboarding/schedule.ts `HistoryEntry`, so a stored row can be handed to it. */
export const OnboardingEntry = z
  .strictObject({
    groupId: GroupId,
    memberId: MemberId,
    stepId: OnboardingStepId,
    status: OnboardingStatus,
    until: IsoTime.optional(),
    at: IsoTime,
    by: z.string().trim().min(1).max(200),
    templateId: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,100}$/)
      .optional(),
  })
  .refine((entry) => (entry.status === 'snoozed') === (entry.until !== undefined), {
    message: 'a snoozed entry needs "until", and only a snoozed entry has one',
    path: ['until'],
  });
export type OnboardingEntry = z.infer<typeof OnboardingEntry>;

/** One admin action on one member's onboarding step. `id` is natural (see `onboardingId`), so merges are idempotent. */
export const OnboardingRow = z
  .strictObject({
    id: z.string().max(1_000),
    groupId: GroupId,
    memberId: MemberId,
    stepId: OnboardingStepId,
    status: OnboardingStatus,
    until: IsoTime.optional(),
    at: IsoTime,
    by: z.string().trim().min(1).max(200),
    templateId: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,100}$/)
      .optional(),
  })
  .refine((row) => (row.status === 'snoozed') === (row.until !== undefined), {
    message: 'a snoozed entry needs "until", and only a snoozed entry has one',
    path: ['until'],
  });
export type OnboardingRow = z.infer<typeof OnboardingRow>;

/** The natural id of an onboarding action: every field, times in one canonical form. */
export function onboardingId(entry: OnboardingEntry): string {
  const canonical = (iso: string) => new Date(iso).toISOString();
  return JSON.stringify([
    entry.groupId,
    entry.memberId,
    entry.stepId,
    entry.status,
    canonical(entry.at),
    entry.until === undefined ? '' : canonical(entry.until),
    entry.by,
    entry.templateId ?? '',
  ]);
}

export function toOnboardingRow(entry: OnboardingEntry): OnboardingRow {
  const canonical = (iso: string) => new Date(iso).toISOString();
  return {
    id: onboardingId(entry),
    groupId: entry.groupId,
    memberId: entry.memberId,
    stepId: entry.stepId,
    status: entry.status,
    ...(entry.until !== undefined ? { until: canonical(entry.until) } : {}),
    at: canonical(entry.at),
    by: entry.by,
    ...(entry.templateId !== undefined ? { templateId: entry.templateId } : {}),
  };
}

/**
 * A custom template, stored as validated JSON keyed by its id. Its shape belongs to utils/templates/schema.ts
 * (`Template`), which validates it at the message boundary; storage keeps it opaque.
 */
export const TemplateRow = z.looseObject({
  id: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'not a template id'),
  updatedAt: IsoTime,
});
export type TemplateRow = z.infer<typeof TemplateRow>;

/** A member the admin asked Tend to never record again: a salted SHA-256 of the member id, nothing readable. */
export const ForgottenRow = z.strictObject({
  groupId: GroupId,
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ForgottenRow = z.infer<typeof ForgottenRow>;

/** Small internal values: the salt for forgotten members, when sightings were last pruned. */
export const MetaRow = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('forgetSalt'), salt: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.strictObject({ key: z.literal('lastPrunedAt'), at: IsoTime }),
]);
export type MetaRow = z.infer<typeof MetaRow>;

/** What Tend watched in a group and when; the export shape of coverage. */
export const CoverageFacts = z.strictObject({
  groupId: GroupId,
  /** The first time a feed or post page of this group was read: activity is known from then on. */
  feedReadSince: IsoTime.optional(),
  /** The first time the members list was read. */
  membersListReadSince: IsoTime.optional(),
});
export type CoverageFacts = z.infer<typeof CoverageFacts>;

/** Stored coverage: the facts plus counters kept up to date on every write (recomputed on import). */
export const CoverageRow = CoverageFacts.extend({
  membersSeen: z.number().int().min(0),
  /**
   * How many members have each activity count (`"0"`, `"1"`, ...; counts at or above the cap share the cap's
   * bucket). Tier counts come from it without reading the members table, whatever thresholds the admin sets.
   */
  activityHistogram: z.record(z.string(), z.number().int().min(0)),
  /**
   * Members never seen posting or commenting (`everActive` 0), kept at every write like the histogram (schema v8);
   * absent on a row whose count is unknown (a member written without `everActive`): the panel counts by index.
   */
  neverActive: z.number().int().min(0).optional(),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

// ---------- Schema v4: what each day's feed readings covered ----------

/**
 * One UTC day of a group: the time its feed readings covered (a reading sees posts back to its oldest post's time)
 * and how many new posts and comments they read with a time on that day. "Quiet" is counted on these days only.
 */
export const WatchRow = z.strictObject({
  groupId: GroupId,
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a day'),
  /** Covered intervals as flat pairs [from, to, ...] in ms since 1970, sorted and disjoint, within the day. */
  spans: z
    .array(z.number().int().min(0))
    .max(2_000)
    .refine((spans) => spans.length % 2 === 0, 'spans come in pairs'),
  items: z.number().int().min(0),
  /** New posts, and new comments read on feed and post pages, whose time falls that day (absent in older logs). */
  posts: z.number().int().min(0).optional(),
  comments: z.number().int().min(0).optional(),
  /** Posts opened (post pages read) that day, and the comments they showed: the group's comments per post. */
  threads: z.number().int().min(0).optional(),
  threadComments: z.number().int().min(0).optional(),
  /**
   * The posts written that day that showed their comment count ("12 comments"): the comments they showed, and how
   * many of those Tend read (each post's read comments, never more than it showed). See `ThreadRow`.
   */
  postComments: z.number().int().min(0).optional(),
  postCommentsRead: z.number().int().min(0).optional(),
});
export type WatchRow = z.infer<typeof WatchRow>;

// ---------- Schema v9: each post's comment coverage ----------

/**
 * One post's comments: how many it showed it has (the largest count Tend saw under it) and how many of them Tend
 * read, each counted once. No member in it. Its day's `WatchRow` keeps the sums of the day's posts that showed a
 * count, so the coverage of comments is read from the watched days alone.
 */
export const ThreadRow = z.strictObject({
  groupId: GroupId,
  postId: z.string().regex(/^[A-Za-z0-9_:-]{1,200}$/),
  /** The UTC day the post was written, once Tend read its time. */
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a day')
    .optional(),
  shownComments: z.number().int().min(0).optional(),
  commentsRead: z.number().int().min(0),
});
export type ThreadRow = z.infer<typeof ThreadRow>;

// ---------- Schema v5: what was counted ----------

/**
 * A post or comment counted in its member's totals, by its sighting key alone (group, member, kind, item: no name,
 * link or time). Kept when retention prunes the sighting, so reading the item again does not count it twice;
 * removed with the member (forget) or the group (clear).
 */
export const CountedRow = z.strictObject({ key: SightingFacts.shape.key });
export type CountedRow = z.infer<typeof CountedRow>;
