import { useTranslation } from 'react-i18next';
import type { MemberRow, NoteRow } from '@/storage/schema';
import { formatDate, formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';
import { LatestNote } from './LatestNote';

interface MemberCardProps {
  member: MemberRow;
  notes: readonly NoteRow[];
  /** Unseen views: watched days of silence, and the member's usual gap (their evidence with the last activity). */
  quietForDays?: number;
  usualGapDays?: number | null;
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
        <span className="member-meta">
          {t('activity.silentFor', { count: quietForDays })}
          {usualGapDays != null && (
            <> · {t('activity.usualGap', { count: Math.max(1, Math.round(usualGapDays)) })}</>
          )}
          {member.lastActiveAt && (
            <>
              {' · '}
              {member.lastActiveLink ? (
                <a href={member.lastActiveLink} target="_blank" rel="noreferrer noopener">
                  {t('activity.lastActive', { when: formatRelative(member.lastActiveAt, now, language) })}
                </a>
              ) : (
                t('activity.lastActive', { when: formatRelative(member.lastActiveAt, now, language) })
              )}
            </>
          )}
        </span>
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
