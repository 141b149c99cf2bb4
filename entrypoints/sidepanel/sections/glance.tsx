import { useTranslation } from 'react-i18next';
import { GlanceCoverage, GlanceUnseen } from '@/components/GlanceSummaries';
import { ShareBar } from '@/components/ShareBar';
import { WeeklyChart, type ChartPoint } from '@/components/WeeklyChart';
import { useUiLanguage } from '@/components/LanguageProvider';
import { useNow } from '@/components/useNow';
import { TIERS } from '@/storage/derived';
import { useSettings } from '@/storage/live';
import type { UiLanguage } from '@/utils/i18n';
import { useGlance, type WeekCount } from '../glance-data';
import type { SectionProps } from './registry';

/**
 * One formatter per language, made once: making one costs far more than formatting with it, and the section
 * labels its 24 weeks at every render (about 15 ms per newly read page in a profile of the panel).
 */
const dayFormats = new Map<UiLanguage, Intl.DateTimeFormat>();
function shortDay(iso: string, language: UiLanguage): string {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'short',
    });
    dayFormats.set(language, format);
  }
  return format.format(new Date(iso));
}

const toPoints = (weeks: readonly WeekCount[], language: UiLanguage): ChartPoint[] =>
  weeks.map((week) => ({ label: shortDay(week.weekStart, language), value: week.count }));

/** "At a glance": what Tend has watched, who is unseen, activity and joiners per week, participation tiers. */
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
      <GlanceCoverage coverage={coverage} activity={glance.activity} now={now} language={language} />
      <GlanceUnseen
        unseen={unseen}
        activity={glance.activity}
        inactivityDays={settings.inactivityDays}
        language={language}
      />
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
