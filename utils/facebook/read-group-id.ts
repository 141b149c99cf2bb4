/**
 * A group's numeric id on a page whose address names it by vanity (`/groups/catsittersexchange/`): Facebook's
 * app links in the page head say `fb://group/<id>` (or `fb://group/?id=<id>`); without them (the 2026-01 capture),
 * the member links of the page, `/groups/<id>/user/<uid>/`, all carry it. Page data and link shapes, not wording.
 * Two different ids from one source give none: never a guess.
 */
import { NUMERIC_ID } from './urls';

const APP_LINK = /^fb:\/\/group\/(?:\?id=)?(\d{1,30})(?:[/?&#]|$)/;
const MEMBER_LINK = /(?:^|facebook\.com)\/groups\/(\d{1,30})\/user\/\d{1,30}(?:[/?&#]|$)/;

const onlyOne = (ids: Set<string>) => (ids.size === 1 ? [...ids][0]! : null);

export function numericGroupIdOf(root: ParentNode): string | null {
  const ids = new Set<string>();
  for (const meta of Array.from(root.querySelectorAll('meta[content^="fb://group/"]'))) {
    const id = APP_LINK.exec(meta.getAttribute('content') ?? '')?.[1];
    if (id && NUMERIC_ID.test(id)) ids.add(id);
  }
  if (ids.size) return onlyOne(ids);
  for (const link of Array.from(root.querySelectorAll('a[href*="/user/"]'))) {
    const id = MEMBER_LINK.exec(link.getAttribute('href') ?? '')?.[1];
    if (id) ids.add(id);
  }
  return onlyOne(ids);
}
