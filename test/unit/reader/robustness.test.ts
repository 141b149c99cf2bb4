/**
 * Markup churn: renamed classes and generated ids change nothing; random DOM mutations never throw and never
 * produce an id that is not in the page. Also: the linkedom DOM (read-page command) reads exactly as happy-dom.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageReading } from '@/storage/schema';
import { readPage } from '@/utils/facebook';
import { FIXTURE_NAMES, clockFor, fixtureTruth, happyDocument, linkedomDocument } from './fixtures';

// Every opt-in on, so the member-requests page (and its answers) is read too.
const read = (root: ParentNode, name: string) =>
  readPage(root, fixtureTruth(name).page_url, {
    ...clockFor(name),
    memberRequests: { read: true, answers: true },
  });

describe('linkedom and happy-dom', () => {
  it.each(FIXTURE_NAMES)('read %s identically', (name) => {
    expect(JSON.stringify(read(linkedomDocument(name), name))).toBe(
      JSON.stringify(read(happyDocument(name), name)),
    );
  });
});

describe('renaming every class and generated id', () => {
  it.each(FIXTURE_NAMES)('changes nothing on %s', (name) => {
    const before = read(linkedomDocument(name), name);
    const document = linkedomDocument(name);
    let counter = 0;
    for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
      counter += 1;
      if (element.hasAttribute('class')) element.setAttribute('class', `renamed-${counter}`);
      if (element.hasAttribute('id')) element.setAttribute('id', `renamed-id-${counter}`);
    }
    expect(read(document, name)).toEqual(before);
  });
});

// Small pages keep the property runs quick; together they cover comet posts, comments, rows and m. pages.
const MUTATED = [
  'www_comet_group_post_article_2025-04_a',
  'www_comet_group_post_article_2025-04_c',
  'www_comet_group_feed_synthetic',
  'm_group_permalink_with_comments_2021-06',
  'www_comet_group_member_requests_synthetic',
  'www_comet_group_members_invited_synthetic',
  'www_comet_group_member_page_synthetic',
];
const GARBAGE_ATTRIBUTES = [
  'href',
  'role',
  'aria-label',
  'aria-hidden',
  'data-ft',
  'data-store',
  'data-sigil',
  'data-ad-rendering-role',
  'dir',
];

type Mutation =
  | { op: 'remove' | 'duplicate' | 'reorder' | 'rewrap'; pick: number }
  | { op: 'attribute'; pick: number; name: string; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('remove', 'duplicate', 'reorder', 'rewrap' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('attribute' as const),
    pick: fc.nat(),
    name: fc.constantFrom(...GARBAGE_ATTRIBUTES),
    value: fc.oneof(
      fc.string(),
      fc.constantFrom(
        '/groups/1/user/2/',
        'https://www.facebook.com/profile.php?id=',
        '{"token":"1_"}',
        'article',
        'listitem',
        'profile_name',
        '?comment_id=x',
      ),
    ),
  }),
);

function mutate(document: Document, change: Mutation): void {
  const elements = Array.from(document.querySelectorAll('body *'));
  const target = elements[change.pick % Math.max(elements.length, 1)];
  if (!target?.parentNode) return;
  switch (change.op) {
    case 'remove':
      target.remove();
      break;
    case 'duplicate':
      target.after(target.cloneNode(true));
      break;
    case 'reorder':
      if (target.previousElementSibling) target.previousElementSibling.before(target);
      break;
    case 'rewrap': {
      const wrapper = document.createElement('div');
      target.before(wrapper);
      wrapper.append(target);
      break;
    }
    case 'attribute':
      target.setAttribute(change.name, change.value);
      break;
  }
}

describe('random DOM mutations', () => {
  it.each(MUTATED)(
    'never throw and never invent an id on %s',
    (name) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (changes) => {
          const document = linkedomDocument(name);
          for (const change of changes) mutate(document, change);
          const reading = read(document, name);
          expect(PageReading.safeParse(reading).success).toBe(true);
          const page = String(document); // linkedom serialises the whole document
          for (const sighting of reading.sightings) {
            expect(page).toContain(sighting.memberId);
            // A post whose id the page shows nowhere gets a key of its own (post-key.ts), not an id.
            if (sighting.itemId?.startsWith('nid:')) expect(sighting.kind).toBe('post');
            else if (sighting.itemId) expect(page).toContain(sighting.itemId);
            if (sighting.invitedBy?.memberId) expect(page).toContain(sighting.invitedBy.memberId);
          }
        }),
        { numRuns: 25 },
      );
    },
    60_000,
  );
});
