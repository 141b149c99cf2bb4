/**
 * The keyboard shortcut on Chromium: the browser sends Tend's own command (declared in wxt.config.ts) and the
 * background opens the side panel of that window. Firefox opens its sidebar itself (`_execute_sidebar_action`),
 * so there the listener never hears this command. `sidePanel.open` is accepted only during the user's gesture,
 * which does not survive an `await`: it is the first and only thing the listener does.
 */
import { OPEN_PANEL_COMMAND } from '@/utils/shortcut';

interface CommandTab {
  windowId?: number;
}
export interface ShortcutApi {
  commands?: { onCommand: { addListener(listener: (command: string, tab?: CommandTab) => void): void } };
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  windows?: { WINDOW_ID_CURRENT: number };
}

/** Listens for the open-panel command; does nothing where the browser has no side panel API. */
export function listenForPanelShortcut(api: ShortcutApi | undefined): void {
  const { commands, sidePanel } = api ?? {};
  if (!commands || !sidePanel) return;
  commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND) return;
    const windowId = tab?.windowId ?? api?.windows?.WINDOW_ID_CURRENT ?? -2;
    sidePanel.open({ windowId }).catch((error: unknown) => console.warn('Tend: panel not opened', error));
  });
}
