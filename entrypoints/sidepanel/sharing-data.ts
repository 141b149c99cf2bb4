/**
 * Sharing in the panel. The engine (and PouchDB and the configuration's schema with it) is a separate chunk,
 * imported only once the group the panel follows is shared: a solo admin's panel never loads it. While the panel
 * is open on a shared group, it syncs live (storage/sharing/live.ts); the sharing section reads the same state.
 */
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { db } from '@/storage/db';
import type { SharingEngine } from '@/storage/sharing/engine';
import { startLiveSync, type LiveSync } from '@/storage/sharing/live';
import { isShared, sharedEpoch } from '@/storage/sharing/shared-key';
import type { SharingStatus } from '@/storage/sharing/state';
import { permissionPattern, type SharingConfig } from '@/utils/sharing/config';
import { useLiveFor } from './data';

export const loadSharing = () => import('@/storage/sharing/setup');

/** Whether the browser grants the server's origin (the admin may take it back in the browser's settings). */
export const mayConnect = (database: string): Promise<boolean> =>
  browser.permissions.contains({ origins: [permissionPattern(database)] });

/** Whether the followed group is shared (undefined while loading). */
export function useIsShared(groupId: string | null): boolean | undefined {
  return useLiveFor(groupId, async (id) => (id ? isShared(db(), id) : false));
}

/**
 * The key epoch the followed group is shared under, 0 when it is not shared (undefined while loading): a new key
 * (a co-admin removed here, or a new invite taken) opens the engine again, since an engine keeps its key.
 */
function useSharedEpoch(groupId: string | null): number | undefined {
  return useLiveFor(groupId, async (id) => (id ? sharedEpoch(db(), id) : 0));
}

export interface SharedGroup {
  config: SharingConfig;
  status: SharingStatus;
  syncing: boolean;
  syncNow: () => void;
}

/** The followed group's sharing: undefined while loading, null when it is not shared. */
export type SharingView = SharedGroup | null | undefined;

export const SharingContext = createContext<SharingView>(undefined);
export const useSharingView = (): SharingView => useContext(SharingContext);

/** Opens the engine of a shared group and syncs live while the panel shows it. */
export function useSharing(groupId: string | null): SharingView {
  const epoch = useSharedEpoch(groupId);
  const shared = epoch === undefined ? undefined : epoch > 0;
  const [view, setView] = useState<Omit<SharedGroup, 'syncNow'> | null>(null);
  const engine = useRef<SharingEngine | null>(null);
  useEffect(() => {
    if (!groupId || !shared) return;
    let live: LiveSync | undefined;
    let stopped = false;
    void loadSharing()
      .then(async (sharing) => {
        const config = await sharing.loadSharingConfig(db(), groupId);
        if (!config || stopped) return;
        const opened = await sharing.openEngine(db(), config, { mayConnect });
        engine.current = opened;
        setView({ config, status: await opened.status(), syncing: true });
        if (stopped) return;
        live = startLiveSync({
          sync: () => opened.sync(),
          everyMs: 60_000,
          onReport: (report) => !stopped && setView({ config, status: report.status, syncing: false }),
        });
      })
      .catch((error: unknown) => console.warn('Tend: sharing could not start in the panel', error));
    return () => {
      stopped = true;
      engine.current = null;
      live?.stop();
      // The view is kept while the engine opens again under a new key, so the sharing section (the new invite
      // it shows after a removal) stays as it is; another group's view is never shown (see below).
    };
  }, [groupId, shared, epoch]);

  if (shared === undefined) return undefined;
  if (!shared) return null;
  if (!view || view.config.groupId !== groupId) return undefined;
  const syncNow = () => {
    const current = engine.current;
    if (!current) return;
    setView({ ...view, syncing: true });
    void current.sync().then((report) => setView({ ...view, status: report.status, syncing: false }));
  };
  return { ...view, syncNow };
}
