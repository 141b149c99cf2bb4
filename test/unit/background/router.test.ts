import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { routeMessage, type OwnIdentity } from '@/entrypoints/background/router';
import { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { ingestSightings } from '@/storage/ingest';
import { ContentScriptMessage, ExtensionPageMessage, type SenderFacts } from '@/storage/messages';
import { defaultTemplateFor } from '@/utils/templates/library';
import { hashAllTables } from '../storage/helpers';

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
const NOW = new Date('2026-11-22T10:00:00.000Z');

let db: TendDatabase;
let exportedText: string;
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
  exportedText = await exportLogText(db, undefined, NOW);
  await db.notes.put({
    id: 'note-1',
    groupId: '1234567',
    memberId: '100',
    text: 'hello',
    createdAt: NOW.toISOString(),
    author: 'Sam',
  });
  await db.signals.put({
    key: 'brand-contest|1234567|55',
    kind: 'brand-contest',
    groupId: '1234567',
    memberIds: ['200'],
    memberKeys: ['1234567|200'],
    evidence: { itemIds: ['55'], links: [], excerpt: 'Share and win', at: NOW.toISOString() },
    state: 'open',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  });
});
afterEach(async () => db.delete());

const template = { ...defaultTemplateFor('personal-welcome'), id: 'custom-welcome', builtIn: false };

const UPLOAD_ID = '0b6c7c3e-4a8f-4c1e-9d2a-3f5e6a7b8c9d';

/** One valid example of every message only the extension's pages may send. */
const privileged = () => [
  { type: 'setSignalState', key: 'brand-contest|1234567|55', state: 'dismissed' },
  { type: 'updateSettings', patch: { language: 'fr', inactivityDays: 45 } },
  { type: 'forgetMember', groupId: '1234567', memberId: '100', neverRecordAgain: true },
  { type: 'clearGroup', groupId: '1234567' },
  { type: 'removeSampleGroup', groupId: '555' },
  { type: 'exportLog' },
  { type: 'exportLogChunk', groupId: '1234567' },
  { type: 'exportCsvChunk' },
  { type: 'uploadImportPart', uploadId: UPLOAD_ID, index: 0, total: 2, text: exportedText.slice(0, 10) },
  { type: 'previewImport', text: exportedText },
  {
    type: 'applyImport',
    text: exportedText.replace(/Camille Roux/g, 'Camille R.').replace(/2026-11-01T10/g, '2026-11-03T10'),
  },
  { type: 'setCurrentGroup', groupId: '1234567' },
  { type: 'addNote', groupId: '1234567', memberId: '100', text: 'Asked for help privately' },
  { type: 'deleteNote', id: 'note-1' },
  {
    type: 'markOnboarding',
    entries: [
      {
        groupId: '1234567',
        memberId: '100',
        stepId: 'personal-welcome',
        status: 'done',
        at: NOW.toISOString(),
      },
    ],
  },
  { type: 'saveTemplate', template },
  { type: 'deleteTemplate', id: 'custom-welcome' },
];
const contentTypes: string[] = ContentScriptMessage.options.map((option) => option.shape.type.value);
const allTypes = ExtensionPageMessage.options.map((option) => option.shape.type.value);

type Route = typeof routeMessage;

/** The property every router must have: a refused message changes nothing. Returns the first counter-example. */
async function findChangeFromRefused(route: Route): Promise<string | null> {
  const handlers = createHandlers(db, () => NOW);
  for (const sender of [facebook, ...strangers]) {
    for (const message of privileged()) {
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
  it('has one valid example of every privileged message here', () => {
    expect(new Set(privileged().map((m) => m.type))).toEqual(
      new Set(allTypes.filter((type) => !(contentTypes as string[]).includes(type))),
    );
    expect(Object.keys(createHandlers(db)).sort()).toEqual([...allTypes].sort());
  });

  it('refuses every privileged message from content scripts, other extensions and web pages, changing nothing', async () => {
    expect(await findChangeFromRefused(routeMessage)).toBeNull();
  }, 30_000);

  it('catches a router that trusts every sender (positive control)', async () => {
    expect(await findChangeFromRefused(trustingRouter)).not.toBeNull();
  });

  it('accepts every privileged message from the extension’s own pages', async () => {
    const handlers = createHandlers(db, () => NOW);
    // Only a group marked as sample data may be removed as such.
    const at = NOW.toISOString();
    await db.groups.put({ groupId: '555', firstWatchedAt: at, lastReadAt: at, sample: true });
    for (const message of privileged()) {
      const reply = await routeMessage(message, panel, own, handlers);
      expect(reply, message.type).toMatchObject({ ok: true });
    }
  });

  it('forgets a member at the panel’s request', async () => {
    const reply = await routeMessage(
      { type: 'forgetMember', groupId: '1234567', memberId: '100' },
      panel,
      own,
      createHandlers(db),
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { removedSightings: 1, removedNotes: 1, removedMember: true },
    });
    expect(await db.members.get(['1234567', '100'])).toBeUndefined();
  });

  it('answers a bad import file with its message, changing nothing', async () => {
    const before = await hashAllTables(db);
    const reply = await routeMessage(
      { type: 'applyImport', text: exportedText.slice(0, -20) },
      panel,
      own,
      createHandlers(db),
    );
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^This file is not readable JSON; it may be truncated/),
    });
    expect(await hashAllTables(db)).toBe(before);
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
    // The refusal names the bad sighting, so the content script can send the good one again.
    expect(reply).toMatchObject({ ok: false, invalid: [1] });
  });

  it('names no sighting when the batch itself is wrong, or when every sighting is', async () => {
    const handlers = createHandlers(db);
    const batch = {
      type: 'submitSightings',
      url: 'https://www.facebook.com/groups/1234567/',
      groupId: '1234567',
      pageKind: 'group-feed',
      readAt: '2026-11-02T10:00:00.000Z',
    };
    const bad = { memberId: '<script>', name: 'x', kind: 'post' };
    const good = { memberId: '300', name: 'Ana', kind: 'post', itemId: '77' };
    for (const message of [
      { ...batch, groupId: '../1', sightings: [good, bad] },
      { ...batch, sightings: [bad, bad] },
    ]) {
      const reply = await routeMessage(message, facebook, own, handlers);
      expect(reply.ok).toBe(false);
      expect(reply).not.toHaveProperty('invalid');
    }
    const stranger = await routeMessage({ ...batch, sightings: [good, bad] }, strangers[0]!, own, handlers);
    expect(stranger).not.toHaveProperty('invalid');
  });

  it('random payloads for every handler, from any sender: never throw; refused or failed changes nothing', async () => {
    const handlers = createHandlers(db, () => NOW);
    const groupId = fc.constantFrom('1234567', '999', 'not a group!', '');
    const memberId = fc.constantFrom('100', '200', '300', '<script>');
    const time = fc.constantFrom(NOW.toISOString(), '2026-11-01T10:00:00Z', 'yesterday');
    const junk = fc.oneof(fc.anything(), fc.string({ maxLength: 30 }));
    /** Mostly well-formed messages for each type (so each handler really runs), with fields swapped for junk. */
    const shaped: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
      submitSightings: fc.record({
        url: fc.constantFrom('https://www.facebook.com/groups/1234567/', 'https://evil.example/'),
        groupId,
        pageKind: fc.constantFrom('group-feed', 'group-members', 'nope'),
        readAt: time,
        sightings: fc.array(
          fc.record(
            {
              memberId,
              name: fc.string({ maxLength: 10 }),
              kind: fc.constantFrom('post', 'comment', 'member', 'x'),
              itemId: fc.constantFrom('1', '2', undefined),
            },
            { requiredKeys: ['memberId', 'name', 'kind'] },
          ),
          { maxLength: 3 },
        ),
      }),
      reportPageStatus: fc.record({
        url: fc.constantFrom('https://www.facebook.com/groups/1234567/'),
        groupId,
        pageKind: fc.constantFrom('group-feed'),
        health: fc.constant({ expected: 1, read: 1, problems: [] }),
        readAt: time,
        visible: fc.boolean(),
      }),
      getContentConfig: fc.constant({}),
      submitPostContents: fc.record({
        url: fc.constantFrom('https://www.facebook.com/groups/1234567/'),
        groupId,
        pageKind: fc.constantFrom('group-feed', 'group-post', 'group-members'),
        readAt: time,
        contents: fc.array(
          fc.record({
            kind: fc.constantFrom('post', 'comment'),
            memberId,
            name: fc.string({ maxLength: 5 }),
            itemId: fc.constantFrom('55', 'bad id'),
            excerpt: fc.constantFrom('Share and win: comment to enter', ''),
            text: fc.constantFrom('Share and win: comment to enter our giveaway', ''),
            domains: fc.constant([]),
            images: fc.constantFrom([], [{ photoId: '123456' }], [{ photoId: 'x' }]),
          }),
          { maxLength: 2 },
        ),
      }),
      updateSettings: fc.record({
        patch: fc.record(
          {
            language: fc.constantFrom('fr', 'de'),
            inactivityDays: fc.integer({ min: -5, max: 5000 }),
            tiers: fc.record({
              occasional: fc.integer({ min: 0, max: 9 }),
              regular: fc.integer({ min: 0, max: 9 }),
              core: fc.integer({ min: 0, max: 30 }),
            }),
            retentionDays: fc.integer({ min: 0, max: 400 }),
            csvSeparator: fc.constantFrom(',', ';', '|'),
            adminName: fc.string({ maxLength: 5 }),
            readPostContents: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      }),
      forgetMember: fc.record(
        { groupId, memberId, neverRecordAgain: fc.boolean() },
        { requiredKeys: ['groupId', 'memberId'] },
      ),
      clearGroup: fc.record({ groupId }),
      removeSampleGroup: fc.record({ groupId }),
      exportLog: fc.record({ groupId }, { requiredKeys: [] }),
      exportLogChunk: fc.record(
        {
          groupId,
          rowsPerChunk: fc.constantFrom(50, 100, 1000),
          cursor: fc.oneof(fc.constant(undefined), junk),
        },
        { requiredKeys: [] },
      ),
      exportCsvChunk: fc.record(
        { groupId, rowsPerChunk: fc.constantFrom(50, 100), cursor: fc.oneof(fc.constant(undefined), junk) },
        { requiredKeys: [] },
      ),
      uploadImportPart: fc.record({
        uploadId: fc.constantFrom(UPLOAD_ID, 'not-a-uuid'),
        index: fc.integer({ min: -1, max: 3 }),
        total: fc.integer({ min: 0, max: 3 }),
        text: fc.string({ maxLength: 40 }),
      }),
      previewImport: fc.record(
        {
          text: fc.oneof(
            fc.constant('EXPORTED'),
            fc.string({ maxLength: 40 }),
            fc.constant(
              '{"header":{"format":"tend","kind":"templates","version":1,"exportedAt":"2026-11-22T10:00:00.000Z"}}',
            ),
          ),
          // Either the text or an upload (never completed here), both or neither: the last two are refused.
          uploadId: fc.constantFrom(UPLOAD_ID, 'not-a-uuid'),
        },
        { requiredKeys: [] },
      ),
      applyImport: fc.record(
        {
          text: fc.oneof(fc.constant('EXPORTED'), fc.constant('TRUNCATED'), fc.string({ maxLength: 40 })),
          uploadId: fc.constantFrom(UPLOAD_ID, 'not-a-uuid'),
        },
        { requiredKeys: [] },
      ),
      setCurrentGroup: fc.record({ groupId }),
      addNote: fc.record(
        { groupId, memberId, text: fc.string({ maxLength: 20 }), author: fc.string({ maxLength: 5 }) },
        { requiredKeys: ['groupId', 'memberId', 'text'] },
      ),
      deleteNote: fc.record({ id: fc.constantFrom('note-1', 'nope', '') }),
      markOnboarding: fc.record({
        entries: fc.array(
          fc.record(
            {
              groupId,
              memberId,
              stepId: fc.constantFrom('personal-welcome', 'Bad Step'),
              status: fc.constantFrom('done', 'skipped', 'snoozed'),
              until: fc.constantFrom(undefined, NOW.toISOString()),
              at: time,
            },
            { requiredKeys: ['groupId', 'memberId', 'stepId', 'status', 'at'] },
          ),
          { maxLength: 3 },
        ),
      }),
      saveTemplate: fc.record({
        template: fc.constantFrom(
          template,
          { ...template, bodies: { en: 'Hi {unknownPlaceholder' } },
          { ...template, id: 'bad id!' },
        ),
      }),
      deleteTemplate: fc.record({ id: fc.constantFrom('custom-welcome', 'nope') }),
      setSignalState: fc.record(
        {
          key: fc.constantFrom('brand-contest|1234567|55', 'nope'),
          state: fc.constantFrom('open', 'dismissed', 'snoozed', 'gone'),
          until: fc.constantFrom(NOW.toISOString(), 'soon'),
        },
        { requiredKeys: ['key', 'state'] },
      ),
    };
    expect(Object.keys(shaped).sort()).toEqual([...allTypes].sort());
    const message = fc.oneof(
      fc.constantFrom(...allTypes).chain((type) => shaped[type]!.map((fields) => ({ ...fields, type }))),
      fc.anything(),
      fc.record({ type: fc.constantFrom(...allTypes), extra: junk }),
    );
    const resolve = (raw: unknown) => {
      if (!raw || typeof raw !== 'object' || !('text' in raw)) return raw;
      const text = (raw as { text: unknown }).text;
      if (text === 'EXPORTED') return { ...raw, text: exportedText };
      if (text === 'TRUNCATED') return { ...raw, text: exportedText.slice(0, 200) };
      return raw;
    };
    await fc.assert(
      fc.asyncProperty(
        message,
        fc.constantFrom(panel, panel, facebook, ...strangers),
        async (raw, sender) => {
          const payload = resolve(raw);
          const before = await hashAllTables(db);
          const reply = await routeMessage(payload, sender, own, handlers);
          const type = (payload as { type?: unknown } | null)?.type;
          if (sender !== panel && !contentTypes.includes(type as string)) expect(reply.ok).toBe(false);
          if (!reply.ok) expect(await hashAllTables(db)).toBe(before);
        },
      ),
      { numRuns: 250 },
    );
  }, 120_000);
});

describe('a group whose address uses its vanity name', () => {
  const VANITY = 'catsittersexchange';
  const GROUP = '1234567';
  const sightings = (memberId: string) => [{ memberId, name: `Member ${memberId}`, kind: 'member' as const }];

  it('adds to the group known by its numeric id once a page has shown both', async () => {
    const handlers = createHandlers(db, () => NOW);
    const page = { id: own.id, url: `https://www.facebook.com/groups/${VANITY}/members` };
    const send = (message: Record<string, unknown>) => routeMessage(message, page, own, handlers);
    const at = NOW.toISOString();
    // A page whose data named the numeric id: stored under it, the vanity remembered.
    expect(
      await send({
        type: 'submitSightings',
        url: `https://www.facebook.com/groups/${VANITY}/members`,
        groupId: GROUP,
        groupVanity: VANITY,
        pageKind: 'group-members',
        readAt: at,
        sightings: sightings('100'),
      }),
    ).toMatchObject({ ok: true });
    expect(await db.groups.get(GROUP)).toMatchObject({ aliases: [VANITY] });
    // Later pages that show only the vanity: same group, same status, same current group for the panel.
    const url = `https://www.facebook.com/groups/${VANITY}/members`;
    expect(
      await send({
        type: 'submitSightings',
        url,
        groupId: VANITY,
        pageKind: 'group-members',
        readAt: at,
        sightings: sightings('200'),
      }),
    ).toMatchObject({ ok: true });
    expect(
      await send({
        type: 'reportPageStatus',
        url,
        groupId: VANITY,
        pageKind: 'group-members',
        health: { expected: 1, read: 1, problems: [] },
        readAt: at,
        visible: true,
      }),
    ).toMatchObject({ ok: true });
    expect(await db.groups.get(VANITY)).toBeUndefined();
    expect((await db.members.toArray()).map((row) => [row.groupId, row.memberId])).toEqual([
      [GROUP, '100'],
      [GROUP, '200'],
    ]);
    expect(await db.groups.get(GROUP)).toMatchObject({ lastStatus: { url } });
    expect(await db.state.get('current')).toMatchObject({ groupId: GROUP });
  });
});

describe('a content script writes only for the group of the page that sent it', () => {
  const at = NOW.toISOString();
  const batch = (groupId: string, url: string, extra: Record<string, unknown> = {}) => ({
    type: 'submitSightings',
    url,
    groupId,
    pageKind: 'group-members',
    readAt: at,
    sightings: [{ memberId: '900', name: 'Someone Else', kind: 'member' }],
    ...extra,
  });
  const status = (groupId: string, url: string) => ({
    type: 'reportPageStatus',
    url,
    groupId,
    pageKind: 'group-members',
    health: { expected: 1, read: 1, problems: [] },
    readAt: at,
    visible: true,
  });
  const OTHER = 'https://www.facebook.com/groups/7654321/members';

  it('refuses sightings and status for another group, or naming another page, changing nothing', async () => {
    const handlers = createHandlers(db, () => NOW);
    const before = await hashAllTables(db);
    for (const message of [
      batch('7654321', OTHER),
      batch('7654321', facebook.url!),
      batch('1234567', OTHER),
      batch('7654321', facebook.url!, { groupVanity: 'catsitters' }),
      status('7654321', OTHER),
      status('7654321', facebook.url!),
    ]) {
      const reply = await routeMessage(message, facebook, own, handlers);
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^refused:/) });
    }
    expect(await hashAllTables(db)).toBe(before);
    // The same messages from the other group's own page are stored.
    const page = { id: own.id, url: OTHER };
    expect(await routeMessage(batch('7654321', OTHER), page, own, handlers)).toMatchObject({ ok: true });
    expect(await routeMessage(status('7654321', OTHER), page, own, handlers)).toMatchObject({ ok: true });
  });

  it('a vanity address may give the numeric id once; a vanity already another group’s cannot be claimed', async () => {
    const handlers = createHandlers(db, () => NOW);
    const vanityUrl = 'https://www.facebook.com/groups/catsitters/members';
    const page = { id: own.id, url: vanityUrl };
    const claim = (groupId: string) => batch(groupId, vanityUrl, { groupVanity: 'catsitters' });
    expect(await routeMessage(claim('1234567'), page, own, handlers)).toMatchObject({ ok: true });
    const before = await hashAllTables(db);
    expect(await routeMessage(claim('7654321'), page, own, handlers)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^refused:/),
    });
    expect(await hashAllTables(db)).toBe(before);
  });

  it('follows the tab’s current address after an in-place navigation, not the document’s first one', async () => {
    const handlers = createHandlers(db, () => NOW);
    // Facebook navigated the tab from the first group's members list to the other group, without a reload.
    const moved = { ...facebook, tabUrl: OTHER };
    expect(await routeMessage(batch('7654321', OTHER), moved, own, handlers)).toMatchObject({ ok: true });
    expect(await routeMessage(batch('1234567', facebook.url!), moved, own, handlers)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^refused:/),
    });
  });

  it('a photo page, whose address names no group, may only describe itself', async () => {
    const handlers = createHandlers(db, () => NOW);
    const photo = 'https://www.facebook.com/photo/?fbid=1&set=gm.3744420902118814';
    const page = { id: own.id, url: photo };
    const post = { pageKind: 'group-post' };
    expect(await routeMessage(batch('1234567', photo, post), page, own, handlers)).toMatchObject({
      ok: true,
    });
    expect(await routeMessage(batch('1234567', OTHER, post), page, own, handlers)).toMatchObject({
      ok: false,
    });
  });
});
