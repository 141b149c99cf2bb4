/**
 * The group's name as the page shows it: the text of the page heading's link to the group itself. Structure, not
 * wording: any language works, and a page without such a heading gives no name rather than a guess.
 */
import { SELECTORS } from './selectors';
import { parseFacebookUrl } from './urls';

export function readGroupName(root: ParentNode, groupId: string): string | undefined {
  for (const link of Array.from(
    root.querySelectorAll(`${SELECTORS.pageHeading.css} ${SELECTORS.link.css}`),
  )) {
    // Only a link to the group's own front page names the group (not a post, a member or a sub-page).
    const segments = parseFacebookUrl(link.getAttribute('href') ?? '')?.segments ?? [];
    if (segments.length !== 2 || segments[0] !== 'groups' || segments[1] !== groupId) continue;
    const name = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (name) return name.slice(0, 500);
  }
  return undefined;
}
