import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ActivityCoverage } from '@/storage/activity';
import type { Coverage } from '@/storage/queries';
import { formatDate, formatNumber, formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

/** The feed days Tend read and the share of posts, in plain words: what every "quiet" answer rests on. */
export function coverageWords(activity: ActivityCoverage, t: TFunction): string {
  if (activity.firstWatchedDay === null) return t('activity.feedNeverRead');
  const { daysRead, windowDays, postsShare } = activity.recent;
  if (daysRead === 0) return t('activity.coverageNone', { days: windowDays });
  return t('activity.coverage', { read: daysRead, days: windowDays, percent: Math.round(postsShare * 100) });
}

/** How much of the group Tend has actually watched: since when, the members list, the feed, members seen. */
export function GlanceCoverage({
  coverage,
  activity,
  now,
  language,
}: {
  coverage: Coverage;
  activity: ActivityCoverage;
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
        <li data-testid="feed-coverage">{coverageWords(activity, t)}</li>
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
  /** `null` while Tend has not read the threshold's worth of the group's feed. */
  unseen: { wentQuiet: number; neverActive: number; drifting: number; notEnoughSeen: number } | null;
  activity: ActivityCoverage;
  inactivityDays: number;
  language: UiLanguage;
}

/** How many members went quiet, were never seen active or are drifting, or why it cannot be said yet. */
export function GlanceUnseen({ unseen, activity, inactivityDays, language }: GlanceUnseenProps) {
  const { t } = useTranslation();
  const watched = Math.floor(activity.all.watchedDays);
  return (
    <section className="unseen-summary" aria-labelledby="unseen-title">
      <h3 id="unseen-title">{t('glance.unseenTitle')}</h3>
      {unseen ? (
        <p>
          {t('glance.unseen', {
            quiet: formatNumber(unseen.wentQuiet, language),
            never: formatNumber(unseen.neverActive, language),
            count: inactivityDays,
          })}{' '}
          {t('activity.drifting', {
            count: unseen.drifting,
            formatted: formatNumber(unseen.drifting, language),
          })}{' '}
          <span data-testid="not-enough-seen">
            {t('activity.notEnoughSeenCount', {
              count: unseen.notEnoughSeen,
              formatted: formatNumber(unseen.notEnoughSeen, language),
            })}
          </span>
        </p>
      ) : (
        <p>{t('activity.notReady', { count: watched, threshold: inactivityDays })}</p>
      )}
      <div className="help" data-testid="unseen-coverage">
        {coverageWords(activity, t)}{' '}
        {t('activity.unseenWatched', { watched: formatNumber(watched, language) })}
      </div>
    </section>
  );
}
