import { useTranslation } from 'react-i18next';
import type { GroupRow } from '@/storage/schema';
import { formatDate } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';
import { HowTendLearns } from './HowTendLearns';
import { LastPageStatus } from './LastPageStatus';

interface GroupHeaderProps {
  groupId: string | null;
  group: GroupRow | null;
  memberCount: number;
  language: UiLanguage;
  now: Date;
  /** Removes the group; offered only when the group is marked as sample data. */
  onRemoveSample: () => void;
}

/** The group the panel follows, how long Tend has watched it, and whether its last page could be read. */
export function GroupHeader({
  groupId,
  group,
  memberCount,
  language,
  now,
  onRemoveSample,
}: GroupHeaderProps) {
  const { t } = useTranslation();
  if (!groupId) {
    return (
      <section className="group-header first-run" aria-live="polite">
        <h2>{t('firstRun.title')}</h2>
        <p>{t('firstRun.intro')}</p>
        <ul>
          <li>{t('firstRun.reads')}</li>
          <li>{t('firstRun.local')}</li>
          <li>{t('firstRun.control')}</li>
        </ul>
        <HowTendLearns groupId={null} lead={t('firstRun.next')} />
      </section>
    );
  }
  return (
    <section className="group-header" aria-live="polite">
      <h2>{group?.name ?? t('group.current', { groupId })}</h2>
      {group?.sample && (
        <p className="banner info" data-testid="sample-data">
          {t('group.sample')}{' '}
          <button type="button" onClick={onRemoveSample}>
            {t('group.removeSample')}
          </button>
        </p>
      )}
      <p className="group-facts">
        <span data-testid="member-count">{t('group.membersSeen', { count: memberCount })}</span>
        {group && <> · {t('group.watchingSince', { date: formatDate(group.firstWatchedAt, language) })}</>}
      </p>
      <LastPageStatus status={group?.lastStatus} language={language} now={now} />
      {memberCount === 0 && <HowTendLearns groupId={groupId} groupName={group?.name} />}
    </section>
  );
}
