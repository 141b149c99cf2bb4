/**
 * A heated exchange: in one thread, members trading personal attacks, insults or threats, as the tone check sees
 * their comments (its public function only). A lively thread where people disagree kindly gives no attack.
 */
import { checkTone, type ToneCategory } from '@/utils/tone';
import type { SignalDraft, SignalItem } from './schema';

const HOSTILE: ReadonlySet<ToneCategory> = new Set(['personal-attack', 'insult', 'threat']);

/** Whether a comment attacks (its tone hints hold an attack, an insult or a threat). */
export function isHostile(text: string): boolean {
  if (!text.trim()) return false;
  return checkTone(text, { uiLang: 'en', fallbackLang: 'en' }).hints.some((hint) =>
    HOSTILE.has(hint.category),
  );
}

/**
 * The threads (comments grouped by post) where at least `minMembers` different members wrote hostile comments.
 * `hostile` says which items are (computed once per comment at reading time).
 */
export function detectHeatedExchanges(
  comments: readonly SignalItem[],
  hostile: (item: SignalItem) => boolean,
  minMembers: number,
): SignalDraft[] {
  const threads = new Map<string, SignalItem[]>();
  for (const comment of comments) {
    if (comment.kind !== 'comment' || !comment.postId) continue;
    const key = `${comment.groupId}|${comment.postId}`;
    threads.set(key, [...(threads.get(key) ?? []), comment]);
  }
  const drafts: SignalDraft[] = [];
  for (const [thread, items] of threads) {
    const heated = items.filter(hostile).sort((a, b) => a.at.localeCompare(b.at));
    const members = [...new Set(heated.map((item) => item.memberId))];
    if (members.length < minMembers || heated.length < 2) continue;
    const last = heated[heated.length - 1]!;
    drafts.push({
      key: `heated-exchange|${thread}`,
      kind: 'heated-exchange',
      groupId: last.groupId,
      memberIds: members,
      evidence: {
        itemIds: heated.map((item) => item.itemId).slice(0, 50),
        links: heated.flatMap((item) => (item.permalink ? [item.permalink] : [])).slice(0, 50),
        excerpt: last.excerpt,
        at: last.at,
      },
    });
  }
  return drafts;
}
