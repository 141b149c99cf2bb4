/**
 * Changing a shared group's key from the panel: removing a co-admin (a new key, and a new invite for those who
 * stay), or taking the new key a co-admin gave after a removal. Once the saved configuration changes, the panel
 * opens its engine again under the new key (sharing-data.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SharingNewKey } from '@/components/SharingNewKey';
import { SharingRemove } from '@/components/SharingRemove';
import { db } from '@/storage/db';
import { loadSharing, mayConnect } from '../sharing-data';

interface KeyChangeProps {
  groupId: string;
  say: (problem: string | null) => void;
  /** The new invite made after a removal, to show once. */
  onInvite: (invite: { code: string; passphrase: string }) => void;
}

export function SharingKeyChange({ groupId, say, onInvite }: KeyChangeProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<{ synced: boolean } | null>(null);
  const [taken, setTaken] = useState(false);
  const working = async (run: () => Promise<void>) => {
    say(null);
    setBusy(true);
    await run()
      .catch((error: unknown) => {
        // A local failure (the replica, or an engine opened under an older key): said in words, logged in full.
        console.warn('Tend: the sharing key could not be changed', error);
        const newer = (error as { name?: unknown } | null)?.name === 'NewerKeyWaiting';
        say(t(newer ? 'sharing.problem.newerKey' : 'sharing.problem.keyChange'));
      })
      .finally(() => setBusy(false));
  };
  const remove = () =>
    void working(async () => {
      const sharing = await loadSharing();
      const rotated = await sharing.removeCoAdmin(db(), groupId, { mayConnect });
      if (!rotated) return;
      onInvite(await sharing.createInvite(rotated.config));
      setRemoved({ synced: rotated.report.ok });
    });
  const take = (code: string, passphrase: string) =>
    void working(async () => {
      setTaken(false);
      const sharing = await loadSharing();
      const opened = await sharing.openInvite(code, passphrase);
      if (!opened.ok) return say(t(`sharing.problem.${opened.problem}`));
      const result = await sharing.takeNewKey(db(), opened.content, { mayConnect });
      if (!result.ok) return say(t(`sharing.problem.${result.problem}`));
      setTaken(true);
    });
  return (
    <>
      <SharingNewKey busy={busy} taken={taken} onTake={take} />
      <SharingRemove busy={busy} done={removed} onRemove={remove} />
    </>
  );
}
