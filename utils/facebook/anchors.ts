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

/**
 * Every anchor under `root`, href or not, from one static search: iterating a static list measured faster than
 * indexing the live `getElementsByTagName` collection (about half the time on the read-page bench's 2026 feed).
 */
export function anchorsOf(root: ParentNode): Anchors {
  const elements = Array.from(root.querySelectorAll('a'));
  const hrefs: (string | null)[] = new Array<string | null>(elements.length);
  for (let index = 0, count = elements.length; index < count; index++)
    hrefs[index] = elements[index]!.getAttribute('href');
  return { elements, hrefs };
}

/**
 * The anchors under `root` when its articles, or its post units (read-units.ts), are known (`articles`, in document
 * order, each nested one after the one holding it): each top-level one's anchors come from a search of it, which its
 * reader needs anyway (`byArticle`), and only the subtrees beside the way down to them are searched for the others.
 * A feed is then walked once for its links instead of twice (the root, then each post). Same anchors, same order
 * as `anchorsOf`.
 */
export function anchorsAround(
  root: ParentNode,
  articles: readonly Element[],
): { anchors: Anchors; byArticle: Map<Element, Element[]> } {
  const elements: Element[] = [];
  const byArticle = new Map<Element, Element[]>();
  const topLevel = new Set<Node>();
  const onTheWay = new Set<Node>();
  let last: Element | undefined;
  for (const article of articles) {
    // In document order, an article inside another is inside the last top-level one.
    if (last?.contains(article)) continue;
    last = article;
    topLevel.add(article);
    for (let node = article.parentNode; node && node !== root && !onTheWay.has(node); node = node.parentNode)
      onTheWay.add(node);
  }
  const visit = (parent: ParentNode) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'a') elements.push(child);
      if (topLevel.has(child)) {
        const own = Array.from(child.querySelectorAll('a'));
        byArticle.set(child, own);
        for (const anchor of own) elements.push(anchor);
      } else if (onTheWay.has(child)) visit(child);
      else for (const anchor of Array.from(child.querySelectorAll('a'))) elements.push(anchor);
    }
  };
  visit(root);
  const hrefs: (string | null)[] = new Array<string | null>(elements.length);
  for (let index = 0, count = elements.length; index < count; index++)
    hrefs[index] = elements[index]!.getAttribute('href');
  return { anchors: { elements, hrefs }, byArticle };
}
