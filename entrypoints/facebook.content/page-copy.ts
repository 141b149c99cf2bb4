/**
 * The content script's answer when the panel asks for an anonymised copy of the page (for a bug report): made here,
 * in the browser, from the page as it is now; nothing is sent anywhere but to the extension page that asked.
 */
import {
  mayAskForPageCopy,
  PageCopyRequest,
  type PageCopy,
  type Reply,
  type SenderFacts,
} from '@/storage/messages';
import { detectPage } from '@/utils/facebook';
import { anonymisePage } from '@/utils/facebook/anonymise';

export interface PageCopyContext {
  document: Document;
  url: string;
  now: Date;
  own: { id: string; origin: string };
}

/**
 * Null for a message that is not a page-copy request (not this answer's business). A request from anyone but
 * Tend's own pages (another extension, a content script, a web page) is refused before the page is looked at.
 */
export function answerPageCopyRequest(
  raw: unknown,
  sender: SenderFacts,
  context: PageCopyContext,
): Reply<PageCopy> | null {
  if (!PageCopyRequest.safeParse(raw).success) return null;
  if (!mayAskForPageCopy(sender, context.own.id, context.own.origin))
    return { ok: false, error: 'refused: only Tend’s own pages may ask for a copy of the page' };
  const copy = anonymisePage(context.document, context.url);
  if (!copy.ok) return copy;
  const kind = detectPage(context.url).kind;
  const day = context.now.toISOString().slice(0, 10);
  // The address (anonymised too) says what kind of page this was; a contributor passes it to read-page as --url.
  const note = `<!-- Anonymised copy of a Facebook page, saved by Tend on ${day}. Address: ${copy.url.replace(/--/g, '%2D%2D')} -->\n`;
  return { ok: true, value: { fileName: `tend-page-copy-${kind}-${day}.html`, html: note + copy.html } };
}
