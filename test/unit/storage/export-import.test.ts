import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { CSV_COLUMNS, csvChunks, exportLogText, logChunks, readLogChunk } from '@/storage/export';
import { MemberLogFileV5, fileHeader } from '@/storage/files';
import { forgetMember } from '@/storage/forget';
import { applyImport, parseMemberLogText, previewImport, IMPORTED_TABLES } from '@/storage/import';
import { canonicalJson } from '@/storage/merge';
import { addNote, recordOnboarding } from '@/storage/records';
import type { Sighting } from '@/storage/schema';
import { defaultTierThresholds } from '@/storage/settings';
import { GROUP, comment, day, freshDb, hashAllTables, ingest, listed, post } from './helpers';

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('export');
});
afterEach(async () => db.delete());

const NOW = new Date('2026-11-22T10:00:00.000Z');

async function seed(database: TendDatabase) {
  await ingest(database, day(0), [
    listed('100', 'Chloé Lefèvre', {
      joinedAfter: day(-3),
      joinedBefore: day(-2),
      joinPrecision: 'day',
      badges: ['Nouveau membre'],
    }),
    listed('200', '=HYPERLINK("https://evil.example","clic")'),
  ]);
  await ingest(database, day(1), [
    post('100', 'p1', 'Chloé Lefèvre', day(1)),
    comment('200', 'c1', '=HYPERLINK("https://evil.example","clic")'),
  ]);
  await ingest(database, day(1), [post('5', 'p5', 'Ana')], 'group-feed', '999');
  await ingest(
    database,
    day(1),
    [
      {
        memberId: '300',
        name: 'Zoé Martin',
        kind: 'request',
        rawTime: 'Requested 2 days ago',
        answers: [{ question: 'Why join?', answer: 'Cats' }],
      },
    ],
    'member-requests',
  );
  await addNote(
    database,
    { groupId: GROUP, memberId: '100', text: 'Chat diabétique; "insuline"\nsuivi en privé', author: 'Sam' },
    new Date(day(2)),
  );
  await recordOnboarding(database, [
    { groupId: GROUP, memberId: '100', stepId: 'personal-welcome', status: 'done', at: day(2), by: 'Sam' },
  ]);
}

/** Rows of the imported tables in a form that ignores key order inside rows. */
async function logState(database: TendDatabase): Promise<string> {
  const tables = await Promise.all(
    IMPORTED_TABLES.map(async (name) => [name, (await database.table(name).toArray()).map(canonicalJson)]),
  );
  return JSON.stringify(tables);
}

describe('JSON export', () => {
  it('writes Tend’s versioned format, per group or for all groups, without derived fields', async () => {
    await seed(db);
    const file = MemberLogFileV5.parse(JSON.parse(await exportLogText(db, GROUP, NOW)));
    expect(file.header).toEqual({ ...fileHeader('member-log', NOW), version: 5 });
    expect(file.prospects).toEqual([
      {
        groupId: GROUP,
        memberId: '300',
        name: 'Zoé Martin',
        status: 'requested',
        firstSeenAt: day(1),
        lastSeenAt: day(1),
        rawRequest: 'Requested 2 days ago',
        answers: [{ question: 'Why join?', answer: 'Cats' }],
      },
    ]);
    expect(file.members.map((m) => m.memberId)).toEqual(['100', '200']);
    expect(file.sightings).toHaveLength(4);
    expect(file.notes).toHaveLength(1);
    expect(file.onboarding).toEqual([
      { groupId: GROUP, memberId: '100', stepId: 'personal-welcome', status: 'done', at: day(2), by: 'Sam' },
    ]);
    expect(file.coverage).toEqual([{ groupId: GROUP, feedReadSince: day(1), membersListReadSince: day(0) }]);
    const all = MemberLogFileV5.parse(JSON.parse(await exportLogText(db, undefined, NOW)));
    expect(all.groups.map((g) => g.groupId)).toEqual([GROUP, '999']);
    expect(all.members).toHaveLength(3);
  });

  it('gives the same text in chunks of any size, with progress up to the total', async () => {
    await seed(db);
    const whole = await exportLogText(db, undefined, NOW);
    for (const rowsPerChunk of [1, 2, 3, 7, 1000]) {
      const parts: string[] = [];
      let last = 0;
      for await (const chunk of logChunks(db, { rowsPerChunk }, NOW)) {
        parts.push(chunk.text);
        expect(chunk.progress.done).toBeGreaterThanOrEqual(last);
        last = chunk.progress.done;
        if (!chunk.next) expect(chunk.progress.done).toBe(chunk.progress.total);
      }
      expect(parts.join('')).toBe(whole);
    }
    // An empty log is a valid file too.
    const empty = await freshDb('empty');
    const first = await readLogChunk(empty, {}, undefined, NOW);
    expect(first.next).toBeNull();
    expect(MemberLogFileV5.parse(JSON.parse(first.text)).members).toEqual([]);
    await empty.delete();
  });
});

describe('CSV export', () => {
  async function csvText(separator: ',' | ';', groupId?: string, rowsPerChunk?: number) {
    const parts: string[] = [];
    for await (const chunk of csvChunks(db, {
      groupId,
      separator,
      tiers: defaultTierThresholds,
      ...(rowsPerChunk ? { rowsPerChunk } : {}),
    }))
      parts.push(chunk.text);
    return parts.join('');
  }

  it('is UTF-8 with a BOM, documented columns, no sep= line, and accents intact', async () => {
    await seed(db);
    const text = await csvText(';', GROUP);
    expect(text.startsWith('\uFEFFgroup_id;member_id;name;')).toBe(true);
    expect(text).not.toMatch(/^\uFEFF?sep=/m);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data.filter((row) => row.length > 1);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const chloe = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, rows[1]![index]]));
    expect(chloe).toMatchObject({
      name: 'Chloé Lefèvre',
      posts: '1',
      comments: '0',
      tier: 'occasional',
      badges: 'Nouveau membre',
      join_precision: 'day',
    });
    expect(chloe.notes).toBe(`${day(2).slice(0, 10)} Sam: Chat diabétique; "insuline"\nsuivi en privé`);
    // The same rows, whatever the chunk size; `,` as the other separator.
    expect(await csvText(';', GROUP, 1)).toBe(text);
    expect((await csvText(',', GROUP)).split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const dangerous = [
      '=1+1',
      '+33 6 00',
      '-2+3',
      '@SUM(A1)',
      '\tTAB',
      '\rCR',
      '=cmd|" /C calc"!A0\nsecond line',
      '＝1+1',
    ];
    await ingest(
      db,
      day(0),
      dangerous.map((name, index) => listed(`d${index}`, name)),
    );
    const rows = Papa.parse<string[]>((await csvText(',', GROUP)).slice(1), { delimiter: ',' }).data.filter(
      (row) => row.length > 1,
    );
    const names = rows.slice(1).map((row) => row[2]);
    expect(names.sort()).toEqual(dangerous.map((name) => `'${name}`).sort());
  });
});

describe('import: bad files change nothing and say why', () => {
  it.each([
    ['not JSON', 'hello', /not readable JSON/],
    [
      'truncated',
      '{"header":{"format":"tend","kind":"member-log","version":2,"exportedAt":"2026-11-22T10:00:00.000Z"},"groups":[',
      /truncated/,
    ],
    ['no header', '{"members":[]}', /not a Tend file/],
    [
      'another kind',
      JSON.stringify({ header: { ...fileHeader('templates', NOW) }, templates: [] }),
      /holds templates, not a member log/,
    ],
    [
      'an unknown version',
      JSON.stringify({ header: { ...fileHeader('member-log', NOW), version: 6 } }),
      /version 6; this Tend reads versions 1 to 5/,
    ],
    [
      'damaged rows',
      JSON.stringify({
        header: { ...fileHeader('member-log', NOW), version: 2 },
        groups: [],
        coverage: [],
        members: [{ groupId: 'x' }],
        sightings: [],
        notes: [],
        onboarding: [],
      }),
      /damaged: members\.0/,
    ],
    [
      'rows of an undescribed group',
      JSON.stringify({
        header: { ...fileHeader('member-log', NOW), version: 2 },
        groups: [],
        coverage: [{ groupId: '42' }],
        members: [],
        sightings: [],
        notes: [],
        onboarding: [],
      }),
      /group 42 is not described/,
    ],
  ])('%s', async (_label, text, message) => {
    await seed(db);
    const parsed = parseMemberLogText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).toMatch(/Nothing was imported/);
    }
  });

  it('still reads version 1 files', async () => {
    await seed(db);
    const v2 = MemberLogFileV5.parse(JSON.parse(await exportLogText(db, GROUP, NOW)));
    const v1 = {
      header: { ...v2.header, version: 1 },
      groups: v2.groups,
      members: v2.members,
      sightings: v2.sightings,
    };
    const parsed = parseMemberLogText(JSON.stringify(v1));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.fileVersion).toBe(1);
    const target = await freshDb('v1');
    await applyImport(target, parsed);
    expect((await target.members.toArray()).map((m) => m.name).sort()).toEqual([
      '=HYPERLINK("https://evil.example","clic")',
      'Chloé Lefèvre',
    ]);
    await target.delete();
  });

  it('still reads version 2 files (no prospects section)', async () => {
    await seed(db);
    const v3 = MemberLogFileV5.parse(JSON.parse(await exportLogText(db, GROUP, NOW)));
    const { prospects, watch: _watch, counted: _counted, fingerprints: _f, signals: _s, ...rest } = v3;
    expect(prospects).toHaveLength(1);
    const v2 = { ...rest, header: { ...v3.header, version: 2 } };
    const parsed = parseMemberLogText(JSON.stringify(v2));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.fileVersion).toBe(2);
    const target = await freshDb('v2');
    await applyImport(target, parsed);
    expect(await target.members.count()).toBe(2);
    expect(await target.prospects.count()).toBe(0);
    await target.delete();
  });

  it('round-trips requests with their screening answers, and merging twice changes nothing', async () => {
    await seed(db);
    const parsed = parseMemberLogText(await exportLogText(db, GROUP, NOW));
    if (!parsed.ok) throw new Error(parsed.error);
    const target = await freshDb('prospects');
    const first = await applyImport(target, parsed);
    expect(first.changes.prospects).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await target.prospects.toArray()).toEqual(await db.prospects.toArray());
    const again = await applyImport(target, parsed);
    expect(again.changes.prospects).toEqual({ added: 0, updated: 0, unchanged: 1 });
    await target.delete();
  });

  it('round-trips the comment count a post showed and its day’s comment sums', async () => {
    const counted: Sighting = { ...post('100', '900', 'Chloé Lefèvre', day(2)), shownComments: 4 };
    const reply: Sighting = {
      ...comment('300', '901', 'Ana'),
      permalink: `https://www.facebook.com/groups/${GROUP}/posts/900/?comment_id=901`,
      at: day(2),
    };
    await ingest(db, day(3), [counted, reply]);
    const parsed = parseMemberLogText(await exportLogText(db, GROUP, NOW));
    if (!parsed.ok) throw new Error(parsed.error);
    const target = await freshDb('threads');
    await applyImport(target, parsed);
    const postDay = day(2).slice(0, 10);
    expect(await target.watch.get([GROUP, postDay])).toMatchObject({ postComments: 4, postCommentsRead: 1 });
    const sightings = await target.sightings.toArray();
    expect(sightings.find((row) => row.itemId === '900')?.shownComments).toBe(4);
    await target.delete();
  });
});

describe('import: preview, apply, merge', () => {
  it('previews what will be added, updated and left alone, writing nothing', async () => {
    await seed(db);
    const text = await exportLogText(db, GROUP, NOW);
    const target = await freshDb('target');
    await ingest(target, day(5), [post('100', 'p7', 'Chloé L.')]);
    const before = await hashAllTables(target);
    const parsed = parseMemberLogText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const preview = await previewImport(target, parsed);
    expect(await hashAllTables(target)).toBe(before);
    expect(preview.changes.members).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(preview.changes.sightings).toEqual({ added: 4, updated: 0, unchanged: 0 });
    expect(preview.changes.notes).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await applyImport(target, parsed)).toEqual(preview);
    const chloe = await target.members.get([GROUP, '100']);
    // Latest name wins, the earlier one is kept; both posts are counted; the join interval is kept.
    expect(chloe).toMatchObject({
      name: 'Chloé L.',
      postCount: 2,
      joinedAfter: day(-3),
      joinPrecision: 'day',
    });
    expect(chloe?.previousNames).toEqual(['Chloé Lefèvre']);
    // Importing the same file again changes nothing.
    const after = await hashAllTables(target);
    const again = await previewImport(target, parsed);
    for (const table of IMPORTED_TABLES)
      expect(again.changes[table].added + again.changes[table].updated).toBe(0);
    await applyImport(target, parsed);
    expect(await hashAllTables(target)).toBe(after);
    await target.delete();
  });

  it('leaves out members the admin asked never to record again', async () => {
    await seed(db);
    const text = await exportLogText(db, GROUP, NOW);
    const target = await freshDb('forgotten');
    await ingest(target, day(0), [listed('100', 'Chloé Lefèvre')]);
    await forgetMember(target, GROUP, '100', { neverRecordAgain: true });
    const parsed = parseMemberLogText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const result = await applyImport(target, parsed);
    expect(result.skippedForgotten).toBe(5);
    expect(await target.members.get([GROUP, '100'])).toBeUndefined();
    expect(await target.notes.count()).toBe(0);
    await target.delete();
  });
});

// ---------- Properties ----------

const MEMBER_IDS = ['1', '2', '3', '4', '5'];
const TRUE_JOIN = (memberId: string) => Date.UTC(2026, 0, 1) - Number(memberId) * 86_400_000 * 7;
const sightingArbitrary: fc.Arbitrary<Sighting> = fc
  .record({
    memberId: fc.constantFrom(...MEMBER_IDS),
    name: fc.constantFrom('Chloé', 'Chloe M.', 'Ana', 'Zoë', 'Jordan'),
    kind: fc.constantFrom('post', 'comment', 'member'),
    item: fc.constantFrom('a', 'b', 'c'),
    atDay: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    // Join readings around the true join date: never contradictory, of different widths.
    widthBefore: fc.integer({ min: 0, max: 40 }),
    widthAfter: fc.integer({ min: 1, max: 40 }),
    precision: fc.constantFrom('hour', 'day', 'week', 'month'),
    badges: fc.constantFrom([], ['Admin'], ['Nouveau membre']),
  })
  .map((r): Sighting => {
    if (r.kind === 'member') {
      const join = TRUE_JOIN(r.memberId);
      return {
        memberId: r.memberId,
        name: r.name,
        kind: 'member',
        badges: [...r.badges],
        joinedAfter: new Date(join - r.widthBefore * 3_600_000).toISOString(),
        joinedBefore: new Date(join + r.widthAfter * 3_600_000).toISOString(),
        joinPrecision: r.precision,
      };
    }
    return {
      memberId: r.memberId,
      name: r.name,
      kind: r.kind,
      itemId: `${r.memberId}${r.item}`,
      permalink: `https://www.facebook.com/groups/${GROUP}/posts/${r.item}/`,
      ...(r.atDay === undefined ? {} : { at: day(r.atDay) }),
    };
  });

const logArbitrary = fc.record({
  batches: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      group: fc.constantFrom(GROUP, '999'),
      sightings: fc.array(sightingArbitrary, { minLength: 1, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  notes: fc.array(
    fc.record({
      memberId: fc.constantFrom(...MEMBER_IDS),
      text: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim().length > 0),
    }),
    { maxLength: 3 },
  ),
  onboarding: fc.array(
    fc.record({
      memberId: fc.constantFrom(...MEMBER_IDS),
      stepId: fc.constantFrom('personal-welcome', 'anniversary'),
      status: fc.constantFrom('done' as const, 'skipped' as const),
      day: fc.integer({ min: 0, max: 60 }),
      by: fc.constantFrom('Sam', 'Alex'),
    }),
    { maxLength: 3 },
  ),
});
type RandomLog = typeof logArbitrary extends fc.Arbitrary<infer T> ? T : never;

async function build(log: RandomLog): Promise<TendDatabase> {
  const database = await freshDb('random');
  for (const batch of [...log.batches].sort((a, b) => a.day - b.day)) {
    const pageKind = batch.sightings.every((s) => s.kind === 'member') ? 'group-members' : 'group-feed';
    await ingest(database, day(batch.day), batch.sightings, pageKind, batch.group);
  }
  const seen = new Set((await database.members.toArray()).map((m) => `${m.groupId}|${m.memberId}`));
  for (const note of log.notes) {
    if (seen.has(`${GROUP}|${note.memberId}`))
      await addNote(database, { groupId: GROUP, ...note, author: 'Sam' }, new Date(day(61)));
  }
  const entries = log.onboarding
    .filter((entry) => seen.has(`${GROUP}|${entry.memberId}`))
    .map(({ day: at, ...entry }) => ({ groupId: GROUP, ...entry, at: day(at) }));
  if (entries.length) await recordOnboarding(database, entries);
  return database;
}

async function importText(database: TendDatabase, text: string) {
  const parsed = parseMemberLogText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  await applyImport(database, parsed);
}

describe('import properties', () => {
  it('export then import of a random log into an empty Tend gives back the same log', async () => {
    await fc.assert(
      fc.asyncProperty(logArbitrary, async (log) => {
        const source = await build(log);
        const target = await freshDb('copy');
        await importText(target, await exportLogText(source, undefined, NOW));
        expect(await logState(target)).toBe(await logState(source));
        await Promise.all([source.delete(), target.delete()]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('merging A then B gives the same log as B then A, and merging again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(logArbitrary, logArbitrary, logArbitrary, async (base, a, b) => {
        const [logA, logB] = await Promise.all([build(a), build(b)]);
        const [textA, textB] = [
          await exportLogText(logA, undefined, NOW),
          await exportLogText(logB, undefined, NOW),
        ];
        const first = await build(base);
        const second = await build(base);
        // The base logs have random note ids: copy one into the other so both start equal.
        await second.notes.clear();
        await second.notes.bulkPut(await first.notes.toArray());
        await importText(first, textA);
        await importText(first, textB);
        await importText(second, textB);
        await importText(second, textA);
        const state = await logState(first);
        expect(await logState(second)).toBe(state);
        await importText(first, textA);
        expect(await logState(first)).toBe(state);
        await Promise.all([logA.delete(), logB.delete(), first.delete(), second.delete()]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
