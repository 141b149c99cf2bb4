/**
 * Weak signals (issue 17), the pure core: the posts and comments just read, what is known around them, the
 * group's settings in; the signals they raise out. The group-quiet signal is asked apart (`detectGroupQuiet`),
 * once per reading of a group, from its watched days.
 */
import type { PostContent } from '@/utils/facebook/post-content';
import { detectHeatedExchanges } from './heated';
import { detectRepeatedImage, type FingerprintLookup } from './repeated-image';
import type { SignalDraft, SignalItem, SignalKindSettings, SignalMember } from './schema';
import { detectBrandContest, detectNewcomerSelling } from './text-signals';

export * from './schema';
export { detectGroupQuiet, quietFigures } from './quiet';
export {
  detectOffTopicBalance,
  offTopicFigures,
  stemsOfTopicKey,
  topicPrintOf,
  topicStems,
  TOPIC_KEY_RANGE,
} from './off-topic';
export { fingerprintsOf, imageKeys, type Fingerprint, type FingerprintLookup } from './repeated-image';
export { isHostile } from './heated';

/** A post or comment read on a page, as the detectors take it (`readAt` when the page gave no time). */
export function toSignalItem(groupId: string, content: PostContent, readAt: string): SignalItem {
  return {
    groupId,
    kind: content.kind,
    memberId: content.memberId,
    itemId: content.itemId,
    ...(content.postId ? { postId: content.postId } : {}),
    ...(content.permalink ? { permalink: content.permalink } : {}),
    at: content.at ?? readAt,
    ...(content.isPage !== undefined ? { isPage: content.isPage } : {}),
    excerpt: content.excerpt,
    text: content.text,
    domains: content.domains,
    images: content.images,
  };
}

export interface DetectContext {
  settings: SignalKindSettings;
  member: (memberId: string) => SignalMember | undefined;
  /** Earlier posts' fingerprints, by key (they do not include the new items'). */
  fingerprints: FingerprintLookup;
  /** Every comment known in a thread, the new ones included. */
  threadComments: (groupId: string, postId: string) => readonly SignalItem[];
  /** Whether a comment attacks (see heated.ts `isHostile`), remembered per item by the caller. */
  hostile: (item: SignalItem) => boolean;
}

/** The signals the new items raise, each once (by key). */
export function detectSignals(items: readonly SignalItem[], context: DetectContext): SignalDraft[] {
  const { settings } = context;
  const drafts = new Map<string, SignalDraft>();
  const add = (draft: SignalDraft | null) => {
    if (draft && !drafts.has(draft.key)) drafts.set(draft.key, draft);
  };
  for (const item of items) {
    const member = context.member(item.memberId);
    if (settings['repeated-image'].enabled && item.kind === 'post')
      add(detectRepeatedImage(item, context.fingerprints, settings['repeated-image'].windowDays));
    if (settings['newcomer-selling'].enabled)
      add(detectNewcomerSelling(item, member, settings['newcomer-selling']));
    if (settings['brand-contest'].enabled)
      add(detectBrandContest(item, member, settings['newcomer-selling'].newcomerDays));
  }
  if (settings['heated-exchange'].enabled) {
    const threads = new Set(
      items.flatMap((item) => (item.postId ? [`${item.groupId}\n${item.postId}`] : [])),
    );
    for (const thread of threads) {
      const [groupId, postId] = thread.split('\n') as [string, string];
      const comments = context.threadComments(groupId, postId);
      for (const draft of detectHeatedExchanges(
        comments,
        context.hostile,
        settings['heated-exchange'].minMembers,
      ))
        add(draft);
    }
  }
  return [...drafts.values()];
}
