/**
 * The toolbar popup: a compact summary of the group the panel follows (the same live data as the panel, through
 * the panel's own hooks) and the way to open the panel.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { LanguageProvider, useUiLanguage } from '@/components/LanguageProvider';
import { LastPageStatus } from '@/components/LastPageStatus';
import { useNow } from '@/components/useNow';
import { useCurrentState, useSettings } from '@/storage/live';
import { formatNumber } from '@/utils/format';
import { useGroupRow, useMembersSeen } from '../sidepanel/data';
import { useUnseenSummary } from '../sidepanel/glance-data';
import { useOnboardingOutlook } from '../sidepanel/onboarding-data';

interface ChromePanelApi {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  windows?: { WINDOW_ID_CURRENT: number };
}
interface FirefoxSidebarApi {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox, declared by WXT as `sidebar_action`). Both browsers
 * accept this only during a user gesture, which does not survive an `await`: it must be the first thing the click
 * does, with the window already known.
 */
function openPanel(windowId: number | undefined): Promise<void> {
  const chromeApi = (globalThis as { chrome?: ChromePanelApi }).chrome;
  if (chromeApi?.sidePanel) {
    return chromeApi.sidePanel.open({ windowId: windowId ?? chromeApi.windows?.WINDOW_ID_CURRENT ?? -2 });
  }
  const sidebar = (browser as unknown as FirefoxSidebarApi).sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('this browser has no side panel'));
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
  const language = useUiLanguage();
  const now = useNow();
  const settings = useSettings();
  const current = useCurrentState();
  const groupId = current?.groupId ?? null;
  const group = useGroupRow(groupId);
  const membersSeen = useMembersSeen(groupId);
  const unseen = useUnseenSummary(groupId, settings);
  const onboarding = useOnboardingOutlook(groupId, settings, language, now);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    void browser.windows
      .getCurrent()
      .then((window) => setWindowId(window.id))
      .catch(() => undefined);
  }, []);

  const open = () => {
    openPanel(windowId).then(
      () => globalThis.close(),
      (error: unknown) =>
        setFailure(
          t('popup.openFailed', { message: error instanceof Error ? error.message : String(error) }),
        ),
    );
  };
  const loading =
    current === undefined ||
    group === undefined ||
    membersSeen === undefined ||
    (groupId !== null && (!unseen || !onboarding || !settings));
  const number = (value: number) => formatNumber(value, language);

  return (
    <main className="popup" aria-busy={loading}>
      <h1>{t('app.name')}</h1>
      {loading ? (
        <p className="help">{t('common.loading')}</p>
      ) : !groupId ? (
        <p>{t('group.noneHint')}</p>
      ) : (
        <section aria-labelledby="popup-group">
          <h2 id="popup-group">{group?.name ?? t('group.current', { groupId })}</h2>
          <p className="group-facts" data-testid="member-count">
            {t('group.membersSeen', { count: membersSeen })}
          </p>
          <dl className="popup-facts">
            <div>
              <dt>{t('popup.unseenTitle')}</dt>
              <dd data-testid="popup-unseen">
                {unseen?.unseen
                  ? t('popup.unseen', {
                      quiet: number(unseen.unseen.wentQuiet),
                      never: number(unseen.unseen.neverActive),
                      count: settings?.inactivityDays,
                    })
                  : t('popup.watchingFor', {
                      // Days' worth of the feed Tend read: the days "quiet" is counted on.
                      count: Math.floor(unseen?.activity.all.watchedDays ?? 0),
                      threshold: settings?.inactivityDays,
                    })}
              </dd>
            </div>
            {onboarding && (
              <div>
                <dt>{t('popup.onboardingTitle')}</dt>
                <dd data-testid="popup-onboarding">
                  {t('popup.due', { count: onboarding.due, formatted: number(onboarding.due) })}
                  {onboarding.overdue > 0 &&
                    ` (${t('popup.overdue', { count: onboarding.overdue, formatted: number(onboarding.overdue) })})`}
                  {' · '}
                  {t('popup.laterThisWeek', {
                    count: onboarding.laterThisWeek,
                    formatted: number(onboarding.laterThisWeek),
                  })}
                </dd>
              </div>
            )}
          </dl>
          <LastPageStatus status={group?.lastStatus} language={language} now={now} />
        </section>
      )}
      <button className="primary" type="button" onClick={open}>
        {t('popup.openPanel')}
      </button>
      {failure && (
        <p className="banner warning" role="alert">
          {failure}
        </p>
      )}
    </main>
  );
}
