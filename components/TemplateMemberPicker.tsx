import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow, NoteRow } from '@/storage/schema';
import type { UiLanguage } from '@/utils/i18n';
import { LatestNote } from './LatestNote';

interface TemplateMemberPickerProps {
  query: string;
  onQuery: (query: string) => void;
  /** Members found for the query; `undefined` while searching. */
  results: readonly MemberRow[] | undefined;
  more: boolean;
  chosen: MemberRow | null;
  onPick: (member: MemberRow | null) => void;
  disabled: boolean;
  /** The moderators' notes about the members shown (found or chosen), oldest first, by member id. */
  notesByMember: ReadonlyMap<string, readonly NoteRow[]> | undefined;
  language: UiLanguage;
}

/** Search the current group's members by name and pick one to fill the placeholders. */
export function TemplateMemberPicker({
  query,
  onQuery,
  results,
  more,
  chosen,
  onPick,
  disabled,
  notesByMember,
  language,
}: TemplateMemberPickerProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  if (disabled) return <p className="help">{t('replies.member.noGroup')}</p>;
  return (
    <div className="member-picker-block">
      {chosen ? (
        <p className="member-picker">
          <span role="status">{t('replies.member.chosen', { name: chosen.name })}</span>
          <button type="button" onClick={() => onPick(null)}>
            {t('replies.member.clear')}
          </button>
          <LatestNote notes={notesByMember?.get(chosen.memberId) ?? []} language={language} />
        </p>
      ) : (
        <div className="field">
          <label htmlFor={inputId}>{t('replies.member.label')}</label>
          <input
            id={inputId}
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby={hintId}
            onChange={(event) => onQuery(event.target.value)}
          />
          <span id={hintId} className="help">
            {t('replies.member.hint')}
          </span>
          {query.trim() !== '' && results !== undefined && (
            <>
              {results.length === 0 ? (
                <p className="empty">{t('replies.member.none')}</p>
              ) : (
                <ul className="member-results" aria-label={t('replies.member.results')}>
                  {results.map((member) => (
                    <li key={member.memberId}>
                      <button
                        type="button"
                        aria-label={t('replies.member.pick', { name: member.name })}
                        onClick={() => onPick(member)}
                      >
                        {member.name}
                      </button>
                      <LatestNote notes={notesByMember?.get(member.memberId) ?? []} language={language} />
                    </li>
                  ))}
                </ul>
              )}
              {more && <p className="help">{t('replies.member.more')}</p>}
            </>
          )}
        </div>
      )}
    </div>
  );
}
