/**
 * Times on posts and comments ("3h", "30 May at 11:02", "Yesterday at 15:28", "2 sem.") and members-page join
 * lines ("Joined about 2 weeks ago", "Added by X on August 11, 2024"), read relative to when the page was read,
 * in the admin's time zone. A string that is not understood gives null: never a guessed date.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay, sub, endOfDay } from 'date-fns';
import type { TimePrecision } from './reading';
import { normalizeText } from './text';
import { TIME_LANGUAGES, type TimeLanguage, type TimeUnit } from './time-tables';

export interface Clock {
  now: Date;
  /** IANA zone the page's wall-clock times are in. */
  timeZone: string;
}

/** When something happened: somewhere in [after, before], at the given precision. */
export interface TimeInterval {
  after: Date;
  before: Date;
  precision: TimePrecision;
  /** The single instant the wording names, when it names one (a clock time, or "N units ago"). */
  at: Date;
}

const UNIT_DURATION_KEY: Record<TimeUnit, keyof Duration> = {
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
};

interface Duration {
  minutes?: number;
  hours?: number;
  days?: number;
  weeks?: number;
  months?: number;
  years?: number;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

interface CompiledLanguage {
  language: TimeLanguage;
  relative: RegExp;
  justNow: RegExp | null;
  yesterday: RegExp | null;
  weekday: RegExp | null;
  dayMonth: RegExp | null;
  monthDay: RegExp | null;
  unitOf: Map<string, TimeUnit>;
  monthOf: Map<string, number>;
  weekdayOf: Map<string, number>;
}

const CLOCK = String.raw`(\d{1,2})[:.](\d{2})(?:\s?([ap])\.?m\.?)?`;

function compile(language: TimeLanguage): CompiledLanguage {
  const unitOf = new Map<string, TimeUnit>();
  for (const [unit, words] of Object.entries(language.units) as [TimeUnit, string[]][]) {
    for (const word of words) unitOf.set(word, unit);
  }
  const monthOf = new Map<string, number>();
  language.months.forEach((names, index) => names.forEach((name) => monthOf.set(name, index)));
  const weekdayOf = new Map<string, number>();
  language.weekdays.forEach((names, index) => names.forEach((name) => weekdayOf.set(name, index)));
  const optional = (words: readonly string[]) => (words.length ? `(?:(?:${alternatives(words)})\\s)?` : '');
  const units = alternatives([...unitOf.keys()]);
  const count = language.one.length ? `(\\d{1,4}|${alternatives(language.one)})` : '(\\d{1,4})';
  const about = language.about.length ? `(?:(${alternatives(language.about)})\\s)?` : '()';
  const agoBefore = optional(language.agoBefore);
  const agoAfter = language.agoAfter.length ? `(?:\\s(?:${alternatives(language.agoAfter)}))?` : '';
  // Units must end at a word boundary-ish: the end of the string or a space (Unicode letters defeat \b).
  const relative = new RegExp(`^${agoBefore}${about}${count}\\s?(${units})${agoAfter}$`, 'u');
  const atClock = language.at.length
    ? `(?:,?\\s(?:${alternatives(language.at)})\\s|,\\s)${CLOCK}`
    : `,\\s${CLOCK}`;
  const on = optional(language.on);
  const weekdays = alternatives([...weekdayOf.keys()]);
  const months = alternatives([...monthOf.keys()]);
  const last = language.last.length ? `(?:(${alternatives(language.last)})\\s)?` : '()';
  return {
    language,
    relative,
    unitOf,
    monthOf,
    weekdayOf,
    justNow: language.justNow.length ? new RegExp(`^(?:${alternatives(language.justNow)})$`, 'u') : null,
    yesterday: language.yesterday.length
      ? new RegExp(`^(?:${alternatives(language.yesterday)})(?:${atClock})?$`, 'u')
      : null,
    weekday: weekdays ? new RegExp(`^${on}${last}(${weekdays})(?:${atClock})?$`, 'u') : null,
    dayMonth: months
      ? new RegExp(`^${on}(\\d{1,2})\\s(${months})(?:,?\\s(\\d{4}))?(?:${atClock})?$`, 'u')
      : null,
    monthDay: months
      ? new RegExp(`^${on}(${months})\\s(\\d{1,2})(?:,\\s?(\\d{4}))?(?:${atClock})?$`, 'u')
      : null,
  };
}

let compiled: CompiledLanguage[] | undefined;
function languages(): CompiledLanguage[] {
  compiled ??= TIME_LANGUAGES.map(compile);
  return compiled;
}

function toHours(hours: string, minutes: string, meridiem: string | undefined): [number, number] | null {
  let hour = Number(hours);
  const minute = Number(minutes);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 ? [hour, minute] : null;
}

function wallClock(day: TZDate, clock: [number, number] | null): TZDate {
  const copy = new TZDate(day.getTime(), day.timeZone);
  copy.setHours(clock ? clock[0] : 0, clock ? clock[1] : 0, 0, 0);
  return copy;
}

function dayOrMinute(day: TZDate, clockParts: [number, number] | null): TimeInterval {
  if (clockParts) {
    const at = wallClock(day, clockParts);
    return { after: at, before: at, at, precision: 'minute' };
  }
  const start = startOfDay(day);
  return { after: start, before: endOfDay(day), at: start, precision: 'day' };
}

function clockFrom(match: RegExpExecArray, first: number): [number, number] | null | undefined {
  const hours = match[first];
  const minutes = match[first + 1];
  if (hours === undefined || minutes === undefined) return null;
  return toHours(hours, minutes, match[first + 2]) ?? undefined;
}

/** The page's "now" on the admin's wall clock; made only once a phrase has matched (a zone offset is not free). */
const zonedNow = (clock: Clock) => new TZDate(clock.now.getTime(), clock.timeZone);

/** Minutes and hours are durations: plain timestamp arithmetic, no zone needed (days and up are calendar math). */
const UNIT_MS: Partial<Record<TimeUnit, number>> = { minute: 60_000, hour: 3_600_000 };

function readWith(lang: CompiledLanguage, text: string, clock: Clock): TimeInterval | null {
  const relative = lang.relative.exec(text);
  if (relative) {
    const [, about, rawCount, unitWord] = relative;
    const unit = unitWord === undefined ? undefined : lang.unitOf.get(unitWord);
    if (!unit || rawCount === undefined) return null;
    const count = /^\d+$/.test(rawCount) ? Number(rawCount) : 1;
    const unitMs = UNIT_MS[unit];
    if (unitMs !== undefined) {
      const nowMs = clock.now.getTime();
      const ago = (units: number) => new Date(nowMs - units * unitMs);
      const at = ago(count);
      return { after: ago(count + 1), before: about ? ago(Math.max(count - 1, 0)) : at, at, precision: unit };
    }
    const now = zonedNow(clock);
    const key = UNIT_DURATION_KEY[unit];
    const at = sub(now, { [key]: count });
    // "3 hours ago" means 3 to 4 hours; "about 2 weeks ago" means roughly 1 to 3 weeks.
    const after = sub(now, { [key]: count + 1 });
    const before = about ? sub(now, { [key]: Math.max(count - 1, 0) }) : at;
    return { after, before, at, precision: unit };
  }
  if (lang.justNow?.test(text)) {
    const now = zonedNow(clock);
    return { after: sub(now, { minutes: 1 }), before: now, at: now, precision: 'minute' };
  }
  const yesterday = lang.yesterday?.exec(text);
  if (yesterday) {
    const clockParts = clockFrom(yesterday, 1);
    if (clockParts === undefined) return null;
    return dayOrMinute(addDays(startOfDay(zonedNow(clock)), -1), clockParts);
  }
  const weekday = lang.weekday?.exec(text);
  if (weekday) {
    const [, last, name] = weekday;
    const target = name === undefined ? undefined : lang.weekdayOf.get(name);
    const clockParts = clockFrom(weekday, 3);
    if (target === undefined || clockParts === undefined) return null;
    // Facebook names a weekday for the past six days; never today (that would read "N hours ago").
    let day: TZDate = addDays(startOfDay(zonedNow(clock)), -1);
    while (day.getDay() !== target) day = addDays(day, -1);
    if (!last) return dayOrMinute(day, clockParts);
    // "last Monday" could be the latest Monday or the one before it: keep both, never a wrong day.
    const earlier = addDays(day, -7);
    return { after: startOfDay(earlier), before: endOfDay(day), at: startOfDay(earlier), precision: 'week' };
  }
  const dayMonth = lang.dayMonth?.exec(text);
  const monthDay = dayMonth ? null : lang.monthDay?.exec(text);
  const dateMatch = dayMonth ?? monthDay;
  if (dateMatch) {
    const dayText = dayMonth ? dateMatch[1] : dateMatch[2];
    const monthText = dayMonth ? dateMatch[2] : dateMatch[1];
    const month = monthText === undefined ? undefined : lang.monthOf.get(monthText);
    const dayOfMonth = Number(dayText);
    const clockParts = clockFrom(dateMatch, 4);
    if (month === undefined || clockParts === undefined || dayOfMonth < 1 || dayOfMonth > 31) return null;
    const yearText = dateMatch[3];
    const now = zonedNow(clock);
    const build = (year: number) => {
      const date = new TZDate(year, month, dayOfMonth, 0, 0, 0, clock.timeZone);
      return date.getMonth() === month && date.getDate() === dayOfMonth ? date : null;
    };
    let date = build(yearText ? Number(yearText) : now.getFullYear());
    if (!date) return null;
    // A date without a year is the latest such date not after now.
    if (!yearText && wallClock(date, clockParts).getTime() > now.getTime())
      date = build(now.getFullYear() - 1);
    if (!date) return null;
    return dayOrMinute(date, clockParts);
  }
  return null;
}

function prepare(raw: string): string {
  return normalizeText(raw).toLowerCase();
}

/** Reads a whole time phrase in any known language. */
export function readTimePhrase(raw: string, clock: Clock): TimeInterval | null {
  const text = prepare(raw);
  if (!text || text.length > 80 || Number.isNaN(clock.now.getTime())) return null;
  try {
    for (const lang of languages()) {
      const reading = readWith(lang, text, clock);
      if (reading) return reading;
    }
    // French links can carry a hidden long form glued before the short one: "il y a 18 heures 18 h".
    const glued = /^il y a .+?\s(\d{1,4}\s?[a-zé.]{1,8})$/u.exec(text);
    if (glued?.[1]) return readTimePhrase(glued[1], clock);
  } catch {
    // An unknown zone or an impossible date: no estimate rather than a wrong one.
  }
  return null;
}

/** UTC ISO text ("…Z"), whatever zone the date was computed in. */
const iso = (date: Date) => new Date(date.getTime()).toISOString();

export interface PostTime {
  at?: string;
  atPrecision?: TimePrecision;
}

/** A post or comment timestamp label as `at` + `atPrecision`; empty when the label is not understood. */
export function readPostTime(label: string, clock: Clock): PostTime {
  const reading = readTimePhrase(label, clock);
  return reading ? { at: iso(reading.at), atPrecision: reading.precision } : {};
}

/**
 * `readPostTime` for one read of a page: a page shows the same few labels ("2h", "Yesterday at 15:28") on many
 * posts and comments, and with one clock each label always reads the same.
 */
export function postTimeReader(clock: Clock): (label: string) => PostTime {
  const known = new Map<string, PostTime>();
  return (label) => {
    let time = known.get(label);
    if (!time) {
      time = readPostTime(label, clock);
      known.set(label, time);
    }
    return { ...time };
  };
}

/** An epoch in seconds from page data, as an ISO instant. */
export function fromEpochSeconds(seconds: number): PostTime {
  if (!Number.isFinite(seconds) || seconds < 1_000_000_000 || seconds > 4_000_000_000) return {};
  return { at: new Date(seconds * 1000).toISOString(), atPrecision: 'minute' };
}

export interface JoinReading {
  /** The join line as shown, parts joined by spaces. */
  rawJoin: string;
  joinedAfter?: string;
  joinedBefore?: string;
  joinPrecision?: TimePrecision;
  /** True when the line says someone else invited or added the member. */
  hasReferrer: boolean;
}

/**
 * A members-page join line. The time phrase is only read after a join wording known for its language
 * ("Joined", "Added by X", "Invited by X", "Đã tham gia"); anything else is kept raw with no estimate.
 */
export function readJoinLine(raw: string, clock: Clock, referrerName?: string): JoinReading {
  const rawJoin = normalizeText(raw);
  const reading: JoinReading = { rawJoin, hasReferrer: false };
  let text = prepare(raw);
  const referrer = referrerName ? prepare(referrerName) : '';
  for (const lang of languages()) {
    const { joined, addedBy, invitedBy } = lang.language;
    let rest: string | null = null;
    for (const prefix of joined) if (text.startsWith(prefix)) rest = text.slice(prefix.length).trim();
    for (const prefix of [...addedBy, ...invitedBy]) {
      const at = text.indexOf(prefix);
      if (at === 0 || (rest !== null && rest.startsWith(prefix))) {
        reading.hasReferrer = true;
        const afterPrefix = (rest !== null ? rest : text).slice(prefix.length).trim();
        // The referrer's name sits between the prefix and the time; drop it so a name can never read as a date.
        if (!referrer || !afterPrefix.startsWith(referrer)) return reading;
        rest = afterPrefix.slice(referrer.length).trim();
      }
    }
    if (rest === null) continue;
    text = rest;
    if (!text) return reading; // A bare "Joined": no time shown.
    const interval = readWith(lang, text, clock) ?? readTimePhrase(text, clock);
    if (interval) {
      reading.joinedAfter = iso(interval.after);
      reading.joinedBefore = iso(interval.before);
      reading.joinPrecision = interval.precision;
    }
    return reading;
  }
  return reading;
}

export interface RequestTimeReading {
  /** The line as shown. */
  rawTime: string;
  /** Only when the wording was understood: when they asked, as an interval, and the instant it names. */
  interval?: TimeInterval;
}

/**
 * A member-requests card's time line ("Requested 2 days ago"). Read only after a wording known for its language,
 * or when the whole line is a time phrase on its own; anything else is kept raw with no estimate.
 */
export function readRequestLine(raw: string, clock: Clock): RequestTimeReading {
  const rawTime = normalizeText(raw);
  const text = prepare(raw);
  for (const lang of languages()) {
    for (const prefix of lang.language.requested) {
      if (!text.startsWith(`${prefix} `)) continue;
      const rest = text.slice(prefix.length).trim();
      const interval = readWith(lang, rest, clock) ?? readTimePhrase(rest, clock);
      return interval ? { rawTime, interval } : { rawTime };
    }
  }
  const alone = readTimePhrase(text, clock);
  return alone ? { rawTime, interval: alone } : { rawTime };
}

/** True when the line starts with a join wording known for its language ("Joined …", "Added by X …"). */
export function hasKnownJoinWording(raw: string): boolean {
  const text = prepare(raw);
  return languages().some(({ language }) =>
    [...language.joined, ...language.addedBy, ...language.invitedBy].some(
      (prefix) => text === prefix || text.startsWith(`${prefix} `),
    ),
  );
}

/** True when the line starts with an "Invited by" wording known for its language (and no "Joined" before it). */
export function startsWithInvitedBy(raw: string): boolean {
  const text = prepare(raw);
  return languages().some(({ language }) =>
    language.invitedBy.some((prefix) => text.startsWith(`${prefix} `)),
  );
}
