import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface GroupChoice {
  groupId: string;
  name?: string;
}

interface GroupSwitcherProps {
  groups: readonly GroupChoice[];
  currentGroupId: string | null;
  onChange: (groupId: string) => void;
}

/** Chooses which of the groups Tend knows the panel shows. Hidden while Tend knows one group or none. */
export function GroupSwitcher({ groups, currentGroupId, onChange }: GroupSwitcherProps) {
  const { t } = useTranslation();
  const id = useId();
  if (groups.length < 2) return null;
  return (
    <div className="group-switcher">
      <label htmlFor={id}>{t('group.switch')}</label>
      <select id={id} value={currentGroupId ?? ''} onChange={(event) => onChange(event.target.value)}>
        {currentGroupId === null && <option value="">{t('group.none')}</option>}
        {groups.map((group) => (
          <option key={group.groupId} value={group.groupId}>
            {group.name ? `${group.name} (${group.groupId})` : t('group.current', { groupId: group.groupId })}
          </option>
        ))}
      </select>
    </div>
  );
}
