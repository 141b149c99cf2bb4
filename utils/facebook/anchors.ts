/**
 * A search root's anchors and their hrefs, read once per read: the comment search and the health count both walk
 * every link of the page, and reading each href once instead of twice spares about one baseline pass (see the
 * read-page bench).
 */
export interface Anchors {
  elements: Element[];
  hrefs: (string | null)[];
}

/**
 * Each anchor's href by element, for the readers of posts and comments, which would read it again (an href of
 * Facebook's is some 270 characters, each read a new string: about a third of the baseline pass on a 2026 feed).
 */
export function hrefsByAnchor({ elements, hrefs }: Anchors): (element: Element) => string | null | undefined {
  const byAnchor = new Map<Element, string | null>();
  for (let index = 0, count = elements.length; index < count; index++)
    byAnchor.set(elements[index]!, hrefs[index]!);
  return (element) => byAnchor.get(element);
}

export function anchorsOf(root: ParentNode): Anchors {
  const collection = (root as Element | Document).getElementsByTagName('a');
  const elements: Element[] = [];
  const hrefs: (string | null)[] = [];
  for (let index = 0, count = collection.length; index < count; index++) {
    const anchor = collection[index]!;
    elements.push(anchor);
    hrefs.push(anchor.getAttribute('href'));
  }
  return { elements, hrefs };
}
