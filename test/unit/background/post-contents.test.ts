/**
 * Weak signals through the message protocol: a content script's post contents are refused unless reading them is
 * on, refused whole when malformed (nothing changes), and otherwise raise their signals; the panel dismisses one
 * and raising it again keeps it dismissed.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { routeMessage, type OwnIdentity } from '@/entrypoints/background/router';
import { TendDatabase } from '@/storage/db';
import type { Message, SenderFacts } from '@/storage/messages';
import { updateSettings } from '@/storage/settings-store';
import { hashAllTables } from '../storage/helpers';

const own: OwnIdentity = { id: 'tend-extension-id', origin: 'chrome-extension://tend-extension-id/' };
const panel: SenderFacts = { id: own.id, url: 'chrome-extension://tend-extension-id/sidepanel.html' };
const FEED = 'https://www.facebook.com/groups/1234567/';
const facebook: SenderFacts = { id: own.id, url: FEED };
const NOW = new Date('2026-11-22T10:00:00.000Z');
/** Said in the post but past its excerpt: it must reach the detectors and never the database. */
const UNSTORED = 'zanzibarquokka';

const contest = {
  kind: 'post',
  memberId: '300',
  name: 'Sunny Hampers',
  itemId: '4242424242',
  permalink: `${FEED}posts/4242424242/`,
  at: '2026-11-21T09:00:00.000Z',
  excerpt: 'Giveaway! Share this post and comment below to win',
  text: `Giveaway! Share this post and comment below to win a hamper from our shop ${UNSTORED}`,
  domains: [],
  images: [],
};
const submit = (contents: unknown[] = [contest]) => ({
  type: 'submitPostContents',
  url: FEED,
  groupId: '1234567',
  pageKind: 'group-feed',
  readAt: NOW.toISOString(),
  contents,
});
/** Each is malformed in one way only. */
const malformed = [
  submit([{ ...contest, itemId: '<img src=x>' }]),
  submit([{ ...contest, text: 'x'.repeat(2_001) }]),
  submit([{ ...contest, html: '<p>the whole post</p>' }]),
  submit([{ ...contest, at: 'yesterday' }]),
  submit([]),
  { ...submit(), pageKind: 'group-members' },
];

let db: TendDatabase;
beforeEach(async () => {
  db = new TendDatabase(`post-contents-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => db.delete());

type Route = typeof routeMessage;
/** A deliberately broken router that hands any message to its handler unchecked. */
const uncheckedRouter: Route = async (raw, _sender, _own, handlers) => {
  const message = raw as Message;
  const handler = handlers[message.type] as (m: Message) => Promise<never>;
  try {
    return { ok: true, value: await handler(message) };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
};

/** The first malformed message the router accepts or lets change the database, or null. */
async function findAcceptedMalformed(route: Route): Promise<string | null> {
  await updateSettings(db, { readPostContents: true });
  const handlers = createHandlers(db, () => NOW);
  for (const message of malformed) {
    const before = await hashAllTables(db);
    const reply = await route(message, facebook, own, handlers);
    if (reply.ok || (await hashAllTables(db)) !== before) return JSON.stringify(message).slice(0, 120);
  }
  return null;
}

describe('submitPostContents', () => {
  it('is refused while reading post contents is off (the default), changing nothing', async () => {
    const before = await hashAllTables(db);
    const reply = await routeMessage(
      submit(),
      facebook,
      own,
      createHandlers(db, () => NOW),
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/reading post contents is off/) });
    expect(await hashAllTables(db)).toBe(before);
  });

  it('refuses every malformed message whole, changing nothing', async () => {
    expect(await findAcceptedMalformed(routeMessage)).toBeNull();
  });

  it('catches a router that does not validate (control)', async () => {
    expect(await findAcceptedMalformed(uncheckedRouter)).not.toBeNull();
  });

  it('refuses contents for another group than the page that sent them', async () => {
    await updateSettings(db, { readPostContents: true });
    const elsewhere = { id: own.id, url: 'https://www.facebook.com/groups/999999/' };
    const reply = await routeMessage(
      submit(),
      elsewhere,
      own,
      createHandlers(db, () => NOW),
    );
    expect(reply.ok).toBe(false);
    expect(await db.signals.count()).toBe(0);
  });

  it('raises the signal, keeps only the excerpt, and a dismissal survives raising it again', async () => {
    await updateSettings(db, { readPostContents: true });
    const handlers = createHandlers(db, () => NOW);
    expect(await routeMessage(submit(), facebook, own, handlers)).toEqual({
      ok: true,
      value: { signals: 1 },
    });
    const [signal] = await db.signals.toArray();
    expect(signal).toMatchObject({ kind: 'brand-contest', memberIds: ['300'], state: 'open' });
    expect(signal!.evidence.links).toEqual([contest.permalink]);
    const everything = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    expect(everything).not.toContain(UNSTORED);

    const dismiss = { type: 'setSignalState', key: signal!.key, state: 'dismissed' };
    expect(await routeMessage(dismiss, facebook, own, handlers)).toMatchObject({ ok: false });
    expect(await routeMessage(dismiss, panel, own, handlers)).toMatchObject({ ok: true });
    await routeMessage(submit(), facebook, own, handlers);
    expect((await db.signals.get(signal!.key))?.state).toBe('dismissed');
  });
});
