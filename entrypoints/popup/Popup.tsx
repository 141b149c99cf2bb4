import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { LanguageProvider } from '@/components/LanguageProvider';
import { useCurrentState, useMemberCount, useSettings } from '@/storage/live';

/** Opens the side panel (Chrome) or sidebar (Firefox) of the current window. Must run from a user gesture. */
async function openPanel() {
  const chromeSidePanel = (
    globalThis as { chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> } } }
  ).chrome?.sidePanel;
  if (chromeSidePanel) {
    const window = await browser.windows.getCurrent();
    if (window.id !== undefined) await chromeSidePanel.open({ windowId: window.id });
  } else {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  }
  globalThis.close();
}

export function Popup() {
  const settings = useSettings();
  if (!settings) return null;
  return (
    <LanguageProvider setting={settings.language}>
      <Summary />
    </LanguageProvider>
  );
}

function Summary() {
  const { t } = useTranslation();
  const current = useCurrentState();
  const groupId = current?.groupId ?? null;
  const count = useMemberCount(groupId);
  return (
    <div className="popup">
      <h1>{t('app.name')}</h1>
      <p>{groupId && count !== undefined ? t('popup.summary', { count, groupId }) : t('group.none')}</p>
      <button className="primary" type="button" onClick={() => void openPanel()}>
        {t('popup.openPanel')}
      </button>
    </div>
  );
}
