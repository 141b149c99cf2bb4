import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BOOKKEEPING_TABLES, SCHEMA_VERSIONS, TABLES, TendDatabase } from '@/storage/db';
import { memberFactsOf, sightingFactsOf } from '@/storage/derived';
import { membersPage, searchMembersByName, tierCounts } from '@/storage/queries';
import type { GroupRow, MemberFacts, SightingFacts, StateRow } from '@/storage/schema';
import { defaultTierThresholds } from '@/storage/settings';
import { GROUP, hashAllTables, ingest, listed, post, snapshotTables, writeAtVersion } from './helpers';

/** The tables a database of `version` has. */
const tablesOf = (version: number) => Object.keys(SCHEMA_VERSIONS[version - 1]!.stores);

describe('database schema versions', () => {
  it('are dated, increasing, and described', () => {
    SCHEMA_VERSIONS.forEach((entry, index) => {
      expect(entry.version).toBe(index + 1);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.change.length).toBeGreaterThan(10);
      if (index > 0) expect(entry.date >= SCHEMA_VERSIONS[index - 1]!.date).toBe(true);
    });
  });

  it('open with every table the code expects', async () => {
    const db = new TendDatabase(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual([...TABLES, ...BOOKKEEPING_TABLES].sort());
    await db.delete();
  });
});

// ---------- v1 → v2 ----------

const group: GroupRow = {
  groupId: '1234567',
  firstWatchedAt: '2026-10-01T09:00:00.000Z',
  lastReadAt: '2026-11-20T09:00:00.000Z',
  lastFeedReadAt: '2026-11-20T09:00:00.000Z',
  lastMembersReadAt: '2026-11-19T09:00:00.000Z',
};
const chloe: MemberFacts = {
  groupId: '1234567',
  memberId: '100',
  name: 'Chloé Dubois',
  previousNames: ['Chloé D.'],
  profileUrl: 'https://www.facebook.com/groups/1234567/user/100/',
  isPage: false,
  firstSeenAt: '2026-10-01T09:00:00.000Z',
  lastSeenAt: '2026-11-20T09:00:00.000Z',
  lastSeenKind: 'post',
  lastActiveAt: '2026-11-18T12:00:00.000Z',
  lastActiveLink: 'https://www.facebook.com/groups/1234567/posts/9/',
  postCount: 3,
  commentCount: 4,
  badges: ['Admin'],
  joinedAfter: '2026-09-01T00:00:00.000Z',
  joinedBefore: '2026-09-02T00:00:00.000Z',
  joinPrecision: 'day',
  rawJoin: 'Joined on 1 September 2026',
};
const quiet: MemberFacts = {
  groupId: '1234567',
  memberId: 'jordan.price',
  name: 'Jordan Price',
  previousNames: [],
  isPage: false,
  firstSeenAt: '2026-10-02T09:00:00.000Z',
  lastSeenAt: '2026-11-19T09:00:00.000Z',
  lastSeenKind: 'member',
  postCount: 0,
  commentCount: 0,
  badges: [],
  section: 'New to the group',
};
const otherGroup: MemberFacts = { ...quiet, groupId: '999', memberId: '5', name: 'Ana' };
const sightings: SightingFacts[] = [
  {
    key: '1234567|100|post|9',
    groupId: '1234567',
    memberId: '100',
    name: 'Chloé Dubois',
    kind: 'post',
    itemId: '9',
    at: '2026-11-18T12:00:00.000Z',
    firstSeenAt: '2026-11-18T13:00:00.000Z',
    lastSeenAt: '2026-11-20T09:00:00.000Z',
  },
  {
    key: '1234567|jordan.price|member|',
    groupId: '1234567',
    memberId: 'jordan.price',
    name: 'Jordan Price',
    kind: 'member',
    section: 'New to the group',
    firstSeenAt: '2026-10-02T09:00:00.000Z',
    lastSeenAt: '2026-11-19T09:00:00.000Z',
  },
];
const state: StateRow = {
  key: 'current',
  groupId: '1234567',
  tabId: null,
  url: null,
  status: null,
  at: group.lastReadAt,
};

describe('upgrade v1 → v2', () => {
  it('keeps every row of a real v1 database, derives the new index fields and builds coverage', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0].stores);
    await v1.open();
    await v1.table('groups').bulkPut([group, { ...group, groupId: '999' }]);
    await v1.table('members').bulkPut([chloe, quiet, otherGroup]);
    await v1.table('sightings').bulkPut(sightings);
    await v1.table('settings').put({ version: 1, language: 'fr' }, 'settings');
    await v1.table('state').put(state);
    v1.close();

    const db = new TendDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.groups.toArray()).toEqual([group, { ...group, groupId: '999' }]);
    const members = await db.members.toArray();
    expect(members.map(memberFactsOf)).toEqual([chloe, quiet, otherGroup]);
    expect((await db.sightings.toArray()).map(sightingFactsOf)).toEqual(sightings);
    expect(await db.settings.get('settings')).toEqual({ version: 1, language: 'fr' });
    expect(await db.state.toArray()).toEqual([state]);

    const upgraded = await db.members.get(['1234567', '100']);
    expect(upgraded).toMatchObject({
      nameKey: 'chloé dubois'.normalize('NFKD').replace(/\p{M}/gu, ''),
      activityCount: 7,
      everActive: 1,
    });
    expect(upgraded?.joinMiddle).toBe('2026-09-01T12:00:00.000Z');
    expect((await db.sightings.get('1234567|100|post|9'))?.activityAt).toBe('2026-11-18T12:00:00.000Z');
    expect(await db.coverage.get('1234567')).toEqual({
      groupId: '1234567',
      membersSeen: 2,
      activityHistogram: { '0': 1, '7': 1 },
      // Counted at v8: Jordan was never seen active.
      neverActive: 1,
      feedReadSince: '2026-11-18T13:00:00.000Z',
      membersListReadSince: '2026-10-02T09:00:00.000Z',
    });
    // The new indexes answer at once.
    expect((await searchMembersByName(db, '1234567', 'chloe')).members.map((m) => m.memberId)).toEqual([
      '100',
    ]);
    expect(await tierCounts(db, '1234567', defaultTierThresholds)).toMatchObject({
      lurker: 1,
      regular: 1,
      total: 2,
    });
    expect((await membersPage(db, '1234567', { order: 'name' })).items.map((m) => m.memberId)).toEqual([
      '100',
      'jordan.price',
    ]);
    await db.delete();
  });

  it('upgrades an empty v1 database', async () => {
    const name = `upgrade-empty-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0].stores);
    await v1.open();
    v1.close();
    const db = new TendDatabase(name);
    await db.open();
    expect(await db.coverage.count()).toBe(0);
    await db.delete();
  });
});

// ---------- v3 → v4 ----------

describe('upgrade v3 → v4', () => {
  it('keeps every row of a v3 database and adds the watched days, empty: no past reading is taken as watched', async () => {
    const name = `upgrade-v4-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    for (const entry of SCHEMA_VERSIONS.slice(0, 3)) v3.version(entry.version).stores(entry.stores);
    await v3.open();
    const { deriveMember } = await import('@/storage/derived');
    await v3.table('members').bulkPut([deriveMember(chloe), deriveMember(quiet)]);
    await v3.table('groups').put(group);
    v3.close();

    const db = new TendDatabase(name);
    await db.open();
    expect((await db.members.toArray()).map(memberFactsOf)).toEqual([chloe, quiet]);
    expect(await db.groups.get('1234567')).toEqual(group);
    expect(await db.watch.count()).toBe(0);
    await db.delete();
  });
});

// ---------- v6 → v7 ----------

describe('upgrade v6 → v7', () => {
  it('keeps every row of a v6 database and finds its members by latest possible join', async () => {
    const seeded = new TendDatabase(`seed-${crypto.randomUUID()}`);
    await seeded.open();
    await ingest(seeded, '2026-11-02T10:00:00.000Z', [
      listed('100', 'Chloé Dubois', {
        joinedAfter: '2025-11-01T00:00:00.000Z',
        joinedBefore: '2025-11-02T00:00:00.000Z',
        joinPrecision: 'day',
      }),
      listed('101', 'Jordan Price'),
      post('100', '9', 'Chloé Dubois', '2026-11-02T09:00:00.000Z'),
    ]);
    await seeded.notes.put({
      id: 'n1',
      groupId: GROUP,
      memberId: '100',
      text: 'kind',
      createdAt: '2026-11-02T10:00:00.000Z',
      author: 'A',
    });
    const v6Tables = tablesOf(6);
    const before = await hashAllTables(seeded, v6Tables);
    const snapshot = await snapshotTables(seeded, v6Tables);
    await seeded.delete();

    const name = `upgrade-v7-${crypto.randomUUID()}`;
    await writeAtVersion(name, 6, snapshot);

    const db = new TendDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await hashAllTables(db, v6Tables)).toBe(before);
    const byLatestJoin = await db.members
      .where('[groupId+joinedBefore]')
      .between([GROUP, '2025-11-01T00:00:00.000Z'], [GROUP, '2025-11-03T00:00:00.000Z'])
      .toArray();
    expect(byLatestJoin.map((member) => member.memberId)).toEqual(['100']);
    await db.delete();
  });
});

// ---------- v7 → v8 ----------

describe('upgrade v7 → v8', () => {
  it('keeps every row of a v7 database and counts each group’s members never seen active', async () => {
    const seeded = new TendDatabase(`seed-${crypto.randomUUID()}`);
    await seeded.open();
    await ingest(seeded, '2026-11-02T10:00:00.000Z', [
      listed('100', 'Chloé Dubois'),
      listed('101', 'Jordan Price'),
      listed('102', 'Ana Lopes'),
      post('100', '9', 'Chloé Dubois', '2026-11-02T09:00:00.000Z'),
    ]);
    await ingest(seeded, '2026-11-02T11:00:00.000Z', [listed('7', 'Other')], 'group-members', '999');
    // A v7 database has no count: the rows as v7 stored them.
    const v7Tables = tablesOf(7);
    const snapshot = await snapshotTables(seeded, v7Tables);
    const kept = v7Tables.filter((table) => table !== 'coverage');
    const before = await hashAllTables(seeded, kept);
    const v7Coverage = (snapshot.rows.coverage as Record<string, unknown>[]).map(
      ({ neverActive: _n, ...row }) => row,
    );
    snapshot.rows.coverage = v7Coverage;
    await seeded.delete();

    const name = `upgrade-v8-${crypto.randomUUID()}`;
    await writeAtVersion(name, 7, snapshot);

    const db = new TendDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await hashAllTables(db, kept)).toBe(before);
    const coverage = await db.coverage.toArray();
    expect(coverage.map(({ neverActive: _n, ...row }) => row)).toEqual(v7Coverage);
    expect(coverage.map((row) => [row.groupId, row.neverActive])).toEqual([
      [GROUP, 2],
      ['999', 1],
    ]);
    await db.delete();
  });
});

// ---------- v8 → v9 ----------

describe('upgrade v8 → v9', () => {
  it('keeps every row of a v8 database and adds the posts’ comment coverage, empty', async () => {
    const seeded = new TendDatabase(`seed-${crypto.randomUUID()}`);
    await seeded.open();
    await ingest(seeded, '2026-11-02T10:00:00.000Z', [
      listed('100', 'Chloé Dubois'),
      listed('101', 'Jordan Price'),
      post('100', '9', 'Chloé Dubois', '2026-11-02T09:00:00.000Z'),
    ]);
    await seeded.notes.put({
      id: 'n1',
      groupId: GROUP,
      memberId: '100',
      text: 'kind',
      createdAt: '2026-11-02T10:00:00.000Z',
      author: 'A',
    });
    const v8Tables = tablesOf(8);
    expect(v8Tables).not.toContain('threads');
    const before = await hashAllTables(seeded, v8Tables);
    const snapshot = await snapshotTables(seeded, v8Tables);
    await seeded.delete();

    const name = `upgrade-v9-${crypto.randomUUID()}`;
    await writeAtVersion(name, 8, snapshot);

    const db = new TendDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await hashAllTables(db, v8Tables)).toBe(before);
    expect((await db.members.toArray()).length).toBe(2);
    expect(await db.threads.count()).toBe(0);
    await db.delete();
  });
});

// ---------- v9 → v10 ----------

describe('upgrade v9 → v10', () => {
  it('keeps every row of a v9 database and adds the slice marks, empty (a shared group reads its log whole once)', async () => {
    const seeded = new TendDatabase(`seed-${crypto.randomUUID()}`);
    await seeded.open();
    await ingest(seeded, '2026-11-02T10:00:00.000Z', [
      listed('100', 'Chloé Dubois'),
      listed('101', 'Jordan Price'),
      post('100', '9', 'Chloé Dubois', '2026-11-02T09:00:00.000Z'),
    ]);
    await seeded.notes.put({
      id: 'n1',
      groupId: GROUP,
      memberId: '100',
      text: 'kind',
      createdAt: '2026-11-02T10:00:00.000Z',
      author: 'A',
    });
    await seeded.threads.put({ groupId: GROUP, postId: '9', shownComments: 3, commentsRead: 1 });
    const v9Tables = tablesOf(9);
    expect(v9Tables).not.toContain('sliceMarks');
    const before = await hashAllTables(seeded, v9Tables);
    const snapshot = await snapshotTables(seeded, v9Tables);
    await seeded.delete();

    const name = `upgrade-v10-${crypto.randomUUID()}`;
    await writeAtVersion(name, 9, snapshot);

    const db = new TendDatabase(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect(await hashAllTables(db, v9Tables)).toBe(before);
    expect((await db.members.toArray()).length).toBe(2);
    expect(await db.sliceMarks.count()).toBe(0);
    await db.delete();
  });
});
