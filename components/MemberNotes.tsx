import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '@/storage/schema';
import { formatDate } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

/** Runs a change and reports it in the member's status line (its message when done, or the error). */
export type RunAndReport = (work: () => Promise<void>, done: string) => Promise<void>;

interface MemberNotesProps {
  notes: readonly NoteRow[];
  language: UiLanguage;
  run: RunAndReport;
  onAddNote: (text: string) => Promise<void>;
  onDeleteNote: (note: NoteRow) => Promise<void>;
}

/** A member's notes, newest as given, each with Delete, and the field to add one. */
export function MemberNotes({ notes, language, run, onAddNote, onDeleteNote }: MemberNotesProps) {
  const { t } = useTranslation();
  return (
    <>
      <h4>{t('notes.title')}</h4>
      {notes.length === 0 ? (
        <p className="empty">{t('notes.none')}</p>
      ) : (
        <ul className="notes">
          {notes.map((note) => (
            <li key={note.id}>
              <span className="note-text">{note.text}</span>
              <span className="member-meta">
                {formatDate(note.createdAt, language)}
                {note.author && <> · {note.author}</>}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => void run(() => onDeleteNote(note), t('notes.deleted'))}
              >
                {t('notes.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <NoteForm run={run} onAddNote={onAddNote} />
    </>
  );
}

function NoteForm({ run, onAddNote }: Pick<MemberNotesProps, 'run' | 'onAddNote'>) {
  const { t } = useTranslation();
  const noteId = useId();
  const [draft, setDraft] = useState('');
  const submitNote = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    void run(async () => {
      await onAddNote(draft.trim());
      setDraft('');
    }, t('notes.added'));
  };
  return (
    <form onSubmit={submitNote} className="field">
      <label htmlFor={noteId}>{t('notes.add')}</label>
      <textarea
        id={noteId}
        value={draft}
        maxLength={5000}
        rows={2}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" className="primary" disabled={!draft.trim()}>
        {t('notes.save')}
      </button>
    </form>
  );
}
