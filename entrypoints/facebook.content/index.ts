import { browser } from 'wxt/browser';
import { createPageReader } from '@/utils/facebook';
import { readGroupName } from '@/utils/facebook/group-name';
import { createReadingSession } from './session';
import { startToneIndicator } from './tone';

// Facebook is a single-page app: match every facebook.com page and decide by URL at run time.
export default defineContentScript({
  matches: ['https://*.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const session = createReadingSession({
      createReader: (url) => createPageReader(url, { now: () => new Date(), timeZone }),
      readGroupName,
      send: (message) => browser.runtime.sendMessage(message),
      document,
      now: () => new Date(),
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

    // Only collect what changed here; the reading itself waits until the page is still.
    const observer = new MutationObserver((mutations) => {
      const nodes: Node[] = [];
      for (const mutation of mutations) {
        if (mutation.type === 'attributes') nodes.push(mutation.target);
        else mutation.addedNodes.forEach((node) => nodes.push(node));
      }
      if (nodes.length > 0) session.changed(nodes);
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    ctx.onInvalidated(() => {
      observer.disconnect();
      session.stop();
    });
    void session.readNow(true);
    startToneIndicator(ctx);
  },
});
