/** The odds of a silence against the observing Tend did (utils/activity/expectation.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sightingOdds } from '@/utils/activity/expectation';

const none = { posts: 0, comments: 0 };

describe('the chance Tend missed a member who kept their pace', () => {
  it('is the chance that all k sightings fell before the silence: (1 - silent / followed)^k', () => {
    const odds = sightingOdds(
      { posts: 4, comments: 0 },
      { posts: 60, comments: 60 },
      { posts: 30, comments: 30 },
    );
    expect(odds.missChance).toBeCloseTo(0.5 ** 4, 10);
    expect(odds.expected).toBeCloseTo(2, 10);
  });

  it('multiplies over posts and comments, each against its own effort', () => {
    const odds = sightingOdds(
      { posts: 2, comments: 3 },
      { posts: 40, comments: 20 },
      { posts: 20, comments: 5 },
    );
    expect(odds.missChance).toBeCloseTo(0.5 ** 2 * 0.75 ** 3, 10);
    expect(odds.expected).toBeCloseTo(1 + 0.75, 10);
  });

  it('is certain when Tend spent no effort in the silence, or saw nothing of that kind', () => {
    expect(
      sightingOdds({ posts: 0, comments: 9 }, { posts: 50, comments: 50 }, { posts: 30, comments: 0 }),
    ).toEqual({ expected: 0, missChance: 1 });
    expect(sightingOdds(none, { posts: 50, comments: 50 }, { posts: 30, comments: 30 }).missChance).toBe(1);
    expect(sightingOdds({ posts: 5, comments: 5 }, none, none).missChance).toBe(1);
  });

  it('only falls as the silence grows or more was seen, and stays within 0..1', () => {
    const effort = fc.double({ min: 0, max: 400, noNaN: true });
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), effort, effort, effort, (posts, comments, followed, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const odds = (silent: number, seen = { posts, comments }) =>
          sightingOdds(seen, { posts: followed, comments: followed }, { posts: silent, comments: silent })
            .missChance;
        expect(odds(long)).toBeLessThanOrEqual(odds(short) + 1e-12);
        expect(odds(short, { posts: posts + 1, comments })).toBeLessThanOrEqual(odds(short) + 1e-12);
        expect(odds(long)).toBeGreaterThanOrEqual(0);
        expect(odds(short)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
