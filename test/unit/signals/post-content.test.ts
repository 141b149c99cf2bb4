/** Post content extraction (utils/facebook/post-content.ts) on real captures and on edited copies of them. */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/facebook';
import {
  EXCERPT_MAX,
  outsideDomainOf,
  readPageWithContents,
  readPostContents,
} from '@/utils/facebook/post-content';
import { clockFor, fixtureHtml, fixtureTruth } from '../reader/fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const contentsOf = (name: string, html = fixtureHtml(name)) =>
  readPostContents(parse(html), fixtureTruth(name).page_url, clockFor(name));

describe('post content', () => {
  it('gives every post and comment the reader finds, with the same member, item and time', () => {
    for (const name of ['www_comet_group_feed_2026-01', 'www_comet_group_post_comments_synthetic']) {
      const reading = readPage(parse(fixtureHtml(name)), fixtureTruth(name).page_url, clockFor(name));
      const activity = reading.sightings.filter((s) => s.kind === 'post' || s.kind === 'comment');
      const contents = contentsOf(name);
      expect(contents.map((c) => `${c.kind}|${c.memberId}|${c.itemId}|${c.at}`).sort()).toEqual(
        activity.map((s) => `${s.kind}|${s.memberId}|${s.itemId}|${s.at}`).sort(),
      );
      for (const content of contents) expect(content.excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX);
    }
  });

  it("reads the 2026 post's photo ids and Facebook's generated alt text", () => {
    const [post] = contentsOf('www_comet_group_feed_2026-01').filter((c) => c.kind === 'post');
    expect(post!.images.length).toBeGreaterThan(0);
    expect(post!.images.every((cue) => cue.photoId && /^\d+$/.test(cue.photoId))).toBe(true);
    expect(post!.images.map((cue) => cue.alt)).toContain('Có thể là hình ảnh về văn bản');
    expect(post!.excerpt.length).toBeGreaterThan(0);
    // The crop's style gives the photo's pixel size (720 × 1241 in the capture's page data).
    expect(post!.images[0]).toMatchObject({ photoId: '1741333716256499', width: 720, height: 1241 });
    expect(post!.images[1]).toMatchObject({ width: 960, height: 1280 });
  });

  it("reads a comment's own text and its outside links, not its neighbours'", () => {
    const contents = contentsOf('www_comet_group_post_comments_synthetic');
    const comments = contents.filter((c) => c.kind === 'comment');
    expect(comments.length).toBeGreaterThan(2);
    expect(new Set(comments.map((c) => c.excerpt)).size).toBeGreaterThan(1);
    expect(comments.some((c) => c.domains.includes('example.org'))).toBe(true);
    const post = contents.find((c) => c.kind === 'post')!;
    expect(post.excerpt.startsWith('Hello')).toBe(true);
  });

  it('unwraps l.php links and ignores Facebook’s own hosts', () => {
    expect(outsideDomainOf('https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.Shop.example%2Fx&h=1')).toBe(
      'shop.example',
    );
    expect(outsideDomainOf('https://www.facebook.com/groups/1/posts/2/')).toBeNull();
    expect(outsideDomainOf('https://scontent.xx.fbcdn.net/v/1.jpg')).toBeNull();
    expect(outsideDomainOf('javascript:void(0)')).toBeNull();
  });

  it('reads the page and its contents in one pass, the reading as readPage gives it', () => {
    for (const name of ['www_comet_group_feed_2026-01', 'www_comet_group_post_comments_synthetic']) {
      const { page_url: url } = fixtureTruth(name);
      const { reading, contents } = readPageWithContents(parse(fixtureHtml(name)), url, clockFor(name));
      expect(reading).toEqual(readPage(parse(fixtureHtml(name)), url, clockFor(name)));
      expect(contents.length).toBeGreaterThan(0);
    }
    const members = 'www_comet_group_members_2024-08';
    const { reading, contents } = readPageWithContents(
      parse(fixtureHtml(members)),
      fixtureTruth(members).page_url,
      clockFor(members),
    );
    expect(reading.sightings.length).toBeGreaterThan(0);
    expect(contents).toEqual([]);
  });

  it('gives nothing on a members page', () => {
    expect(contentsOf('www_comet_group_members_2024-08')).toEqual([]);
  });
});
