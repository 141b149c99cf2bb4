/**
 * The keyboard shortcut on Chromium: Tend's command opens the side panel of the window it was pressed in, at once
 * (the user's gesture does not survive an await); other commands and browsers without a side panel are left alone.
 */
import { describe, expect, it, vi } from 'vitest';
import { listenForPanelShortcut, type ShortcutApi } from '@/entrypoints/background/shortcut';
import { OPEN_PANEL_COMMAND } from '@/utils/shortcut';

function fakeApi(withSidePanel = true) {
  let listener: ((command: string, tab?: { windowId?: number }) => void) | undefined;
  const open = vi.fn(async (_options: { windowId: number }) => {});
  const api: ShortcutApi = {
    commands: { onCommand: { addListener: (added) => (listener = added) } },
    ...(withSidePanel ? { sidePanel: { open } } : {}),
    windows: { WINDOW_ID_CURRENT: -2 },
  };
  return { api, open, press: (command: string, tab?: { windowId?: number }) => listener?.(command, tab) };
}

describe('panel shortcut', () => {
  it('opens the side panel of the window, synchronously', () => {
    const { api, open, press } = fakeApi();
    listenForPanelShortcut(api);
    press(OPEN_PANEL_COMMAND, { windowId: 7 });
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('falls back to the current window when the command comes without a tab', () => {
    const { api, open, press } = fakeApi();
    listenForPanelShortcut(api);
    press(OPEN_PANEL_COMMAND);
    expect(open).toHaveBeenCalledWith({ windowId: -2 });
  });

  it('control: another command opens nothing', () => {
    const { api, open, press } = fakeApi();
    listenForPanelShortcut(api);
    press('something-else', { windowId: 7 });
    expect(open).not.toHaveBeenCalled();
  });

  it('does nothing without a side panel API (Firefox opens its sidebar itself)', () => {
    const { api, press } = fakeApi(false);
    expect(() => {
      listenForPanelShortcut(api);
      press(OPEN_PANEL_COMMAND, { windowId: 7 });
    }).not.toThrow();
    expect(() => listenForPanelShortcut(undefined)).not.toThrow();
  });
});
