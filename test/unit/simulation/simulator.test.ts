/** The simulator itself: deterministic, shaped like a real group, and worded as Facebook words times. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJoinLine, readTimePhrase } from '@/utils/facebook';
import { SubmitSightings } from '@/storage/messages';
import { BrowsingLine, type TruthLine } from '../../simulator/lines';
import { simulate, type SimulationOptions } from '../../simulator/simulate';
import { commentTimeLabel, joinLine, postTimeLabel } from '../../simulator/wording';

const DAY_MS = 24 * 60 * 60 * 1000;

function run(options: SimulationOptions) {
  const truth: TruthLine[] = [];
  const browsing: BrowsingLine[] = [];
  simulate(options, { truth: (line) => truth.push(line), browsing: (line) => browsing.push(line) });
  return { truth, browsing };
}

const small: SimulationOptions = { members: 200, days: 60, seed: 'shape', browsing: 'daily' };

describe('simulate', () => {
  it('gives the same files for the same seed, other files for another', () => {
    const once = JSON.stringify(run(small));
    expect(JSON.stringify(run(small))).toBe(once);
    expect(JSON.stringify(run({ ...small, seed: 'other' }))).not.toBe(once);
  });

  it('writes browsing lines that are page readings the content script could send', () => {
    const { browsing } = run({ ...small, browsing: 'sporadic' });
    expect(new Set(browsing.map((line) => line.page.kind))).toEqual(
      new Set(['group-feed', 'group-post', 'group-members']),
    );
    for (const line of browsing) {
      BrowsingLine.parse(line);
      if (line.sightings.length === 0) continue;
      SubmitSightings.parse({
        type: 'submitSightings',
        url: line.url,
        groupId: line.page.groupId,
        pageKind: line.page.kind,
        readAt: line.readAt,
        sightings: line.sightings,
      });
    }
  });

  it('reads nothing during the holiday, and only weekends with the weekends pattern', () => {
    const { browsing } = run({
      ...small,
      browsing: 'weekends',
      holiday: { from: '2026-01-19', to: '2026-02-01' },
      timeZone: 'UTC',
    });
    const inHoliday = browsing.filter((line) => line.readAt >= '2026-01-19' && line.readAt < '2026-02-02');
    expect(inHoliday).toEqual([]);
    const weekdays = browsing.filter((line) => ![0, 6].includes(new Date(line.readAt).getUTCDay()));
    expect(weekdays.length).toBeLessThan(browsing.length * 0.25);
    expect(browsing.length).toBeGreaterThan(10);
  });

  it('has most members never post, a few post a lot, and some stop', () => {
    const { truth } = run({ ...small, members: 2_000, days: 120 });
    const joins = truth.filter((line) => line.type === 'join');
    const counts = new Map<string, number>();
    for (const line of truth) {
      if (line.type === 'post' || line.type === 'comment')
        counts.set(line.memberId, (counts.get(line.memberId) ?? 0) + 1);
    }
    expect(counts.size / joins.length).toBeLessThan(0.5);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const total = sorted.reduce((sum, n) => sum + n, 0);
    const topTenth = sorted.slice(0, Math.ceil(sorted.length / 10)).reduce((sum, n) => sum + n, 0);
    expect(topTenth / total).toBeGreaterThan(0.5);
    expect(truth.some((line) => line.type === 'stopped')).toBe(true);
    // Stopped members never act after their stop.
    const stops = new Map(
      truth.flatMap((line) => (line.type === 'stopped' ? [[line.memberId, line.at]] : [])),
    );
    const late = truth.filter(
      (line) =>
        (line.type === 'post' || line.type === 'comment') &&
        stops.has(line.memberId) &&
        line.at >= stops.get(line.memberId)!,
    );
    expect(late).toEqual([]);
  });

  it('shows under each post read how many comments it has by then, and no count without comments', () => {
    const { truth, browsing } = run(small);
    const commentTimes = new Map<string, string[]>();
    for (const line of truth) {
      if (line.type === 'comment')
        commentTimes.set(line.postId, [...(commentTimes.get(line.postId) ?? []), line.at]);
    }
    let counted = 0;
    for (const line of browsing) {
      for (const sighting of line.sightings) {
        if (sighting.kind !== 'post') continue;
        const byThen = (commentTimes.get(sighting.itemId!) ?? []).filter((at) => at <= line.readAt).length;
        expect(sighting.shownComments).toBe(byThen > 0 ? byThen : undefined);
        if (byThen > 0) counted += 1;
      }
    }
    expect(counted).toBeGreaterThan(50);
  });
});

/** True when the reader's interval holds `truth`. */
function holds(interval: { after: Date; before: Date; at: Date } | null, truth: number): boolean {
  return interval !== null && +interval.after <= truth && truth <= +interval.before;
}

describe('wording', () => {
  const zones = fc.constantFrom('Europe/Paris', 'UTC', 'America/New_York', 'Asia/Ho_Chi_Minh');
  const now = fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true });
  const age = fc.integer({ min: 0, max: 800 * DAY_MS });

  it('reads back every post and comment label to an interval (or minute) holding the true time', () => {
    fc.assert(
      fc.property(now, age, zones, (at, ageMs, timeZone) => {
        const truth = +at - ageMs;
        for (const label of [
          postTimeLabel(new Date(truth), at, timeZone),
          commentTimeLabel(new Date(truth), at, timeZone),
        ]) {
          const interval = readTimePhrase(label, { now: at, timeZone });
          // A clock time names its minute: the true time is within that minute.
          const inMinute =
            interval?.precision === 'minute' && +interval.at <= truth && truth < +interval.at + 60_000;
          if (!holds(interval, truth) && !inMinute) return false;
        }
        return true;
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads back every join line to an interval holding the true join', () => {
    fc.assert(
      fc.property(now, age, zones, (at, ageMs, timeZone) => {
        const truth = +at - ageMs;
        const reading = readJoinLine(joinLine(new Date(truth), at, timeZone), { now: at, timeZone });
        return (
          reading.joinedAfter !== undefined &&
          Date.parse(reading.joinedAfter) <= truth &&
          truth <= Date.parse(reading.joinedBefore!)
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it('control: a join line rounded up instead of down is caught', () => {
    const at = new Date('2026-03-10T12:00:00Z');
    const truth = +at - 13.5 * 60 * 60 * 1000;
    const roundedUp = readJoinLine('Joined 14 hours ago', { now: at, timeZone: 'UTC' });
    expect(Date.parse(roundedUp.joinedBefore!)).toBeLessThan(truth);
    const ours = readJoinLine(joinLine(new Date(truth), at, 'UTC'), { now: at, timeZone: 'UTC' });
    expect(ours.rawJoin).toBe('Joined 13 hours ago');
    expect(Date.parse(ours.joinedBefore!)).toBeGreaterThanOrEqual(truth);
  });
});
