/**
 * Weak signals (issue 17): what the detectors read, what they raise, and their settings. The single source of
 * truth for these shapes; storage and the panel build on them.
 */
import { z } from 'zod';
import { GroupId, IsoTime, MemberId } from '@/utils/schema-base';
import { ImageCue } from '@/utils/facebook/post-content';

export const SIGNAL_KINDS = [
  'repeated-image',
  'newcomer-selling',
  'brand-contest',
  'heated-exchange',
  'group-quiet',
  'off-topic-balance',
] as const;
export const SignalKind = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof SignalKind>;

export const ItemId = z.string().regex(/^[A-Za-z0-9_:-]{1,200}$/, 'not an item id');

/** A post or comment as the detectors see it: what post-content.ts read, in its group. */
export const SignalItem = z.strictObject({
  groupId: GroupId,
  kind: z.enum(['post', 'comment']),
  memberId: MemberId,
  itemId: ItemId,
  /** A comment's post. */
  postId: ItemId.optional(),
  permalink: z.string().max(2_000).optional(),
  at: IsoTime,
  isPage: z.boolean().optional(),
  excerpt: z.string().max(200),
  /** Transient, for the text checks at reading time; never stored. */
  text: z.string().max(2_000).optional(),
  domains: z.array(z.string().max(253)).max(50),
  images: z.array(ImageCue).max(50),
});
export type SignalItem = z.infer<typeof SignalItem>;

/** What the detectors know of a member (from the members table). */
export interface SignalMember {
  memberId: string;
  joinedAfter?: string;
  joinedBefore?: string;
  firstSeenAt?: string;
  /** Admin or moderator badges: their own contests and announcements are not signals. */
  staff?: boolean;
  isPage?: boolean;
}

/** The evidence of a signal: the items, their links, a short excerpt and when. */
/** The most posts, links and members one signal keeps: a picture reposted a hundred times shows its latest. */
export const EVIDENCE_MAX = 50;

export const SignalEvidence = z.strictObject({
  itemIds: z.array(ItemId).max(EVIDENCE_MAX),
  links: z.array(z.string().max(2_000)).max(EVIDENCE_MAX),
  excerpt: z.string().max(200),
  at: IsoTime,
});
export type SignalEvidence = z.infer<typeof SignalEvidence>;

/** A signal as a detector raises it; `key` is natural (kind, group and what it is about), so raising it twice is one. */
export const SignalDraft = z.strictObject({
  key: z.string().min(1).max(500),
  kind: SignalKind,
  groupId: GroupId,
  memberIds: z.array(MemberId).max(EVIDENCE_MAX),
  evidence: SignalEvidence,
});
export type SignalDraft = z.infer<typeof SignalDraft>;

// ---------- Settings ----------

const Toggle = { enabled: z.boolean() };

/** The admin's few words on the group's focus, per language (either may be empty: the posts then tell). */
const Focus = z.strictObject({ en: z.string().max(300), fr: z.string().max(300) });
const OffTopicSettings = z.strictObject({
  ...Toggle,
  focus: Focus,
  /** Posts the last week needs, and the weeks before, for a share to mean anything. */
  minPosts: z.number().int().min(1).max(100),
  /** The last week's off-topic share at least this... */
  tipShare: z.number().min(0.05).max(1),
  /** ...and at least this much above the usual share. */
  riseBy: z.number().min(0).max(1),
  /** Weeks before the last one that make the usual share. */
  baselineWeeks: z.number().int().min(1).max(26),
});
const defaultOffTopicSettings: z.infer<typeof OffTopicSettings> = {
  enabled: true,
  focus: { en: '', fr: '' },
  minPosts: 3,
  tipShare: 0.6,
  riseBy: 0.3,
  baselineWeeks: 4,
};
export const SignalKindSettings = z.strictObject({
  'repeated-image': z.strictObject({ ...Toggle, windowDays: z.number().int().min(1).max(365) }),
  'newcomer-selling': z.strictObject({
    ...Toggle,
    /** A member counts as a newcomer for this many days after joining. */
    newcomerDays: z.number().int().min(1).max(365),
    /** How many kinds of self-promotion cue a post needs (link-out, contact me, price, own business, sale words). */
    minCues: z.number().int().min(1).max(5),
  }),
  'brand-contest': z.strictObject({ ...Toggle }),
  'heated-exchange': z.strictObject({
    ...Toggle,
    /** Members whose comments in one thread attack or insult. */
    minMembers: z.number().int().min(1).max(10),
  }),
  'group-quiet': z.strictObject({
    ...Toggle,
    /** Each of the last two weeks' volume per watched day below this share of the usual rhythm. */
    belowShare: z.number().min(0.05).max(0.95),
    /** Weeks before the last two that make the usual rhythm. */
    baselineWeeks: z.number().int().min(2).max(26),
  }),
  // Defaulted: settings saved before this kind existed still read.
  'off-topic-balance': OffTopicSettings.default(() => ({ ...defaultOffTopicSettings })),
});
export type SignalKindSettings = z.infer<typeof SignalKindSettings>;

export const defaultSignalKindSettings: SignalKindSettings = {
  'repeated-image': { enabled: true, windowDays: 56 },
  'newcomer-selling': { enabled: true, newcomerDays: 30, minCues: 2 },
  'brand-contest': { enabled: true },
  'heated-exchange': { enabled: true, minMembers: 2 },
  'group-quiet': { enabled: true, belowShare: 0.4, baselineWeeks: 6 },
  'off-topic-balance': defaultOffTopicSettings,
};

/** The settings section: defaults for every group, per-group overrides, the toolbar count (off by default). */
export const SignalSettings = z.strictObject({
  defaults: SignalKindSettings.default(defaultSignalKindSettings),
  groups: z.record(GroupId, SignalKindSettings.partial()).default({}),
  badgeCount: z.boolean().default(false),
});
export type SignalSettings = z.infer<typeof SignalSettings>;
/** A change of the section: the defaults whole, a group's overrides whole (replacing its earlier ones), the count. */
export const SignalSettingsPatch = z.strictObject({
  defaults: SignalKindSettings.optional(),
  groups: z.record(GroupId, SignalKindSettings.partial()).optional(),
  badgeCount: z.boolean().optional(),
});
export type SignalSettingsPatch = z.infer<typeof SignalSettingsPatch>;
export const defaultSignalSettings: SignalSettings = {
  defaults: defaultSignalKindSettings,
  groups: {},
  badgeCount: false,
};

/** The settings a group's detectors run with: its overrides over the defaults. */
export function settingsForGroup(settings: SignalSettings, groupId: string): SignalKindSettings {
  return { ...settings.defaults, ...(settings.groups[groupId] ?? {}) };
}

export { MemberId };
