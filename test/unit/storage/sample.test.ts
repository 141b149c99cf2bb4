/**
 * Sample data (the demo's simulated group): marked on its group row by the file that brought it, kept when the
 * group's pages are read again, removed in one step, alone; a real group cannot be removed that way.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import type { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { GROUP, day, freshDb, hashAllTables, ingest, listed, post } from './helpers';

let db: TendDatabase;
let sampleFile: string;
beforeEach(async () => {
  db = await freshDb('sample');
  const source = await freshDb('sample-source');
  await ingest(source, day(0), [post('100', 'p1', 'Ana', day(0))]);
  await source.groups.update(GROUP, { sample: true });
  sampleFile = await exportLogText(source, GROUP, new Date(day(1)));
  await source.delete();
});
afterEach(async () => db.delete());

const handlers = () => createHandlers(db, () => new Date(day(3)));
const REAL = '999';

describe('sample data', () => {
  it('is marked by the file that brings it, and the mark survives the page heading read later', async () => {
    await handlers().applyImport({ type: 'applyImport', text: sampleFile });
    expect(await db.groups.get(GROUP)).toMatchObject({ sample: true });
    await handlers().reportPageStatus({
      type: 'reportPageStatus',
      url: `https://www.facebook.com/groups/${GROUP}/members`,
      groupId: GROUP,
      pageKind: 'group-members',
      health: { expected: 1, read: 1, problems: [] },
      readAt: day(2),
      visible: true,
      groupName: 'Rescue Cats Network',
    });
    await ingest(db, day(2), [listed('200', 'Ben')]);
    expect(await db.groups.get(GROUP)).toMatchObject({ name: 'Rescue Cats Network', sample: true });
  });

  it('is removed in one step with everything about it, and nothing else', async () => {
    await ingest(db, day(0), [post('5', 'p5', 'Cy', day(0))], 'group-feed', REAL);
    const realOnly = await hashAllTables(db, [
      'groups',
      'members',
      'sightings',
      'watch',
      'counted',
      'coverage',
    ]);
    await handlers().applyImport({ type: 'applyImport', text: sampleFile });
    await handlers().setCurrentGroup({ type: 'setCurrentGroup', groupId: GROUP });
    const result = await handlers().removeSampleGroup({ type: 'removeSampleGroup', groupId: GROUP });
    expect(result.removedMembers).toBe(1);
    expect(await hashAllTables(db, ['groups', 'members', 'sightings', 'watch', 'counted', 'coverage'])).toBe(
      realOnly,
    );
    // The panel moves on to the group that is left.
    expect(await db.state.get('current')).toMatchObject({ groupId: REAL });
  });

  it('refuses a real group, which stays whole', async () => {
    await ingest(db, day(0), [post('5', 'p5', 'Cy', day(0))], 'group-feed', REAL);
    const before = await hashAllTables(db);
    await expect(handlers().removeSampleGroup({ type: 'removeSampleGroup', groupId: REAL })).rejects.toThrow(
      /not sample data: nothing was removed/,
    );
    await expect(
      handlers().removeSampleGroup({ type: 'removeSampleGroup', groupId: 'nope' }),
    ).rejects.toThrow(/not sample data/);
    expect(await hashAllTables(db)).toBe(before);
  });
});
