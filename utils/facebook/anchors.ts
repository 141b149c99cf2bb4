/**
 * A search root's anchors and their hrefs, read once per read: the comment search and the health count both walk
 * every link of the page, and reading each href once instead of twice spares about one baseline pass (see the
 * read-page bench).
 */
export interface Anchors {
  elements: Element[];
  hrefs: (string | null)[];
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
