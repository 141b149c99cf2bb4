/**
 * A heated exchange: in one thread, members trading personal attacks, insults or threats, as the tone check sees
 * their comments (its public function only). A lively thread where people disagree kindly gives no attack, and an
 * insult aimed at a thing or at someone outside the thread (no "you") is not one member attacking another.
 */
import { checkTone, type ToneCategory } from '@/utils/tone';
import { EVIDENCE_MAX, type SignalDraft, type SignalItem } from './schema';

/** Attacks on a person and threats are hostile whoever they name; an insult only when it is said to someone. */
const PERSONAL: ReadonlySet<ToneCategory> = new Set(['personal-attack', 'threat']);
/** Second person in English and French (SMS spellings too): the words are addressed to someone in the thread. */
const ADDRESSED =
  /(?:^|[^\p{L}])(?:you|your|yours|youre|u|ur|tu|toi|te|ton|ta|tes|t'|vous|votre|vos|t|ta gueule)(?=$|[^\p{L}])|@\p{L}/iu;

/** Whether a comment attacks someone: a personal attack or a threat, or an insult addressed to someone. */
export function isHostile(text: string): boolean {
  if (!text.trim()) return false;
  const hints = checkTone(text, { uiLang: 'en', fallbackLang: 'en' }).hints;
  if (hints.some((hint) => PERSONAL.has(hint.category))) return true;
  return hints.some((hint) => hint.category === 'insult') && ADDRESSED.test(text.replace(/[’]/g, "'"));
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
      memberIds: members.slice(0, EVIDENCE_MAX),
      evidence: {
        itemIds: heated.map((item) => item.itemId).slice(0, EVIDENCE_MAX),
        links: heated.flatMap((item) => (item.permalink ? [item.permalink] : [])).slice(0, EVIDENCE_MAX),
        excerpt: last.excerpt,
        at: last.at,
      },
    });
  }
  return drafts;
}
