import { useTranslation } from 'react-i18next';
import type { SharingStatus } from '@/storage/sharing/state';
import { formatDate, formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';

interface SharingStatusProps {
  status: SharingStatus;
  server: string;
  since: string;
  syncing: boolean;
  language: UiLanguage;
  now: Date;
  onSyncNow: () => void;
}

/** How sharing is going, in plain words: the connection, the last sync, what waits, what was refused. */
export function SharingStatusView({
  status,
  server,
  since,
  syncing,
  language,
  now,
  onSyncNow,
}: SharingStatusProps) {
  const { t } = useTranslation();
  // A changed ciphertext fails authentication; anything else refused is not a Tend document at all.
  const tampered = status.refused.filter((refusal) => refusal.reason === 'tampered').length;
  const invalid = status.refused.length - tampered;
  // Reachable is not up to date while a newer key is awaited: nothing is sent meanwhile (engine.ts).
  const connection = status.connection === 'ok' && status.waitingForKey > 0 ? 'waiting' : status.connection;
  return (
    <section aria-labelledby="sharing-status-title">
      <h4 id="sharing-status-title">{t('sharing.statusTitle')}</h4>
      <p>{t('sharing.sharedWith', { server, since: formatDate(since, language) })}</p>
      <p role="status" data-testid="sharing-connection" className={connection === 'ok' ? 'saved' : undefined}>
        {syncing ? t('sharing.working') : t(`sharing.connection.${connection}`)}
      </p>
      {status.lastSyncedAt && (
        <p data-testid="sharing-last-synced">
          {t('sharing.lastSynced', { when: formatRelative(status.lastSyncedAt, now, language) })}
        </p>
      )}
      {status.pending > 0 && <p>{t('sharing.pending', { count: status.pending })}</p>}
      {tampered > 0 && <p className="error">{t('sharing.refused', { count: tampered })}</p>}
      {invalid > 0 && <p className="error">{t('sharing.refusedInvalid', { count: invalid })}</p>}
      {status.waitingForKey > 0 && (
        <p className="error">{t('sharing.waitingForKey', { count: status.waitingForKey })}</p>
      )}
      {status.error && status.connection !== 'ok' && (
        <p className="help">{t('sharing.details', { error: status.error })}</p>
      )}
      <button type="button" onClick={onSyncNow} disabled={syncing}>
        {t('sharing.syncNow')}
      </button>
    </section>
  );
}
