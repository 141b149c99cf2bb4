/**
 * Health that cannot be fooled: pages Tend cannot read say so (`could-not-read`, `not-logged-in`,
 * `unsupported`), and a page called `ok` has read at least half of the distinct group members whose profile link
 * shows their name in the page's main region, a count that does not depend on how posts are wrapped.
 */
import { describe, expect, it } from 'vitest';
import type { PageReading } from '@/utils/facebook/reading';
import { readPage } from '@/utils/facebook';
import { clockFor, fixtureTruth, happyDocument } from './fixtures';
import { dropListRoles, hidePosts, loginWall, mLiteGroup, mbasicGroup, parsePage } from './health/pages';

const STATUSES = ['ok', 'could-not-read', 'not-logged-in', 'unsupported'];
const CLOCK = clockFor('www_comet_group_feed_2026-01');
// Invisible and formatting characters; U+034F apart, since a combining mark may not sit in a character class.
const INVISIBLE = /\u034f|[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Distinct member ids of `/groups/<gid>/user/<uid>/` links that show a name, in `role=main` (else the body). */
function namedMemberLinks(document: Document): Set<string> {
  const root = document.querySelector('[role="main"]') ?? document.body;
  const ids = new Set<string>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const id = /\/groups\/[^/?#]+\/user\/(\d+)/.exec(a.getAttribute('href') ?? '')?.[1];
    if (id && (a.textContent ?? '').replace(INVISIBLE, '').trim()) ids.add(id);
  }
  return ids;
}

/** Everyone the reading names: the people sighted and the inviters of member rows. */
const peopleRead = (reading: PageReading) =>
  new Set(
    reading.sightings.flatMap((s) => [s.memberId, ...(s.invitedBy?.memberId ? [s.invitedBy.memberId] : [])]),
  );

function readEnough(reading: PageReading, document: Document): boolean {
  const named = namedMemberLinks(document);
  const read = peopleRead(reading);
  return [...named].filter((id) => read.has(id)).length * 2 >= named.size;
}

const readFixture = (name: string, document = happyDocument(name)) => ({
  document,
  reading: readPage(document, fixtureTruth(name).page_url, clockFor(name)),
});

const REAL_GROUP_PAGES = [
  'www_comet_group_feed_2026-01',
  'www_comet_group_post_article_2025-04_a',
  'www_comet_group_post_article_2025-04_b',
  'www_comet_group_post_article_2025-04_c',
  'www_comet_group_members_2024-08',
  'www_comet_group_members_vi_rows_2024-06',
  'm_group_feed_2021-06',
  'm_group_permalink_with_comments_2021-06',
];

describe('real captures', () => {
  it.each(REAL_GROUP_PAGES)('%s is ok and read at least half of its named member links', (name) => {
    const { document, reading } = readFixture(name);
    expect(reading.health.status).toBe('ok');
    expect(readEnough(reading, document)).toBe(true);
  });

  // The guard's control: a reading that lost its people must fail the same check on pages that show names.
  it.each(['www_comet_group_feed_2026-01', 'www_comet_group_members_2024-08'])(
    'a reading of %s with no sightings does not pass as having read enough',
    (name) => {
      const { document, reading } = readFixture(name);
      expect(namedMemberLinks(document).size).toBeGreaterThan(0);
      expect(readEnough({ ...reading, sightings: [] }, document)).toBe(false);
    },
  );
});

describe('login walls', () => {
  it.each([
    ['en', `https://www.facebook.com/groups/553398351006645/`],
    ['vi', `https://www.facebook.com/groups/rescuecatsnetwork/members/`],
  ] as const)('the %s login page at a group address is not-logged-in, with nobody recorded', (lang, url) => {
    const reading = readPage(parsePage(loginWall(lang)), url, CLOCK);
    expect(reading.health.status).toBe('not-logged-in');
    expect(reading.health.problems.length).toBeGreaterThan(0);
    expect(reading.sightings).toEqual([]);
  });
});

describe('layouts Tend does not read', () => {
  it.each([
    ['mbasic', mbasicGroup(), 'https://mbasic.facebook.com/groups/553398351006645'],
    ['lite m.', mLiteGroup(), 'https://m.facebook.com/groups/553398351006645/'],
  ])('the %s group page is unsupported, with nobody recorded', (_, html, url) => {
    const reading = readPage(parsePage(html), url, CLOCK);
    expect(reading.health.status).toBe('unsupported');
    expect(reading.health.problems.length).toBeGreaterThan(0);
    expect(reading.sightings).toEqual([]);
  });
});

describe('pages whose people are shown but cannot be read', () => {
  it.each(['www_comet_group_feed_2026-01', 'www_comet_group_feed_synthetic'])(
    '%s with every post hidden from every search is could-not-read',
    (name) => {
      const document = happyDocument(name);
      hidePosts(document);
      // The change leaves named member links (the authors) and no post link or page data.
      expect(namedMemberLinks(document).size).toBeGreaterThan(0);
      expect(document.querySelector('a[href*="/posts/"], a[href*="pcb."], script')).toBeNull();
      const { reading } = readFixture(name, document);
      expect(reading.health.status).toBe('could-not-read');
      expect(reading.health.problems.length).toBeGreaterThan(0);
    },
  );

  it.each(['www_comet_group_members_2024-08', 'www_comet_group_members_vi_rows_2024-06'])(
    '%s without list roles is could-not-read, or ok only if it still read the members',
    (name) => {
      const document = happyDocument(name);
      dropListRoles(document);
      expect(document.querySelector('[role="listitem"]')).toBeNull();
      const { reading } = readFixture(name, document);
      if (reading.health.status === 'ok') expect(readEnough(reading, document)).toBe(true);
      else expect(reading.health.status).toBe('could-not-read');
    },
  );
});

describe('status values', () => {
  it('are exactly ok, could-not-read, not-logged-in and unsupported on every page of this suite', () => {
    const readings = [
      ...REAL_GROUP_PAGES.map((name) => readFixture(name).reading),
      readPage(parsePage(loginWall('en')), 'https://www.facebook.com/groups/553398351006645/', CLOCK),
      readPage(parsePage(mLiteGroup()), 'https://m.facebook.com/groups/553398351006645/', CLOCK),
    ];
    for (const { health } of readings) expect(STATUSES).toContain(health.status);
  });
});
