import { useTranslation } from 'react-i18next';
import type { DueItem } from '@/utils/onboarding/schedule';
import type { UiLanguage } from '@/utils/i18n';
import { daysDue } from './OnboardingModel';

const LOCALES: Record<UiLanguage, string> = { en: 'en-GB', fr: 'fr-FR' };

/** A date in the admin's time zone. */
export function formatZonedDate(iso: string, timeZone: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/**
 * Since when an item is due. Overdue items say so in words and with a marker, not by colour alone; approximate
 * joins say so too.
 */
export function OnboardingWhen({
  item,
  now,
  timeZone,
  language,
}: {
  item: DueItem;
  now: Date;
  timeZone: string;
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const days = daysDue(item, now);
  return (
    <p className="onboarding-when">
      {item.overdue && (
        <strong className="overdue-tag">
          <span aria-hidden="true">⚠ </span>
          {t('onboarding.overdue')}
        </strong>
      )}
      <span>
        {days === 0
          ? t('onboarding.dueToday')
          : `${t('onboarding.dueSince', { date: formatZonedDate(item.dueSince, timeZone, language) })} (${t('onboarding.dueDays', { count: days })})`}
      </span>
      {item.type === 'member' && item.approximate && (
        <span className="badge" title={t('onboarding.approximateHint')}>
          {t('onboarding.approximate')}
        </span>
      )}
    </p>
  );
}
