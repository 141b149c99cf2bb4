/**
 * Installed in each freshly opened panel page before its own scripts run (`page.addInitScript`). Times are
 * `performance.now()`, i.e. milliseconds since the panel's navigation started ("opening the panel"):
 * - `count`: the header's member count is in the page, laid out, and says `expectedCount`; `countFrame`: the next
 *   frame. `countFirstText` is what it said first (while the group's count loads it can briefly say another);
 * - `tab`: the Members tab exists, and is clicked at once;
 * - `names`: the first `.member .member-name` with non-empty text; `namesFrame`: the next frame (the one that
 *   shows it).
 * Plain JavaScript in a string: it runs in the page as it is.
 */
export interface PanelTimes {
  count?: number;
  countFrame?: number;
  countText?: string;
  countFirstText?: string;
  tab?: number;
  names?: number;
  namesFrame?: number;
  firstName?: string;
}

export const panelTimingScript = (expectedCount: string) => `(() => {
  const expected = ${JSON.stringify(expectedCount)};
  const times = {};
  window.__tendBench = times;
  const frameAfter = (key) => requestAnimationFrame(() => { times[key] = performance.now(); });
  const check = () => {
    const now = performance.now();
    if (times.count === undefined) {
      const count = document.querySelector('[data-testid="member-count"]');
      const text = count ? count.textContent.trim() : '';
      if (text && times.countFirstText === undefined) times.countFirstText = text;
      if (count && text === expected && count.getClientRects().length > 0) {
        times.count = now;
        times.countText = text;
        frameAfter('countFrame');
      }
    }
    if (times.tab === undefined) {
      const tab = document.getElementById('tab-members');
      if (tab) {
        times.tab = now;
        tab.click();
      }
    }
    if (times.count !== undefined && times.names !== undefined) observer.disconnect();
    if (times.tab !== undefined && times.names === undefined) {
      const name = document.querySelector('.member .member-name');
      if (name && name.textContent.trim()) {
        times.names = now;
        times.firstName = name.textContent.trim();
        frameAfter('namesFrame');
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
