/**
 * Saves an anonymised copy of the Facebook page Tend could not read, for a bug report: the content script of the
 * facebook.com tab that reported the page makes it (in the browser), and the browser's own download saves it. No
 * permission beyond Tend's own: the tab is the one whose page status the background recorded last.
 */
import { browser } from 'wxt/browser';
import { db } from '@/storage/db';
import { PageCopy, type PageCopyRequest } from '@/storage/messages';
import { z } from 'zod';
import { downloadText } from './download';

export class PageCopyError extends Error {
  override name = 'PageCopyError';
  constructor(
    readonly reason: 'no-tab' | 'failed',
    readonly detail = '',
  ) {
    super(detail || reason);
  }
}

const PageCopyReply = z.union([
  z.strictObject({ ok: z.literal(true), value: PageCopy }),
  z.object({ ok: z.literal(false), error: z.string().max(500) }),
]);

/** The facebook.com tab of the page the panel follows, as the background recorded it. */
async function reportingTab(): Promise<number> {
  const current = await db().state.get('current');
  if (!current?.tabId) throw new PageCopyError('no-tab');
  return current.tabId;
}

/** Asks the tab for the copy and saves it; returns the file's name. */
export async function saveAnonymisedPageCopy(): Promise<string> {
  const request: z.infer<typeof PageCopyRequest> = { type: 'anonymisedPageCopy' };
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(await reportingTab(), request);
  } catch (error) {
    // A closed tab, or a page without Tend's content script any more (reloaded elsewhere, navigated away).
    throw error instanceof PageCopyError ? error : new PageCopyError('no-tab');
  }
  const reply = PageCopyReply.safeParse(answer);
  if (!reply.success) throw new PageCopyError('failed');
  if (!reply.data.ok) throw new PageCopyError('failed', reply.data.error);
  const { fileName, html } = reply.data.value;
  downloadText(fileName, [html], 'text/html');
  return fileName;
}
