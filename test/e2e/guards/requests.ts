/**
 * Records every network request started in a browser context, and says which ones Tend started itself: from its
 * pages (panel, popup), its service worker, or its content script's code running in a facebook.com page.
 * A facebook.com page's own requests (its HTML, the scripts the capture references) are Facebook's, not Tend's.
 */
import type { BrowserContext, CDPSession, Frame, Page, Request } from '@playwright/test';

export interface OwnRequest {
  url: string;
  /** Who started it: `service worker`, `extension page <url>`, `content script on <url>`, … */
  from: string;
}

/** Addresses that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

const isFacebookPage = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && /(^|\.)facebook\.com$/.test(parsed.hostname);
  } catch {
    return false;
  }
};

export class RequestRecorder {
  readonly own: OwnRequest[] = [];
  /** Every request seen, for the record (and to prove the recorder sees anything at all). */
  readonly all: string[] = [];
  private readonly sessions: CDPSession[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionId: string,
  ) {
    context.on('request', (request) => this.judge(request));
  }

  private isOwnResource(url: string): boolean {
    return url.startsWith(`chrome-extension://${this.extensionId}/`);
  }

  private judge(request: Request): void {
    const url = request.url();
    this.all.push(url);
    if (LOCAL_SCHEMES.has(new URL(url).protocol) || this.isOwnResource(url)) return;
    const worker = request.serviceWorker();
    if (worker) {
      this.own.push({ url, from: `service worker ${worker.url()}` });
      return;
    }
    let frame: Frame;
    try {
      frame = request.frame();
    } catch {
      // No frame and no service worker: nothing of Facebook's, so count it against Tend.
      this.own.push({ url, from: 'no frame' });
      return;
    }
    // A frame's navigation is asked for by the document around it (its URL is still the old one); a tab's first
    // navigation is the test opening a page.
    const asker = request.isNavigationRequest() ? frame.parentFrame() : frame;
    if (!asker) {
      if (!isFacebookPage(url)) this.own.push({ url, from: 'top-level navigation' });
      return;
    }
    // Facebook's if it comes from a facebook.com page, or from a frame that page embeds, with no extension
    // frame on the way up (Tend could embed one of its pages in Facebook's).
    const chain: string[] = [];
    for (let current: Frame | null = asker; current; current = current.parentFrame())
      chain.push(current.url());
    const top = chain[chain.length - 1] ?? '';
    if (isFacebookPage(top) && !chain.some((frameUrl) => frameUrl.startsWith('chrome-extension://'))) return;
    this.own.push({ url, from: `page ${chain.join(' in ')}` });
  }

  /**
   * A content script's `fetch` is made on behalf of the facebook.com page, so the page's requests are looked at
   * through the DevTools protocol: any request whose initiator stack runs through the extension's code is Tend's.
   */
  async watchContentScripts(page: Page): Promise<void> {
    const session = await this.context.newCDPSession(page);
    this.sessions.push(session);
    session.on('Network.requestWillBeSent', (event) => {
      const frames = event.initiator.stack?.callFrames ?? [];
      const extensionFrame = frames.find((frame) => frame.url.startsWith('chrome-extension://'));
      if (extensionFrame && !this.isOwnResource(event.request.url)) {
        this.own.push({
          url: event.request.url,
          from: `content script ${extensionFrame.url} on ${page.url()}`,
        });
      }
    });
    await session.send('Network.enable');
  }
}

/** Opens the panel's Members section (it need not be the first one) and waits for a listed member. */
export async function showMembers(panel: Page): Promise<void> {
  await panel.locator('#tab-members').click();
  // A bound of its own: without one, a worker that never stored the pages shows only as the test's timeout.
  await panel.locator('.member').first().waitFor({ timeout: 30_000 });
}
