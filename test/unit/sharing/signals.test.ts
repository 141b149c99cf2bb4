// @vitest-environment node
/**
 * Weak signals are not shared with co-admins (see SIGNAL_SECTIONS in storage/export.ts and the README): a signal
 * names several members while the shared log has one document per person, so a forget could not reach it
 * everywhere. What is shared still converges; the signals and fingerprints stay where they were raised.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNAL_SECTIONS } from '@/storage/export';
import { recordSignalItems } from '@/storage/signals';
import { defaultSignalKindSettings, type SignalItem } from '@/utils/signals';
import { GROUP, day, ingest, post } from '../storage/helpers';
import { SHARED_TABLES, admin, newRing, syncAll, tablesOf } from './helpers';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

const [CHLOE, ZOE] = ['100004517623', '100009912345'];
const photo = { photoId: '1700000000000011', alt: 'May be an image of cat', width: 720, height: 1241 };
const item = (memberId: string, itemId: string, at: string): SignalItem => ({
  groupId: GROUP,
  kind: 'post',
  memberId,
  itemId,
  permalink: `https://www.facebook.com/groups/${GROUP}/posts/${itemId}/`,
  at,
  excerpt: 'Have you seen him?',
  domains: [],
  images: [photo],
});

describe('weak signals and sharing', () => {
  it('the shared tables leave the signal tables out', () => {
    for (const table of SIGNAL_SECTIONS) expect(SHARED_TABLES as readonly string[]).not.toContain(table);
  });

  it('a signal raised by one admin stays on their computer; the log around it converges', async () => {
    const ring = newRing();
    const url = `${server.url}/share-signals`;
    const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
    await ingest(alice.db, day(1), [post(CHLOE, '4441', 'Chloé', day(1)), post(ZOE, '4442', 'Zoé', day(1))]);
    const raised = await recordSignalItems(
      alice.db,
      [item(CHLOE, '4441', day(0)), item(ZOE, '4442', day(1))],
      () => defaultSignalKindSettings,
      day(1),
    );
    expect(raised).toHaveLength(1);
    await syncAll([alice, bob]);
    expect(await tablesOf(bob.db)).toEqual(await tablesOf(alice.db));
    expect(await bob.db.members.count()).toBe(2);
    expect(await bob.db.signals.count()).toBe(0);
    expect(await bob.db.fingerprints.count()).toBe(0);
    expect(await alice.db.signals.count()).toBe(1);
  });
});
