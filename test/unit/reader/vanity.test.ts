/**
 * One person, one key; one group, one key: when a page shows a vanity name beside the numeric id, the reader says
 * so, and storage merges what it kept under the vanity alone (test/unit/storage/prospects.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/facebook';
import { numericGroupIdOf } from '@/utils/facebook/read-group-id';
import { clockFor, fixtureTruth, happyDocument } from './fixtures';

describe('vanity names beside numeric ids', () => {
  it('gives each m. feed author their vanity beside their numeric id, as the truth file says', () => {
    const name = 'm_group_feed_2021-06';
    const truth = fixtureTruth(name);
    const reading = readPage(happyDocument(name), truth.page_url, clockFor(name));
    const posts = reading.sightings.filter((s) => s.kind === 'post');
    expect(posts.length).toBeGreaterThan(0);
    for (const sighting of posts) {
      const post = truth.posts?.find((p) => p.post_id === sighting.itemId);
      expect(sighting.memberId).toBe(post?.author?.user_id);
      expect(sighting.vanity).toBe(post?.author?.vanity);
    }
  });

  it('reads the numeric id of a group whose address is its vanity name, from the page’s app links', () => {
    const name = 'm_group_permalink_with_comments_2021-06';
    const truth = fixtureTruth(name);
    expect(truth.page_url).toContain('/groups/catsittersexchange/');
    const reading = readPage(happyDocument(name), truth.page_url, clockFor(name));
    expect(reading.page).toEqual({
      kind: 'group-post',
      groupId: truth.group_id,
      groupVanity: 'catsittersexchange',
    });
  });

  it('keeps the address’s id when the page names no group, or two different ones', () => {
    const page = (metas: string) =>
      new DOMParser().parseFromString(`<html><head>${metas}</head><body></body></html>`, 'text/html');
    expect(numericGroupIdOf(page(''))).toBeNull();
    expect(numericGroupIdOf(page('<meta property="al:ios:url" content="fb://group/?id=42">'))).toBe('42');
    expect(numericGroupIdOf(page('<meta content="fb://group/42"><meta content="fb://group/43">'))).toBeNull();
    const reading = readPage(page(''), 'https://www.facebook.com/groups/catsittersexchange/', {
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(reading.page).toEqual({ kind: 'group-feed', groupId: 'catsittersexchange' });
  });
});
