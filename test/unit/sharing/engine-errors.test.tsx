// @vitest-environment node
/**
 * Each way a sync can go wrong, made real against pouchdb-server (or a port nobody listens on), then shown by the
 * panel's status in plain words, in English and in French: the server unreachable, the login turned down, the
 * user forbidden to write, a tampered document refused, a document that is not Tend's refused.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharingEngine } from '@/storage/sharing/engine';
import { PouchDB } from '@/storage/sharing/pouch';
import { keysOfRing } from '@/utils/sharing/codec';
import { documentId } from '@/utils/sharing/crypto';
import { GROUP, day, ingest, listed } from '../storage/helpers';
import { admin, newRing, syncAll, tablesOf, type Admin } from './helpers';
import { freePort, startServer, type TestServer } from './server';
import { expectUpToDate, expectWords } from './words';

const CHLOE = '100004517623';
const JSON_TYPE = { 'Content-Type': 'application/json' };

/** An engine on `alice`'s log and replica, reaching `url` with a login. */
const engineAs = (alice: Admin, url: string, username: string, password: string) =>
  SharingEngine.open({
    db: alice.db,
    ring: alice.engine.ring,
    origin: alice.origin,
    local: alice.local,
    remote: new PouchDB(url, { auth: { username, password } }),
  });

describe('engine errors, in plain words', () => {
  it('the server unreachable', async () => {
    const alice = await admin(newRing(), `http://127.0.0.1:${await freePort()}/nobody-listens`);
    await ingest(alice.db, day(0), [listed(CHLOE, 'Chloé Lefèvre')]);
    const report = await alice.engine.sync();
    expect(report.status.connection).toBe('unreachable');
    expectWords(report.status, 'unreachable');
  });

  describe('on a server with logins', () => {
    let server: TestServer;
    const put = (path: string, body: unknown, login = 'root:rootpw') =>
      fetch(`${server.url}/${path}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(login)}` },
        body: JSON.stringify(body),
      });
    beforeAll(async () => {
      server = await startServer();
      await fetch(`${server.url}/_config/admins/root`, { method: 'PUT', body: '"rootpw"' });
      const user = { name: 'bob', password: 'bobpw', roles: [], type: 'user' };
      expect((await put('_users/org.couchdb.user:bob', user)).ok).toBe(true);
      // A database where only the server's admin may write (CouchDB's validation function, answering 403).
      expect((await put('readonly', {})).ok).toBe(true);
      const validate = `function (doc, old, user) {
        if (user.roles.indexOf('_admin') === -1) throw { forbidden: 'only the admin writes here' };
      }`;
      expect((await put('readonly/_design/guard', { validate_doc_update: validate })).ok).toBe(true);
    }, 60_000);
    afterAll(async () => server.close());

    it('the login turned down', async () => {
      const alice = await admin(newRing(), `${server.url}/unused`);
      await ingest(alice.db, day(0), [listed(CHLOE, 'Chloé Lefèvre')]);
      const engine = await engineAs(alice, `${server.url}/readonly`, 'bob', 'not-his-password');
      const report = await engine.sync();
      expect(report.ok).toBe(false);
      expect(report.status.connection).toBe('refused');
      expectWords(report.status, 'refused');
    });

    it('a login refused (a wrong password, a user without rights on the database): said plainly, nothing changes here, and the next sync with a good login works', async () => {
      // A team database only carol and dave may enter (pouchdb-server answers 401 to anyone else, where CouchDB 3
      // answers 403 to a known user); carol shares her log there first.
      for (const name of ['carol', 'dave']) {
        const user = { name, password: `${name}pw`, roles: [], type: 'user' };
        expect((await put(`_users/org.couchdb.user:${name}`, user)).ok).toBe(true);
      }
      expect((await put('team', {})).ok).toBe(true);
      const members = { admins: { names: [], roles: [] }, members: { names: ['carol', 'dave'], roles: [] } };
      expect((await put('team/_security', members)).ok).toBe(true);
      const team = `${server.url}/team`;
      const ring = newRing();
      const carol = await admin(ring, `${server.url}/unused`);
      await ingest(carol.db, day(0), [listed('100009912345', 'Ana Silva')]);
      const carolEngine = await engineAs(carol, team, 'carol', 'carolpw');
      expect((await carolEngine.sync()).ok).toBe(true);
      const onServer = async () => {
        const answer = await fetch(`${team}/_all_docs`, {
          headers: { Authorization: `Basic ${btoa('root:rootpw')}` },
        });
        return ((await answer.json()) as { rows: { id: string; value: { rev: string } }[] }).rows;
      };
      const serverBefore = await onServer();
      expect(serverBefore.length).toBeGreaterThan(0);

      // Alice's own reading, already encrypted into her replica (as offline work leaves it).
      const alice = await admin(ring, `${server.url}/unused`);
      await ingest(alice.db, day(1), [listed(CHLOE, 'Chloé Lefèvre')]);
      await alice.engine.settleLocally();
      const replicaOf = async () => (await alice.local.allDocs()).rows.map((row) => [row.id, row.value.rev]);
      const [tablesBefore, replicaBefore] = [await tablesOf(alice.db), await replicaOf()];
      const pendingBefore = (await alice.engine.status()).pending;
      expect(pendingBefore).toBe(2);

      const refusals = [
        ['dave', 'not-his-password', /refused \(401\): Name or password is incorrect/],
        ['bob', 'bobpw', /refused \(401\): You are not authorized to access this db/],
      ] as const;
      for (const [username, password, reason] of refusals) {
        const refused = await (await engineAs(alice, team, username, password)).sync();
        expect(refused.ok, username).toBe(false);
        expect(refused.status, username).toMatchObject({ connection: 'refused', pending: pendingBefore });
        expect(refused.status.lastSyncedAt, username).toBeUndefined();
        // The details say which: the password, or this user's access to the database.
        expect(refused.status.error, username).toMatch(reason);
        expectWords(refused.status, 'refused');
        // Nothing changed here or there: the log, the replica, the server's documents.
        expect(await tablesOf(alice.db), username).toEqual(tablesBefore);
        expect(await replicaOf(), username).toEqual(replicaBefore);
        expect(await onServer(), username).toEqual(serverBefore);
      }

      const good = await (await engineAs(alice, team, 'dave', 'davepw')).sync();
      expect(good.ok).toBe(true);
      expect(good.status).toMatchObject({ connection: 'ok', pending: 0 });
      expect(good.status.error).toBeUndefined();
      expect(good.pulled).toBe(serverBefore.length);
      expectUpToDate(good.status);
      // And the two logs converge, table by table.
      const dave = { ...alice, engine: await engineAs(alice, team, 'dave', 'davepw') };
      await syncAll([{ ...carol, engine: carolEngine }, dave]);
      const [a, c] = [await tablesOf(alice.db), await tablesOf(carol.db)];
      for (const table of Object.keys(a)) expect(c[table], table).toEqual(a[table]);
      expect(await alice.db.members.count()).toBe(2);
    });

    it('the user forbidden to write: not synced, the changes still pending', async () => {
      const alice = await admin(newRing(), `${server.url}/unused`);
      await ingest(alice.db, day(0), [listed(CHLOE, 'Chloé Lefèvre')]);
      const engine = await engineAs(alice, `${server.url}/readonly`, 'bob', 'bobpw');
      const report = await engine.sync();
      expect(report.ok).toBe(false);
      expect(report.status).toMatchObject({ connection: 'forbidden', pending: 2 });
      expect(report.status.lastSyncedAt).toBeUndefined();
      expect(report.status.error).toMatch(/only the admin writes here/);
      expectWords(report.status, 'forbidden');
      // PouchDB's checkpoint moved past the refused documents: they are offered again until the server takes them.
      expect((await engine.sync()).status).toMatchObject({ connection: 'forbidden' });
      const guard = (await (await fetch(`${server.url}/readonly/_design/guard`)).json()) as { _rev: string };
      const removed = await fetch(`${server.url}/readonly/_design/guard?rev=${guard._rev}`, {
        method: 'DELETE',
        headers: { Authorization: `Basic ${btoa('root:rootpw')}` },
      });
      expect(removed.ok).toBe(true);
      expect((await engine.sync()).status).toMatchObject({ connection: 'ok', pending: 0 });
      const onServer = (await (await fetch(`${server.url}/readonly/_all_docs`)).json()) as {
        rows: unknown[];
      };
      expect(onServer.rows).toHaveLength(2);
    });
  });

  describe('documents refused', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer();
    }, 60_000);
    afterAll(async () => server.close());

    it('a tampered document, and one that is not a Tend document', async () => {
      const ring = newRing();
      const url = `${server.url}/share-errors`;
      const [alice, bob] = [await admin(ring, url), await admin(ring, url)];
      await ingest(alice.db, day(0), [listed(CHLOE, 'Chloé Lefèvre')]);
      await syncAll([alice, bob]);
      const id = await documentId((await keysOfRing(ring)).current, ['person', GROUP, CHLOE]);
      const stored = (await (await fetch(`${url}/${id}`)).json()) as { ct: string };
      const at = Math.floor(stored.ct.length / 2);
      const ct = stored.ct.slice(0, at) + (stored.ct[at] === 'A' ? 'B' : 'A') + stored.ct.slice(at + 1);
      const changed = await fetch(`${url}/${id}`, {
        method: 'PUT',
        headers: JSON_TYPE,
        body: JSON.stringify({ ...stored, ct }),
      });
      expect(changed.status).toBe(201);
      const tampered = await bob.engine.sync();
      expect(tampered.status.refused.map((refusal) => refusal.reason)).toEqual(['tampered']);
      expectWords(tampered.status, 'tampered');

      const carol = await admin(ring, `${server.url}/share-foreign`);
      await fetch(`${server.url}/share-foreign`, { method: 'PUT' });
      await fetch(`${server.url}/share-foreign/not-tend`, {
        method: 'PUT',
        headers: JSON_TYPE,
        body: JSON.stringify({ hello: 'world' }),
      });
      const foreign = await carol.engine.sync();
      expect(foreign.status.refused.map((refusal) => refusal.reason)).toEqual(['malformed']);
      expectWords(foreign.status, 'invalid');
    }, 60_000);
  });
});
