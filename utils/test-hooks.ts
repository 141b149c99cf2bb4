/**
 * Test-only misbehaviour, for the positive controls of the guard tests (test/e2e/guards, test/guards).
 *
 * `TEND_TEST_MISBEHAVE=<flag> npx wxt build` (see wxt.config.ts) builds a deliberately broken extension into
 * `.output/misbehave-<flag>/`; the guards must turn red on it. In a normal build the constant is '' and every
 * branch below is removed by the bundler, so no trace of it ships (test/unit/guards/no-trace.test.ts checks).
 * The controls that hold or change ingest need the database: they are in storage/test-hooks.ts.
 */

/** Replaced at build time by wxt.config.ts (`vite.define`). */
declare const __TEND_TEST_MISBEHAVE__: string;

// Vitest does not run through wxt.config.ts's define: treat a missing constant as "no misbehaviour".
const misbehave: string = typeof __TEND_TEST_MISBEHAVE__ === 'string' ? __TEND_TEST_MISBEHAVE__ : '';

/** Where the `network` control's requests go: an address no real code would ever use. */
export const MISBEHAVE_PANEL_URL = 'https://www.facebook.com/tend-misbehave/panel';
export const MISBEHAVE_WORKER_URL = 'https://tend-misbehave.invalid/worker';

/** The `zod-jit` control leaves zod's eval probe on (utils/zod-config.ts), which the CSP guard must notice. */
export function keepsZodJit(): boolean {
  return misbehave === 'zod-jit';
}

/** Called once when the side panel starts. */
export function panelTestHook(): void {
  if (misbehave === 'network') {
    // A request from an extension page, to facebook.com: the guard must judge by who asked, not by the address.
    void fetch(MISBEHAVE_PANEL_URL).catch(() => undefined);
  }
  if (misbehave === 'html') {
    // Re-renders member names, notes and filled templates as HTML, the mistake the hostile-content guard must catch;
    // again whenever React changes their text (a template filled in for another member).
    const rendered = new WeakMap<Element, string>();
    const render = () => {
      for (const shown of Array.from(document.querySelectorAll('.member-name, .note-text, .template-text'))) {
        if (rendered.get(shown) === shown.textContent) continue;
        shown.setAttribute('data-misbehaved', '');
        // eslint-disable-next-line no-restricted-properties -- the `html` control must turn text into HTML; this branch is compiled out of normal builds (test/unit/guards/no-trace.test.ts).
        shown.replaceChildren(document.createRange().createContextualFragment(shown.textContent ?? ''));
        rendered.set(shown, shown.textContent ?? '');
      }
    };
    new MutationObserver(render).observe(document, { childList: true, subtree: true, characterData: true });
  }
}

/** Called once when the background service worker starts. */
export function backgroundTestHook(): void {
  if (misbehave === 'network') {
    // Some seconds after the start, once the pages it woke for are stored: the journey then checks the storing and
    // the request apart (a request made at the very start is caught all the same; see no-own-requests.spec.ts).
    setTimeout(() => void fetch(MISBEHAVE_WORKER_URL).catch(() => undefined), 5_000);
  }
}

/** Called once when the content script starts on a facebook.com page. */
export function contentScriptTestHook(): void {
  if (misbehave === 'content-network') {
    // A request from the content script goes out with the page's own origin: the guard must still see it as Tend's.
    void fetch(MISBEHAVE_CONTENT_URL).catch(() => undefined);
  }
}
export const MISBEHAVE_CONTENT_URL = 'https://www.facebook.com/tend-misbehave/content';

/**
 * `refuse-first-batch-lost`, the mistake the refused-batch guard must catch: the content script takes every answer
 * for an acceptance, so the refused batch is dropped (test/e2e/guards/refused-batch.spec.ts).
 */
export function contentSendTestHook(send: (message: unknown) => Promise<unknown>) {
  if (misbehave !== 'refuse-first-batch-lost') return send;
  return async (message: unknown) => {
    console.warn('Tend test build (misbehave refuse-first-batch-lost): ignoring the background’s answer');
    await send(message);
    return { ok: true, value: null };
  };
}
