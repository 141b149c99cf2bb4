/**
 * Test-only misbehaviour, for the positive controls of the guard tests (test/e2e/guards, test/guards).
 *
 * `TEND_TEST_MISBEHAVE=<flag> npx wxt build` (see wxt.config.ts) builds a deliberately broken extension into
 * `.output/misbehave-<flag>/`; the guards must turn red on it. In a normal build the constant is '' and every
 * branch below is removed by the bundler, so no trace of it ships (test/unit/guards/no-trace.test.ts checks).
 */

/** Replaced at build time by wxt.config.ts (`vite.define`). */
declare const __TEND_TEST_MISBEHAVE__: string;

// Vitest does not run through wxt.config.ts's define: treat a missing constant as "no misbehaviour".
const misbehave: string = typeof __TEND_TEST_MISBEHAVE__ === 'string' ? __TEND_TEST_MISBEHAVE__ : '';

/** Where the `network` control's requests go: an address no real code would ever use. */
export const MISBEHAVE_PANEL_URL = 'https://www.facebook.com/tend-misbehave/panel';
export const MISBEHAVE_WORKER_URL = 'https://tend-misbehave.invalid/worker';

/** Called once when the side panel starts. */
export function panelTestHook(): void {
  if (misbehave === 'network') {
    // A request from an extension page, to facebook.com: the guard must judge by who asked, not by the address.
    void fetch(MISBEHAVE_PANEL_URL).catch(() => undefined);
  }
  if (misbehave === 'html') {
    // Re-renders member names as HTML, the mistake the hostile-content guard must catch.
    const render = () => {
      for (const name of Array.from(document.querySelectorAll('.member-name:not([data-misbehaved])'))) {
        name.setAttribute('data-misbehaved', '');
        name.replaceChildren(document.createRange().createContextualFragment(name.textContent ?? ''));
      }
    };
    new MutationObserver(render).observe(document, { childList: true, subtree: true });
  }
}

/** Called once when the background service worker starts. */
export function backgroundTestHook(): void {
  if (misbehave === 'network') {
    void fetch(MISBEHAVE_WORKER_URL).catch(() => undefined);
  }
}
