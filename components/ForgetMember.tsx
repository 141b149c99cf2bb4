import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from './ConfirmStep';
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
      <ConfirmStep
        confirming={confirmingForget}
        onConfirmingChange={setConfirmingForget}
        askLabel={t('forget.button')}
        title={t('forget.title')}
        explain={t('forget.explain', { name })}
        confirmLabel={t('forget.confirm')}
        onConfirm={() => void run(() => onForget(neverAgain), t('forget.done'))}
      >
        <label>
          <input
            type="checkbox"
            checked={neverAgain}
            onChange={(event) => setNeverAgain(event.target.checked)}
          />{' '}
          {t('forget.neverAgain')}
        </label>
      </ConfirmStep>
    </>
  );
}
