import { useTranslation } from 'react-i18next';
import type { NoteRow } from '@/storage/schema';
import { formatDate } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

interface LatestNoteProps {
  /** The moderators' notes about one member, oldest first (as `notesOf` and `useLatestNotes` give them). */
  notes: readonly NoteRow[];
  language: UiLanguage;
}

/**
 * The latest note about a member, shown next to them wherever the panel names them: its text (two lines at most
 * on screen, the whole text for screen readers), its date, and how many older notes there are. Notes are the
 * admin's own words: rendered as text, never as HTML. Nothing at all when there is no note.
 */
export function LatestNote({ notes, language }: LatestNoteProps) {
  const { t } = useTranslation();
  const latest = notes.at(-1);
  if (!latest) return null;
  const older = notes.length - 1;
  return (
    <span className="member-note" data-note-id={latest.id}>
      <span className="visually-hidden">{t('notes.latest')}: </span>
      <span className="member-note-text">{latest.text}</span>
      <span className="member-note-meta">
        <time dateTime={latest.createdAt}>{formatDate(latest.createdAt, language)}</time>
        {older > 0 && <> · {t('notes.more', { count: older })}</>}
      </span>
    </span>
  );
}
