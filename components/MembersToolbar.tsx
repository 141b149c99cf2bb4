import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface MembersToolbarProps {
  /** The views offered, as keys such as `all:lastSeen` or `tier:core`, in order. */
  viewKeys: readonly string[];
  viewKey: string;
  searchText: string;
  inNotes: boolean;
  onView: (viewKey: string) => void;
  onSearch: (text: string) => void;
  onInNotes: (inNotes: boolean) => void;
}

/** Which members are listed: the view, a search as you type, and whether it looks in the notes too. */
export function MembersToolbar({ viewKeys, viewKey, searchText, inNotes, ...on }: MembersToolbarProps) {
  const { t } = useTranslation();
  const viewId = useId();
  const searchId = useId();
  return (
    <div className="toolbar">
      <div className="field">
        <label htmlFor={viewId}>{t('members.show')}</label>
        <select id={viewId} value={viewKey} onChange={(event) => on.onView(event.target.value)}>
          {viewKeys.map((key) => (
            <option key={key} value={key}>
              {t(`members.views.${key.replace(':', '_')}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={searchId}>{t('members.search')}</label>
        <input
          id={searchId}
          type="search"
          value={searchText}
          onChange={(event) => on.onSearch(event.target.value)}
        />
        <label className="inline">
          <input type="checkbox" checked={inNotes} onChange={(event) => on.onInNotes(event.target.checked)} />{' '}
          {t('members.searchNotes')}
        </label>
      </div>
    </div>
  );
}
