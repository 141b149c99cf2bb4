/**
 * A group's numeric id on a page whose address names it by vanity (`/groups/catsittersexchange/`): Facebook's
 * app links in the page head say `fb://group/<id>` (or `fb://group/?id=<id>`). Page data, not wording. Two
 * different ids on one page give none: never a guess.
 */
import { NUMERIC_ID } from './urls';

const APP_LINK = /^fb:\/\/group\/(?:\?id=)?(\d{1,30})(?:[/?&#]|$)/;

export function numericGroupIdOf(root: ParentNode): string | null {
  const ids = new Set<string>();
  for (const meta of Array.from(root.querySelectorAll('meta[content^="fb://group/"]'))) {
    const id = APP_LINK.exec(meta.getAttribute('content') ?? '')?.[1];
    if (id && NUMERIC_ID.test(id)) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0]! : null;
}
