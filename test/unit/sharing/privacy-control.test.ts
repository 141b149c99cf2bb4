// @vitest-environment node
/**
 * Control for privacy.test.ts: the same engine with its encryption deliberately broken (the "ciphertext" is the
 * plaintext itself, as a build that forgot to encrypt would send). The same search must find the secrets, in the
 * request bodies and on the server; if it did not, the guard would be blind.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { admin, newRing, type Recorder } from './helpers';
import { SECRETS, leaksIn, seedSample, serverTexts } from './sample';
import { startServer, type TestServer } from './server';

vi.mock('@/utils/sharing/crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/utils/sharing/crypto')>();
  return {
    ...actual,
    seal: async (_keys: unknown, _id: string, plaintext: string) => ({
      iv: 'AAAAAAAAAAAAAAAA',
      ct: plaintext,
    }),
  };
});

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => server.close());

describe('control: a build that sends plaintext', () => {
  it('is caught by the search, in request bodies and on the server', async () => {
    const ring = newRing();
    const url = `${server.url}/share-leaky`;
    const bodies: Recorder = [];
    const [alice, bob] = [await admin(ring, url, bodies), await admin(ring, url, bodies)];
    await seedSample(alice.db, bob.db);
    await alice.engine.sync();
    await bob.engine.sync();

    expect(leaksIn(bodies).length).toBeGreaterThan(SECRETS.length / 2);
    expect(leaksIn(bodies)).toEqual(
      expect.arrayContaining(['Chloé Lefèvre', '100004517623', 'Chat diabétique, insuline matin et soir']),
    );
    expect(leaksIn(await serverTexts(url))).toEqual(
      expect.arrayContaining(['Zoé Martin', 'Asked about fostering kittens']),
    );
  }, 60_000);
});
