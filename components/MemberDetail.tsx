import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow, NoteRow, ProspectRow } from '@/storage/schema';
import type { UiLanguage } from '@/utils/i18n';
import { ForgetMember } from './ForgetMember';
import { MemberFacts } from './MemberFacts';
import { MemberNotes, type RunAndReport } from './MemberNotes';

interface MemberDetailProps {
  member: MemberRow;
  notes: readonly NoteRow[];
  /** How they came: their request to join (time, screening answers if kept) or invitation, when Tend saw one. */
  request?: ProspectRow | null | undefined;
  /** Their answer in "who went quiet", when known: a long silence seen too little to judge is said in words. */
  activity?: { notEnoughSeen: boolean } | null | undefined;
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
  activity,
  language,
  now,
  onBack,
  ...changes
}: MemberDetailProps) {
  const { t } = useTranslation();
  const titleId = useId();
  // One status line for every change made here (note added or deleted, member forgotten).
  const [status, setStatus] = useState('');
  const run: RunAndReport = async (work, done) => {
    try {
      await work();
      setStatus(done);
    } catch (error) {
      setStatus(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <section className="member-detail" aria-labelledby={titleId}>
      <button type="button" className="link-button" onClick={onBack}>
        ← {t('common.back')}
      </button>
      <h3 id={titleId}>{member.name}</h3>
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
      {activity?.notEnoughSeen && <p className="member-meta">{t('activity.notEnoughSeen')}</p>}
      <MemberFacts member={member} request={request} language={language} now={now} />
      <MemberNotes
        notes={notes}
        language={language}
        run={run}
        onAddNote={changes.onAddNote}
        onDeleteNote={changes.onDeleteNote}
      />
      <ForgetMember name={member.name} run={run} onForget={changes.onForget} />
      <p role="status">{status}</p>
    </section>
  );
}
