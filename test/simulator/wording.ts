/**
 * How Facebook (English interface, desktop) words times relative to when the page is read: post and comment
 * timestamps, and the members list's "Joined …" lines. The wording follows the captures in
 * test/fixtures/facebook (e.g. the members page of 2024-08: "Joined 3 hours ago", "Joined on Friday", "Joined last
 * Monday", "Joined about a week ago", "Joined about 2 weeks ago"). Every count is rounded down, as Facebook does,
 * so the instant the reader takes from a label is never before the true time.
 */
import { TZDate } from '@date-fns/tz';
import {
  differenceInCalendarDays,
  differenceInDays,
  differenceInMonths,
  differenceInWeeks,
  differenceInYears,
} from 'date-fns';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whole days, weeks, months, years on the admin's wall clock (the reader counts back the same way). */
function elapsed(at: Date, now: Date, timeZone: string) {
  const local = new TZDate(at.getTime(), timeZone);
  const localNow = new TZDate(now.getTime(), timeZone);
  return {
    local,
    localNow,
    days: differenceInDays(localNow, local),
    weeks: differenceInWeeks(localNow, local),
    months: differenceInMonths(localNow, local),
    years: differenceInYears(localNow, local),
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A post's timestamp as the feed shows it: "Just now", "12m", "3h", "2d", "30 May at 11:02", "30 May 2025". */
export function postTimeLabel(at: Date, now: Date, timeZone: string): string {
  const age = now.getTime() - at.getTime();
  if (age < MINUTE) return 'Just now';
  if (age < HOUR) return `${Math.floor(age / MINUTE)}m`;
  if (age < DAY) return `${Math.floor(age / HOUR)}h`;
  const { local, localNow, days } = elapsed(at, now, timeZone);
  if (days < 7) return `${days}d`;
  const dayMonth = `${local.getDate()} ${MONTHS[local.getMonth()]}`;
  if (local.getFullYear() !== localNow.getFullYear()) return `${dayMonth} ${local.getFullYear()}`;
  return `${dayMonth} at ${twoDigits(local.getHours())}:${twoDigits(local.getMinutes())}`;
}

/** A comment's timestamp: "Just now", "5m", "3h", "2d", "1w", "1y". */
export function commentTimeLabel(at: Date, now: Date, timeZone: string): string {
  const age = now.getTime() - at.getTime();
  if (age < MINUTE) return 'Just now';
  if (age < HOUR) return `${Math.floor(age / MINUTE)}m`;
  if (age < DAY) return `${Math.floor(age / HOUR)}h`;
  const { days, weeks, years } = elapsed(at, now, timeZone);
  if (days < 7) return `${days}d`;
  if (years < 1) return `${weeks}w`;
  return `${years}y`;
}

/** "1 hour" / "3 hours"; "a week" / "2 weeks" where Facebook says "about a week". */
const count = (value: number, unit: string, one: string) =>
  value === 1 ? `${one} ${unit}` : `${value} ${unit}s`;

/** The members list's join line, as Facebook words it at `now`. */
export function joinLine(joinedAt: Date, now: Date, timeZone: string): string {
  const age = now.getTime() - joinedAt.getTime();
  if (age < MINUTE) return 'Joined just now';
  if (age < HOUR) return `Joined ${count(Math.floor(age / MINUTE), 'minute', '1')} ago`;
  if (age < DAY) return `Joined ${count(Math.floor(age / HOUR), 'hour', '1')} ago`;
  const { local, localNow, weeks, months, years } = elapsed(joinedAt, now, timeZone);
  const calendarDays = differenceInCalendarDays(localNow, local);
  const weekday = WEEKDAYS[local.getDay()];
  if (calendarDays < 5) return `Joined on ${weekday}`;
  if (calendarDays < 7) return `Joined last ${weekday}`;
  if (months < 1) return `Joined about ${count(Math.max(1, weeks), 'week', 'a')} ago`;
  if (years < 1) return `Joined about ${count(months, 'month', 'a')} ago`;
  return `Joined about ${count(years, 'year', 'a')} ago`;
}
