/** The coverage arithmetic: what feed readings covered, day by day, and watched days of silence. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  addSpan,
  buildTimeline,
  dayOf,
  dayStart,
  readingSpan,
  silenceCutoff,
  splitByDay,
  watchedDaysSince,
  windowCoverage,
  type WatchDay,
} from '@/utils/activity/coverage';

const start = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

describe('spans', () => {
  it('merge what overlaps or touches and keep the rest apart, in order', () => {
    expect(addSpan([], 5, 10)).toEqual([5, 10]);
    expect(addSpan([5, 10, 20, 30], 8, 22)).toEqual([5, 30]);
    expect(addSpan([5, 10], 10, 12)).toEqual([5, 12]);
    expect(addSpan([20, 30], 1, 2)).toEqual([1, 2, 20, 30]);
  });

  it('are cut at day boundaries', () => {
    expect(splitByDay(start - 2 * HOUR, start + 3 * HOUR)).toEqual([
      { day: '2025-12-31', from: start - 2 * HOUR, to: start },
      { day: '2026-01-01', from: start, to: start + 3 * HOUR },
    ]);
  });

  it('a reading reaches back to its oldest dated post, never past the time it was read', () => {
    expect(readingSpan(start, [start - HOUR, start - 5 * HOUR, start + HOUR])).toEqual([
      start - 5 * HOUR,
      start,
    ]);
    expect(readingSpan(start, [])).toEqual([start, start]);
  });
});

const fullDay = (offset: number, items = 10): WatchDay => {
  const dayStart = start + offset * DAY_MS;
  return { day: dayOf(dayStart), spans: [dayStart, dayStart + DAY_MS], items };
};

describe('timeline', () => {
  it('counts whole watched days after the silence began, and nothing for days not watched', () => {
    const timeline = buildTimeline([fullDay(0), fullDay(1), fullDay(5)], start + 6 * DAY_MS);
    expect(watchedDaysSince(timeline, start + HOUR)).toBeCloseTo(2);
    expect(watchedDaysSince(timeline, start - DAY_MS)).toBeCloseTo(3);
    expect(windowCoverage(timeline, 7)).toMatchObject({ daysRead: 3 });
  });

  it('lowers a day read with far fewer posts than usual', () => {
    const days = [...Array.from({ length: 20 }, (_, index) => fullDay(index)), fullDay(40, 1)];
    const timeline = buildTimeline(days, start + 41 * DAY_MS);
    expect(timeline.usualPerDay).toBeGreaterThan(9);
    expect(timeline.seen[40]).toBeLessThan(0.2);
    expect(timeline.seen[10]).toBeCloseTo(1);
  });

  it('the silence cutoff agrees with watched days of silence for every start', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 24 })), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: -5, max: 62 }),
        (readings, threshold, sinceDay) => {
          const byDay = new Map<string, WatchDay>();
          for (const [offset, hours] of readings) {
            const dayStart = start + offset * DAY_MS;
            const row = byDay.get(dayOf(dayStart)) ?? { day: dayOf(dayStart), spans: [], items: 0 };
            byDay.set(row.day, {
              ...row,
              spans: addSpan(row.spans, dayStart, dayStart + hours * HOUR),
              items: row.items + hours,
            });
          }
          const timeline = buildTimeline([...byDay.values()], start + 62 * DAY_MS);
          const since = start + sinceDay * DAY_MS + 7 * HOUR;
          const cutoff = silenceCutoff(timeline, threshold);
          const silent = watchedDaysSince(timeline, since);
          if (cutoff === null) expect(silent).toBeLessThan(threshold);
          else expect(since < cutoff).toBe(silent >= threshold);
        },
      ),
    );
  });
});

describe('the day of a moment', () => {
  it('watched days of silence are those of the day read off the date text, at any moment', () => {
    const days = Array.from({ length: 30 }, (_, index) => fullDay(index * 2, 5 + (index % 4)));
    const timeline = buildTimeline(days, start + 60 * DAY_MS);
    const byText = (since: number, share: number) => {
      const next = Math.max(0, (dayStart(dayOf(since)) - dayStart(timeline.firstDay!)) / DAY_MS + 1);
      if (next >= timeline.suffix.length) return 0;
      return share * timeline.suffix[next]! + (1 - share) * timeline.commentSuffix[next]!;
    };
    // Around each day's first moment (a millisecond before and after, fractions of one), and anywhere.
    const boundary = fc
      .tuple(fc.integer({ min: -70, max: 70 }), fc.constantFrom(-1, -0.5, 0, 0.5, 1))
      .map(([day, offset]) => start + day * DAY_MS + offset);
    const anywhere = fc.integer({ min: start - 100 * DAY_MS, max: start + 100 * DAY_MS });
    fc.assert(
      fc.property(fc.oneof(boundary, anywhere), fc.constantFrom(0, 0.3, 1), (since, share) => {
        expect(watchedDaysSince(timeline, since, share)).toBe(byText(since, share));
      }),
      { numRuns: 2_000 },
    );
    expect(() => watchedDaysSince(timeline, NaN)).toThrow(RangeError);
  });
});

describe('comments seen', () => {
  const start = Date.UTC(2026, 2, 1);
  const day = (index: number, extra: Partial<WatchDay> = {}): WatchDay => {
    const from = start + index * DAY_MS;
    return { day: dayOf(from), spans: [from, from + DAY_MS], items: 10, posts: 10, comments: 30, ...extra };
  };

  it('a comment writer gains no silence on a day Tend did not watch, even when it read comments of that day', () => {
    const unwatched: WatchDay = { day: dayOf(start + 3 * DAY_MS), spans: [], items: 0, comments: 40 };
    const timeline = buildTimeline(
      [day(0, { threads: 2, threadComments: 6 }), day(1), day(2), unwatched, day(4), day(5)],
      start + 5 * DAY_MS + HOUR,
    );
    expect(timeline.commentSeen[3]).toBe(0);
    // Posts and comments read as the opened posts show them: every watched day counts in full, for either kind.
    // Days 1, 2, 4 and the first hour of day 5.
    expect(watchedDaysSince(timeline, start + HOUR, 0)).toBeCloseTo(3 + 1 / 24, 5);
    expect(watchedDaysSince(timeline, start + HOUR, 1)).toBeCloseTo(3 + 1 / 24, 5);
  });

  it('days whose comments were mostly not read count less for comment writers only', () => {
    const days = [0, 1, 2, 3, 4, 5, 6, 7].map((index) =>
      day(index, { threads: 1, threadComments: 3, comments: index < 4 ? 30 : 3 }),
    );
    const timeline = buildTimeline(days, start + 7 * DAY_MS + 23 * HOUR);
    expect(watchedDaysSince(timeline, start + 4 * DAY_MS, 1)).toBeCloseTo(3, 1);
    expect(watchedDaysSince(timeline, start + 4 * DAY_MS, 0)).toBeLessThan(1.5);
  });
});
