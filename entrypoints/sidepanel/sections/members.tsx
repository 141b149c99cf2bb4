import { useTranslation } from 'react-i18next';
import { useMembersBySeen } from '@/storage/live';
import { MemberList } from '@/components/MemberList';
import { useUiLanguage } from '@/components/LanguageProvider';
import { useNow } from '@/components/useNow';
import type { SectionProps } from './registry';

export function MembersSection({ groupId }: SectionProps) {
  const { t } = useTranslation();
  const members = useMembersBySeen(groupId);
  const language = useUiLanguage();
  const now = useNow();
  if (!groupId || members === undefined) return null;
  if (members.length === 0) return <p className="empty">{t('members.empty')}</p>;
  return <MemberList members={members} language={language} now={now} label={t('members.listLabel')} />;
}
