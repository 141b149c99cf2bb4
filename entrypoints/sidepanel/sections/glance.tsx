import { useTranslation } from 'react-i18next';
import { ShareBar } from '@/components/ShareBar';
import { WeeklyChart, type ChartPoint } from '@/components/WeeklyChart';
import { useUiLanguage } from '@/components/LanguageProvider';
import { useNow } from '@/components/useNow';
import { TIERS } from '@/storage/derived';
import { useSettings } from '@/storage/live';
import { formatDate, formatNumber, formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';
import { useGlance, type WeekCount } from '../glance-data';
import type { SectionProps } from './registry';

const shortDay = (iso: string, language: UiLanguage) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short' }).format(
    new Date(iso),
  );

const toPoints = (weeks: readonly WeekCount[], language: UiLanguage): ChartPoint[] =>
  weeks.map((week) => ({ label: shortDay(week.weekStart, language), value: week.count }));

export function GlanceSection({ groupId }: SectionProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const now = useNow();
  const settings = useSettings();
  const glance = useGlance(groupId, settings);
  if (!groupId || !glance || !settings) return null;
  const { coverage, tiers, unseen } = glance;
  const activeTotal = glance.activePerWeek.reduce((sum, week) => sum + week.count, 0);
  const lastWeekActive = glance.activePerWeek.at(-1)?.count ?? 0;
  const joinersTotal = glance.joinersPerWeek.reduce((sum, week) => sum + week.count, 0);
  const common = { tableLabel: t('glance.showTable'), periodLabel: t('glance.weekOf') };

  return (
    <div className="glance">
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

      <section className="unseen-summary" aria-labelledby="unseen-title">
        <h3 id="unseen-title">{t('glance.unseenTitle')}</h3>
        {unseen ? (
          <p>
            {t('glance.unseen', {
              quiet: formatNumber(unseen.wentQuiet, language),
              never: formatNumber(unseen.neverActive, language),
              count: settings.inactivityDays,
            })}
          </p>
        ) : (
          <p>
            {t('glance.unseenNotYet', { count: coverage.watchedDays, threshold: settings.inactivityDays })}
          </p>
        )}
      </section>

      <WeeklyChart
        {...common}
        title={t('glance.activeTitle')}
        summary={t('glance.activeSummary', {
          weeks: glance.activePerWeek.length,
          last: lastWeekActive,
          total: activeTotal,
        })}
        points={toPoints(glance.activePerWeek, language)}
        valueLabel={t('glance.activeMembers')}
      />
      <WeeklyChart
        {...common}
        title={t('glance.joinersTitle')}
        summary={t('glance.joinersSummary', { weeks: glance.joinersPerWeek.length, total: joinersTotal })}
        points={toPoints(glance.joinersPerWeek, language)}
        valueLabel={t('glance.joiners')}
      />
      <ShareBar
        title={t('glance.tiersTitle')}
        shares={TIERS.map((tier) => ({ id: tier, label: t(`glance.tier.${tier}`), count: tiers[tier] }))}
        formatShare={(share, percent) =>
          t('glance.tierShare', { label: share.label, count: share.count, percent })
        }
      />
      <p className="help">{t('glance.tiersHelp')}</p>
    </div>
  );
}
