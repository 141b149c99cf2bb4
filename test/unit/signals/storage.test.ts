/** Weak signals in storage: schema v6, recording, states, retention, forgetting and clearing. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, TendDatabase } from '@/storage/db';
import { clearGroup, forgetMember } from '@/storage/forget';
import { pruneSignalData, openSignals, recordSignalItems, setSignalState } from '@/storage/signals';
import { defaultSignalKindSettings, defaultSignalSettings, type SignalItem } from '@/utils/signals';
import { SettingsPatch, applySettingsPatch, readSettings } from '@/storage/settings';
import {
  freshDb,
  GROUP,
  hashAllTables,
  ingest,
  listed,
  post,
  snapshotTables,
  writeAtVersion,
} from '../storage/helpers';

const photo = { photoId: '1700000000000011', alt: 'May be an image of cat', width: 720, height: 1241 };
const item = (memberId: string, itemId: string, at: string, over: Partial<SignalItem> = {}): SignalItem => ({
  groupId: GROUP,
  kind: 'post',
  memberId,
  itemId,
  permalink: `https://www.facebook.com/groups/${GROUP}/posts/${itemId}/`,
  at,
  excerpt: 'Have you seen him?',
  domains: [],
  images: [photo],
  ...over,
});
const settings = () => defaultSignalKindSettings;

describe('schema v6', () => {
  it('keeps every row of a v5 database and adds empty fingerprints and signals', async () => {
    const name = `upgrade-v6-${crypto.randomUUID()}`;
    const seeded = new TendDatabase(`seed-${crypto.randomUUID()}`);
    await seeded.open();
    await ingest(seeded, '2026-11-02T10:00:00.000Z', [
      listed('100', 'Chloé Dubois'),
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
    const v5Tables = Object.keys(SCHEMA_VERSIONS[4]!.stores);
    expect(v5Tables).not.toContain('fingerprints');
    const before = await hashAllTables(seeded, v5Tables);
    const snapshot = await snapshotTables(seeded, v5Tables);
    await seeded.delete();

    await writeAtVersion(name, 5, snapshot);

    const db = new TendDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await hashAllTables(db, v5Tables)).toBe(before);
    expect(await db.fingerprints.count()).toBe(0);
    expect(await db.signals.count()).toBe(0);
    await db.delete();
  });
});

describe('recording signals', () => {
  it('stores fingerprints and a repeated-image signal, and keeps its state when raised again', async () => {
    const db = await freshDb('signals');
    await recordSignalItems(
      db,
      [item('100', '11', '2026-10-01T09:00:00.000Z')],
      settings,
      '2026-10-01T10:00:00.000Z',
    );
    expect(await db.fingerprints.count()).toBeGreaterThan(0);
    const [signal] = await recordSignalItems(
      db,
      [item('200', '12', '2026-10-20T09:00:00.000Z')],
      settings,
      '2026-10-20T10:00:00.000Z',
    );
    expect(signal).toMatchObject({ kind: 'repeated-image', state: 'open', memberIds: ['200', '100'] });
    expect(signal!.evidence.itemIds).toEqual(['11', '12']);
    await setSignalState(db, signal!.key, 'dismissed', '2026-10-20T11:00:00.000Z');
    const [again] = await recordSignalItems(
      db,
      [item('200', '12', '2026-10-20T09:00:00.000Z')],
      settings,
      '2026-10-21T10:00:00.000Z',
    );
    expect(again!.state).toBe('dismissed');
    expect(await openSignals(db, GROUP, '2026-10-21T12:00:00.000Z')).toEqual([]);
    await db.delete();
  });

  it('snoozes until a time (and refuses a snooze without one), then shows the signal again', async () => {
    const db = await freshDb('signals');
    await recordSignalItems(
      db,
      [item('100', '11', '2026-10-01T09:00:00.000Z'), item('200', '12', '2026-10-02T09:00:00.000Z')],
      settings,
      '2026-10-02T10:00:00.000Z',
    );
    const [signal] = await openSignals(db, GROUP, '2026-10-02T10:00:00.000Z');
    await expect(setSignalState(db, signal!.key, 'snoozed', '2026-10-02T11:00:00.000Z')).rejects.toThrow(
      /until/,
    );
    await setSignalState(db, signal!.key, 'snoozed', '2026-10-02T11:00:00.000Z', '2026-10-09T00:00:00.000Z');
    expect(await openSignals(db, GROUP, '2026-10-05T00:00:00.000Z')).toHaveLength(0);
    expect(await openSignals(db, GROUP, '2026-10-10T00:00:00.000Z')).toHaveLength(1);
    await db.delete();
  });

  it('a snooze survives closing and opening the database again (the panel reloaded)', async () => {
    const db = await freshDb('signals');
    await recordSignalItems(
      db,
      [item('100', '11', '2026-10-01T09:00:00.000Z'), item('200', '12', '2026-10-02T09:00:00.000Z')],
      settings,
      '2026-10-02T10:00:00.000Z',
    );
    const [signal] = await openSignals(db, GROUP, '2026-10-02T10:00:00.000Z');
    await setSignalState(db, signal!.key, 'snoozed', '2026-10-02T11:00:00.000Z', '2026-10-09T00:00:00.000Z');
    db.close();
    const reopened = new TendDatabase(db.name);
    await reopened.open();
    expect(await reopened.signals.get(signal!.key)).toMatchObject({
      state: 'snoozed',
      until: '2026-10-09T00:00:00.000Z',
    });
    expect(await openSignals(reopened, GROUP, '2026-10-08T23:59:00.000Z')).toHaveLength(0);
    expect(await openSignals(reopened, GROUP, '2026-10-09T00:00:00.000Z')).toHaveLength(1);
    await reopened.delete();
  });
});

describe('settings', () => {
  it('stored settings without the section read as the defaults; a patch changes one field and keeps the rest', () => {
    const stored = readSettings({ version: 1 });
    expect(stored.signals).toEqual(defaultSignalSettings);
    const overridden = applySettingsPatch(stored, {
      signals: {
        groups: { [GROUP]: { 'group-quiet': { enabled: false, belowShare: 0.4, baselineWeeks: 6 } } },
      },
    });
    const counted = applySettingsPatch(overridden, { signals: { badgeCount: true } });
    expect(counted.signals.badgeCount).toBe(true);
    expect(counted.signals.groups[GROUP]?.['group-quiet']?.enabled).toBe(false);
    expect(() => SettingsPatch.parse({ signals: { badgeCount: 'yes' } })).toThrow();
  });
});

describe('retention, forget, clear', () => {
  async function withSignal() {
    const db = await freshDb('signals');
    await ingest(db, '2026-10-02T10:00:00.000Z', [listed('100', 'Chloé'), listed('200', 'Jordan')]);
    await recordSignalItems(
      db,
      [item('100', '11', '2026-10-01T09:00:00.000Z'), item('200', '12', '2026-10-02T09:00:00.000Z')],
      settings,
      '2026-10-02T10:00:00.000Z',
    );
    expect(await db.signals.count()).toBe(1);
    return db;
  }
  it('retention removes fingerprints and signals older than the period, not newer ones', async () => {
    const db = await withSignal();
    expect(await pruneSignalData(db, new Date('2026-10-10T00:00:00.000Z'), 365)).toBe(0);
    await pruneSignalData(db, new Date('2027-11-10T00:00:00.000Z'), 365);
    expect(await db.fingerprints.count()).toBe(0);
    expect(await db.signals.count()).toBe(0);
    await db.delete();
  });
  it('forgetting a member removes their fingerprints and the signals naming them; others stay', async () => {
    const db = await withSignal();
    const theirs = await db.fingerprints.where('[groupId+memberId]').equals([GROUP, '100']).count();
    const all = await db.fingerprints.count();
    await forgetMember(db, GROUP, '100');
    expect(await db.fingerprints.count()).toBe(all - theirs);
    expect(await db.signals.count()).toBe(0);
    await db.delete();
  });
  it('clearing the group removes its fingerprints and signals', async () => {
    const db = await withSignal();
    await clearGroup(db, GROUP);
    expect(await db.fingerprints.count()).toBe(0);
    expect(await db.signals.count()).toBe(0);
    await db.delete();
  });
});
