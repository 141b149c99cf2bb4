/**
 * The anonymised copy a user saves for a bug report: none of the people, ids or vanity names its truth file lists
 * is left in it, in any of the forms a page holds them, while the reader still finds the same people in it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/facebook';
import { anonymisePage } from '@/utils/facebook/anonymise';
import { FIXTURE_NAMES, clockFor, fixtureHtml, fixtureTruth } from './fixtures';

/** The January 2026 feed and the members capture first, then every other fixture: none was tuned on. */
const FIRST = ['www_comet_group_feed_2026-01', 'www_comet_group_members_2024-08'];
const FIXTURES = [...FIRST, ...FIXTURE_NAMES.filter((name) => !FIRST.includes(name))];
/** The copy's own address for outside links, which an earlier anonymisation gave the 2020 capture's advertiser. */
const OWN_WORDS = new Set(['example.org']);

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** Every name, id and vanity name the truth file gives, wherever it gives them. */
function truthValues(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => truthValues(item, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([name, item]) => truthValues(item, name));
  const personal =
    /^(display_name|user_id|user_id_from_json|vanity|group_id|group_vanity|group_name|post_id|comment_id|parent_comment_id)$/;
  return typeof value === 'string' && value && personal.test(key) ? [value] : [];
}

const htmlEscaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const jsonEscaped = (text: string) =>
  JSON.stringify(text)
    .slice(1, -1)
    .replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
const FORMS = [(text: string) => text, htmlEscaped, jsonEscaped, encodeURIComponent];

/**
 * Where a value is still found as a whole word (a vanity "ines" inside "lines" is not that person); an id as a whole
 * number, letters around it or not (`feed_story_ring<id>`).
 */
function leaksIn(copy: string, values: string[]): string[] {
  const found: string[] = [];
  for (const value of new Set(values)) {
    const edge = /^\d+$/.test(value) ? '\\p{N}' : '\\p{L}\\p{N}';
    for (const form of new Set(FORMS.map((encode) => encode(value)))) {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(?<![${edge}])${escaped}(?![${edge}])`, 'u').test(copy))
        found.push(`${value} as ${form}`);
    }
  }
  return found;
}

/** How many distinct people of each kind the reader finds, and what it concludes of the page. */
function peopleByKind(html: string, url: string, name: string) {
  const reading = readPage(parse(html), url, clockFor(name));
  const kinds: Record<string, Set<string>> = {};
  for (const sighting of reading.sightings) (kinds[sighting.kind] ??= new Set()).add(sighting.memberId);
  return {
    people: Object.fromEntries(Object.entries(kinds).map(([kind, ids]) => [kind, ids.size])),
    status: reading.health.status,
  };
}

/** Puts back, in order, what `pattern`'s second group matched in the original: a broken anonymiser's copy. */
function restored(pattern: RegExp, copy: string, original: string): string {
  const kept = [...original.matchAll(pattern)].map((match) => match[2] ?? '');
  let index = 0;
  return copy.replace(
    pattern,
    (_all, open: string, _value: string, close: string) => open + (kept[index++] ?? '') + close,
  );
}

/** Broken anonymisers the leak check must catch: one that skips the page data, one that skips link addresses. */
const CONTROLS = {
  'leaves the page data as it was': /(<script[^>]*type="application\/json"[^>]*>)([\s\S]*?)(<\/script>)/g,
  'leaves the links as they were': /(<a [^>]*?href=")([^"]*)(")/g,
};

describe.each(FIXTURES)('an anonymised copy of %s', (name) => {
  const original = fixtureHtml(name);
  const truth = fixtureTruth(name);
  const values = truthValues(truth).filter((value) => !OWN_WORDS.has(value));
  const saved = anonymisePage(parse(original), truth.page_url);
  if (!saved.ok) throw new Error(saved.error);

  it('holds none of the names, ids and vanity names of its truth file', () => {
    // The check itself finds each of them in the original.
    expect(leaksIn(original, values).length).toBeGreaterThanOrEqual(new Set(values).size);
    expect(leaksIn(saved.html, values)).toEqual([]);
    expect(leaksIn(saved.url, values)).toEqual([]);
  });

  // Each control where what it leaves as it was holds something of the truth file's.
  const controls = Object.entries(CONTROLS).filter(([, pattern]) => {
    const kept = [...original.matchAll(pattern)].map((match) => match[2] ?? '').join('\n');
    return leaksIn(kept, values).length > 0;
  });
  it.each(controls)('is caught when an anonymiser %s (control)', (_what, pattern) => {
    expect(leaksIn(restored(pattern, saved.html, original), values)).not.toEqual([]);
  });

  it('reads as the same number of people of the same kinds', () => {
    expect(peopleByKind(saved.html, saved.url, name)).toEqual(peopleByKind(original, truth.page_url, name));
  });
});

describe('anonymisePage on a small page', () => {
  const commentNode = btoa('comment:1234567890123_987654321');
  const page = `<!DOCTYPE html><html><head><title>Les Amis | Facebook</title>
    <script>window.viewer = {"NAME":"Zoé Marchand"};</script>
    <script type="application/json" data-content-len="10">{"__typename":"User","id":"100012345678901","name":"Zo\\u00e9 Marchand","url":"https:\\/\\/www.facebook.com\\/zoe.marchand","creation_time":1767225600,"message":{"text":"Secret plans for Sunday"}}</script>
    </head><body><div role="feed"><div>
      <h2><a href="https://www.facebook.com/groups/1122334455/user/100012345678901/?__cft__[0]=AZXqq9Tok&amp;__tn__=-R">Zoé Marchand</a></h2>
      <a href="https://www.facebook.com/zoe.marchand" aria-label="Zoé Marchand, view story"><svg aria-label="Zoé Marchand, view story"></svg></a>
      <div data-ad-rendering-role="story_message"><div dir="auto">Secret plans for Sunday</div></div>
      <a href="/groups/1122334455/posts/pfbid02AbCdEfGhIjKlMnOp/?comment_id=${commentNode}">1h</a>
      <img src="https://scontent-cdg4-1.xx.fbcdn.net/v/t39.30808-6/photo.jpg?oh=abc&amp;oe=123" alt="Photo by Zoé Marchand">
      <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fmy-blog.example.com%2Fpost&amp;h=AT0xyz">my blog</a>
      <span>Write to zoe@mail.example.com</span>
      <a href="https://www.facebook.com/search?q=Zo%C3%A9%20Marchand">Like</a>
    </div></div></body></html>`;
  const result = anonymisePage(parse(page), 'https://www.facebook.com/groups/1122334455/', { seed: 42 });
  if (!result.ok) throw new Error(result.error);
  const html = result.html;

  it('replaces a name in text, labels, page data and addresses, the same way everywhere', () => {
    for (const form of ['Zoé Marchand', 'Zo\\u00e9 Marchand', 'Zo%C3%A9%20Marchand', 'zoe.marchand', 'Zoé'])
      expect(html).not.toContain(form);
    const fake = /<h2><a [^>]*>([^<]+)<\/a>/.exec(html)?.[1] ?? '';
    expect(fake).toMatch(/^\p{L}+ \p{L}+$/u);
    expect(html).toContain(`aria-label="${fake}, view story"`);
    expect(html).toContain(`"name":"${fake}"`);
  });

  it('replaces ids with ids of the same length, also inside base64 node ids, and keeps epoch times', () => {
    expect(html).not.toMatch(/100012345678901|1122334455|1234567890123|987654321/);
    const userId = /\/user\/(\d+)\//.exec(html)?.[1] ?? '';
    expect(userId).toMatch(/^100\d{12}$/);
    expect(html).toContain(`"id":"${userId}"`);
    const node = /comment_id=([A-Za-z0-9+/=]+)/.exec(html)?.[1] ?? '';
    expect(atob(node)).toMatch(/^comment:\d{13}_\d{9}$/);
    expect(html).toContain('"creation_time":1767225600');
  });

  it('replaces what people wrote, tokens, media, outside links and e-mail addresses', () => {
    expect(html).not.toMatch(/Secret plans|AZXqq9Tok|pfbid02AbCdEfGhIjKlMnOp|AT0xyz|my-blog|zoe@mail/);
    expect(html).toMatch(/__cft__\[0\]=[A-Za-z0-9]{9}&amp;__tn__=-R/);
    expect(html).toMatch(/pfbid0[A-Za-z0-9]{15}/);
    expect(html).toContain('src="https://scontent.invalid/v/');
    expect(html).toContain('u=https%3A%2F%2Fexample.org%2Fl%2F');
    expect(html).toContain('contact@example.org');
  });

  it('empties scripts other than page data, and states the page data length again', () => {
    expect(html).toContain('<script></script>');
    const data = /<script type="application\/json" data-content-len="(\d+)">([^<]*)<\/script>/.exec(html);
    expect(Number(data?.[1])).toBe(data?.[2]?.length);
    expect(() => JSON.parse(data?.[2] ?? '')).not.toThrow();
  });

  it('keeps tags, roles, attribute names, Facebook labels and link shapes', () => {
    expect(html).toContain('<div role="feed">');
    expect(html).toContain('data-ad-rendering-role="story_message"');
    expect(html).toMatch(/href="\/groups\/\d{10}\/posts\/pfbid0\w+\/\?comment_id=/);
    expect(html).toContain('>1h</a>');
    expect(html).toContain('>Like</a>');
    expect(result.url).toMatch(/^https:\/\/www\.facebook\.com\/groups\/\d{10}\/$/);
  });

  it('returns an error instead of throwing on a page it cannot walk', () => {
    const broken = new Proxy(parse(page), {
      get: (target, key) =>
        key === 'querySelectorAll'
          ? () => {
              throw new TypeError('a page that cannot be searched');
            }
          : Reflect.get(target, key),
    });
    expect(anonymisePage(broken, 'https://www.facebook.com/groups/1/')).toMatchObject({ ok: false });
  });
});
