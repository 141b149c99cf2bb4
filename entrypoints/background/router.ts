import {
  parseMessage,
  senderRole,
  type Message,
  type Reply,
  type Responses,
  type SenderFacts,
} from '@/storage/messages';
import { describeError } from '@/storage/errors';
import type { createHandlers } from './handlers';

export interface OwnIdentity {
  id: string;
  /** The extension's own origin, e.g. `chrome-extension://<id>/`. */
  origin: string;
}

/**
 * Decides who sent a message, validates it for that sender, and runs its handler. A refused or malformed message
 * reaches no handler, so it changes nothing. Never throws: errors become `{ok: false}` replies.
 */
export async function routeMessage(
  raw: unknown,
  sender: SenderFacts,
  own: OwnIdentity,
  handlers: ReturnType<typeof createHandlers>,
): Promise<Reply<Responses[Message['type']]>> {
  const parsed = parseMessage(senderRole(sender, own.id, own.origin), raw);
  if (!parsed.ok) return parsed;
  const message = parsed.message;
  try {
    const handler = handlers[message.type] as (m: Message) => Promise<Responses[Message['type']]>;
    return { ok: true, value: await handler(message) };
  } catch (error) {
    // Storage refusals (quota, a closing database) become words the admin can act on; see storage/errors.ts.
    return { ok: false, error: describeError(error) };
  }
}
