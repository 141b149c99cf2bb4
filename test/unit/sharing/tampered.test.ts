// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberFactsOf } from '@/storage/derived';
import { keysOfRing, sealBundle } from '@/utils/sharing/codec';
import { documentId } from '@/utils/sharing/crypto';
import { GROUP, day, hashAllTables, ingest, listed, post } from '../storage/helpers';
import { admin, newRing, syncAll, tablesOf } from './helpers';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

const CHLOE = '100004517623';

/** Changes one character in the middle of a stored document's ciphertext, as a hostile server could. */
async function tamper(url: string, id: string): Promise<void> {
  const doc = (await (await fetch(`${url}/${id}`)).json()) as { ct: string };
  const at = Math.floor(doc.ct.length / 2);
  const ct = doc.ct.slice(0, at) + (doc.ct[at] === 'A' ? 'B' : 'A') + doc.ct.slice(at + 1);
  const answer = await fetch(`${url}/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...doc, ct }),
  });
  expect(answer.status).toBe(201);
}

describe('a tampered document', () => {
  it('is refused: nothing changes, the status says so; the admin who wrote it writes it again', async () => {
    const ring = newRing();
    const url = `${server.url}/share-tampered`;
    const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
    await ingest(alice.db, day(0), [listed(CHLOE, 'Chloé Lefèvre')]);
    await syncAll([alice, bob]);
    await ingest(alice.db, day(1), [post(CHLOE, '5551234', 'Chloé Lefèvre', day(1))]);
    await alice.engine.sync();
    const id = await documentId((await keysOfRing(ring)).current, ['person', GROUP, CHLOE]);
    await tamper(url, id);

    const before = await hashAllTables(bob.db, ['members', 'sightings', 'counted', 'notes', 'onboarding']);
    const report = await bob.engine.sync();
    expect(report.ok).toBe(true);
    expect(await hashAllTables(bob.db, ['members', 'sightings', 'counted', 'notes', 'onboarding'])).toBe(
      before,
    );
    // Recorded, and replaced by bob's own version of that member (his log is whole: nothing of it is lost).
    expect(report.status.refused).toEqual([
      expect.objectContaining({ id, reason: 'tampered', replaced: true }),
    ]);

    // Alice gets bob's version (without her post), merges it and writes hers again: bob then has the post too.
    await syncAll([alice, bob]);
    expect(await bob.db.sightings.where('[groupId+memberId]').equals([GROUP, CHLOE]).count()).toBe(2);
    const [a, b] = [await tablesOf(alice.db), await tablesOf(bob.db)];
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
  }, 60_000);
});

describe('a co-admin’s document that does not hold', () => {
  it('is refused like a damaged file (a foreign link), or when it sits at another person’s id; the rest is applied', async () => {
    const ring = newRing();
    const url = `${server.url}/share-invalid`;
    const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
    await ingest(alice.db, day(0), [
      listed(CHLOE, 'Chloé Lefèvre'),
      listed('100009912345', 'Zoé Martin'),
      listed('100007770001', 'Ana Silva'),
    ]);
    await syncAll([alice, bob]);
    const keys = (await keysOfRing(ring)).current;
    const member = await alice.db.members.get([GROUP, CHLOE]);
    const hostile = { ...memberFactsOf(member!), profileUrl: 'javascript:alert(1)', name: 'Chloé L.' };
    const chloeId = await documentId(keys, ['person', GROUP, CHLOE]);
    const zoeId = await documentId(keys, ['person', GROUP, '100009912345']);
    const fair = { ...memberFactsOf(member!), name: 'Chloé Renamed', lastSeenAt: day(5) };
    const write = async (id: string, facts: object) => {
      const current = await alice.local.get(id);
      const log = { members: [facts] };
      const envelope = await sealBundle(keys, id, { kind: 'log', origin: 'mallory-0001', log });
      await alice.local.put({ ...envelope, _rev: current._rev });
    };
    await write(chloeId, hostile);
    await write(zoeId, fair); // Chloé's facts at Zoé's id
    const ana = await alice.db.members.get([GROUP, '100007770001']);
    await write(await documentId(keys, ['person', GROUP, '100007770001']), {
      ...memberFactsOf(ana!),
      name: 'Ana Renamed',
      lastSeenAt: day(5),
    });
    await alice.local.replicate.to(alice.remote);

    const rowsOf = async () =>
      JSON.stringify(
        await bob.db.members.bulkGet([
          [GROUP, CHLOE],
          [GROUP, '100009912345'],
        ]),
      );
    const before = await rowsOf();
    const report = await bob.engine.sync();
    expect(await rowsOf()).toBe(before);
    expect(await bob.db.members.get([GROUP, '100007770001'])).toMatchObject({ name: 'Ana Renamed' });
    expect(report.status.refused.map(({ id, reason }) => [id, reason]).sort()).toEqual(
      [
        [chloeId, 'invalid'],
        [zoeId, 'mismatch'],
      ].sort(),
    );
  }, 60_000);
});
