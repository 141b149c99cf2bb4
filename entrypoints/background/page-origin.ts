/**
 * A content script's reading is tied to the page that sent it: a facebook.com page may only write sightings and
 * page status for the group its tab's address names, as the browser reports it (not as the page says): the tab's
 * current address (`sender.tab.url`), since Facebook navigates in place and Chrome's `sender.url` stays the
 * document's first address.
 */
import type { Message } from '@/storage/messages';
import { detectPage } from '@/utils/facebook';

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Why a content script's message does not match the page that sent it, or undefined when it does. */
export function pageMismatch(message: Message, senderUrl: string | undefined): string | undefined {
  if (
    message.type !== 'submitSightings' &&
    message.type !== 'reportPageStatus' &&
    message.type !== 'submitPostContents'
  )
    return undefined;
  if (!senderUrl) return 'refused: no sending page';
  const senderGroup = detectPage(senderUrl).groupId;
  const claimedGroup = detectPage(message.url).groupId;
  // An address that names no group (a photo of a group post): the group comes from the page's data, so the
  // message must at least describe that same page.
  if (senderGroup === null) {
    return claimedGroup === null && message.url === senderUrl
      ? undefined
      : 'refused: the reading names another page than the one that sent it';
  }
  if (claimedGroup === null || !sameId(claimedGroup, senderGroup))
    return 'refused: the reading names another page than the one that sent it';
  if (message.groupId === null) return undefined;
  // The address may use the group's vanity name while the page's data gave its numeric id (`groupVanity`).
  const names = [
    message.groupId,
    ...('groupVanity' in message && message.groupVanity ? [message.groupVanity] : []),
  ];
  return names.some((name) => sameId(name, senderGroup))
    ? undefined
    : 'refused: sightings for another group than the page that sent them';
}
