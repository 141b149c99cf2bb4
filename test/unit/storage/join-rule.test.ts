/**
 * One join rule for storage and the onboarding schedule (utils/onboarding/join.ts): the indexed middle of a join
 * interval is the schedule's middle, a contradictory (reversed) interval is unknown to both, and a cohort mark is
 * due from the last moment of a half-open interval.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveMember } from '@/storage/derived';
import type { MemberFacts } from '@/storage/schema';
import { cohortMarksDue } from '@/storage/queries';
import { joinInterval, joinMiddle } from '@/utils/onboarding/join';
import { GROUP, freshDb } from './helpers';

const member = (joinedAfter: string, joinedBefore: string): MemberFacts => ({
  groupId: GROUP,
  memberId: '100',
  name: 'Camille Roux',
  previousNames: [],
  isPage: false,
  firstSeenAt: '2026-01-01T00:00:00.000Z',
  lastSeenAt: '2026-01-01T00:00:00.000Z',
  lastSeenKind: 'member',
  postCount: 0,
  commentCount: 0,
  badges: [],
  joinedAfter,
  joinedBefore,
});

describe('the join rule', () => {
  it('the indexed middle is the schedule’s middle, for any interval', () => {
    const time = fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2030, 0, 1) });
    fc.assert(
      fc.property(time, time, (a, b) => {
        const facts = member(new Date(a).toISOString(), new Date(b).toISOString());
        const interval = joinInterval(facts);
        expect(deriveMember(facts).joinMiddle).toBe(interval && joinMiddle(interval).toISOString());
      }),
    );
  });

  it('a reversed interval has no middle: it counts as no joiner of any week', () => {
    expect(
      deriveMember(member('2026-05-04T00:00:00.000Z', '2026-05-03T00:00:00.000Z')).joinMiddle,
    ).toBeUndefined();
  });

  it('a cohort mark is due from the last moment of the join day, not the next day', async () => {
    const db = await freshDb('join-rule');
    const joined = member('2025-05-03T00:00:00.000Z', '2025-05-04T00:00:00.000Z');
    await db.members.put(deriveMember(joined));
    const due = await cohortMarksDue(
      db,
      GROUP,
      { years: 1 },
      { from: new Date('2026-05-03T00:00:00.000Z'), to: new Date('2026-05-04T00:00:00.000Z') },
      'UTC',
    );
    expect(due.map((mark) => mark.dueAt)).toEqual(['2026-05-03T23:59:59.999Z']);
    await db.delete();
  });
});
