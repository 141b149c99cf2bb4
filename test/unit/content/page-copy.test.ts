/**
 * The anonymised page copy is made only for Tend's own pages: a content script (which carries Tend's extension id
 * too), another extension or a web page gets a refusal and never the page. The background remembers which tab
 * reported the page the panel follows, so the panel knows whom to ask without the `tabs` permission.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerPageCopyRequest, type PageCopyContext } from '@/entrypoints/facebook.content/page-copy';
import { createHandlers } from '@/entrypoints/background/handlers';
import { routeMessage } from '@/entrypoints/background/router';
import { TendDatabase } from '@/storage/db';
import { PageCopy, senderRole, type SenderFacts } from '@/storage/messages';

const own = { id: 'tend-extension-id', origin: 'chrome-extension://tend-extension-id/' };
const PAGE_URL = 'https://www.facebook.com/groups/1122334455/';
const panel: SenderFacts = { id: own.id, url: 'chrome-extension://tend-extension-id/sidepanel.html' };
const panelInATab: SenderFacts = { ...panel, tabId: 7 };
const contentScript: SenderFacts = { id: own.id, url: PAGE_URL, tabId: 3 };
const strangers: SenderFacts[] = [
  contentScript,
  { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
  { id: own.id, url: 'https://evil.example/' },
  { id: own.id },
  {},
];
const request = { type: 'anonymisedPageCopy' };

function pageContext(): PageCopyContext {
  const document = new DOMParser().parseFromString(
    `<html><body><div role="feed"><h2><a href="${PAGE_URL}user/100012345678901/">Zoé Marchand</a></h2></div></body></html>`,
    'text/html',
  );
  return { document, url: PAGE_URL, now: new Date('2026-01-31T10:00:00Z'), own };
}

describe('answerPageCopyRequest', () => {
  it.each([panel, panelInATab])('gives Tend’s own page an anonymised copy', (sender) => {
    const reply = answerPageCopyRequest(request, sender, pageContext());
    expect(reply).toMatchObject({ ok: true });
    const copy = PageCopy.parse(reply?.ok ? reply.value : undefined);
    expect(copy.fileName).toBe('tend-page-copy-group-feed-2026-01-31.html');
    expect(copy.html).toContain('role="feed"');
    expect(copy.html).not.toMatch(/Zoé|Marchand|100012345678901|1122334455/);
  });

  it.each(strangers)('refuses anyone else, without looking at the page (%o)', (sender) => {
    const context = pageContext();
    const watched = new Proxy(context, {
      get: (target, key) => {
        if (key === 'document') throw new Error('the page was looked at');
        return Reflect.get(target, key);
      },
    });
    expect(answerPageCopyRequest(request, sender, watched)).toMatchObject({ ok: false, error: /^refused/ });
  });

  it('leaves other messages alone, and refuses a malformed request', () => {
    expect(answerPageCopyRequest({ type: 'getContentConfig' }, panel, pageContext())).toBeNull();
    expect(answerPageCopyRequest({ ...request, extra: 1 }, panel, pageContext())).toBeNull();
    expect(answerPageCopyRequest('anonymisedPageCopy', panel, pageContext())).toBeNull();
  });

  it('is caught by the content-script case if the check trusted the extension id alone (control)', () => {
    const idOnly = (sender: SenderFacts) => sender.id === own.id;
    expect(idOnly(contentScript)).toBe(true);
    expect(senderRole(contentScript, own.id, own.origin)).toBe('facebook-content');
  });
});

describe('the page status remembers its tab', () => {
  let db: TendDatabase;
  beforeEach(async () => {
    db = new TendDatabase(`page-copy-${crypto.randomUUID()}`);
    await db.open();
  });
  afterEach(async () => db.delete());

  const status = (visible: boolean) => ({
    type: 'reportPageStatus',
    url: PAGE_URL,
    groupId: '1122334455',
    pageKind: 'group-feed',
    health: { status: 'could-not-read', expected: 0, read: 0, seen: 6, timeDisagreements: 0, problems: [] },
    readAt: '2026-01-31T10:00:00.000Z',
    visible,
  });

  it('of the page the admin looks at, as the panel’s current page', async () => {
    const handlers = createHandlers(db);
    expect(await routeMessage(status(true), contentScript, own, handlers)).toMatchObject({ ok: true });
    expect(await db.state.get('current')).toMatchObject({ groupId: '1122334455', tabId: 3 });
    const hidden = { ...contentScript, tabId: 9 };
    expect(await routeMessage(status(false), hidden, own, handlers)).toMatchObject({ ok: true });
    expect(await db.state.get('current')).toMatchObject({ tabId: 3 });
  });
});
