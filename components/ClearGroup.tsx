import { useTranslation } from 'react-i18next';
import { ConfirmStep } from './ConfirmStep';

interface ClearGroupProps {
  groupId: string;
  confirming: boolean;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Clearing the group the panel follows: a button, then a confirmation saying what goes. */
export function ClearGroup({ groupId, confirming, onAsk, onConfirm, onCancel }: ClearGroupProps) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('data.clearTitle')}</h3>
      <ConfirmStep
        confirming={confirming}
        onConfirmingChange={(ask) => (ask ? onAsk() : onCancel())}
        askLabel={t('data.clear', { groupId })}
        title={t('data.clearTitle')}
        explain={t('data.clearExplain', { groupId })}
        confirmLabel={t('data.clearConfirm')}
        onConfirm={onConfirm}
      />
    </>
  );
}
