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
 * order, each nested one after the one holding it), with each top-level one's own anchors (`byArticle`), which its
 * reader needs anyway. One search of the root, then one walk along its anchors and the top-level articles side by
 * side: both are in document order, and an article's anchors come one after another from its first one (found by
 * a search of the article that stops there). On the read-page bench's feeds that measured about a third of a
 * search of each article whole. Same anchors, same order as `anchorsOf`.
 */
export function anchorsAround(
  root: ParentNode,
  articles: readonly Element[],
): { anchors: Anchors; byArticle: Map<Element, Element[]> } {
  const byArticle = new Map<Element, Element[]>();
  // The top-level articles that hold an anchor, each with its first one.
  const holders: { article: Element; first: Element; own: Element[] }[] = [];
  let last: Element | undefined;
  for (const article of articles) {
    // In document order, an article inside another is inside the last top-level one.
    if (last?.contains(article)) continue;
    last = article;
    const own: Element[] = [];
    byArticle.set(article, own);
    const first = article.querySelector('a');
    if (first) holders.push({ article, first, own });
  }
  const anchors = anchorsOf(root);
  let current = 0;
  let inside = false;
  for (const anchor of anchors.elements) {
    let holder = holders[current];
    if (inside && holder && !holder.article.contains(anchor)) {
      current += 1;
      inside = false;
      holder = holders[current];
    }
    if (!inside && anchor === holder?.first) inside = true;
    if (inside) holder!.own.push(anchor);
  }
  return { anchors, byArticle };
}
