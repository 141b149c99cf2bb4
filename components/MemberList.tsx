import { useTranslation } from 'react-i18next';
import type { MemberRow } from '@/storage/schema';
import { formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

interface MemberListProps {
  members: readonly MemberRow[];
  language: UiLanguage;
  now: Date;
  label: string;
}

/** Members with when each was last seen. Names are page data: rendered as text only, never as HTML. */
export function MemberList({ members, language, now, label }: MemberListProps) {
  const { t } = useTranslation();
  return (
    <ul className="member-list" aria-label={label}>
      {members.map((member) => (
        <li key={member.memberId} className="member" data-member-id={member.memberId}>
          <a className="member-name" href={member.profileUrl} target="_blank" rel="noreferrer noopener">
            {member.name}
          </a>
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
        </li>
      ))}
    </ul>
  );
}
