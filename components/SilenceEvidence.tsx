import { useTranslation } from 'react-i18next';
import type { MemberRow } from '@/storage/schema';
import { formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

interface SilenceEvidenceProps {
  member: MemberRow;
  /** Watched days of silence. */
  quietForDays: number;
  /** Their usual gap in watched days, when Tend has seen enough of them. */
  usualGapDays?: number | null | undefined;
  /** Watched silence over the usual gap: what the list is sorted by. */
  unusualness?: number | undefined;
  /** Sightings Tend would have expected in the silence at their own pace (expectation.ts). */
  expectedSightings?: number | null | undefined;
  language: UiLanguage;
  now: Date;
}

/**
 * Why a member is in an unseen list, in one line: the watched silence, how many of their usual gaps it is, their
 * usual rhythm, and their last post or comment with its link (or that Tend never saw one since they joined).
 */
export function SilenceEvidence({
  member,
  quietForDays,
  usualGapDays,
  unusualness,
  expectedSightings,
  language,
  now,
}: SilenceEvidenceProps) {
  const { t } = useTranslation();
  const lastActive = member.lastActiveAt
    ? t('activity.lastActive', { when: formatRelative(member.lastActiveAt, now, language) })
    : null;
  return (
    <span className="member-meta" data-testid="silence-evidence">
      {t('activity.silentFor', { count: quietForDays })}
      {usualGapDays != null && unusualness !== undefined && (
        <> ({t('activity.timesUsual', { count: Math.max(1, Math.round(unusualness)) })})</>
      )}
      {usualGapDays != null && (
        <> · {t('activity.usualGap', { count: Math.max(1, Math.round(usualGapDays)) })}</>
      )}
      {expectedSightings != null && expectedSightings >= 1 && (
        // What the silence weighs: how often Tend would have seen them meanwhile, at their own pace.
        <> · {t('activity.expectedSightings', { count: Math.round(expectedSightings) })}</>
      )}
      {' · '}
      {lastActive === null ? (
        t('activity.neverSeenActive')
      ) : member.lastActiveLink ? (
        <a href={member.lastActiveLink} target="_blank" rel="noreferrer noopener">
          {lastActive}
        </a>
      ) : (
        lastActive
      )}
    </span>
  );
}
