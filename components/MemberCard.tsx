import { useTranslation } from 'react-i18next';
import type { MemberRow, NoteRow } from '@/storage/schema';
import { formatDate, formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';
import { LatestNote } from './LatestNote';
import { SilenceEvidence } from './SilenceEvidence';

interface MemberCardProps {
  member: MemberRow;
  notes: readonly NoteRow[];
  /** Unseen views: watched days of silence, and the member's usual gap (their evidence with the last activity). */
  quietForDays?: number;
  usualGapDays?: number | null;
  /** Unseen views: watched silence over the usual gap (how unusual it is for them). */
  unusualness?: number;
  /** Unseen views: sightings Tend would have expected in the silence at their own pace. */
  expectedSightings?: number | null;
  language: UiLanguage;
  now: Date;
  onOpen: (member: MemberRow) => void;
}

/** One member in a list. Names, badges and notes are page or admin data: rendered as text, never as HTML. */
export function MemberCard({
  member,
  notes,
  quietForDays,
  usualGapDays,
  unusualness,
  expectedSightings,
  language,
  now,
  onOpen,
}: MemberCardProps) {
  const { t } = useTranslation();
  return (
    <div className="member" data-member-id={member.memberId}>
      <button type="button" className="member-name link-button" onClick={() => onOpen(member)}>
        {member.name}
      </button>
      {member.isPage && <span className="badge">{t('members.page')}</span>}
      {member.badges.map((badge) => (
        <span key={badge} className="badge">
          {badge}
        </span>
      ))}
      <span className="member-meta">
        {t('members.lastSeen', { when: formatRelative(member.lastSeenAt, now, language) })}
        {' · '}
        {t(`members.seenAs.${member.lastSeenKind}`)}
        {member.postCount > 0 && <> · {t('members.posts', { count: member.postCount })}</>}
        {member.commentCount > 0 && <> · {t('members.comments', { count: member.commentCount })}</>}
      </span>
      {quietForDays !== undefined && (
        <SilenceEvidence
          member={member}
          quietForDays={quietForDays}
          usualGapDays={usualGapDays}
          unusualness={unusualness}
          expectedSightings={expectedSightings}
          language={language}
          now={now}
        />
      )}
      {member.joinedBefore && (
        <span className="member-meta">
          {member.joinPrecision === 'hour' ||
          member.joinPrecision === 'minute' ||
          member.joinPrecision === 'day'
            ? t('members.joined', { date: formatDate(member.joinedBefore, language) })
            : t('members.joinedAbout', { when: formatRelative(member.joinedBefore, now, language) })}
        </span>
      )}
      <LatestNote notes={notes} language={language} />
    </div>
  );
}
