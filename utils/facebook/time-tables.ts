/**
 * Facebook's time and join wording, per interface language, kept as data. Only wording seen on real pages is
 * here: English and Vietnamese from the captures, French graded A/B in `shared/FACEBOOK-FRENCH.md`.
 * Everything is matched after `normalizeText` and lower-casing (no-break spaces are plain spaces, ’ is ').
 */

export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface TimeLanguage {
  code: string;
  /** Words for a number of units, longest first within the alternatives (the regex tries them in order). */
  units: Record<TimeUnit, string[]>;
  /** "3 hours ago" / "il y a 3 heures" / "3 giờ trước". */
  agoBefore: string[];
  agoAfter: string[];
  /** "about 2 weeks ago": the count is approximate. */
  about: string[];
  /** Words meaning "one" in "a week ago". */
  one: string[];
  justNow: string[];
  yesterday: string[];
  /** Glue before a weekday or a date: "on Thursday", "vào thứ Ba". */
  on: string[];
  /** "last Monday": the weekday of the week before. */
  last: string[];
  /** Glue before a clock time: "30 May at 11:02", "18 juillet à 13:25". */
  at: string[];
  /** Month names and abbreviations, January first. */
  months: string[][];
  /** Weekday names and abbreviations, Sunday first. */
  weekdays: string[][];
  /** Members list: how a join line starts. Empty when the wording is unknown (then the line is kept raw). */
  joined: string[];
  /** Members list: "Added by X …" and "Invited by X …" prefixes. */
  addedBy: string[];
  invitedBy: string[];
  /** Member requests: how the line saying when someone asked to join starts. Empty when unknown (kept raw). */
  requested: string[];
}

const ENGLISH: TimeLanguage = {
  code: 'en',
  units: {
    minute: ['minutes', 'minute', 'mins', 'min', 'm'],
    hour: ['hours', 'hour', 'hrs', 'hr', 'h'],
    day: ['days', 'day', 'd'],
    week: ['weeks', 'week', 'wks', 'wk', 'w'],
    month: ['months', 'month', 'mos', 'mo'],
    year: ['years', 'year', 'yrs', 'yr', 'y'],
  },
  agoBefore: [],
  agoAfter: ['ago'],
  about: ['about'],
  one: ['a', 'an'],
  justNow: ['just now', 'now'],
  yesterday: ['yesterday'],
  on: ['on'],
  last: ['last'],
  at: ['at'],
  months: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  weekdays: [
    ['sunday', 'sun'],
    ['monday', 'mon'],
    ['tuesday', 'tue'],
    ['wednesday', 'wed'],
    ['thursday', 'thu'],
    ['friday', 'fri'],
    ['saturday', 'sat'],
  ],
  joined: ['joined'],
  addedBy: ['added by'],
  invitedBy: ['invited by'],
  requested: ['requested'],
};

/** French: short forms and dates graded B; the members-page sentences are unknown, so `joined` stays empty. */
const FRENCH: TimeLanguage = {
  code: 'fr',
  units: {
    minute: ['minutes', 'minute', 'min'],
    hour: ['heures', 'heure', 'h'],
    day: ['jours', 'jour', 'j'],
    week: ['semaines', 'semaine', 'sem.', 'sem'],
    month: ['mois'],
    year: ['ans', 'an', 'années', 'année'],
  },
  agoBefore: ['il y a'],
  agoAfter: [],
  about: ['environ'],
  one: ['un', 'une'],
  justNow: ["à l'instant"],
  yesterday: ['hier'],
  on: ['le'],
  last: [],
  at: ['à'],
  months: [
    ['janvier', 'janv.', 'janv'],
    ['février', 'févr.', 'févr'],
    ['mars'],
    ['avril', 'avr.', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil.', 'juil'],
    ['août'],
    ['septembre', 'sept.', 'sept'],
    ['octobre', 'oct.', 'oct'],
    ['novembre', 'nov.', 'nov'],
    ['décembre', 'déc.', 'déc'],
  ],
  weekdays: [
    ['dimanche', 'dim.', 'dim'],
    ['lundi', 'lun.', 'lun'],
    ['mardi', 'mar.'],
    ['mercredi', 'mer.', 'mer'],
    ['jeudi', 'jeu.', 'jeu'],
    ['vendredi', 'ven.', 'ven'],
    ['samedi', 'sam.', 'sam'],
  ],
  joined: [],
  addedBy: [],
  invitedBy: [],
  // The member-requests page's French sentences are not evidenced either.
  requested: [],
};

/** Vietnamese, from the members capture ("Đã tham gia 3 giờ trước", "Đã tham gia vào thứ Ba"). */
const VIETNAMESE: TimeLanguage = {
  code: 'vi',
  units: {
    minute: ['phút'],
    hour: ['giờ'],
    day: ['ngày'],
    week: ['tuần'],
    month: ['tháng'],
    year: ['năm'],
  },
  agoBefore: [],
  agoAfter: ['trước'],
  about: ['khoảng'],
  one: ['một'],
  justNow: ['vừa xong'],
  yesterday: ['hôm qua'],
  on: ['vào'],
  last: [],
  at: ['lúc'],
  months: [],
  weekdays: [['chủ nhật'], ['thứ hai'], ['thứ ba'], ['thứ tư'], ['thứ năm'], ['thứ sáu'], ['thứ bảy']],
  joined: ['đã tham gia'],
  addedBy: [],
  invitedBy: [],
  requested: [],
};

export const TIME_LANGUAGES: readonly TimeLanguage[] = [ENGLISH, FRENCH, VIETNAMESE];
