/** Names are cleaned of invisible characters before they are stored or compared, on every kind of page. */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/facebook';
import { cleanName } from '@/utils/facebook/text';
import { clockFor, fixtureHtml, fixtureTruth } from './fixtures';

const WATERMARKS = [
  '\u034f',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202c',
  '\u2066',
  '\u2069',
  '\u2060',
  '\ufeff',
  '\u00ad',
];

describe('cleanName', () => {
  it('removes watermark, zero-width and direction characters wherever they are', () => {
    for (const mark of WATERMARKS) {
      expect(cleanName(`${mark}Evie${mark} Mo${mark}rel${mark}`)).toBe('Evie Morel');
    }
  });

  it('keeps letters, accents, scripts and emoji sequences', () => {
    expect(cleanName('Nguyễn Thị Ánh')).toBe('Nguyễn Thị Ánh');
    expect(cleanName('محمد علي')).toBe('محمد علي');
    expect(cleanName('Anna 👩\u200d👩\u200d👧')).toBe('Anna 👩\u200d👩\u200d👧');
    expect(cleanName('Zoé\u00a0 Durand ')).toBe('Zoé Durand');
  });

  it('leaves nothing of a name made only of invisible characters', () => {
    expect(cleanName('\u034f\u200b\u3164')).toBe('');
  });
});

/** Every text node inside a link to a member gets a watermark after each character. */
function watermarkNames(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const link of document.querySelectorAll('a[href*="/user/"], a[href*="profile.php"]')) {
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      node.textContent = [...(node.textContent ?? '')].join('\u034f');
  }
  return new XMLSerializer().serializeToString(document);
}

describe.each([
  'www_comet_group_feed_2026-01',
  'www_comet_group_members_2024-08',
  'www_comet_group_post_article_2025-04_a',
  'www_comet_group_post_comments_synthetic',
  'm_group_permalink_with_comments_2021-06',
])('watermarked names on %s', (name) => {
  it('are read as the same names', () => {
    const { page_url: url } = fixtureTruth(name);
    const clean = readPage(
      new DOMParser().parseFromString(fixtureHtml(name), 'text/html'),
      url,
      clockFor(name),
    );
    const marked = readPage(
      new DOMParser().parseFromString(watermarkNames(fixtureHtml(name)), 'text/html'),
      url,
      clockFor(name),
    );
    expect(marked.sightings.length).toBeGreaterThan(0);
    expect(marked.sightings).toEqual(clean.sightings);
  });
});
