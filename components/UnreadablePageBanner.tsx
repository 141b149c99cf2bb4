import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthStatus } from '@/storage/schema';
import { PageCopyError, saveAnonymisedPageCopy } from './page-copy';

export type PageProblem = Exclude<HealthStatus, 'ok'>;

type Saving =
  | { step: 'idle' }
  | { step: 'saving' }
  | { step: 'saved'; fileName: string }
  | { step: 'failed'; message: string };

/**
 * Says, in an admin's words, why the last page could not be read (a Facebook change, a login wall, a version of
 * Facebook Tend does not read), and offers to save an anonymised copy of the page for a bug report: made in the
 * browser, saved as a file, never sent.
 */
export function UnreadablePageBanner({
  problem,
  kind,
  save = saveAnonymisedPageCopy,
}: {
  problem: PageProblem;
  kind: string;
  save?: () => Promise<string>;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState<Saving>({ step: 'idle' });
  const onSave = async () => {
    setSaving({ step: 'saving' });
    try {
      setSaving({ step: 'saved', fileName: await save() });
    } catch (error) {
      const noTab = error instanceof PageCopyError && error.reason === 'no-tab';
      const detail = error instanceof Error ? error.message : '';
      setSaving({
        step: 'failed',
        message: noTab ? t('pageHealth.noTab') : t('pageHealth.failed', { detail }),
      });
    }
  };
  return (
    <div className="banner warning" role="alert" data-testid="unreadable-page">
      <p>{t(`pageHealth.${problem}`, { kind })}</p>
      <p>{t('pageHealth.copyHint')}</p>
      <button type="button" onClick={() => void onSave()} disabled={saving.step === 'saving'}>
        {saving.step === 'saving' ? t('pageHealth.saving') : t('pageHealth.save')}
      </button>
      <p aria-live="polite" data-testid="page-copy-result">
        {saving.step === 'saved' && t('pageHealth.saved', { fileName: saving.fileName })}
        {saving.step === 'failed' && saving.message}
      </p>
    </div>
  );
}
