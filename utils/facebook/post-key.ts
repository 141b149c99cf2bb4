/**
 * The key of a post whose id the page shows nowhere (no permalink, no media set `pcb.<id>`, no page data naming
 * it): a hash of what does not change while it stays on the page and tells two posts apart: its author, its
 * machine time when the page data has one, and the start of its message. Not the visible time label, which moves
 * ("3h", then "4h"): the same post read twice keeps one key. Two posts by the same person with the same opening
 * words (and no machine time) share a key: an accepted limit, far rarer than a post read twice.
 */

/** The start of the message: enough to tell posts apart, and before where a long message is cut ("See more"). */
const FINGERPRINT_LENGTH = 100;

/** cyrb53: a fast 53-bit string hash (not cryptographic; a key, not a secret). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `nid:<hex>`, which no Facebook id looks like (they are digits or `pfbid…`). */
export function postKeyWithoutId(
  authorKey: string,
  machineTime: string | undefined,
  message: string,
): string {
  const fingerprint = message.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, FINGERPRINT_LENGTH);
  return `nid:${hash53([authorKey, machineTime ?? '', fingerprint].join('\u0000')).toString(16)}`;
}
