import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/components/LanguageProvider';
import { db } from '@/storage/db';
import { useSettings } from '@/storage/live';
import { formatNumber } from '@/utils/format';

/** What Tend reads, what it keeps, where, for how long, and how to take it away or erase it. */
export function PrivacySection() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const settings = useSettings();
  const counts = useLiveQuery(async () => {
    const database = db();
    const [groups, members, sightings, notes] = await Promise.all([
      database.groups.count(),
      database.members.count(),
      database.sightings.count(),
      database.notes.count(),
    ]);
    return { groups, members, sightings, notes };
  }, []);
  return (
    <div className="prose">
      <h3>{t('privacy.readsTitle')}</h3>
      <p>{t('privacy.reads')}</p>
      <h3>{t('privacy.storesTitle')}</h3>
      <p>{t('privacy.stores')}</p>
      {counts && (
        <p data-testid="privacy-counts">
          {t('privacy.counts', {
            groups: formatNumber(counts.groups, language),
            members: formatNumber(counts.members, language),
            sightings: formatNumber(counts.sightings, language),
            notes: formatNumber(counts.notes, language),
          })}
        </p>
      )}
      {settings && <p>{t('privacy.retention', { count: settings.retentionDays })}</p>}
      <h3>{t('privacy.controlTitle')}</h3>
      <p>{t('privacy.control')}</p>
      <p>{t('privacy.uninstall')}</p>
    </div>
  );
}
