import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SharingField } from './SharingField';

interface SharingNewKeyProps {
  busy: boolean;
  /** Set once a new key was taken from an invite. */
  taken: boolean;
  onTake: (code: string, passphrase: string) => void;
}

/** A co-admin who stays after a removal takes the group's new key from the new invite they were given. */
export function SharingNewKey({ busy, taken, onTake }: SharingNewKeyProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onTake(code, passphrase);
  };
  return (
    <form onSubmit={submit} aria-label={t('sharing.newKeyTitle')}>
      <h4>{t('sharing.newKeyTitle')}</h4>
      <p className="help">{t('sharing.newKeyExplain')}</p>
      <SharingField label={t('sharing.code')} value={code} onChange={setCode} multiline />
      <SharingField label={t('sharing.passphrase')} value={passphrase} onChange={setPassphrase} />
      {taken && (
        <p role="status" className="saved">
          {t('sharing.newKeyDone')}
        </p>
      )}
      <button type="submit" disabled={busy || code.trim() === '' || passphrase.trim() === ''}>
        {busy ? t('sharing.working') : t('sharing.newKeyUse')}
      </button>
    </form>
  );
}
