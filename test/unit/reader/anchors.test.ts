import { describe, expect, it } from 'vitest';
import { anchorsAround, anchorsOf } from '@/utils/facebook/anchors';
import { selectAll } from '@/utils/facebook/selectors';
import { FIXTURE_NAMES, happyDocument, linkedomDocument } from './fixtures';

/** What anchorsAround must give: anchorsOf's list, and each top-level article's own anchors, searched whole. */
function expectSameAsSearching(root: ParentNode, articles: Element[]): void {
  const { anchors, byArticle } = anchorsAround(root, articles);
  expect(anchors).toEqual(anchorsOf(root));
  const topLevel = articles.filter(
    (article) => !articles.some((other) => other !== article && other.contains(article)),
  );
  expect([...byArticle.keys()]).toEqual(topLevel);
  for (const article of topLevel)
    expect(byArticle.get(article)).toEqual(Array.from(article.querySelectorAll('a')));
}

describe('anchorsAround', () => {
  // Both DOMs: the walk relies on document order, which each implements on its own.
  for (const [dom, load] of [
    ['linkedom', linkedomDocument],
    ['happy-dom', happyDocument],
  ] as const) {
    it(`gives each article its own anchors on every fixture (${dom})`, () => {
      for (const name of FIXTURE_NAMES) {
        const document = load(name);
        expectSameAsSearching(document, selectAll(document, 'anyArticle'));
        // Post units, the 2026 feed's posts: the feed's children.
        for (const feed of selectAll(document, 'feed'))
          expectSameAsSearching(document, Array.from(feed.children));
      }
    });
  }

  it('keeps apart anchors between articles, and articles without any', () => {
    const document = linkedomDocument('www_comet_group_feed_2026-01');
    const feed = selectAll(document, 'feed')[0]!;
    const posts = Array.from(feed.children);
    const between = document.createElement('a');
    between.setAttribute('href', '/between/');
    feed.insertBefore(between, posts[1] ?? null);
    const empty = document.createElement('div');
    feed.insertBefore(empty, between);
    const articles = [posts[0]!, empty, ...posts.slice(1)];
    expectSameAsSearching(document, articles);
    expect(anchorsAround(document, articles).byArticle.get(empty)).toEqual([]);
  });
});
