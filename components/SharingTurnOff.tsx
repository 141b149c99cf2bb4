import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from './ConfirmStep';

/** Turning sharing off on this computer: a button, then a confirmation saying what goes and what stays. */
export function SharingTurnOff({ busy, onTurnOff }: { busy: boolean; onTurnOff: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="sharing-off-title">
      <h4 id="sharing-off-title">{t('sharing.turnOffTitle')}</h4>
      <ConfirmStep
        confirming={confirming}
        onConfirmingChange={setConfirming}
        askLabel={t('sharing.turnOff')}
        title={t('sharing.turnOffTitle')}
        explain={t('sharing.turnOffExplain')}
        confirmLabel={t('sharing.turnOffConfirm')}
        onConfirm={onTurnOff}
        busy={busy}
      />
    </section>
  );
}
