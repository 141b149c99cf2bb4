/**
 * Join dates as Tend knows them: an interval (`joinedAfter` ≤ join ≤ `joinedBefore`) read from a members page,
 * from exact (approval time) to vague ("Joined about a year ago").
 */
/** What any member row says of a join (storage's rows carry these fields, ISO times). */
export interface JoinFacts {
  joinedAfter?: string;
  joinedBefore?: string;
}

export interface JoinInterval {
  earliest: Date;
  latest: Date;
}

/** Wider than a day: the date shown to the admin is approximate. */
const APPROXIMATE_WIDTH_MS = 24 * 60 * 60 * 1000;

/**
 * Both bounds are needed: with one bound only, no step can be placed honestly, so the member gets no
 * join-relative step at all. A reversed interval (contradictory readings) is treated as unknown too.
 */
export function joinInterval(member: JoinFacts): JoinInterval | undefined {
  if (!member.joinedAfter || !member.joinedBefore) return undefined;
  const earliest = new Date(member.joinedAfter);
  const latest = new Date(member.joinedBefore);
  if (Number.isNaN(+earliest) || Number.isNaN(+latest) || +earliest > +latest) return undefined;
  return { earliest, latest };
}

export function joinMiddle(interval: JoinInterval): Date {
  return new Date(+interval.earliest + (+interval.latest - +interval.earliest) / 2);
}

export function isApproximate(interval: JoinInterval): boolean {
  return +interval.latest - +interval.earliest > APPROXIMATE_WIDTH_MS;
}

/**
 * The last moment the join can have happened. Bounds are read as half-open when the interval has a width
 * ("on 3 May" = [3 May 00:00, 4 May 00:00)), so a day-precise join does not spill into the next day.
 */
export function latestJoinMoment(interval: JoinInterval): Date {
  return +interval.latest > +interval.earliest ? new Date(+interval.latest - 1) : interval.latest;
}
