/**
 * The group growing quiet: posts and comments per watched day, in each of the last two weeks, well below the group's own
 * rhythm over the weeks before. Counted on the days Tend watched (utils/activity/coverage.ts): the time its feed
 * readings covered, so a week without Facebook never looks like a quiet group.
 */
import { DAY_MS, buildTimeline, dayOf, dayStart, type WatchDay } from '@/utils/activity/coverage';
import type { SignalDraft, SignalKindSettings } from './schema';

/** Less watched than this, a week or the baseline says nothing about the group's rhythm. */
const MIN_WEEK_COVERED_DAYS = 2;
const MIN_BASELINE_COVERED_DAYS = 7;
/** A group this sleepy at its usual pace (3.5 posts a week) is not "growing quiet" when a week is empty. */
const MIN_USUAL_PER_DAY = 0.5;

export interface QuietFigures {
  /** Per covered day: the last week, the week before it, and the `baselineWeeks` weeks before those. */
  lastWeekPerDay: number;
  weekBeforePerDay: number;
  usualPerDay: number;
  /** Covered days in each stretch. */
  lastWeekCovered: number;
  weekBeforeCovered: number;
  baselineCovered: number;
}

/** Posts and comments per covered day over the last week, the week before, and the weeks before those. */
export function quietFigures(
  days: readonly WatchDay[],
  now: number,
  baselineWeeks: number,
): QuietFigures | null {
  const timeline = buildTimeline(days, now);
  if (timeline.firstDay === null) return null;
  const items = new Map(days.map((day) => [day.day, day.items]));
  const first = dayStart(timeline.firstDay);
  const today = dayStart(dayOf(now));
  const sum = (fromOffset: number, toOffset: number) => {
    let covered = 0;
    let count = 0;
    for (let offset = fromOffset; offset < toOffset; offset += 1) {
      const day = today - offset * DAY_MS;
      const index = Math.round((day - first) / DAY_MS);
      if (index < 0 || index >= timeline.covered.length) continue;
      covered += timeline.covered[index]!;
      count += items.get(dayOf(day)) ?? 0;
    }
    return { covered, perDay: covered > 0 ? count / covered : 0 };
  };
  const last = sum(0, 7);
  const before = sum(7, 14);
  const baseline = sum(14, 14 + baselineWeeks * 7);
  return {
    lastWeekPerDay: last.perDay,
    weekBeforePerDay: before.perDay,
    usualPerDay: baseline.perDay,
    lastWeekCovered: last.covered,
    weekBeforeCovered: before.covered,
    baselineCovered: baseline.covered,
  };
}

/**
 * Both of the last two weeks well below the usual rhythm: one quiet week (a holiday) is no trend, and nobody is
 * told their group is fading over one week.
 */
function isQuiet(figures: QuietFigures, belowShare: number): boolean {
  const watched =
    figures.lastWeekCovered >= MIN_WEEK_COVERED_DAYS &&
    figures.weekBeforeCovered >= MIN_WEEK_COVERED_DAYS &&
    figures.baselineCovered >= MIN_BASELINE_COVERED_DAYS;
  const limit = belowShare * figures.usualPerDay;
  return (
    watched &&
    figures.usualPerDay >= MIN_USUAL_PER_DAY &&
    figures.lastWeekPerDay < limit &&
    figures.weekBeforePerDay < limit
  );
}

/** One signal per group and week (keyed by the week's last day) when the last week fell below the rhythm. */
export function detectGroupQuiet(
  groupId: string,
  days: readonly WatchDay[],
  now: number,
  settings: SignalKindSettings['group-quiet'],
): SignalDraft | null {
  const figures = quietFigures(days, now, settings.baselineWeeks);
  if (!figures || !isQuiet(figures, settings.belowShare)) return null;
  const week = dayOf(now);
  return {
    key: `group-quiet|${groupId}|${week}`,
    kind: 'group-quiet',
    groupId,
    memberIds: [],
    evidence: {
      itemIds: [],
      links: [],
      excerpt: `${figures.lastWeekPerDay.toFixed(1)}/${figures.usualPerDay.toFixed(1)}`,
      at: new Date(now).toISOString(),
    },
  };
}
