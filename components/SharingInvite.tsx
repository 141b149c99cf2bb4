import { useTranslation } from 'react-i18next';
import { SharingField } from './SharingField';

interface SharingInviteProps {
  /** The invite just made, shown once; null before one is made or once hidden. */
  invite: { code: string; passphrase: string } | null;
  busy: boolean;
  onCreate: () => void;
  onHide: () => void;
}

/** Making an invite for a co-admin: the code and its passphrase, shown once, to give by two channels. */
export function SharingInvite({ invite, busy, onCreate, onHide }: SharingInviteProps) {
  const { t } = useTranslation();
  const ignore = () => undefined;
  return (
    <section aria-labelledby="sharing-invite-title">
      <h4 id="sharing-invite-title">{t('sharing.inviteTitle')}</h4>
      <p className="help">{t('sharing.inviteExplain')}</p>
      {invite ? (
        <div data-testid="sharing-invite">
          <p>{t('sharing.inviteShown')}</p>
          <SharingField
            label={t('sharing.inviteCode')}
            value={invite.code}
            onChange={ignore}
            multiline
            readOnly
          />
          <SharingField
            label={t('sharing.invitePassphrase')}
            value={invite.passphrase}
            onChange={ignore}
            readOnly
          />
          <button type="button" onClick={onHide}>
            {t('sharing.hideInvite')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={onCreate} disabled={busy}>
          {busy ? t('sharing.working') : t('sharing.createInvite')}
        </button>
      )}
    </section>
  );
}
