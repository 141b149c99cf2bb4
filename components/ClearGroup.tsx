import { useTranslation } from 'react-i18next';

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
      {!confirming ? (
        <button type="button" onClick={onAsk}>
          {t('data.clear', { groupId })}
        </button>
      ) : (
        <div className="confirm" role="group" aria-label={t('data.clearTitle')}>
          <p>{t('data.clearExplain', { groupId })}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={onConfirm}>
              {t('data.clearConfirm')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
