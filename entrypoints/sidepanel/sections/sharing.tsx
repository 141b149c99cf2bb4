import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SharingInvite } from '@/components/SharingInvite';
import { SharingJoin, type InviteSummary } from '@/components/SharingJoin';
import { SharingStatusView } from '@/components/SharingStatusView';
import { SharingTurnOff } from '@/components/SharingTurnOff';
import { SharingTurnOn, type ServerLogin } from '@/components/SharingTurnOn';
import { useUiLanguage } from '@/components/LanguageProvider';
import { useNow } from '@/components/useNow';
import { db } from '@/storage/db';
import type { SharingStatus } from '@/storage/sharing/state';
import { send } from '@/storage/messaging';
import { checkServerUrl, permissionPattern } from '@/utils/sharing/config';
import type { InviteContent } from '@/utils/sharing/invite';
import { SYNC_ALARM, SYNC_EVERY_MINUTES } from '@/utils/sharing/schedule';
import { loadSharing, mayConnect, useSharingView, type SharedGroup } from '../sharing-data';
import type { SectionProps } from './registry';
import { SharingKeyChange } from './sharing-key';

type Say = (problem: string | null) => void;

const loginOf = ({ username, password }: ServerLogin) =>
  username.trim() === '' ? {} : { username: username.trim(), password };

/** Asks the browser for the server's origin; call it first in a click handler, while the click counts. */
const askFor = (database: string) => browser.permissions.request({ origins: [permissionPattern(database)] });

/** The service worker's periodic sync (entrypoints/background/sharing-sync.ts clears it once nothing is shared). */
const startAlarm = () => browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });

/** Gives the origin back unless another shared group still uses that server. */
async function release(database: string): Promise<void> {
  const sharing = await loadSharing();
  const pattern = permissionPattern(database);
  const others = await sharing.sharedGroups(db());
  if (!others.some((config) => permissionPattern(config.database) === pattern))
    await browser.permissions.remove({ origins: [pattern] });
}

/**
 * Sharing the followed group's log with co-admins (shown in the Export & import section): turn on, join, status,
 * invite, a new key (removing a co-admin, or taking the new key after a removal), turn off.
 */
export function SharingSection({ groupId }: SectionProps) {
  const { t } = useTranslation();
  const view = useSharingView();
  const [problem, say] = useState<string | null>(null);
  return (
    <section className="sharing" aria-labelledby="sharing-title">
      <h3 id="sharing-title">{t('sharing.title')}</h3>
      <p>{t('sharing.intro')}</p>
      <p className="help">{t('sharing.whatShared')}</p>
      {view === null && <NotShared groupId={groupId} say={say} />}
      {view && groupId && <Shared groupId={groupId} view={view} say={say} />}
      <p role="alert" className="error">
        {problem}
      </p>
    </section>
  );
}

function NotShared({ groupId, say }: { groupId: string | null; say: Say }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [invite, setInvite] = useState<InviteContent | null>(null);
  const started = async (
    run: () => Promise<
      { ok: true } | { ok: false; problem: string; connection?: SharingStatus['connection'] }
    >,
  ) => {
    setBusy(true);
    const result = await run().finally(() => setBusy(false));
    if (result.ok) {
      await startAlarm();
      return true;
    }
    say(
      result.problem === 'failed'
        ? t('sharing.problem.failed', {
            detail: t(`sharing.connection.${result.connection ?? 'unreachable'}`),
          })
        : t(`sharing.problem.${result.problem}`),
    );
    return false;
  };
  const turnOn = (server: string, login: ServerLogin) => {
    say(null);
    const checked = checkServerUrl(server);
    if (!checked.ok || !groupId) return say(t(`sharing.problem.${checked.ok ? 'invalid' : checked.problem}`));
    void askFor(checked.url.href).then(async (granted) => {
      if (!granted) return say(t('sharing.problem.permission', { server: checked.url.origin }));
      const ok = await started(async () =>
        (await loadSharing()).turnOn(db(), groupId, server, loginOf(login), { mayConnect }),
      );
      if (!ok) await release(checked.url.href);
    });
  };
  const open = (code: string, passphrase: string) => {
    say(null);
    void started(async () => {
      const opened = await (await loadSharing()).openInvite(code, passphrase);
      if (opened.ok) setInvite(opened.content);
      return opened;
    });
  };
  const join = (login: ServerLogin) => {
    if (!invite) return;
    say(null);
    void askFor(invite.database).then(async (granted) => {
      if (!granted) return say(t('sharing.problem.permission', { server: new URL(invite.database).origin }));
      const ok = await started(async () =>
        (await loadSharing()).join(db(), invite, loginOf(login), { mayConnect }),
      );
      if (!ok) return release(invite.database);
      if (invite.ring.groupId !== groupId)
        await send({ type: 'setCurrentGroup', groupId: invite.ring.groupId });
    });
  };
  const summary: InviteSummary | null = invite && {
    groupId: invite.ring.groupId,
    server: new URL(invite.database).origin,
  };
  return (
    <>
      {groupId ? <SharingTurnOn busy={busy} onTurnOn={turnOn} /> : <p>{t('sharing.noGroup')}</p>}
      <SharingJoin busy={busy} opened={summary} onOpen={open} onJoin={join} />
    </>
  );
}

function Shared({ groupId, view, say }: { groupId: string; view: SharedGroup; say: Say }) {
  const language = useUiLanguage();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [invite, setInvite] = useState<{ code: string; passphrase: string } | null>(null);
  const { config } = view;
  const createInvite = () => {
    setBusy(true);
    void loadSharing()
      .then((sharing) => sharing.createInvite(config))
      .then(setInvite)
      .finally(() => setBusy(false));
  };
  const turnOff = () => {
    say(null);
    setBusy(true);
    void loadSharing()
      .then((sharing) => sharing.turnOff(db(), groupId))
      .then(() => release(config.database))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <SharingStatusView
        status={view.status}
        server={new URL(config.database).origin}
        since={config.since}
        syncing={view.syncing}
        language={language}
        now={now}
        onSyncNow={view.syncNow}
      />
      <SharingInvite invite={invite} busy={busy} onCreate={createInvite} onHide={() => setInvite(null)} />
      <SharingKeyChange groupId={groupId} say={say} onInvite={setInvite} />
      <SharingTurnOff busy={busy} onTurnOff={turnOff} />
    </>
  );
}
