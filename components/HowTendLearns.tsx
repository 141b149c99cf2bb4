/**
 * What to do when the panel is empty: how Tend learns, in two sentences, and, when Tend knows the group, a plain
 * link to its members list. The admin follows the link; Tend itself never opens or navigates to any page.
 */
import { useTranslation } from 'react-i18next';
import { membersPageUrl } from '@/utils/facebook/links';

interface HowTendLearnsProps {
  /** The group the panel follows; null before Tend has seen any group (then there is no link). */
  groupId: string | null;
  groupName?: string;
  /** Words before the explanation, in bold ("To begin:"). */
  lead?: string;
}

export function HowTendLearns({ groupId, groupName, lead }: HowTendLearnsProps) {
  const { t } = useTranslation();
  return (
    <div className="how-tend-learns" data-testid="how-tend-learns">
      <p>
        {lead && <strong>{lead} </strong>}
        {t('learn.how')}
      </p>
      {groupId && (
        <p>
          <a href={membersPageUrl(groupId)} target="_blank" rel="noopener noreferrer">
            {groupName ? t('learn.openMembers', { group: groupName }) : t('learn.openMembersUnnamed')}
            <span className="visually-hidden"> {t('learn.newTab')}</span>
          </a>
        </p>
      )}
    </div>
  );
}
