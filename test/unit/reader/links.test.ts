/**
 * The link shapes of utils/facebook/links.ts: every link the reader writes on every saved page has one of them,
 * what its builders make has one, and nothing else (other schemes, hosts, paths, tracking) does.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/facebook';
import {
  isActivityLink,
  isProfileLink,
  membersPageUrl,
  personOfKey,
  profileUrlOf,
} from '@/utils/facebook/links';
import { groupPostPermalink } from '@/utils/facebook/urls';
import { FIXTURE_NAMES, clockFor, fixtureTruth, happyDocument } from './fixtures';

describe('Facebook link shapes', () => {
  it('every profile and post link the reader writes, on every saved page, has a shape storage accepts', () => {
    let profiles = 0;
    let activity = 0;
    for (const name of FIXTURE_NAMES) {
      const reading = readPage(happyDocument(name), fixtureTruth(name).page_url, clockFor(name));
      for (const sighting of reading.sightings) {
        if (sighting.profileUrl !== undefined) {
          profiles += 1;
          expect(isProfileLink(sighting.profileUrl), `${name}: ${sighting.profileUrl}`).toBe(true);
        }
        if (sighting.permalink !== undefined) {
          activity += 1;
          expect(isActivityLink(sighting.permalink), `${name}: ${sighting.permalink}`).toBe(true);
        }
      }
    }
    expect(profiles).toBeGreaterThan(100);
    expect(activity).toBeGreaterThan(10);
  });

  it('builds one profile link per kind of key', () => {
    expect(profileUrlOf(personOfKey('100'), '1234567')).toBe(
      'https://www.facebook.com/groups/1234567/user/100/',
    );
    expect(profileUrlOf(personOfKey('100'), null)).toBe('https://www.facebook.com/profile.php?id=100');
    expect(profileUrlOf(personOfKey('jordan.price'), '1234567')).toBe(
      'https://www.facebook.com/jordan.price',
    );
    for (const link of [
      profileUrlOf(personOfKey('100'), 'catsitters'),
      profileUrlOf(personOfKey('100'), null),
      profileUrlOf(personOfKey('jordan.price'), null),
    ])
      expect(isProfileLink(link)).toBe(true);
    expect(membersPageUrl('catsitters')).toBe('https://www.facebook.com/groups/catsitters/members');
    expect(isActivityLink(groupPostPermalink('1234567', '55', '66'))).toBe(true);
    expect(
      isActivityLink(`${groupPostPermalink('1234567', 'pfbid02abcdefghijkl', '66')}&reply_comment_id=7`),
    ).toBe(true);
  });

  it('refuses every other link', () => {
    for (const link of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://www.facebook.com/jordan.price',
      'https://evil.example/jordan.price',
      'https://www.facebook.com.evil.example/jordan.price',
      'https://www.facebook.com/l.php?u=https%3A%2F%2Fevil.example',
      'https://www.facebook.com/jordan.price?fbclid=1',
      'https://www.facebook.com/jordan.price/../../x',
      'https://www.facebook.com/groups/1/user/100/#x',
      'https://user:pass@www.facebook.com/jordan.price',
      ' https://www.facebook.com/jordan.price',
    ]) {
      expect(isProfileLink(link), link).toBe(false);
      expect(isActivityLink(link), link).toBe(false);
    }
    expect(
      isActivityLink('https://www.facebook.com/groups/1/posts/2/?comment_id=3&u=https://evil.example'),
    ).toBe(false);
    expect(isActivityLink('https://www.facebook.com/groups/1/posts/2')).toBe(false);
  });
});
