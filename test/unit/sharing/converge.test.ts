// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, recordOnboarding } from '@/storage/records';
import { GROUP, comment, day, ingest, listed, post } from '../storage/helpers';
import { admin, newRing, syncAll, tablesOf } from './helpers';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

describe('two co-admins share one log', () => {
  it('each reads different pages; after syncing, both logs are the same table by table', async () => {
    const ring = newRing();
    const url = `${server.url}/share-converge`;
    const alice = await admin(ring, url);
    const bob = await admin(ring, url);
    await ingest(alice.db, day(0), [
      listed('100', 'Chloé Lefèvre', { joinedAfter: day(-9), joinedBefore: day(-2), joinPrecision: 'week' }),
    ]);
    await ingest(alice.db, day(1), [
      post('100', 'p1', 'Chloé Lefèvre', day(1)),
      comment('200', 'c1', 'Ana Silva'),
    ]);
    await ingest(bob.db, day(2), [
      listed('100', 'Chloé Lefèvre', { joinedAfter: day(-4), joinedBefore: day(-3), joinPrecision: 'day' }),
    ]);
    await ingest(bob.db, day(2), [
      post('300', 'p3', 'Zoé Martin', day(2)),
      comment('100', 'c2', 'Chloé Lefèvre'),
    ]);
    await ingest(
      bob.db,
      day(2),
      [
        {
          memberId: '400',
          name: 'Léa Petit',
          kind: 'request',
          rawTime: 'Requested 2 days ago',
          answers: [{ question: 'Why join?', answer: 'Cats' }],
        },
      ],
      'member-requests',
    );
    await addNote(
      bob.db,
      { groupId: GROUP, memberId: '100', text: 'Chat diabétique, suivi', author: 'Bob' },
      new Date(day(3)),
    );
    await recordOnboarding(alice.db, [
      {
        groupId: GROUP,
        memberId: '100',
        stepId: 'personal-welcome',
        status: 'done',
        at: day(3),
        by: 'Alice',
      },
    ]);

    await syncAll([alice, bob]);

    const [a, b] = [await tablesOf(alice.db), await tablesOf(bob.db)];
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
    const chloe = await alice.db.members.get([GROUP, '100']);
    expect(chloe).toMatchObject({
      joinedAfter: day(-4),
      joinedBefore: day(-3),
      postCount: 1,
      commentCount: 1,
    });
    expect(await bob.db.members.count()).toBe(3);
    expect(await alice.db.notes.count()).toBe(1);
    expect(await alice.db.prospects.get([GROUP, '400'])).toMatchObject({
      status: 'requested',
      answers: [{ answer: 'Cats' }],
    });
    expect([(await alice.engine.status()).refused, (await bob.engine.status()).refused]).toEqual([[], []]);
    expect(await bob.db.onboarding.count()).toBe(1);
  }, 60_000);
});

describe('incremental sync', () => {
  it('after one newly read page, only the documents it changed move', async () => {
    const ring = newRing();
    const url = `${server.url}/share-incremental`;
    const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
    const many = Array.from({ length: 60 }, (_, index) => listed(`${1000 + index}`, `Member ${index}`));
    await ingest(alice.db, day(0), many);
    await syncAll([alice, bob]);

    await ingest(alice.db, day(1), [
      post('1001', 'p-new-1', 'Member 1', day(1)),
      post('1002', 'p-new-2', 'Member 2', day(1)),
    ]);
    const report = await alice.engine.sync();
    // The group (last read), the two posters and the watched day: four documents, not sixty-two.
    expect([report.published, report.pushed]).toEqual([4, 4]);
    const received = await bob.engine.sync();
    expect([received.pulled, received.absorbed, received.published]).toEqual([4, 4, 0]);
    expect(await bob.db.sightings.where('[groupId+memberId]').equals([GROUP, '1002']).count()).toBe(2);
  }, 60_000);
});
