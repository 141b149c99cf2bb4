/**
 * Installed in each freshly opened panel page before its own scripts run (`page.addInitScript`). Times are
 * `performance.now()`, i.e. milliseconds since the panel's navigation started ("opening the panel"):
 * - `count`: the header's member count is in the page, laid out, and says `expectedCount`; `countFrame`: the next
 *   frame. `countFirstText` is what it said first (while the group's count loads it can briefly say another);
 * - `tab`: the Members tab exists, and is clicked at once (`mode` 'members'; in 'glance' the panel stays on the
 *   section it opens on, "At a glance");
 * - `names`: the first `.member .member-name` with non-empty text; `namesFrame`: the next frame (the one that
 *   shows it);
 * - `glance`: the glance's figures (its `.glance` block, rendered once its numbers are read) are laid out;
 *   `glanceFrame`: the next frame.
 * With `expectedCount` null the count is not watched.
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
  glance?: number;
  glanceFrame?: number;
}

export const panelTimingScript = (
  expectedCount: string | null,
  mode: 'glance' | 'members' = 'members',
) => `(() => {
  const expected = ${JSON.stringify(expectedCount)};
  const clickMembers = ${JSON.stringify(mode === 'members')};
  const times = {};
  window.__tendBench = times;
  const frameAfter = (key) => requestAnimationFrame(() => { times[key] = performance.now(); });
  const check = () => {
    const now = performance.now();
    if (times.count === undefined && expected !== null) {
      const count = document.querySelector('[data-testid="member-count"]');
      const text = count ? count.textContent.trim() : '';
      if (text && times.countFirstText === undefined) times.countFirstText = text;
      if (count && text === expected && count.getClientRects().length > 0) {
        times.count = now;
        times.countText = text;
        frameAfter('countFrame');
      }
    }
    if (times.glance === undefined) {
      const glance = document.querySelector('#section-glance .glance');
      if (glance && glance.getClientRects().length > 0) {
        times.glance = now;
        frameAfter('glanceFrame');
      }
    }
    if (times.tab === undefined && clickMembers) {
      const tab = document.getElementById('tab-members');
      if (tab) {
        times.tab = now;
        tab.click();
      }
    }
    const counted = expected === null || times.count !== undefined;
    if (counted && (clickMembers ? times.names !== undefined : times.glance !== undefined)) observer.disconnect();
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
