/**
 * A write the browser refuses (storage full, a closing database) must give the admin a clear message and leave
 * what was stored intact. The failure is injected at the write boundary: a Dexie middleware under every table.
 */
import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { routeMessage, type OwnIdentity } from '@/entrypoints/background/router';
import { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { GROUP, day, hashAllTables, ingest, listed, post } from './helpers';

const own: OwnIdentity = { id: 'tend', origin: 'chrome-extension://tend/' };
const panel = { id: 'tend', url: 'chrome-extension://tend/sidepanel.html' };
const facebook = { id: 'tend', url: 'https://www.facebook.com/groups/1234567/' };

interface Injector {
  /** Fail the n-th write from now (1 = the next one), with this error. */
  failAt(n: number, error: () => Error): void;
  off(): void;
}

function injectWriteFailures(database: Dexie): Injector {
  let countdown = 0;
  let makeError: (() => Error) | undefined;
  database.use({
    stack: 'dbcore',
    name: 'inject-write-failures',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            if (makeError && --countdown === 0) return Promise.reject(makeError());
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return {
    failAt: (n, error) => {
      countdown = n;
      makeError = error;
    },
    off: () => {
      makeError = undefined;
    },
  };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const closing = () => new Dexie.DatabaseClosedError('Database has been closed');

let db: TendDatabase;
let inject: Injector;
beforeEach(async () => {
  db = new TendDatabase(`failures-${crypto.randomUUID()}`);
  inject = injectWriteFailures(db);
  await db.open();
  await ingest(db, day(0), [listed('100', 'Camille Roux'), listed('200', 'Jordan Price')]);
  await ingest(db, day(1), [post('100', 'p1')]);
});
afterEach(async () => {
  inject.off();
  await db.delete();
});

const submit = {
  type: 'submitSightings',
  url: 'https://www.facebook.com/groups/1234567/',
  groupId: GROUP,
  pageKind: 'group-feed',
  readAt: day(2),
  sightings: [
    { memberId: '100', name: 'Camille Roux', kind: 'post', itemId: 'p2' },
    { memberId: '300', name: 'Ana Lefèvre', kind: 'comment', itemId: 'c3' },
  ],
};

describe('refused writes', () => {
  it.each([1, 2, 3, 4])(
    'ingest: storage full at write %i → clear message, nothing half-stored',
    async (n) => {
      const before = await hashAllTables(db);
      inject.failAt(n, quota);
      const reply = await routeMessage(
        submit,
        facebook,
        own,
        createHandlers(db, () => new Date(day(2))),
      );
      expect(reply.ok).toBe(false);
      if (!reply.ok) {
        expect(reply.error).toMatch(/storage for Tend is full/);
        expect(reply.error).toMatch(/everything stored before is intact/);
      }
      inject.off();
      expect(await hashAllTables(db)).toBe(before);
    },
  );

  it('a closing database gives its own message', async () => {
    const before = await hashAllTables(db);
    inject.failAt(1, closing);
    const reply = await routeMessage(submit, facebook, own, createHandlers(db));
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/database was closing/) });
    inject.off();
    expect(await hashAllTables(db)).toBe(before);
  });

  it.each([
    ['forgetMember', { type: 'forgetMember', groupId: GROUP, memberId: '100', neverRecordAgain: true }],
    ['clearGroup', { type: 'clearGroup', groupId: GROUP }],
    ['addNote', { type: 'addNote', groupId: GROUP, memberId: '100', text: 'hello' }],
    [
      'markOnboarding',
      {
        type: 'markOnboarding',
        entries: [
          { groupId: GROUP, memberId: '100', stepId: 'personal-welcome', status: 'done', at: day(3) },
        ],
      },
    ],
  ])('%s: storage full → nothing changed', async (_name, message) => {
    const before = await hashAllTables(db);
    inject.failAt(1, quota);
    const reply = await routeMessage(message, panel, own, createHandlers(db));
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/full/) });
    inject.off();
    expect(await hashAllTables(db)).toBe(before);
  });

  it('import: a refusal in the middle of applying leaves the log as it was', async () => {
    const other = new TendDatabase(`failures-source-${crypto.randomUUID()}`);
    await ingest(other, day(5), [post('100', 'p9', 'Camille R.'), post('400', 'p8', 'Zoë')]);
    const text = await exportLogText(other, undefined, new Date(day(6)));
    await other.delete();
    const before = await hashAllTables(db);
    for (const n of [1, 2, 3, 4]) {
      inject.failAt(n, quota);
      const reply = await routeMessage({ type: 'applyImport', text }, panel, own, createHandlers(db));
      expect(reply.ok).toBe(false);
      inject.off();
      expect(await hashAllTables(db)).toBe(before);
    }
    // And with nothing refused, the same import goes through.
    expect((await routeMessage({ type: 'applyImport', text }, panel, own, createHandlers(db))).ok).toBe(true);
  });
});
