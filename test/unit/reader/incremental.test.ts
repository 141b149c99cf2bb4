/** The content script's incremental reader: batches of added nodes give the same log as one whole read. */
import { describe, expect, it } from 'vitest';
import { createPageReader, readPage } from '@/utils/facebook';
import { selectAll } from '@/utils/facebook/selectors';
import { clockFor, fixtureTruth, linkedomDocument } from './fixtures';

function replayInBatches(
  name: string,
  selectorName: 'memberRow' | 'article' | 'mobileStory',
  batchSize: number,
) {
  const truth = fixtureTruth(name);
  const whole = readPage(linkedomDocument(name), truth.page_url, clockFor(name));
  const document = linkedomDocument(name);
  // Take the containers out, as if Facebook had not rendered them yet, then put them back in batches.
  const containers = selectAll(document, selectorName).filter(
    (element) => selectorName !== 'article' || !element.parentElement?.closest('[role="article"]'),
  );
  const places = containers.map((element) => ({
    element,
    parent: element.parentNode!,
    next: element.nextSibling,
  }));
  for (const { element } of places) element.remove();
  const reader = createPageReader(truth.page_url, {
    now: () => clockFor(name).now,
    timeZone: clockFor(name).timeZone,
  });
  const first = reader.readAll(document);
  const emitted = [...first.sightings];
  for (let start = places.length - 1; start >= 0; start -= batchSize) {
    const batch = places.slice(Math.max(0, start - batchSize + 1), start + 1);
    for (const { element, parent, next } of batch.reverse()) parent.insertBefore(element, next);
    emitted.push(...reader.readAdded(batch.map((place) => place.element)).sightings);
  }
  return { whole, reader, emitted, containers };
}

describe('createPageReader', () => {
  it('reads members rows added in batches exactly like one whole read', () => {
    const { whole, reader } = replayInBatches('www_comet_group_members_2024-08', 'memberRow', 20);
    expect(new Set(reader.sightings().map((s) => s.memberId))).toEqual(
      new Set(whole.sightings.map((s) => s.memberId)),
    );
    expect(reader.sightings()).toHaveLength(whole.sightings.length);
    expect(reader.health()).toEqual(whole.health);
  });

  it('reads m. stories added in batches exactly like one whole read, and sends each one once', () => {
    const { whole, reader, emitted } = replayInBatches('m_group_feed_2021-06', 'mobileStory', 4);
    expect(reader.sightings().sort((a, b) => a.itemId!.localeCompare(b.itemId!))).toEqual(
      [...whole.sightings].sort((a, b) => a.itemId!.localeCompare(b.itemId!)),
    );
    expect(emitted).toHaveLength(whole.sightings.length);
  });

  it('returns nothing for nodes already read, and re-reads a container whose content changed', () => {
    const name = 'www_comet_group_feed_synthetic';
    const truth = fixtureTruth(name);
    const document = linkedomDocument(name);
    const reader = createPageReader(truth.page_url, { now: clockFor(name).now });
    expect(reader.readAll(document).sightings).toHaveLength(3);
    expect(reader.readAll(document).sightings).toEqual([]);
    const articles = selectAll(document, 'article');
    expect(reader.readAdded(articles).sightings).toEqual([]);
    // A post whose author link is not rendered yet is unreadable until it is.
    const fresh = articles[0]!.cloneNode(true) as Element;
    const links = Array.from(fresh.querySelectorAll('a[href*="/posts/"]'));
    for (const link of links)
      link.setAttribute('href', link.getAttribute('href')!.replace('696444632441581', '696444632449999'));
    const profileName = fresh.querySelector('[data-ad-rendering-role="profile_name"]')!;
    profileName.removeAttribute('data-ad-rendering-role');
    articles[0]!.after(fresh);
    expect(reader.readAdded([fresh]).sightings).toEqual([]);
    expect(reader.health().read).toBeLessThan(reader.health().expected);
    profileName.setAttribute('data-ad-rendering-role', 'profile_name');
    const later = reader.readAdded([profileName]).sightings;
    expect(later.map((s) => s.itemId)).toEqual(['696444632449999']);
    expect(reader.health()).toMatchObject({ expected: 4, read: 4 });
  });

  it('finds articles that are no longer divs, in a whole read and in added nodes', () => {
    // The fast search looks for div articles; a page whose articles moved to another tag must read the same.
    const name = 'www_comet_group_post_comments_synthetic';
    const truth = fixtureTruth(name);
    const whole = readPage(linkedomDocument(name), truth.page_url, clockFor(name));
    expect(whole.sightings.length).toBeGreaterThan(1);
    const document = linkedomDocument(name);
    for (const article of selectAll(document, 'article')) {
      const section = document.createElement('section');
      for (const { name: attribute, value } of Array.from(article.attributes))
        section.setAttribute(attribute, value);
      section.append(...Array.from(article.childNodes));
      article.replaceWith(section);
    }
    expect(selectAll(document, 'article')).toHaveLength(0);
    expect(readPage(document, truth.page_url, clockFor(name))).toEqual(whole);

    // Incremental: the page is read while empty, then the (section) articles arrive.
    const outermost = selectAll(document, 'anyArticle').filter(
      (element) => !element.parentElement?.closest('[role="article"]'),
    );
    const places = outermost.map((element) => ({
      element,
      parent: element.parentNode!,
      next: element.nextSibling,
    }));
    for (const { element } of places) element.remove();
    const reader = createPageReader(truth.page_url, clockFor(name));
    expect(reader.readAll(document).sightings).toEqual([]);
    for (const { element, parent, next } of places.reverse()) parent.insertBefore(element, next);
    reader.readAdded(outermost);
    expect(new Set(reader.sightings().map((s) => `${s.kind}|${s.memberId}|${s.itemId}`))).toEqual(
      new Set(whole.sightings.map((s) => `${s.kind}|${s.memberId}|${s.itemId}`)),
    );
  });
});

describe('createPageReader on the 2026 feed (posts without role=article)', () => {
  const name = 'www_comet_group_feed_2026-01';
  const truth = fixtureTruth(name);

  it('reads feed items added after the first read exactly like one whole read', () => {
    const whole = readPage(linkedomDocument(name), truth.page_url, clockFor(name));
    const document = linkedomDocument(name);
    const feed = document.querySelector('[role="feed"]')!;
    const items = [...feed.children];
    for (const item of items) item.remove();
    const reader = createPageReader(truth.page_url, clockFor(name));
    const emitted = [...reader.readAll(document).sightings];
    expect(emitted).toEqual([]);
    for (const item of items) {
      feed.append(item);
      emitted.push(...reader.readAdded([item]).sightings);
    }
    expect(emitted).toEqual(whole.sightings);
    expect(reader.health()).toEqual(whole.health);
  });

  it('reads a post again when something inside it is added later (its author name filled in)', () => {
    const document = linkedomDocument(name);
    const nameLink = document.querySelector('[data-ad-rendering-role="profile_name"] a')!;
    const shown = nameLink.textContent!;
    nameLink.replaceChildren();
    const reader = createPageReader(truth.page_url, clockFor(name));
    expect(reader.readAll(document).sightings).toEqual([]);
    expect(reader.health()).toMatchObject({ expected: 1, read: 0 });
    const span = document.createElement('span');
    span.textContent = shown;
    nameLink.append(span);
    expect(reader.readAdded([span]).sightings.map((s) => s.memberId)).toEqual(['100809362613516']);
    expect(reader.health()).toMatchObject({ status: 'ok', expected: 1, read: 1, seen: 1 });
  });
});
