import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SharingField } from './SharingField';
import { LoginFields, type ServerLogin } from './SharingTurnOn';

/** An opened invite: which group, on which server. */
export interface InviteSummary {
  groupId: string;
  server: string;
}

interface SharingJoinProps {
  busy: boolean;
  /** Set once the invite is opened; the admin then joins with their own login. */
  opened: InviteSummary | null;
  onOpen: (code: string, passphrase: string) => void;
  onJoin: (login: ServerLogin) => void;
}

/**
 * Joining with a co-admin's invite, in two clicks: the invite is opened first (it says which server it is for),
 * then joining asks the browser for that server, while the click still counts as the admin's.
 */
export function SharingJoin({ busy, opened, onOpen, onJoin }: SharingJoinProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [login, setLogin] = useState<ServerLogin>({ username: '', password: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (opened) onJoin(login);
    else onOpen(code, passphrase);
  };
  return (
    <form onSubmit={submit} aria-label={t('sharing.joinTitle')}>
      <h4>{t('sharing.joinTitle')}</h4>
      <SharingField
        label={t('sharing.code')}
        value={code}
        onChange={setCode}
        multiline
        readOnly={opened !== null}
      />
      <SharingField
        label={t('sharing.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        readOnly={opened !== null}
      />
      {opened && (
        <>
          <p>{t('sharing.inviteFor', { groupId: opened.groupId, server: opened.server })}</p>
          <LoginFields login={login} onChange={setLogin} />
        </>
      )}
      <button
        type="submit"
        className="primary"
        disabled={busy || code.trim() === '' || passphrase.trim() === ''}
      >
        {busy ? t('sharing.working') : opened ? t('sharing.join') : t('sharing.openInvite')}
      </button>
    </form>
  );
}
