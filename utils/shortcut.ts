/**
 * The keyboard shortcut that opens Tend's panel. Firefox opens its sidebar itself through the reserved
 * `_execute_sidebar_action` command; Chromium has no such command for side panels, so the background answers a
 * command of Tend's own by opening the side panel (entrypoints/background/shortcut.ts). Users can change the keys
 * in chrome://extensions/shortcuts or Firefox's add-ons page (Manage Extension Shortcuts).
 */
export const OPEN_PANEL_COMMAND = 'open-panel';
export const FIREFOX_SIDEBAR_COMMAND = '_execute_sidebar_action';
/** Alt+Shift+K: not taken by Chrome, Firefox or the usual desktops (Alt+Shift+T focuses Chrome's toolbar). */
export const PANEL_SHORTCUT = 'Alt+Shift+K';
