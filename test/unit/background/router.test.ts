import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { routeMessage, type OwnIdentity } from '@/entrypoints/background/router';
import { TABLES, TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import type { SenderFacts } from '@/storage/messages';

const own: OwnIdentity = { id: 'tend-extension-id', origin: 'chrome-extension://tend-extension-id/' };
const panel: SenderFacts = { id: own.id, url: 'chrome-extension://tend-extension-id/sidepanel.html' };
const facebook: SenderFacts = { id: own.id, url: 'https://www.facebook.com/groups/1234567/members' };
const strangers: SenderFacts[] = [
  { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
  { id: own.id, url: 'https://evil.example/facebook.com' },
  { id: own.id, url: 'https://facebook.com.evil.example/' },
  { id: own.id, url: 'http://www.facebook.com/groups/1/' },
  { id: own.id },
  {},
];

let db: TendDatabase;
beforeEach(async () => {
  db = new TendDatabase(`router-${crypto.randomUUID()}`);
  await db.open();
  await ingestSightings(db, {
    groupId: '1234567',
    pageKind: 'group-members',
    readAt: '2026-11-01T10:00:00.000Z',
    sightings: [
      { memberId: '100', name: 'Camille Roux', kind: 'member', section: 'New to the group' },
      { memberId: '200', name: 'Jordan Price', kind: 'post', itemId: '55' },
    ],
  });
});
afterEach(async () => db.delete());

async function hashAllTables(database: TendDatabase): Promise<string> {
  const rows = await Promise.all(TABLES.map(async (name) => [name, await database.table(name).toArray()]));
  return JSON.stringify(rows);
}

const privileged = [
  { type: 'clearGroup', groupId: '1234567' },
  { type: 'forgetMember', groupId: '1234567', memberId: '100' },
  { type: 'exportLog' },
  { type: 'updateSettings', patch: { language: 'fr' } },
  { type: 'setCurrentGroup', groupId: '1234567' },
];

type Route = typeof routeMessage;

/** The property every router must have: a refused message changes nothing. Returns the first counter-example. */
async function findChangeFromRefused(route: Route): Promise<string | null> {
  const handlers = createHandlers(db);
  for (const sender of [facebook, ...strangers]) {
    for (const message of privileged) {
      const before = await hashAllTables(db);
      const reply = await route(message, sender, own, handlers);
      if (reply.ok || (await hashAllTables(db)) !== before)
        return `${message.type} from ${sender.url ?? 'nowhere'}`;
    }
  }
  return null;
}

/** A deliberately broken router that trusts any sender: the check above must catch it. */
const trustingRouter: Route = (raw, _sender, ownIdentity, handlers) =>
  routeMessage(raw, panel, ownIdentity, handlers);

describe('routeMessage: privilege decided by the sender', () => {
  it('refuses every privileged message from content scripts, other extensions and web pages, changing nothing', async () => {
    expect(await findChangeFromRefused(routeMessage)).toBeNull();
  });

  it('catches a router that trusts every sender (positive control)', async () => {
    expect(await findChangeFromRefused(trustingRouter)).not.toBeNull();
  });

  it('accepts privileged messages from the extension’s own pages', async () => {
    const handlers = createHandlers(db);
    const reply = await routeMessage(
      { type: 'forgetMember', groupId: '1234567', memberId: '100' },
      panel,
      own,
      handlers,
    );
    expect(reply).toEqual({ ok: true, value: { removedSightings: 1 } });
    expect(await db.members.get(['1234567', '100'])).toBeUndefined();
  });

  it('lets a facebook.com content script submit sightings and read its configuration', async () => {
    const handlers = createHandlers(db);
    const submit = {
      type: 'submitSightings',
      url: 'https://www.facebook.com/groups/1234567/',
      groupId: '1234567',
      pageKind: 'group-feed',
      readAt: '2026-11-02T10:00:00.000Z',
      sightings: [{ memberId: '300', name: 'Ana Lefèvre', kind: 'post', itemId: '77' }],
    };
    expect(await routeMessage(submit, facebook, own, handlers)).toEqual({
      ok: true,
      value: { added: 1, updated: 0 },
    });
    const config = await routeMessage({ type: 'getContentConfig' }, facebook, own, handlers);
    expect(config.ok && config.value).toMatchObject({ language: 'auto', readMemberRequests: false });
  });

  it('refuses a half-valid batch whole: one bad sighting and nothing is stored', async () => {
    const handlers = createHandlers(db);
    const before = await hashAllTables(db);
    const reply = await routeMessage(
      {
        type: 'submitSightings',
        url: 'https://www.facebook.com/groups/1234567/',
        groupId: '1234567',
        pageKind: 'group-feed',
        readAt: '2026-11-02T10:00:00.000Z',
        sightings: [
          { memberId: '300', name: 'Ana', kind: 'post', itemId: '77' },
          { memberId: '<script>', name: 'x', kind: 'post' },
        ],
      },
      facebook,
      own,
      handlers,
    );
    expect(reply.ok).toBe(false);
    expect(await hashAllTables(db)).toBe(before);
  });

  it('random payloads from any sender never throw and, when refused, change nothing', async () => {
    const handlers = createHandlers(db);
    const messageTypes = [
      'submitSightings',
      'reportPageStatus',
      'getContentConfig',
      'updateSettings',
      'forgetMember',
      'clearGroup',
      'exportLog',
      'setCurrentGroup',
    ];
    const payload = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...messageTypes) }, { requiredKeys: [] }),
      fc
        .dictionary(
          fc.constantFrom('type', 'groupId', 'memberId', 'patch', 'sightings', 'url'),
          fc.anything(),
        )
        .map((object) => ({
          ...object,
          type: messageTypes[Object.keys(object).length % messageTypes.length],
        })),
    );
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom(panel, facebook, ...strangers), async (raw, sender) => {
        const before = await hashAllTables(db);
        const reply = await routeMessage(raw, sender, own, handlers);
        if (!reply.ok) expect(await hashAllTables(db)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
