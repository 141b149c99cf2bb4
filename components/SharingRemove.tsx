import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from './ConfirmStep';

interface SharingRemoveProps {
  busy: boolean;
  /** After a removal: whether the server already holds only the new key's documents. */
  done: { synced: boolean } | null;
  onRemove: () => void;
}

/**
 * Removing a co-admin: a new key for the group. Says plainly what it does (new documents under a key the removed
 * admin lacks, a new invite for each one who stays) and what it cannot do (take back what they already had).
 */
export function SharingRemove({ busy, done, onRemove }: SharingRemoveProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const remove = () => {
    setConfirming(false);
    onRemove();
  };
  return (
    <section aria-labelledby="sharing-remove-title">
      <h4 id="sharing-remove-title">{t('sharing.removeTitle')}</h4>
      <p className="help">{t('sharing.removeExplain')}</p>
      <p className="help">{t('sharing.removeCannot')}</p>
      {done && (
        <p role="status" className="saved" data-testid="sharing-removed">
          {t(done.synced ? 'sharing.removeDone' : 'sharing.removeDoneLater')}
        </p>
      )}
      <ConfirmStep
        confirming={confirming}
        onConfirmingChange={setConfirming}
        askLabel={t('sharing.removeStart')}
        title={t('sharing.removeTitle')}
        explain={t('sharing.removeConfirmExplain')}
        confirmLabel={t('sharing.removeConfirm')}
        onConfirm={remove}
        busy={busy}
      />
    </section>
  );
}
