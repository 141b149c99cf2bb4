import { useTranslation } from 'react-i18next';
import type { PageStatus } from '@/storage/schema';
import { formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';
import { UnreadablePageBanner, type PageProblem } from './UnreadablePageBanner';

/** A page Tend expected items on but could read none of: what a Facebook markup change looks like. */
export function isUnreadable(status: PageStatus): boolean {
  return status.health.expected > 0 && status.health.read === 0;
}

/** What went wrong with the page, if anything: its health's status, or (rows stored before it) the counts. */
function problemOf(status: PageStatus): PageProblem | null {
  const said = status.health.status;
  if (said && said !== 'ok') return said;
  return isUnreadable(status) ? 'could-not-read' : null;
}

/**
 * How well the last page of the group was read, or a warning when it could not be read at all. Shared by the
 * panel's header and the popup, so both say the same thing. Nothing before any page was read.
 */
export function LastPageStatus({
  status,
  language,
  now,
}: {
  status: PageStatus | undefined;
  language: UiLanguage;
  now: Date;
}) {
  const { t } = useTranslation();
  if (!status) return null;
  const kind = t(`pageKind.${status.kind}`);
  const problem = problemOf(status);
  if (problem) return <UnreadablePageBanner problem={problem} kind={kind} />;
  return (
    <p className="group-facts" data-testid="last-page">
      {t('group.lastPage', {
        kind,
        read: status.health.read,
        expected: status.health.expected,
        when: formatRelative(status.readAt, now, language),
      })}
      {status.waiting ? (
        <span data-testid="waiting"> {t('group.waiting', { count: status.waiting })}</span>
      ) : null}
    </p>
  );
}
