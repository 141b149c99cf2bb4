// First: zod's settings must be in place before any schema is built.
import '@/utils/zod-config';
import { db } from '@/storage/db';
import { maybePruneSightings } from '@/storage/retention';
import { startBadge } from './badge';
import { createHandlers } from './handlers';
import { routeMessage } from './router';
import { startSharingSync } from './sharing-sync';
import { listenForPanelShortcut, type ShortcutApi } from './shortcut';
import { backgroundTestHook } from '@/utils/test-hooks';

export default defineBackground(() => {
  backgroundTestHook();
  const handlers = createHandlers(db());
  startBadge(db()); // Due onboarding items of the current group on the toolbar badge.
  listenForPanelShortcut((globalThis as { chrome?: ShortcutApi }).chrome); // Alt+Shift+K on Chromium.
  startSharingSync(db(), { alarms: browser.alarms }); // Only while a group is shared.
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Retention at start-up (throttled; also after ingest batches). No alarms permission needed.
  void maybePruneSightings(db(), new Date()).catch((error: unknown) =>
    console.warn('Tend: pruning failed', error),
  );

  // Answer with sendResponse + `return true`: a returned Promise is not an answer in every browser.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const from = { id: sender.id, url: sender.url, tabId: sender.tab?.id, tabUrl: sender.tab?.url };
    void routeMessage(raw, from, own, handlers).then(sendResponse);
    return true;
  });
});
