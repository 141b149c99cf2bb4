// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordOnboarding } from '@/storage/records';
import { makeInvite, openInvite } from '@/utils/sharing/invite';
import { GROUP, day, ingest, listed, post } from '../storage/helpers';
import { admin, newRing, remoteDb, syncAll, tablesOf } from './helpers';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

const mark = (stepId: string, by: string, at: string) =>
  ({ groupId: GROUP, memberId: '100004517623', stepId, status: 'done', at, by }) as const;

describe('offline edits and joining', () => {
  it('both edit the same member’s onboarding offline: after syncing, both keep every mark, no conflict left', async () => {
    const ring = newRing();
    const url = `${server.url}/share-offline`;
    const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
    await ingest(alice.db, day(0), [listed('100004517623', 'Chloé Lefèvre')]);
    await syncAll([alice, bob]);
    // Offline: each records a different step on the same member, and each publishes to its own replica.
    await recordOnboarding(alice.db, [mark('personal-welcome', 'Alice', day(1))]);
    await recordOnboarding(bob.db, [
      mark('first-post-nudge', 'Bob', day(1)),
      mark('rules-reminder', 'Bob', day(2)),
    ]);
    await alice.engine.settleLocally();
    await bob.engine.settleLocally();

    const { settled } = await syncAll([alice, bob]);

    expect(settled).toBeGreaterThanOrEqual(1);
    const [a, b] = [await tablesOf(alice.db), await tablesOf(bob.db)];
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
    const marks = (await alice.db.onboarding.toArray()).map((row) => `${row.stepId} by ${row.by}`).sort();
    expect(marks).toEqual(['first-post-nudge by Bob', 'personal-welcome by Alice', 'rules-reminder by Bob']);
    // The conflict was settled: no document on the server keeps a losing revision.
    const onServer = remoteDb(url);
    const docs = await onServer.allDocs({ include_docs: true, conflicts: true });
    expect(docs.rows.filter((row) => (row.doc as { _conflicts?: string[] })._conflicts?.length)).toEqual([]);
  }, 60_000);

  it('a third admin joins by invite and gets everything; a wrong passphrase gets nothing', async () => {
    const ring = newRing();
    const url = `${server.url}/share-invite`;
    const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
    await ingest(alice.db, day(0), [
      listed('100004517623', 'Chloé Lefèvre'),
      listed('100009912345', 'Ana Silva'),
    ]);
    await ingest(bob.db, day(1), [post('100007770001', 'p9', 'Zoé Martin', day(1))]);
    await recordOnboarding(bob.db, [mark('personal-welcome', 'Bob', day(2))]);
    await syncAll([alice, bob]);

    const code = await makeInvite({ ring, database: url }, 'KQ7ZM-2XHDP-8RTWA-9C3VN-MB4E6', 1_000);
    expect(await openInvite(code, 'KQ7ZM-2XHDP-8RTWA-9C3VN-MB4E7')).toMatchObject({ ok: false });
    expect(await openInvite(code.slice(0, -3) + 'AAA', 'KQ7ZM-2XHDP-8RTWA-9C3VN-MB4E6')).toMatchObject({
      ok: false,
    });
    const opened = await openInvite(code, ' KQ7ZM-2XHDP-8RTWA-9C3VN-MB4E6 ');
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.content.ring).toEqual(ring);
    const carol = await admin(opened.content.ring, opened.content.database);

    await syncAll([alice, bob, carol]);

    const [a, c] = [await tablesOf(alice.db), await tablesOf(carol.db)];
    for (const table of Object.keys(a)) expect(c[table], table).toEqual(a[table]);
    expect(await carol.db.members.count()).toBe(3);
    expect(await carol.db.onboarding.count()).toBe(1);
  }, 60_000);
});
