import { describe, expect, it } from 'vitest';
import { readCommentCount, shownCommentCount } from '@/utils/facebook/comment-count';
import { readPage } from '@/utils/facebook';
import mobileFeed from '../../fixtures/facebook/m_group_feed_2021-06.html?raw';
import cometPost from '../../fixtures/facebook/www_comet_group_post_comments_synthetic.html?raw';
import cometFeed from '../../fixtures/facebook/www_comet_group_feed_2026-01.html?raw';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('readCommentCount', () => {
  it('reads English counts, singular, plural, grouped and shortened', () => {
    expect(readCommentCount('1 comment')).toBe(1);
    expect(readCommentCount('12 comments')).toBe(12);
    expect(readCommentCount(' 782\n comments ')).toBe(782);
    expect(readCommentCount('1,234 comments')).toBe(1_234);
    expect(readCommentCount('1.2K comments')).toBe(1_200);
    expect(readCommentCount('3K comments')).toBe(3_000);
    expect(readCommentCount('2.5M comments')).toBe(2_500_000);
  });

  it('reads French counts, with a space, a narrow space or a comma', () => {
    expect(readCommentCount('1 commentaire')).toBe(1);
    expect(readCommentCount('12 commentaires')).toBe(12);
    expect(readCommentCount('1 234 commentaires')).toBe(1_234);
    expect(readCommentCount('1\u202f234 commentaires')).toBe(1_234);
    expect(readCommentCount('1,2 K commentaires')).toBe(1_200);
    expect(readCommentCount('1,2\u00a0k commentaires')).toBe(1_200);
  });

  it('gives undefined for anything that is not a count, and never throws', () => {
    for (const text of [
      '',
      'comments',
      'View more comments',
      'View 5 more comments',
      'Voir les 12 commentaires',
      '12 shares',
      '12 Likes',
      '1.5 comments',
      '1,234K comments',
      'x'.repeat(10_000),
      null,
      undefined,
    ]) {
      expect(readCommentCount(text)).toBeUndefined();
    }
  });
});

describe('shownCommentCount on the captures', () => {
  it('reads the count shown under a mobile feed story, and none where the story shows none', () => {
    const stories = Array.from(parse(mobileFeed).querySelectorAll('[data-sigil~="story-div"]'));
    const byPost = new Map(
      stories.map((story) => [
        (JSON.parse(story.getAttribute('data-ft') ?? '{}') as { top_level_post_id?: string })
          .top_level_post_id,
        shownCommentCount(story),
      ]),
    );
    expect(byPost.get('3984564012565245')).toBe(4);
    expect(byPost.get('4028718142928349')).toBeUndefined();
  });

  it('reads it on the post of a post page, not on the comments nested in it', () => {
    const articles = Array.from(parse(cometPost).querySelectorAll('[role="article"]'));
    const post = articles.find((article) => article.parentElement?.closest('[role="article"]') === null);
    expect(post && shownCommentCount(post)).toBe(782);
    const comments = articles.filter((article) => article !== post);
    expect(comments.length).toBeGreaterThan(0);
    for (const comment of comments) expect(shownCommentCount(comment)).toBeUndefined();
  });

  it('the reader carries it on the post sighting, and on no comment sighting', () => {
    const url = 'https://www.facebook.com/groups/693540230009363/posts/3744420902118814/';
    const { sightings } = readPage(parse(cometPost), url, { now: new Date('2025-06-06T12:00:00Z') });
    const posts = sightings.filter((sighting) => sighting.kind === 'post');
    expect(posts.map((post) => [post.itemId, post.shownComments])).toEqual([['3744420902118814', 782]]);
    const comments = sightings.filter((sighting) => sighting.kind === 'comment');
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.every((comment) => comment.shownComments === undefined)).toBe(true);
  });

  it('the mobile reader carries it on the two stories that show one ("1 comment", "4 comments")', () => {
    const url = 'https://m.facebook.com/groups/catsittersexchange/';
    const { sightings } = readPage(parse(mobileFeed), url, { now: new Date('2021-06-01T12:00:00Z') });
    const shown = sightings.filter((sighting) => sighting.shownComments !== undefined);
    expect(shown.map((post) => [post.itemId, post.shownComments])).toEqual([
      ['1622226545524414', 1],
      ['3984564012565245', 4],
    ]);
  });

  it('a 2026 feed that shows no count gives no count', () => {
    const articles = Array.from(parse(cometFeed).querySelectorAll('[role="article"]'));
    for (const article of articles) expect(shownCommentCount(article)).toBeUndefined();
  });
});
