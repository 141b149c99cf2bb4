import { db } from '@/storage/db';
import { createHandlers } from './handlers';
import { routeMessage } from './router';

export default defineBackground(() => {
  const handlers = createHandlers(db());
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  // Answer with sendResponse + `return true`: a returned Promise is not an answer in every browser.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    void routeMessage(raw, { id: sender.id, url: sender.url }, own, handlers).then(sendResponse);
    return true;
  });
});
