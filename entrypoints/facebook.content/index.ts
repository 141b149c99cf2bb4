// First: zod's settings must be in place before any schema is built.
import '@/utils/zod-config';
import { browser } from 'wxt/browser';
import { createPageReader, detectPage } from '@/utils/facebook';
import { readGroupName } from '@/utils/facebook/group-name';
import { createPostContentReader } from '@/utils/facebook/post-content';
import type { ContentConfig } from '@/storage/settings';
import { send } from '@/storage/messaging';
import { readOptionsFor, readingChanged } from './reading-options';
import { answerPageCopyRequest } from './page-copy';
import { createContentChannel } from './contents';
import { createReadingSession } from './session';
import { startToneIndicator } from './tone';
import { contentScriptTestHook, contentSendTestHook } from '@/utils/test-hooks';

// Facebook is a single-page app: match every facebook.com page and decide by URL at run time.
export default defineContentScript({
  matches: ['https://*.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    contentScriptTestHook();
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // The admin's opt-ins (member requests, screening answers): off until the background says otherwise.
    let config: ContentConfig | undefined;
    const sendToBackground = contentSendTestHook((message) => browser.runtime.sendMessage(message));
    // Weak signals: post contents only while the admin has turned reading them on (off by default).
    const contents = createContentChannel({
      enabled: () => config?.readPostContents ?? false,
      createReader: (url) =>
        createPostContentReader(url, readOptionsFor(config, { now: () => new Date(), timeZone })),
      send: sendToBackground,
    });
    const session = createReadingSession({
      // The contents are read from the posts and comments the page reader finds (one pass, see contents.ts).
      createReader: (url) =>
        createPageReader(
          url,
          readOptionsFor(config, { now: () => new Date(), timeZone }),
          undefined,
          (read) => contents.found(read),
        ),
      readGroupName,
      // The background's answer says whether the batch was stored (test builds may misread it on purpose).
      send: sendToBackground,
      contents,
      document,
      now: () => new Date(),
      schedule: (work, delayMs) => {
        const timer = ctx.setTimeout(work, delayMs);
        return () => clearTimeout(timer);
      },
    });

    // Asked again on every navigation and focus, so a changed setting applies without reloading Facebook.
    const refreshConfig = async () => {
      try {
        const next = await send({ type: 'getContentConfig' });
        const changed = readingChanged(config, next);
        const contentsTurnedOn = next.readPostContents && !config?.readPostContents;
        config = next;
        // Post contents just turned on (or the first answer says they are): this page's are read now, once whole.
        if (contentsTurnedOn && !ctx.isInvalid) void session.readNow();
        // Only the member-requests page reads differently with these settings: re-read it, and nothing else.
        const href = document.location.href;
        if (changed && !ctx.isInvalid && detectPage(href).kind === 'member-requests') session.navigated(href);
      } catch {
        // The background may be restarting: keep what was known (nothing yet means nothing opt-in is read).
      }
    };
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      session.navigated(newUrl.href);
      void refreshConfig();
    });
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') {
        session.focused();
        void refreshConfig();
      }
    });
    ctx.addEventListener(window, 'focus', () => {
      session.focused();
      void refreshConfig();
    });

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
    // The panel's "save an anonymised copy of this page" (only Tend's own pages are answered; see page-copy.ts).
    const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    const answerCopy = (
      raw: unknown,
      sender: Browser.runtime.MessageSender,
      sendResponse: (r: unknown) => void,
    ) => {
      const from = { id: sender.id, url: sender.url };
      const context = { document, url: document.location.href, now: new Date(), own };
      const reply = answerPageCopyRequest(raw, from, context);
      if (reply) sendResponse(reply);
    };
    browser.runtime.onMessage.addListener(answerCopy);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerCopy));
    void session.readNow(true);
    void refreshConfig();
    startToneIndicator(ctx);
  },
});
