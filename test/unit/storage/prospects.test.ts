/**
 * People who are not members (asked to join, invited without joining) are kept apart from members, and one person
 * seen under a vanity name and a numeric id ends up as one member.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memberActivity } from '@/storage/activity';
import { SCHEMA_VERSIONS, TendDatabase } from '@/storage/db';
import { memberFactsOf } from '@/storage/derived';
import { ingestSightings } from '@/storage/ingest';
import { addNote, recordOnboarding } from '@/storage/records';
import { coverageOf, joinersInWeek, membersPage, searchMembersByName, tierCounts } from '@/storage/queries';
import type { MemberFacts, Sighting } from '@/storage/schema';
import { defaultTierThresholds } from '@/storage/settings';
import { GROUP, day, freshDb, ingest, listed, post } from './helpers';

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('prospects');
});
afterEach(async () => db.delete());

const request = (memberId: string, name: string, extra: Partial<Sighting> = {}): Sighting => ({
  memberId,
  name,
  kind: 'request',
  ...extra,
});

describe('requests and invitations are not members', () => {
  it('keeps a request apart: no member row, no count, not unseen, not a joiner', async () => {
    await ingest(db, day(0), [listed('1', 'Ana Member')]);
    await ingest(
      db,
      day(1),
      [
        request('2', 'Zoé Asking', {
          rawTime: 'Requested 2 days ago',
          at: day(-1),
          atAfter: day(-2),
          atBefore: day(-1),
          atPrecision: 'day',
          answers: [{ question: 'Why?', answer: 'Cats' }],
        }),
      ],
      'member-requests',
    );
    await ingest(db, day(1), [
      listed('3', 'Invited Only', { status: 'invited', invitedBy: { memberId: '1', name: 'Ana Member' } }),
    ]);
    expect(await db.members.get([GROUP, '2'])).toBeUndefined();
    expect(await db.members.get([GROUP, '3'])).toBeUndefined();
    expect(await db.sightings.where('[groupId+memberId]').equals([GROUP, '2']).count()).toBe(0);
    expect(await db.prospects.get([GROUP, '2'])).toEqual({
      groupId: GROUP,
      memberId: '2',
      name: 'Zoé Asking',
      status: 'requested',
      firstSeenAt: day(1),
      lastSeenAt: day(1),
      rawRequest: 'Requested 2 days ago',
      requestedAfter: day(-2),
      requestedBefore: day(-1),
      requestPrecision: 'day',
      answers: [{ question: 'Why?', answer: 'Cats' }],
    });
    expect(await db.prospects.get([GROUP, '3'])).toMatchObject({
      status: 'invited',
      invitedBy: { memberId: '1', name: 'Ana Member' },
    });
    expect((await coverageOf(db, GROUP, new Date(day(40)))).membersSeen).toBe(1);
    expect(await tierCounts(db, GROUP, defaultTierThresholds)).toMatchObject({ total: 1 });
    // Only members have an activity state (never active, quiet…): the request and the invitation have none.
    const activity = await memberActivity(db, GROUP, new Date(day(40)));
    expect(activity.members.map((m) => m.memberId)).toEqual(['1']);
    expect((await membersPage(db, GROUP, { order: 'name' })).items.map((m) => m.memberId)).toEqual(['1']);
    expect((await searchMembersByName(db, GROUP, 'zoe')).members).toEqual([]);
    expect(await joinersInWeek(db, GROUP, new Date(day(-1)), 'UTC')).toEqual([]);
  });

  it('narrows the join of a person who asked, once they are seen as a member, in either order', async () => {
    const asked = request('2', 'Zoé', { rawTime: 'Requested 3 days ago', atAfter: day(5), atBefore: day(6) });
    const joined = listed('2', 'Zoé', {
      rawJoin: 'Joined about 2 weeks ago',
      joinedAfter: day(0),
      joinedBefore: day(14),
      joinPrecision: 'week',
    });
    await ingest(db, day(15), [asked], 'member-requests');
    await ingest(db, day(16), [joined]);
    const first = await db.members.get([GROUP, '2']);
    expect(first).toMatchObject({ joinedAfter: day(5), joinedBefore: day(14) });

    const other = await freshDb('prospects-order');
    await ingest(other, day(16), [joined]);
    await ingest(other, day(17), [asked], 'member-requests');
    expect(await other.members.get([GROUP, '2'])).toMatchObject({
      joinedAfter: day(5),
      joinedBefore: day(14),
    });
    // The request row stays: the panel shows when they asked.
    expect(await other.prospects.get([GROUP, '2'])).toMatchObject({ status: 'requested' });
    await other.delete();
  });

  it('narrows the join when the request and the membership were seen by two admins, whichever log is imported', async () => {
    const { exportLogText } = await import('@/storage/export');
    const { applyImport, parseMemberLogText } = await import('@/storage/import');
    const asked = request('2', 'Zoé', { rawTime: 'Requested 3 days ago', atAfter: day(5), atBefore: day(6) });
    const joined = listed('2', 'Zoé', { joinedAfter: day(0), joinedBefore: day(14), joinPrecision: 'week' });
    const importInto = async (target: TendDatabase, from: TendDatabase) => {
      const parsed = parseMemberLogText(await exportLogText(from, GROUP, new Date(day(20))));
      if (!parsed.ok) throw new Error(parsed.error);
      return applyImport(target, parsed);
    };
    // This admin read the request; the co-admin's file brings the membership, and the other way round.
    await ingest(db, day(15), [asked], 'member-requests');
    const coAdmin = await freshDb('prospects-co-admin');
    await ingest(coAdmin, day(16), [joined]);

    const fromCoAdmin = await importInto(db, coAdmin);
    expect(fromCoAdmin.changes.members).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await db.members.get([GROUP, '2'])).toMatchObject({ joinedAfter: day(5), joinedBefore: day(14) });

    const fromHere = await importInto(coAdmin, db);
    expect(fromHere.changes.members.updated).toBe(1);
    expect(await coAdmin.members.get([GROUP, '2'])).toMatchObject({
      joinedAfter: day(5),
      joinedBefore: day(14),
    });
    // Imported again, nothing changes.
    expect((await importInto(coAdmin, db)).changes.members).toEqual({ added: 0, updated: 0, unchanged: 1 });

    // A file holding only the request narrows a member this log already has.
    const requestOnly = await freshDb('prospects-request-only');
    await ingest(requestOnly, day(15), [asked], 'member-requests');
    const third = await freshDb('prospects-third');
    await ingest(third, day(16), [joined]);
    expect((await importInto(third, requestOnly)).changes.members.updated).toBe(1);
    expect(await third.members.get([GROUP, '2'])).toMatchObject({
      joinedAfter: day(5),
      joinedBefore: day(14),
    });
    await Promise.all([coAdmin.delete(), requestOnly.delete(), third.delete()]);
  });

  it('never narrows a join the page contradicts (asked after the join: left and asked again)', async () => {
    await ingest(db, day(10), [listed('2', 'Zoé', { joinedAfter: day(0), joinedBefore: day(1) })]);
    await ingest(
      db,
      day(20),
      [request('2', 'Zoé', { atAfter: day(18), atBefore: day(19) })],
      'member-requests',
    );
    expect(await db.members.get([GROUP, '2'])).toMatchObject({ joinedAfter: day(0), joinedBefore: day(1) });
  });

  it('drops the requests of someone the admin asked never to record again', async () => {
    const { forgetMember } = await import('@/storage/forget');
    await ingest(db, day(0), [listed('2', 'Zoé')]);
    await forgetMember(db, GROUP, '2', { neverRecordAgain: true });
    const result = await ingest(db, day(1), [request('2', 'Zoé')], 'member-requests');
    expect(result).toEqual({ added: 0, updated: 0 });
    expect(await db.prospects.count()).toBe(0);
  });
});

describe('retention of requests', () => {
  it('drops the request (and answers) of someone who never joined once it is older than the period', async () => {
    const { pruneStaleProspects } = await import('@/storage/retention');
    const answers = [{ question: 'Why?', answer: 'Cats' }];
    await ingest(
      db,
      day(0),
      [request('2', 'Never joined', { answers }), request('3', 'Joined', { answers })],
      'member-requests',
    );
    await ingest(db, day(1), [listed('3', 'Joined')]);
    await ingest(db, day(300), [request('4', 'Recent', { answers })], 'member-requests');
    expect(await pruneStaleProspects(db, new Date(day(400)), 365)).toBe(1);
    expect((await db.prospects.toArray()).map((row) => row.memberId).sort()).toEqual(['3', '4']);
  });
});

describe('vanity names and numeric ids', () => {
  it('merges what was kept under a vanity into the numeric id once both are seen together', async () => {
    await ingest(db, day(0), [post('jordan.price', 'p1', 'Jordan Price', day(0))]);
    await addNote(
      db,
      { groupId: GROUP, memberId: 'jordan.price', text: 'Kind', author: 'Sam' },
      new Date(day(0)),
    );
    await recordOnboarding(db, [
      {
        groupId: GROUP,
        memberId: 'jordan.price',
        stepId: 'personal-welcome',
        status: 'done',
        at: day(0),
        by: 'Sam',
      },
    ]);
    await ingest(db, day(1), [{ ...post('4888', 'p2', 'Jordan Price', day(1)), vanity: 'jordan.price' }]);
    expect(await db.members.get([GROUP, 'jordan.price'])).toBeUndefined();
    expect(await db.members.get([GROUP, '4888'])).toMatchObject({
      vanity: 'jordan.price',
      postCount: 2,
      firstSeenAt: day(0),
    });
    expect(
      (await db.sightings.where('[groupId+memberId]').equals([GROUP, '4888']).toArray()).map((s) => s.key),
    ).toEqual([`${GROUP}|4888|post|p1`, `${GROUP}|4888|post|p2`]);
    expect((await db.notes.toArray()).map((note) => note.memberId)).toEqual(['4888']);
    expect((await db.onboarding.toArray()).map((row) => [row.memberId, row.id.includes('4888')])).toEqual([
      ['4888', true],
    ]);
    expect((await coverageOf(db, GROUP, new Date(day(2)))).membersSeen).toBe(1);
    // Later, a page showing only the vanity adds to the numeric member.
    await ingest(db, day(2), [post('jordan.price', 'p3', 'Jordan Price', day(2))]);
    expect(await db.members.get([GROUP, 'jordan.price'])).toBeUndefined();
    expect(await db.members.get([GROUP, '4888'])).toMatchObject({ postCount: 3 });
  });
});

describe('a group seen under its vanity name and its numeric id', () => {
  it('ends up as one group, once a page shows both', async () => {
    const VANITY = 'catsittersexchange';
    await ingest(db, day(0), [post('100', 'p1', 'Ana', day(0)), listed('200', 'Bo')], 'group-feed', VANITY);
    await addNote(db, { groupId: VANITY, memberId: '100', text: 'Kind', author: 'Sam' }, new Date(day(0)));
    await ingest(db, day(0), [request('300', 'Cy')], 'member-requests', VANITY);
    await ingest(db, day(1), [post('100', 'p2', 'Ana', day(1))], 'group-feed', GROUP);
    await ingestSightings(db, {
      groupId: GROUP,
      groupVanity: VANITY,
      pageKind: 'group-post',
      readAt: day(2),
      sightings: [post('100', 'p1', 'Ana', day(0))],
    });
    expect(await db.groups.get(VANITY)).toBeUndefined();
    expect(await db.groups.get(GROUP)).toMatchObject({ aliases: [VANITY], firstWatchedAt: day(0) });
    expect(
      await db.members.where('[groupId+memberId]').between([VANITY, ''], [VANITY, '\uffff']).count(),
    ).toBe(0);
    expect(await db.members.get([GROUP, '100'])).toMatchObject({ postCount: 2, firstSeenAt: day(0) });
    expect(await db.members.get([GROUP, '200'])).toBeDefined();
    expect(await db.prospects.get([GROUP, '300'])).toMatchObject({ status: 'requested' });
    expect((await db.notes.toArray()).map((note) => note.groupId)).toEqual([GROUP]);
    expect((await db.sightings.toArray()).every((row) => row.key.startsWith(`${GROUP}|`))).toBe(true);
    expect((await coverageOf(db, GROUP, new Date(day(3)))).membersSeen).toBe(2);
    expect(await db.coverage.get(VANITY)).toBeUndefined();
  });

  it('keeps "never record again" given under the vanity name', async () => {
    const { forgetMember } = await import('@/storage/forget');
    const VANITY = 'catsittersexchange';
    await ingest(db, day(0), [listed('200', 'Bo')], 'group-members', VANITY);
    await forgetMember(db, VANITY, '200', { neverRecordAgain: true });
    await ingestSightings(db, {
      groupId: GROUP,
      groupVanity: VANITY,
      pageKind: 'group-feed',
      readAt: day(1),
      sightings: [post('100', 'p1')],
    });
    await ingest(db, day(2), [listed('200', 'Bo'), listed('300', 'Cy')], 'group-members', GROUP);
    expect(await db.members.get([GROUP, '200'])).toBeUndefined();
    expect(await db.members.get([GROUP, '300'])).toBeDefined();
  });
});

describe('importing a log that knows a group by another name', () => {
  const VANITY = 'catsittersexchange';
  /** Exports every group of `from` and imports the file into `into`. */
  async function exportInto(from: TendDatabase, into: TendDatabase) {
    const { exportLogText } = await import('@/storage/export');
    const { applyImport, parseMemberLogText, previewImport } = await import('@/storage/import');
    const parsed = parseMemberLogText(await exportLogText(from, undefined, new Date(day(20))));
    if (!parsed.ok) throw new Error(parsed.error);
    const preview = await previewImport(into, parsed);
    const applied = await applyImport(into, parsed);
    return { preview, applied };
  }
  /** Every row of every group-keyed table, by group. */
  async function groupsOfRows(database: TendDatabase) {
    const tables = [
      database.members,
      database.sightings,
      database.notes,
      database.prospects,
      database.coverage,
    ];
    const rows = (await Promise.all(tables.map((table) => table.toArray()))).flat();
    return [...new Set(rows.map((row) => row.groupId))].sort();
  }
  /** Teaches `database` that VANITY is GROUP's vanity name, as a page showing both does. */
  const learnAlias = (database: TendDatabase, readAt: string) =>
    ingestSightings(database, {
      groupId: GROUP,
      groupVanity: VANITY,
      pageKind: 'group-feed',
      readAt,
      sightings: [post('900', 'p9', 'Eve', readAt)],
    });

  it("stores a file's vanity-named group under the numeric id this log knows", async () => {
    await learnAlias(db, day(1));
    const coAdmin = await freshDb('alias-co-admin');
    await ingest(
      coAdmin,
      day(2),
      [post('100', 'p1', 'Ana', day(2)), listed('200', 'Bo')],
      'group-feed',
      VANITY,
    );
    await addNote(
      coAdmin,
      { groupId: VANITY, memberId: '100', text: 'Kind', author: 'Sam' },
      new Date(day(2)),
    );
    await ingest(coAdmin, day(2), [request('300', 'Cy')], 'member-requests', VANITY);

    const { preview, applied } = await exportInto(coAdmin, db);
    expect(preview.mergedGroups).toEqual([{ from: VANITY, into: GROUP }]);
    expect(preview.groupIds).toEqual([GROUP]);
    expect(applied.changes.members.added).toBe(2);
    expect(await groupsOfRows(db)).toEqual([GROUP]);
    expect(await db.groups.get(VANITY)).toBeUndefined();
    expect(await db.groups.get(GROUP)).toMatchObject({ aliases: [VANITY], firstWatchedAt: day(1) });
    expect(await db.members.get([GROUP, '100'])).toMatchObject({ postCount: 1, name: 'Ana' });
    expect(await db.prospects.get([GROUP, '300'])).toMatchObject({ status: 'requested' });
    expect((await db.notes.toArray()).map((note) => [note.groupId, note.memberId])).toEqual([[GROUP, '100']]);
    expect((await db.sightings.toArray()).every((row) => row.key.startsWith(`${GROUP}|`))).toBe(true);
    expect((await coverageOf(db, GROUP, new Date(day(3)))).membersSeen).toBe(3);
    await coAdmin.delete();
  });

  it('merges the log kept here under the vanity when the file gives its numeric id', async () => {
    await ingest(db, day(0), [post('100', 'p1', 'Ana', day(0)), listed('200', 'Bo')], 'group-feed', VANITY);
    await addNote(db, { groupId: VANITY, memberId: '200', text: 'Shy', author: 'Sam' }, new Date(day(0)));
    const coAdmin = await freshDb('alias-co-admin');
    await learnAlias(coAdmin, day(1));
    await ingest(coAdmin, day(2), [post('100', 'p2', 'Ana', day(2))]);

    const { preview } = await exportInto(coAdmin, db);
    expect(preview.mergedGroups).toEqual([{ from: VANITY, into: GROUP }]);
    expect(await groupsOfRows(db)).toEqual([GROUP]);
    expect(await db.groups.get(VANITY)).toBeUndefined();
    expect(await db.groups.get(GROUP)).toMatchObject({ aliases: [VANITY], firstWatchedAt: day(0) });
    expect(await db.members.get([GROUP, '100'])).toMatchObject({ postCount: 2, firstSeenAt: day(0) });
    expect((await db.notes.toArray()).map((note) => [note.groupId, note.memberId])).toEqual([[GROUP, '200']]);
    expect((await coverageOf(db, GROUP, new Date(day(3)))).membersSeen).toBe(3);
    await coAdmin.delete();
  });

  it('keeps "never record again" given under the vanity name for imported rows', async () => {
    const { forgetMember } = await import('@/storage/forget');
    await ingest(db, day(0), [listed('200', 'Bo')], 'group-members', VANITY);
    await forgetMember(db, VANITY, '200', { neverRecordAgain: true });
    await learnAlias(db, day(1));
    const coAdmin = await freshDb('alias-co-admin');
    await ingest(coAdmin, day(2), [listed('200', 'Bo'), listed('300', 'Cy')], 'group-members', VANITY);

    const { preview } = await exportInto(coAdmin, db);
    expect(preview.skippedForgotten).toBeGreaterThan(0);
    expect(await db.members.get([GROUP, '200'])).toBeUndefined();
    expect(await db.members.get([GROUP, '300'])).toBeDefined();
    await coAdmin.delete();
  });

  it('leaves groups alone when nothing ties the two names', async () => {
    await ingest(db, day(0), [post('100', 'p1', 'Ana', day(0))], 'group-feed', VANITY);
    const coAdmin = await freshDb('alias-co-admin');
    await ingest(coAdmin, day(2), [post('100', 'p2', 'Ana', day(2))]);
    const { preview } = await exportInto(coAdmin, db);
    expect(preview.mergedGroups).toEqual([]);
    expect(await groupsOfRows(db)).toEqual([GROUP, VANITY].sort());
    await coAdmin.delete();
  });
});

// ---------- v2 → v3 ----------

const member: MemberFacts = {
  groupId: GROUP,
  memberId: '100',
  name: 'Chloé Dubois',
  previousNames: [],
  isPage: false,
  firstSeenAt: day(0),
  lastSeenAt: day(1),
  lastSeenKind: 'post',
  lastActiveAt: day(1),
  postCount: 1,
  commentCount: 0,
  badges: [],
};

describe('upgrade v2 → v3', () => {
  it('keeps every row of a v2 database and adds the prospects table and the vanity index', async () => {
    const name = `upgrade-v3-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_VERSIONS[0].stores);
    v2.version(2).stores(SCHEMA_VERSIONS[1].stores);
    await v2.open();
    const { deriveMember } = await import('@/storage/derived');
    await v2.table('members').put(deriveMember(member));
    await v2.table('groups').put({ groupId: GROUP, firstWatchedAt: day(0), lastReadAt: day(1) });
    await v2
      .table('notes')
      .put({ id: 'n1', groupId: GROUP, memberId: '100', text: 'Hi', createdAt: day(1), author: 'Sam' });
    v2.close();

    const upgraded = new TendDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(SCHEMA_VERSIONS.length);
    expect((await upgraded.members.toArray()).map(memberFactsOf)).toEqual([member]);
    expect(await upgraded.notes.count()).toBe(1);
    expect(await upgraded.groups.count()).toBe(1);
    expect(await upgraded.prospects.count()).toBe(0);
    expect(await upgraded.members.where('[groupId+vanity]').equals([GROUP, 'x']).count()).toBe(0);
    await upgraded.delete();
  });
});
