import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow, NoteRow, ProspectRow } from '@/storage/schema';
import { formatDate, formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

interface MemberDetailProps {
  member: MemberRow;
  notes: readonly NoteRow[];
  /** How they came: their request to join (time, screening answers if kept) or invitation, when Tend saw one. */
  request?: ProspectRow | null | undefined;
  language: UiLanguage;
  now: Date;
  onBack: () => void;
  onAddNote: (text: string) => Promise<void>;
  onDeleteNote: (note: NoteRow) => Promise<void>;
  onForget: (neverRecordAgain: boolean) => Promise<void>;
}

/** Everything Tend knows about one member, with their notes, and the way to forget them. */
export function MemberDetail({
  member,
  notes,
  request,
  language,
  now,
  onBack,
  onAddNote,
  onDeleteNote,
  onForget,
}: MemberDetailProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  const [confirmingForget, setConfirmingForget] = useState(false);
  const [neverAgain, setNeverAgain] = useState(false);

  const run = async (work: () => Promise<void>, done: string) => {
    try {
      await work();
      setStatus(done);
    } catch (error) {
      setStatus(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const submitNote = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    void run(async () => {
      await onAddNote(draft.trim());
      setDraft('');
    }, t('notes.added'));
  };
  // A date when the card's time was understood (approximate beyond a day), else the words it showed.
  const askedWhen = (row: ProspectRow) => {
    if (row.requestedAfter === undefined || row.requestedBefore === undefined) return row.rawRequest ?? '';
    const exact =
      row.requestPrecision === 'minute' || row.requestPrecision === 'hour' || row.requestPrecision === 'day';
    const middle = new Date(
      (Date.parse(row.requestedAfter) + Date.parse(row.requestedBefore)) / 2,
    ).toISOString();
    return exact
      ? formatDate(row.requestedAfter, language)
      : t('members.askedToJoinAround', { date: formatDate(middle, language) });
  };
  const facts: [string, string][] = [
    [t('members.firstSeen'), formatDate(member.firstSeenAt, language)],
    [t('members.lastSeenLabel'), formatRelative(member.lastSeenAt, now, language)],
    [
      t('members.lastActive'),
      member.lastActiveAt ? formatRelative(member.lastActiveAt, now, language) : t('members.neverActive'),
    ],
    [
      t('members.activity'),
      `${t('members.posts', { count: member.postCount })}, ${t('members.comments', { count: member.commentCount })}`,
    ],
  ];
  if (member.rawJoin) facts.push([t('members.joinLine'), member.rawJoin]);
  if (member.section) facts.push([t('members.section'), member.section]);
  if (member.invitedBy) facts.push([t('members.invitedBy'), member.invitedBy.name]);
  if (member.previousNames.length) facts.push([t('members.previousNames'), member.previousNames.join(', ')]);
  if (request?.status === 'requested') facts.push([t('members.askedToJoin'), askedWhen(request)]);
  if (request?.status === 'invited' && !member.invitedBy)
    facts.push([t('members.wasInvited'), request.invitedBy?.name ?? '']);
  const answers = request?.answers ?? [];

  return (
    <section className="member-detail" aria-labelledby={`${noteId}-title`}>
      <button type="button" className="link-button" onClick={onBack}>
        ← {t('common.back')}
      </button>
      <h3 id={`${noteId}-title`}>{member.name}</h3>
      <p>
        <a href={member.profileUrl} target="_blank" rel="noreferrer noopener">
          {t('members.openProfile')}
        </a>
        {member.lastActiveLink && (
          <>
            {' · '}
            <a href={member.lastActiveLink} target="_blank" rel="noreferrer noopener">
              {t('members.openLastActivity')}
            </a>
          </>
        )}
      </p>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {answers.length > 0 && (
        <>
          <h4>{t('members.screeningAnswers')}</h4>
          <dl className="facts answers">
            {answers.map((entry, index) => (
              <div key={index}>
                <dt>{entry.question}</dt>
                <dd>{entry.answer}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
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
      <h4>{t('forget.title')}</h4>
      {!confirmingForget ? (
        <button type="button" onClick={() => setConfirmingForget(true)}>
          {t('forget.button')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-label={t('forget.title')}>
          <p>{t('forget.explain', { name: member.name })}</p>
          <label>
            <input
              type="checkbox"
              checked={neverAgain}
              onChange={(event) => setNeverAgain(event.target.checked)}
            />{' '}
            {t('forget.neverAgain')}
          </label>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => void run(() => onForget(neverAgain), t('forget.done'))}
            >
              {t('forget.confirm')}
            </button>
            <button type="button" onClick={() => setConfirmingForget(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
