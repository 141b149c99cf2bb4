import {
  SubmitSightings,
  parseMessage,
  senderRole,
  type Message,
  type Reply,
  type Responses,
  type SenderFacts,
} from '@/storage/messages';
import { StoredSighting } from '@/storage/schema';
import { describeError } from '@/storage/errors';
import type { createHandlers } from './handlers';
import { pageMismatch } from './page-origin';

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
  const role = senderRole(sender, own.id, own.origin);
  const parsed = parseMessage(role, raw);
  if (!parsed.ok) {
    const invalid = role === 'refused' ? [] : invalidSightingsOf(raw);
    return invalid.length > 0 ? { ...parsed, invalid } : parsed;
  }
  const message = parsed.message;
  const mismatch =
    role === 'facebook-content' ? pageMismatch(message, sender.tabUrl ?? sender.url) : undefined;
  if (mismatch) return { ok: false, error: mismatch };
  try {
    const handler = handlers[message.type] as (
      m: Message,
      from: SenderFacts,
    ) => Promise<Responses[Message['type']]>;
    return { ok: true, value: await handler(message, sender) };
  } catch (error) {
    // Storage refusals (quota, a closing database) become words the admin can act on; see storage/errors.ts.
    return { ok: false, error: describeError(error) };
  }
}

/**
 * The indices of the sightings that made a `submitSightings` message malformed, when the message would be valid
 * without them: the content script then sends the others again, so one bad sighting keeps no good one out.
 */
export function invalidSightingsOf(raw: unknown): number[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const { sightings } = raw as { sightings?: unknown };
  if (!Array.isArray(sightings)) return [];
  const invalid = sightings.flatMap((sighting, index) =>
    StoredSighting.safeParse(sighting).success ? [] : [index],
  );
  if (invalid.length === 0 || invalid.length === sightings.length) return [];
  const rest = sightings.filter((_, index) => !invalid.includes(index));
  return SubmitSightings.safeParse({ ...raw, sightings: rest }).success ? invalid : [];
}
