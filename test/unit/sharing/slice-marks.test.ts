// @vitest-environment node
/**
 * A publish reads only the slices marked since the last one (storage/slice-marks.ts): every way the log changes
 * must leave its mark, or the co-admins never receive the change. Each writer runs after a first publish; then an
 * incremental publish must leave nothing that a publish of the whole log would still write.
 */
import 'fake-indexeddb/auto';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { describe, expect, it } from 'vitest';
import { recordFeedReading } from '@/storage/activity';
import { mergeVanityRows } from '@/storage/aliases';
import type { TendDatabase } from '@/storage/db';
import { clearGroup, forgetMember } from '@/storage/forget';
import { applyImport, parseMemberLogFile } from '@/storage/import';
import { addNote, deleteNote, recordOnboarding } from '@/storage/records';
import { pruneSightings, pruneStaleProspects } from '@/storage/retention';
import type { EngineContext } from '@/storage/sharing/context';
import { absorb } from '@/storage/sharing/absorb';
import { idOf } from '@/storage/sharing/context';
import { PouchDB } from '@/storage/sharing/pouch';
import { publish } from '@/storage/sharing/publish';
import { assembleLog, readGroupSlices } from '@/storage/sharing/slices';
import { freshState, type EngineState } from '@/storage/sharing/state';
import { keysOfRing, openEnvelope, sealBundle } from '@/utils/sharing/codec';
import { GROUP, day, freshDb, ingest, listed, post } from '../storage/helpers';
import { newRing } from './helpers';

PouchDB.plugin(MemoryAdapter);

const [CHLOE, ZOE, ANA] = ['100004517623', '100009912345', '100007770001'];

interface Setup {
  db: TendDatabase;
  context: EngineContext;
  state: EngineState;
}

/** A log of three people, a note, an onboarding mark, a request and a watched day, published once whole. */
async function published(): Promise<Setup> {
  const db = await freshDb('marks');
  await ingest(db, day(0), [
    listed(CHLOE, 'Chloé Lefèvre'),
    listed(ZOE, 'Zoé Martin'),
    listed(ANA, 'Ana Silva'),
  ]);
  await ingest(db, day(1), [post(ZOE, '4441', 'Zoé Martin', day(1)), post(ANA, '4442', 'Ana Silva', day(1))]);
  await ingest(db, day(1), [
    { memberId: 'chloe.l', name: 'Chloé Lefèvre', kind: 'post', itemId: '4443', at: day(1) },
  ]);
  await addNote(
    db,
    { groupId: GROUP, memberId: ZOE, text: 'Kind to newcomers', author: 'Alice' },
    new Date(day(1)),
  );
  await recordFeedReading(db, GROUP, day(1), [day(1)], {
    activityTimes: [day(1)],
    postTimes: [day(1)],
    commentTimes: [],
  });
  await ingest(
    db,
    day(1),
    [{ memberId: '100001112222', name: 'Sam Roy', kind: 'request', at: day(1) }],
    'member-requests',
  );
  let clock = Date.parse(day(2));
  const context: EngineContext = {
    db,
    groupId: GROUP,
    keys: await keysOfRing(newRing()),
    origin: 'alice-origin',
    local: new PouchDB(`marks-${crypto.randomUUID()}`, { adapter: 'memory' }),
    // Each publish at a later time: a whole read moves `tracked.wholeAt`, an incremental one does not.
    now: () => new Date((clock += 1_000)),
  };
  const state = freshState();
  expect(await publish(context, state)).toBeGreaterThan(5);
  return { db, context, state };
}

/** What a publish of the whole log would still write after the incremental one (on a copy of the state). */
async function leftOver({ context, state }: Setup): Promise<number> {
  return publish(context, structuredClone(state), undefined, { whole: true });
}

type Writer = (db: TendDatabase) => Promise<unknown>;

/** Each way the log changes; `whole`: it deletes the group's ranges, so the next publish reads the whole log. */
const WRITERS: [string, Writer, { whole?: true }?][] = [
  [
    'ingest of a feed page',
    (db) =>
      ingest(db, day(3), [
        post(ZOE, '5001', 'Zoé Martin', day(3)),
        post('100003334444', '5002', 'Léa Roy', day(3)),
      ]),
  ],
  ['ingest of the members list', (db) => ingest(db, day(3), [listed(CHLOE, 'Chloé Lefèvre-Roy')])],
  [
    'import of a file',
    async (db) => {
      const other = await freshDb('marks-file');
      await ingest(other, day(2), [
        post(ANA, '6001', 'Ana Silva', day(2)),
        listed('100005556666', 'Noé Blanc'),
      ]);
      const { group, people, days } = await readGroupSlices(other, GROUP);
      const parsed = parseMemberLogFile(
        assembleLog([group!, ...people.values(), ...days.values()], new Date(day(2))),
      );
      if (!parsed.ok) throw new Error('the file does not parse');
      await applyImport(db, parsed);
    },
  ],
  [
    'merge of a vanity name into a numeric id',
    (db) => mergeVanityRows(db, GROUP, new Map([['chloe.l', CHLOE]])),
  ],
  ['forget of a member', (db) => forgetMember(db, GROUP, ZOE)],
  ['forget for good', (db) => forgetMember(db, GROUP, ANA, { neverRecordAgain: true })],
  ['clear of the group', (db) => clearGroup(db, GROUP), { whole: true }],
  [
    'a note written',
    (db) =>
      addNote(
        db,
        { groupId: GROUP, memberId: CHLOE, text: 'Asked about rules', author: 'Alice' },
        new Date(day(3)),
      ),
  ],
  [
    'a note deleted',
    async (db) => {
      const [note] = await db.notes.toArray();
      await deleteNote(db, note!.id);
    },
  ],
  [
    'a note deleted as a range of its table (its id names no group: every shared group is read whole)',
    async (db) => {
      const [note] = await db.notes.toArray();
      await db.notes.where('id').equals(note!.id).delete();
    },
    { whole: true },
  ],
  [
    'an onboarding mark',
    (db) =>
      recordOnboarding(db, [
        { groupId: GROUP, memberId: ANA, stepId: 'welcome', status: 'done', at: day(3), by: 'Alice' },
      ]),
  ],
  [
    'a watched day',
    (db) =>
      recordFeedReading(db, GROUP, day(3), [day(3)], {
        activityTimes: [day(3)],
        postTimes: [],
        commentTimes: [day(3)],
      }),
  ],
  ['retention of sightings', (db) => pruneSightings(db, new Date(day(2)), 0)],
  ['retention of requests', (db) => pruneStaleProspects(db, new Date(day(400)), 30)],
];

describe('slice marks: a publish reads only what changed, and misses nothing', () => {
  it.each(WRITERS)('%s is published', async (_, write, expected = {}) => {
    const setup = await published();
    const before = setup.state.tracked!.wholeAt;
    await write(setup.db);
    await publish(setup.context, setup.state);
    if (expected.whole) expect(setup.state.tracked!.wholeAt).not.toBe(before);
    else expect(setup.state.tracked!.wholeAt).toBe(before);
    expect(await leftOver(setup)).toBe(0);
  });

  it('a second publish with nothing new reads nothing and writes nothing', async () => {
    const setup = await published();
    expect(await setup.db.sliceMarks.where('key').startsWith(`${GROUP}|`).count()).toBe(0);
    expect(await publish(setup.context, setup.state)).toBe(0);
  });

  it('control: a write whose marks are lost is missed by the incremental publish (the check above sees it)', async () => {
    const setup = await published();
    await ingest(setup.db, day(3), [post(ZOE, '5001', 'Zoé Martin', day(3))]);
    await setup.db.sliceMarks.where('key').startsWith(`${GROUP}|`).delete();
    expect(await publish(setup.context, setup.state)).toBe(0);
    expect(await leftOver(setup)).toBeGreaterThan(0);
  });

  it('a co-admin’s document received is compared again: a forget already applied here, left winning, is written over', async () => {
    const setup = await published();
    const { context, state } = setup;
    state.seq = (await context.local.info()).update_seq;
    // Bob forgot Zoé at day 1, applied here already; Zoé's rows here were read after it. His forget arrives as the
    // document's winning revision (as a conflict settled in its favour leaves it).
    const id = await idOf(context, ['person', GROUP, ZOE]);
    const at = day(1);
    state.applied[id] = at;
    const bundle = {
      kind: 'forgotten' as const,
      origin: 'bob-origin-1',
      memberId: ZOE,
      at,
      neverRecordAgain: false,
    };
    const current = await context.local.get(id);
    await context.local.put({ ...(await sealBundle(context.keys.current, id, bundle)), _rev: current._rev });
    await absorb(context, state);
    await publish(context, state);
    const opened = await openEnvelope(context.keys.current, await context.local.get(id));
    expect(opened.ok && opened.bundle.kind).toBe('log');
    expect(await leftOver(setup)).toBe(0);
  });

  it('a group not shared is not tracked: its writes leave no mark', async () => {
    const db = await freshDb('marks-solo');
    await ingest(db, day(0), [listed(CHLOE, 'Chloé Lefèvre'), post(ZOE, '1', 'Zoé Martin', day(0))]);
    expect(await db.sliceMarks.count()).toBe(0);
  });

  it('the whole log is read again under a newer schema version', async () => {
    const setup = await published();
    const before = setup.state.tracked!.wholeAt;
    setup.state.tracked = { ...setup.state.tracked!, verno: setup.db.verno - 1 };
    await publish(setup.context, setup.state);
    expect(setup.state.tracked!.wholeAt).not.toBe(before);
    expect(setup.state.tracked!.verno).toBe(setup.db.verno);
  });
});
