import { browser } from 'wxt/browser';
import { readPage } from '@/utils/facebook';
import { createReadingSession } from './session';

// Facebook is a single-page app: match every facebook.com page and decide by URL at run time.
export default defineContentScript({
  matches: ['https://*.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = createReadingSession({
      readPage,
      send: (message) => browser.runtime.sendMessage(message),
      document,
      now: () => new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      schedule: (work, delayMs) => {
        const timer = ctx.setTimeout(work, delayMs);
        return () => clearTimeout(timer);
      },
    });

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => session.navigated(newUrl.href));
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') session.focused();
    });
    ctx.addEventListener(window, 'focus', () => session.focused());

    const observer = new MutationObserver(() => session.changed());
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      session.stop();
    });
    void session.readNow(true);
  },
});
