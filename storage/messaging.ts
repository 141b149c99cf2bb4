import { browser } from 'wxt/browser';
import type { Message, Reply, Responses } from './messages';

export class MessageRefused extends Error {
  override name = 'MessageRefused';
}

/** Sends one message to the background and returns its typed answer; a refusal throws MessageRefused. */
export async function send<M extends Message>(message: M): Promise<Responses[M['type']]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Responses[M['type']]> | undefined;
  if (!reply) throw new MessageRefused('No answer from the background.');
  if (!reply.ok) throw new MessageRefused(reply.error);
  return reply.value;
}
