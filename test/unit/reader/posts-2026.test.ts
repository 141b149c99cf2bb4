/**
 * What today's Facebook changes for posts: ids that only media links or page data carry, posts that carry none,
 * group activity stories, and the two times a post may show (page data and label).
 */
import { describe, expect, it } from 'vitest';
import { readPage, type ReadOptions } from '@/utils/facebook';
import { chooseTime } from '@/utils/facebook/time-source';
import { clockFor, fixtureHtml, fixtureTruth } from './fixtures';

const FEED = 'www_comet_group_feed_2026-01';
const URL_2026 = fixtureTruth(FEED).page_url;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const feedItem = (document: Document) => document.querySelector('[role="feed"]')!.children[1]!;

/** The 2026 feed with its post's id removed from everywhere: media links and page data. */
function withoutPostId(html = fixtureHtml(FEED)): Document {
  const document = parse(html.replaceAll('2175590815387554', ''));
  for (const link of document.querySelectorAll('a[href*="pcb."]')) link.removeAttribute('href');
  return document;
}

/** The post's message block gets other words. */
function withMessage(document: Document, words: string): Document {
  document.querySelector('[data-ad-rendering-role="story_message"]')!.textContent = words;
  return document;
}

const posts = (document: Document, options: ReadOptions = clockFor(FEED)) =>
  readPage(document, URL_2026, options).sightings.filter((s) => s.kind === 'post');

describe('the 2026 post', () => {
  it('takes its id from the media set pcb.<id>, its time from the page data, and says so', () => {
    const [post] = posts(parse(fixtureHtml(FEED)));
    expect(post).toMatchObject({
      memberId: '100809362613516',
      itemId: '2175590815387554',
      permalink: 'https://www.facebook.com/groups/553398351006645/posts/2175590815387554/',
      at: '2026-01-31T09:35:35.000Z',
      atSource: 'page-data',
    });
    // The obfuscated timestamp letters are not kept as its label.
    expect(post?.rawTime).toBeUndefined();
  });

  it('takes its id from the page data alone when no link carries it', () => {
    const document = parse(fixtureHtml(FEED));
    for (const link of document.querySelectorAll('a[href*="pcb."]')) link.removeAttribute('href');
    expect(posts(document).map((s) => s.itemId)).toEqual(['2175590815387554']);
  });
});

describe('a post whose id the page shows nowhere', () => {
  it('is still recorded, under a key of its own', () => {
    const [post] = posts(withoutPostId());
    expect(post?.memberId).toBe('100809362613516');
    expect(post?.itemId).toMatch(/^nid:[0-9a-f]+$/);
    expect(post?.permalink).toBeUndefined();
  });

  it('keeps one key when read twice, later, on another parse', () => {
    const first = posts(withoutPostId());
    const later = posts(withoutPostId(), { now: new Date('2026-02-03T18:00:00Z'), timeZone: 'Europe/Paris' });
    expect(later.map((s) => s.itemId)).toEqual(first.map((s) => s.itemId));
  });

  it('gets a different key from another post of the same author beside it', () => {
    const document = withoutPostId();
    const item = feedItem(document);
    const other = item.cloneNode(true) as Element;
    other.querySelector('[data-ad-rendering-role="story_message"]')!.textContent =
      'A second, different post.';
    item.after(other);
    const read = posts(document);
    expect(read).toHaveLength(2);
    expect(new Set(read.map((s) => s.itemId)).size).toBe(2);
  });

  it('gets a different key when its message differs (a different post), the same otherwise', () => {
    const a = posts(withMessage(withoutPostId(), 'Found a kitten near the station.'))[0]?.itemId;
    const b = posts(withMessage(withoutPostId(), 'Who can foster two cats this week?'))[0]?.itemId;
    const again = posts(withMessage(withoutPostId(), 'Found a kitten near the station.'))[0]?.itemId;
    expect(a).not.toBe(b);
    expect(again).toBe(a);
  });
});

describe('group activity stories', () => {
  /** The post made into "Evie Morel updated the group description.": no message, no media, no id anywhere. */
  function activityStory(): Document {
    const document = withoutPostId();
    const item = feedItem(document);
    item.querySelector('[data-ad-rendering-role="story_message"]')?.remove();
    for (const link of item.querySelectorAll('a[href*="photo"], a[href*="videos"]')) link.remove();
    item.querySelector('[data-ad-rendering-role="profile_name"]')!.append(' updated the group description.');
    return document;
  }

  it('are not recorded as posts', () => {
    const reading = readPage(activityStory(), URL_2026, clockFor(FEED));
    expect(reading.sightings).toEqual([]);
    expect(reading.health.problems).toEqual(['1 members shown, 0 read']);
  });

  it('are not recorded when the feed item has lost its author block either', () => {
    const document = activityStory();
    document
      .querySelector('[data-ad-rendering-role="profile_name"]')!
      .removeAttribute('data-ad-rendering-role');
    expect(readPage(document, URL_2026, clockFor(FEED)).sightings).toEqual([]);
  });

  it('while a post with a message but no id is recorded (the control of the rule)', () => {
    expect(posts(withoutPostId())).toHaveLength(1);
  });
});

describe('the time source', () => {
  const machine = { at: '2026-01-31T09:35:35.000Z', atPrecision: 'minute' as const };

  it('prefers the page data, and counts no disagreement within the label’s precision', () => {
    const label = () => ({ at: '2026-01-31T09:00:00.000Z', atPrecision: 'hour' as const });
    expect(chooseTime(machine, label)).toEqual({
      time: { ...machine, atSource: 'page-data' },
      disagrees: false,
    });
  });

  it('keeps the page data and counts a disagreement beyond the label’s precision', () => {
    const label = () => ({ at: '2026-01-31T03:35:00.000Z', atPrecision: 'minute' as const });
    expect(chooseTime(machine, label)).toEqual({
      time: { ...machine, atSource: 'page-data' },
      disagrees: true,
    });
  });

  it('takes the label when there is no page data, and nothing when neither is understood', () => {
    const label = () => ({ at: '2026-01-31T09:00:00.000Z', atPrecision: 'hour' as const });
    expect(chooseTime({}, label).time).toEqual({ ...label(), atSource: 'label' });
    expect(chooseTime({}, () => ({})).time).toEqual({});
    expect(chooseTime({}, null).time).toEqual({});
  });

  it('counts in health a label read in the wrong time zone, keeping the machine time and the raw label', () => {
    // The post's label says 11:02, the admin's wall clock in the capture's zone; read as UTC it is 6 h off.
    const name = 'www_comet_group_post_comments_synthetic';
    const reading = readPage(parse(fixtureHtml(name)), fixtureTruth(name).page_url, clockFor(name));
    const post = reading.sightings.find((s) => s.kind === 'post');
    expect(post).toMatchObject({
      at: '2025-05-30T05:02:05.000Z',
      atSource: 'page-data',
      rawTime: '30 May at 11:02',
    });
    expect(reading.health.timeDisagreements).toBe(1);
    const inItsZone = readPage(parse(fixtureHtml(name)), fixtureTruth(name).page_url, {
      ...clockFor(name),
      timeZone: 'Asia/Dhaka',
    });
    expect(inItsZone.health.timeDisagreements).toBe(0);
  });
});
