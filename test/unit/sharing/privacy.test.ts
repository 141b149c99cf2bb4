// @vitest-environment node
/**
 * The server sees only ciphertext: every request body sent to it and every document it stores is searched for
 * the sample group's names, ids and note texts. Control: privacy-control.test.ts runs the same search on an
 * engine whose encryption is broken on purpose, and must find them.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, newRing, syncAll, tablesOf, type Recorder } from './helpers';
import { SAMPLE, leaksIn, seedSample, serverTexts } from './sample';
import { startServer, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

describe('what the server sees', () => {
  it('no name, id or note text in any request body or stored document', async () => {
    const ring = newRing();
    const url = `${server.url}/share-privacy`;
    const bodies: Recorder = [];
    const [alice, bob] = [await admin(ring, url, bodies), await admin(ring, url, bodies)];
    await seedSample(alice.db, bob.db);
    await syncAll([alice, bob]);
    // Ana is forgotten for good: the forget travels too (with her id, inside the ciphertext only).
    await alice.engine.forget(SAMPLE.ids[2]!, { neverRecordAgain: true });
    await syncAll([alice, bob]);

    // The data did travel (bob has alice's members and notes), only never readable on the way or at rest.
    expect(await bob.db.notes.count()).toBe(2);
    expect(await bob.db.members.count()).toBe(2);
    expect((await tablesOf(bob.db)).members).toEqual((await tablesOf(alice.db)).members);
    expect(bodies.length).toBeGreaterThan(4);
    expect(leaksIn(bodies)).toEqual([]);
    expect(leaksIn(await serverTexts(url))).toEqual([]);
  }, 60_000);
});
