import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Turning sharing off on this computer: a button, then a confirmation saying what goes and what stays. */
export function SharingTurnOff({ busy, onTurnOff }: { busy: boolean; onTurnOff: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="sharing-off-title">
      <h4 id="sharing-off-title">{t('sharing.turnOffTitle')}</h4>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('sharing.turnOff')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-label={t('sharing.turnOffTitle')}>
          <p>{t('sharing.turnOffExplain')}</p>
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={onTurnOff}>
              {t('sharing.turnOffConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
