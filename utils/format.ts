/** Locale-aware dates, numbers and relative times, with the browser's own Intl (no library needed). */
import type { UiLanguage } from './i18n';

const LOCALES: Record<UiLanguage, string> = { en: 'en-GB', fr: 'fr-FR' };

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 weeks ago" / "il y a 3 semaines". */
export function formatRelative(iso: string, now: Date, language: UiLanguage): string {
  const seconds = (Date.parse(iso) - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

export function formatDate(iso: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}
