import { describe, expect, it } from 'vitest';
import { splitEvenly, weekOf, weeklyWelcome, type ScheduleMember } from '@/utils/onboarding/schedule';

const PARIS = 'Europe/Paris';
const week = weekOf(new Date('2026-11-11T12:00:00Z'), PARIS, 1); // Monday 9 to Sunday 15 November
const joined = (memberId: string, name: string, at = '2026-11-11T10:00:00Z'): ScheduleMember => ({
  groupId: '1234567',
  memberId,
  name,
  joinedAfter: at,
  joinedBefore: at,
});

/** Names with a first name from a small pool and a numbered family name, so sorting can be checked. */
const FIRST_NAMES = ['Zoé', 'Élodie', 'Ana', 'Jean-Pierre', 'Marc', 'émile', 'Chloé', 'Yanis', 'Ben', 'Léa'];
const crowd = (count: number): ScheduleMember[] =>
  Array.from({ length: count }, (_, index) =>
    joined(
      String(1000 + index),
      `${FIRST_NAMES[index % FIRST_NAMES.length]} Nom${String(index).padStart(3, '0')}`,
    ),
  );

const textOf = (post: { result: { ok: boolean } & ({ text: string } | { preview: string }) }): string =>
  'text' in post.result ? post.result.text : post.result.preview;

describe('weeklyWelcome', () => {
  it('builds one post with greeting, names alphabetical by first name grouped by initial, and pointers', () => {
    const members = [
      joined('1', 'Zoé Blanc'),
      joined('2', 'Émile Durand'),
      joined('3', 'Ana Lima'),
      joined('4', '🌻 Amélie Dubois'),
      joined('5', 'Élodie Roux'),
      joined('6', 'Benoît Roy'),
    ];
    const result = weeklyWelcome(members, week, {
      lang: 'fr',
      register: 'tu',
      groupName: 'Jardins partagés',
      pointers: 'Pensez à lire la description du groupe 🌱',
    });
    expect(result.posts).toHaveLength(1);
    const post = result.posts[0];
    expect(post?.result.ok).toBe(true);
    expect(textOf(post!)).toBe(
      'Bonjour et bienvenue aux personnes qui ont rejoint Jardins partagés cette semaine ! 🌱\n\n' +
        '🌻 Amélie Dubois, Ana Lima\nBenoît Roy\nÉlodie Roux, Émile Durand\nZoé Blanc\n\n' +
        'C’est une joie de vous compter parmi nous, et j’ai hâte de vous lire. Quand vous aurez un moment, ' +
        'présentez-vous en commentaire : qui vous êtes, ce qui vous amène. Merci de nous avoir rejoints !\n\n' +
        'Pensez à lire la description du groupe 🌱',
    );
  });

  it('splits 250 joiners into three posts of at most 100 names, each complete, nobody lost or repeated', () => {
    const result = weeklyWelcome(crowd(250), week, {
      lang: 'en',
      maxTagsPerPost: 100,
      pointers: 'Read the guide.',
    });
    expect(result.posts.map((post) => post.joiners.length)).toEqual([84, 83, 83]);
    expect(result.posts.map((post) => [post.part, post.parts])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const everyone = result.posts.flatMap((post) => post.joiners.map((joiner) => joiner.memberId));
    expect(new Set(everyone).size).toBe(250);
    expect(everyone).toHaveLength(250);
    for (const post of result.posts) {
      expect(post.result.ok).toBe(true);
      const text = textOf(post);
      expect(text.startsWith('Hello and a warm welcome')).toBe(true);
      expect(text.endsWith('Read the guide.')).toBe(true);
      for (const joiner of post.joiners) expect(text).toContain(joiner.name);
    }
    // Alphabetical across posts: the first post starts with Ana, the last ends with Zoé.
    expect(result.posts[0]?.joiners[0]?.firstName).toBe('Ana');
    expect(result.posts[2]?.joiners.at(-1)?.firstName).toBe('Zoé');
  });

  it('respects the limit exactly: 100 names fit one post, 101 make two', () => {
    expect(weeklyWelcome(crowd(100), week, { lang: 'en' }).posts).toHaveLength(1);
    expect(weeklyWelcome(crowd(101), week, { lang: 'en' }).posts.map((post) => post.joiners.length)).toEqual([
      51, 50,
    ]);
    expect(() => weeklyWelcome(crowd(3), week, { lang: 'en', maxTagsPerPost: 0 })).toThrow(RangeError);
  });

  it('takes only this week’s joiners, places an approximate join by its middle and marks it for the admin only', () => {
    const approximate: ScheduleMember = {
      groupId: '1234567',
      memberId: '9',
      name: 'Marc Roy',
      joinedAfter: '2026-11-07T23:00:00Z',
      joinedBefore: '2026-11-13T23:00:00Z',
    };
    const members = [
      joined('1', 'Ana Lima'),
      approximate,
      joined('2', 'Next Week', '2026-11-17T10:00:00Z'),
      joined('1', 'Ana Lima'),
    ];
    const result = weeklyWelcome(members, week, { lang: 'en' });
    expect(result.joiners).toEqual([
      { memberId: '1', name: 'Ana Lima', firstName: 'Ana', approximate: false },
      { memberId: '9', name: 'Marc Roy', firstName: 'Marc', approximate: true },
    ]);
    expect(textOf(result.posts[0]!)).not.toMatch(/approx|Next Week/i);
    const previousWeek = weekOf(new Date('2026-11-04T12:00:00Z'), PARIS, 1);
    expect(weeklyWelcome([approximate], previousWeek, { lang: 'en' }).joiners).toEqual([]);
  });

  it('adds the names after a custom body that has no {names}, and refuses to complete a missing value', () => {
    const withoutNames = weeklyWelcome([joined('1', 'Ana Lima')], week, {
      lang: 'en',
      body: 'Welcome, all!',
    });
    expect(textOf(withoutNames.posts[0]!)).toBe('Welcome, all!\n\nAna Lima');
    const needsGroup = weeklyWelcome([joined('1', 'Ana Lima')], week, {
      lang: 'en',
      body: 'Welcome to {group}!\n{names}',
    });
    expect(needsGroup.posts[0]?.result).toMatchObject({ ok: false, missing: [{ name: 'group' }] });
  });

  it('makes no post for a week without joiners', () => {
    expect(weeklyWelcome([], week, { lang: 'fr' }).posts).toEqual([]);
  });
});

describe('splitEvenly', () => {
  it('uses the fewest parts and keeps them even', () => {
    expect(splitEvenly([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitEvenly([1, 2, 3, 4], 3)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(splitEvenly([], 100)).toEqual([]);
  });
});
