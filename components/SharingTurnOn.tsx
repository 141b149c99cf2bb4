import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SharingField } from './SharingField';

export interface ServerLogin {
  username: string;
  password: string;
}

/** The first admin's form: the server's address and their own CouchDB login. */
export function SharingTurnOn({
  busy,
  onTurnOn,
}: {
  busy: boolean;
  onTurnOn: (server: string, login: ServerLogin) => void;
}) {
  const { t } = useTranslation();
  const [server, setServer] = useState('');
  const [login, setLogin] = useState<ServerLogin>({ username: '', password: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onTurnOn(server, login);
  };
  return (
    <form onSubmit={submit} aria-label={t('sharing.turnOnTitle')}>
      <h4>{t('sharing.turnOnTitle')}</h4>
      <SharingField
        label={t('sharing.server')}
        value={server}
        onChange={setServer}
        type="url"
        hint={t('sharing.serverHint')}
      />
      <LoginFields login={login} onChange={setLogin} />
      <button type="submit" className="primary" disabled={busy || server.trim() === ''}>
        {busy ? t('sharing.working') : t('sharing.turnOn')}
      </button>
    </form>
  );
}

/** A CouchDB user and password (each co-admin has their own). */
export function LoginFields({
  login,
  onChange,
}: {
  login: ServerLogin;
  onChange: (login: ServerLogin) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SharingField
        label={t('sharing.username')}
        value={login.username}
        autoComplete="username"
        onChange={(username) => onChange({ ...login, username })}
      />
      <SharingField
        label={t('sharing.password')}
        value={login.password}
        type="password"
        autoComplete="current-password"
        onChange={(password) => onChange({ ...login, password })}
      />
    </>
  );
}
