/**
 * Sharing in the panel. The engine (and PouchDB and the configuration's schema with it) is a separate chunk,
 * imported only once the group the panel follows is shared: a solo admin's panel never loads it.
 */
import { useEffect } from 'react';
import { db } from '@/storage/db';
import type { SyncReport } from '@/storage/sharing/engine';
import { startLiveSync, type LiveSync } from '@/storage/sharing/live';
import { isShared } from '@/storage/sharing/shared-key';
import { permissionPattern } from '@/utils/sharing/config';
import { useLiveFor } from './data';

export const loadSharing = () => import('@/storage/sharing/setup');

/** Whether the browser grants the server's origin (the admin may take it back in the browser's settings). */
export const mayConnect = (database: string): Promise<boolean> =>
  browser.permissions.contains({ origins: [permissionPattern(database)] });

/** Whether the followed group is shared (undefined while loading). */
export function useIsShared(groupId: string | null): boolean | undefined {
  return useLiveFor(groupId, async (id) => (id ? isShared(db(), id) : false));
}

/** While the panel is open on a shared group: live sync (storage/sharing/live.ts), each report to `onReport`. */
export function useLiveSharing(
  groupId: string | null,
  shared: boolean | undefined,
  onReport?: (report: SyncReport) => void,
) {
  useEffect(() => {
    if (!groupId || !shared) return;
    let live: LiveSync | undefined;
    let stopped = false;
    void loadSharing().then(async (sharing) => {
      const config = await sharing.loadSharingConfig(db(), groupId);
      if (!config || stopped) return;
      const engine = await sharing.openEngine(db(), config, { mayConnect });
      if (!stopped) live = startLiveSync({ sync: () => engine.sync(), everyMs: 60_000, onReport });
    });
    return () => {
      stopped = true;
      live?.stop();
    };
    // A new report callback is the same sharing; only the group and its being shared restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [groupId, shared]);
}
