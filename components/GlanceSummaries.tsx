import { useTranslation } from 'react-i18next';
import type { Coverage } from '@/storage/queries';
import { formatDate, formatNumber, formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

/** How much of the group Tend has actually watched: since when, the members list, the feed, members seen. */
export function GlanceCoverage({
  coverage,
  now,
  language,
}: {
  coverage: Coverage;
  now: Date;
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  return (
    <section className="coverage" aria-labelledby="coverage-title">
      <h3 id="coverage-title">{t('glance.coverageTitle')}</h3>
      <ul>
        <li>
          {coverage.watchingSince
            ? t('glance.watching', {
                count: coverage.watchedDays,
                date: formatDate(coverage.watchingSince, language),
              })
            : t('glance.notWatched')}
        </li>
        <li>
          {coverage.membersListLastReadAt
            ? t('glance.membersListRead', {
                when: formatRelative(coverage.membersListLastReadAt, now, language),
              })
            : t('glance.membersListNever')}
        </li>
        <li>
          {coverage.feedReadSince
            ? t('glance.feedReadSince', { date: formatDate(coverage.feedReadSince, language) })
            : t('glance.feedNever')}
        </li>
        <li>
          {t('glance.membersSeen', {
            count: coverage.membersSeen,
            formatted: formatNumber(coverage.membersSeen, language),
          })}
        </li>
      </ul>
    </section>
  );
}

interface GlanceUnseenProps {
  /** `null` while Tend has not watched the group for the inactivity threshold. */
  unseen: { wentQuiet: number; neverActive: number } | null;
  watchedDays: number;
  inactivityDays: number;
  language: UiLanguage;
}

/** How many members went quiet or were never seen active, or why it cannot be said yet. */
export function GlanceUnseen({ unseen, watchedDays, inactivityDays, language }: GlanceUnseenProps) {
  const { t } = useTranslation();
  return (
    <section className="unseen-summary" aria-labelledby="unseen-title">
      <h3 id="unseen-title">{t('glance.unseenTitle')}</h3>
      {unseen ? (
        <p>
          {t('glance.unseen', {
            quiet: formatNumber(unseen.wentQuiet, language),
            never: formatNumber(unseen.neverActive, language),
            count: inactivityDays,
          })}
        </p>
      ) : (
        <p>{t('glance.unseenNotYet', { count: watchedDays, threshold: inactivityDays })}</p>
      )}
    </section>
  );
}
