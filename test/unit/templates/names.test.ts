import { describe, expect, it } from 'vitest';
import { firstNameOf, initialOf } from '@/utils/templates/names';
import { joinedAgoText, placeholderValuesFor } from '@/utils/templates/values';

describe('firstNameOf', () => {
  it.each([
    ['Jean-Pierre Martin', 'Jean-Pierre'],
    ['Marie-Ève Tremblay', 'Marie-Ève'],
    ['  Élodie   Roux ', 'Élodie'],
    ['🌻 Amélie Dubois 🌻', 'Amélie'],
    ['🌻Amélie', 'Amélie'],
    ['“Chloé” Petit', 'Chloé'],
    ["D'Arcy O'Neil", "D'Arcy"],
    ['JEAN-PIERRE MARTIN', 'Jean-Pierre'],
    ['ÉLODIE ROUX', 'Élodie'],
    ['DeShawn Lee', 'DeShawn'],
    ['Zoe\u0301 Blanc', 'Zoé'],
    ['李 小龙', undefined],
    ['J. Martin', undefined],
    ['🌻🌻', undefined],
    ['', undefined],
  ])('%j → %j', (displayName, expected) => {
    expect(firstNameOf(displayName)).toBe(expected);
  });
});

describe('initialOf', () => {
  it('folds accents and case so names group under one letter', () => {
    expect(initialOf('Élodie')).toBe('E');
    expect(initialOf('émile')).toBe('E');
    expect(initialOf('🌻 Zoé')).toBe('Z');
    expect(initialOf(undefined)).toBe('#');
  });
});

describe('placeholder values', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it('says how long ago someone joined, "about" when the date is approximate', () => {
    const exact = { joinedAfter: '2026-09-20T10:00:00Z', joinedBefore: '2026-09-20T10:00:00Z' };
    expect(joinedAgoText(exact, now, 'en')).toBe('2 months');
    expect(joinedAgoText(exact, now, 'fr')).toBe('2 mois');
    const vague = { joinedAfter: '2026-09-01T00:00:00Z', joinedBefore: '2026-10-01T00:00:00Z' };
    expect(joinedAgoText(vague, now, 'fr')).toBe('environ 2 mois');
    expect(joinedAgoText({}, now, 'en')).toBeUndefined();
  });

  it('fills only what is known', () => {
    expect(
      placeholderValuesFor({
        member: { name: '🌻 Jean-Pierre Martin' },
        groupName: 'Potagers',
        now,
        lang: 'fr',
      }),
    ).toEqual({ name: '🌻 Jean-Pierre Martin', firstName: 'Jean-Pierre', group: 'Potagers' });
  });
});
