import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunAndReport } from './MemberNotes';

interface ForgetMemberProps {
  name: string;
  run: RunAndReport;
  onForget: (neverRecordAgain: boolean) => Promise<void>;
}

/** Forgetting a member: a button, then a confirmation saying what goes, with "never record them again". */
export function ForgetMember({ name, run, onForget }: ForgetMemberProps) {
  const { t } = useTranslation();
  const [confirmingForget, setConfirmingForget] = useState(false);
  const [neverAgain, setNeverAgain] = useState(false);
  return (
    <>
      <h4>{t('forget.title')}</h4>
      {!confirmingForget ? (
        <button type="button" onClick={() => setConfirmingForget(true)}>
          {t('forget.button')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-label={t('forget.title')}>
          <p>{t('forget.explain', { name })}</p>
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
    </>
  );
}
