/** The group's clock: local days in the admin's time zone, and when in the week and day people are on Facebook. */
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type { Random } from './random';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Local midnight of `day` days after the local day of `start`. */
export function localDayStart(start: Date, day: number, timeZone: string): number {
  return addDays(startOfDay(new TZDate(start.getTime(), timeZone)), day).getTime();
}

/** 0 = Sunday … 6 = Saturday, on the group's wall clock. */
export const weekdayOf = (ms: number, timeZone: string) => new TZDate(ms, timeZone).getDay();
export const isWeekend = (weekday: number) => weekday === 0 || weekday === 6;

/**
 * Posts and comments per local hour (0-23), relative: little at night, a lunch bump, most in the evening, as
 * published hourly engagement curves for Facebook show.
 */
export const ACTIVITY_BY_HOUR = [
  1, 0.6, 0.35, 0.25, 0.25, 0.4, 0.9, 1.8, 2.6, 3, 3.2, 3.6, 4.4, 4, 3.4, 3.3, 3.6, 4.2, 4.8, 5.6, 6, 5.6, 4,
  2,
];
/** Evening people: almost nothing before 18:00. */
export const EVENING_BY_HOUR = ACTIVITY_BY_HOUR.map((weight, hour) =>
  hour >= 18 ? weight * 3 : weight * 0.1,
);
/** Sunday … Saturday: a little more at weekends. */
export const ACTIVITY_BY_WEEKDAY = [1.2, 0.95, 0.95, 0.95, 1, 0.95, 1.15];

/**
 * An instant within the local day starting at `dayStart`, drawn from an hourly profile. Hours are added as
 * durations, so on a daylight-saving day the last hour may spill into the next day: harmless.
 */
export function timeInDay(random: Random, dayStart: number, byHour: readonly number[]): number {
  const hour = random.weighted(byHour);
  return dayStart + hour * HOUR_MS + Math.floor(random.next() * HOUR_MS);
}
