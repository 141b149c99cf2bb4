/**
 * Health cannot be fooled: its status comes from an invariant (the members the page shows by name) compared with
 * what was read, so a reader that finds nothing cannot pass as healthy. The deliberately broken reader below
 * (it finds no posts or comments) is the guard's control.
 */
import { describe, expect, it } from 'vitest';
import { RecordedPageHealth, PageStatus } from '@/storage/schema';
import { createPageReader, readPage, type ContainerKind } from '@/utils/facebook';
import { FIXTURE_NAMES, clockFor, fixtureHtml, fixtureTruth } from './fixtures';

const FEED_2026 = 'www_comet_group_feed_2026-01';
const POST_KINDS: ContainerKind[] = [
  'article',
  'post-unit',
  'comment-unit',
  'mobile-story',
  'mobile-comment',
];
/** The control: the same reader, except that it finds no post and no comment. */
const findsNoPosts = (kind: ContainerKind) => !POST_KINDS.includes(kind);

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const urlOf = (name: string) => fixtureTruth(name).page_url;
const readWith = (name: string, html = fixtureHtml(name), finds?: (kind: ContainerKind) => boolean) =>
  createPageReader(urlOf(name), clockFor(name), finds).readAll(parse(html));

const GROUP_POST_PAGES = FIXTURE_NAMES.filter(
  (name) =>
    fixtureTruth(name).group_id !== null &&
    (fixtureTruth(name).posts ?? []).some((p) => p.recorded !== false),
);

describe('the health guard', () => {
  it('says ok on the 2026 feed read by the reader, having read the one member it shows', () => {
    const { health } = readWith(FEED_2026);
    expect(health).toMatchObject({ status: 'ok', expected: 1, read: 1, seen: 1, problems: [] });
  });

  it('says could-not-read on the 2026 feed when the reader finds no posts (the control)', () => {
    const { sightings, health } = readWith(FEED_2026, undefined, findsNoPosts);
    expect(sightings).toEqual([]);
    expect(health.status).toBe('could-not-read');
    expect(health.seen).toBe(1);
    // Counting containers alone is what used to say all was well: nothing expected, nothing missed.
    expect(health).toMatchObject({ expected: 0, read: 0 });
    expect(health.problems.join(' ')).toMatch(/1 members shown, 0 read/);
  });

  it.each(GROUP_POST_PAGES)('catches the control on %s too, and says ok with the reader', (name) => {
    expect(readWith(name).health.status).toBe('ok');
    // Built from a logged-out capture (a login form, USER_ID 0): reading nothing there is rightly not-logged-in.
    const expected = name === 'www_comet_group_post_comments_synthetic' ? 'not-logged-in' : 'could-not-read';
    expect(readWith(name, undefined, findsNoPosts).health.status).toBe(expected);
  });

  it('does not count the facepile avatars or the viewer’s own avatar link (links without a name)', () => {
    const document = parse(fixtureHtml(FEED_2026));
    const avatars = [...document.querySelectorAll('a[href*="/user/"]')].filter((a) => !a.textContent?.trim());
    expect(avatars.length).toBeGreaterThanOrEqual(4);
    expect(readPage(document, urlOf(FEED_2026), clockFor(FEED_2026)).health.seen).toBe(1);
  });

  it('is could-not-read when many members are shown and under half were read, whatever was found', () => {
    // The members page with every other row's name link moved out of its row: the rows are found and read
    // (or not), but the names the page shows outnumber the people read.
    const name = 'www_comet_group_members_2024-08';
    const document = parse(fixtureHtml(name));
    const rows = [...document.querySelectorAll('[role="listitem"]')];
    rows.forEach((row, index) => {
      if (index % 4 === 0) return;
      const holder = document.createElement('div');
      for (const link of row.querySelectorAll('a')) holder.append(link);
      row.replaceWith(holder);
    });
    const { health } = readPage(document, urlOf(name), clockFor(name));
    expect(health.seen).toBeGreaterThan(100);
    expect(health.status).toBe('could-not-read');
  });
});

describe('pages Tend does not read', () => {
  it('a login wall is not-logged-in', () => {
    const wall = `<html><body><div role="main"><form action="/login/device-based/regular/login/" method="post">
      <input name="email" type="text"><input name="pass" type="password"><button>Log in</button></form>
      <div>See more on Facebook</div></div></body></html>`;
    const { health } = readPage(
      parse(wall),
      'https://www.facebook.com/groups/553398351006645/',
      clockFor(FEED_2026),
    );
    expect(health.status).toBe('not-logged-in');
    expect(health.problems).toContain('the page asks to log in');
  });

  it('the basic mobile site is unsupported, and so is a mobile page without the markup Tend reads', () => {
    const page =
      '<html><body><div><a href="/groups/553398351006645/user/100809362613516/">Evie Morel</a></div></body></html>';
    for (const url of [
      'https://mbasic.facebook.com/groups/553398351006645/',
      'https://m.facebook.com/groups/553398351006645/',
    ])
      expect(readPage(parse(page), url, clockFor(FEED_2026)).health.status).toBe('unsupported');
  });

  it('the legacy mobile captures Tend reads are ok', () => {
    for (const name of ['m_group_feed_2021-06', 'm_group_permalink_with_comments_2021-06'])
      expect(readWith(name).health.status).toBe('ok');
  });
});

describe('stored health', () => {
  it('rows and files written before the status existed stay valid', () => {
    const old = { expected: 3, read: 3, problems: [] };
    expect(RecordedPageHealth.parse(old)).toEqual(old);
    const row = {
      url: 'https://www.facebook.com/groups/1/',
      kind: 'group-feed',
      health: old,
      readAt: '2026-01-01T00:00:00Z',
    };
    expect(PageStatus.parse(row)).toEqual(row);
  });

  it('a status outside the four is refused', () => {
    expect(() => RecordedPageHealth.parse({ status: 'fine', expected: 0, read: 0, problems: [] })).toThrow();
  });
});
