/**
 * Weak signals stay with their group and member when a vanity name is merged into a numeric id: the group's
 * (mergeGroupInto, through the ingest of a page showing both) and a member's (mergeVanityRows).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { forgetMember } from '@/storage/forget';
import { ingestSightings } from '@/storage/ingest';
import { mergeSignalFacts } from '@/storage/signals-merge';
import { openSignals, recordSignalItems, setSignalState } from '@/storage/signals';
import { defaultSignalKindSettings, type SignalItem } from '@/utils/signals';
import { freshDb, GROUP, listed, post } from '../storage/helpers';

const VANITY = 'cats.sitters';
const photo = { photoId: '1700000000000011', alt: 'May be an image of cat', width: 720, height: 1241 };
const item = (groupId: string, memberId: string, itemId: string, at: string): SignalItem => ({
  groupId,
  kind: 'post',
  memberId,
  itemId,
  permalink: `https://www.facebook.com/groups/${groupId}/posts/${itemId}/`,
  at,
  excerpt: 'Have you seen him?',
  domains: [],
  images: [photo],
});
const settings = () => defaultSignalKindSettings;

let db: TendDatabase;
afterEach(async () => db?.delete());

/** The same picture posted twice in the group as it was first read, under its vanity name. */
async function signalUnderVanity() {
  db = await freshDb('signals-merge');
  await ingestSightings(db, {
    groupId: VANITY,
    pageKind: 'group-feed',
    readAt: '2026-10-02T10:00:00.000Z',
    sightings: [post('100', '11'), post('200', '12')],
  });
  const [signal] = await recordSignalItems(
    db,
    [
      item(VANITY, '100', '11', '2026-10-01T09:00:00.000Z'),
      item(VANITY, '200', '12', '2026-10-02T09:00:00.000Z'),
    ],
    settings,
    '2026-10-02T10:00:00.000Z',
  );
  expect(signal!.key).toBe(`repeated-image|${VANITY}|12`);
  return signal!;
}

/** A page showing the group's numeric id with its vanity: everything kept under the vanity moves. */
const readUnderNumericId = () =>
  ingestSightings(db, {
    groupId: GROUP,
    groupVanity: VANITY,
    pageKind: 'group-feed',
    readAt: '2026-10-03T10:00:00.000Z',
    sightings: [post('300', '13')],
  });

describe('a group merged from its vanity into its numeric id', () => {
  it('moves its fingerprints and signals, re-keyed, with their state', async () => {
    const signal = await signalUnderVanity();
    await setSignalState(db, signal.key, 'snoozed', '2026-10-02T11:00:00.000Z', '2026-10-09T00:00:00.000Z');
    const prints = await db.fingerprints.count();
    await readUnderNumericId();

    expect(await db.fingerprints.where('[groupId+memberId]').equals([VANITY, '100']).count()).toBe(0);
    expect(await db.fingerprints.count()).toBe(prints);
    expect((await db.fingerprints.toArray()).every((row) => row.groupId === GROUP)).toBe(true);
    expect(await db.signals.get(signal.key)).toBeUndefined();
    const moved = await db.signals.get(`repeated-image|${GROUP}|12`);
    expect(moved).toMatchObject({
      groupId: GROUP,
      state: 'snoozed',
      until: '2026-10-09T00:00:00.000Z',
      memberKeys: [`${GROUP}|200`, `${GROUP}|100`],
      createdAt: signal.createdAt,
    });
    expect(await openSignals(db, GROUP, '2026-10-10T00:00:00.000Z')).toHaveLength(1);
  });

  it('lets a later post find the moved fingerprints: the same picture again is the same signal', async () => {
    await signalUnderVanity();
    await readUnderNumericId();
    const [again] = await recordSignalItems(
      db,
      [item(GROUP, '300', '13', '2026-10-03T09:00:00.000Z')],
      settings,
      '2026-10-03T10:00:00.000Z',
    );
    expect(again!.key).toBe(`repeated-image|${GROUP}|13`);
    expect(again!.evidence.itemIds).toEqual(['11', '12', '13']);
  });

  it('forgetting a member under the numeric id removes the signals raised under the vanity', async () => {
    await signalUnderVanity();
    await readUnderNumericId();
    await forgetMember(db, GROUP, '100');
    expect(await db.signals.count()).toBe(0);
    expect(await db.fingerprints.where('[groupId+memberId]').equals([GROUP, '100']).count()).toBe(0);
  });
});

describe('a member merged from their vanity into their numeric id', () => {
  it('their fingerprints and the signals naming them name the numeric id', async () => {
    db = await freshDb('signals-merge');
    await ingestSightings(db, {
      groupId: GROUP,
      pageKind: 'group-feed',
      readAt: '2026-10-02T10:00:00.000Z',
      sightings: [post('jordan.price', '11'), post('200', '12')],
    });
    await recordSignalItems(
      db,
      [
        item(GROUP, 'jordan.price', '11', '2026-10-01T09:00:00.000Z'),
        item(GROUP, '200', '12', '2026-10-02T09:00:00.000Z'),
      ],
      settings,
      '2026-10-02T10:00:00.000Z',
    );
    const prints = await db.fingerprints.where('[groupId+memberId]').equals([GROUP, 'jordan.price']).count();
    expect(prints).toBeGreaterThan(0);
    await ingestSightings(db, {
      groupId: GROUP,
      pageKind: 'group-members',
      readAt: '2026-10-03T10:00:00.000Z',
      sightings: [listed('100', 'Jordan Price', { vanity: 'jordan.price' })],
    });
    expect(await db.members.get([GROUP, 'jordan.price'])).toBeUndefined();
    const [signal] = await db.signals.toArray();
    expect(signal!.memberIds).toEqual(['200', '100']);
    expect(await db.fingerprints.where('[groupId+memberId]').equals([GROUP, '100']).count()).toBe(prints);
    await forgetMember(db, GROUP, '100');
    expect(await db.signals.count()).toBe(0);
  });
});

describe('two versions of one signal', () => {
  const version = (state: 'open' | 'dismissed', updatedAt: string, createdAt: string) => ({
    state,
    updatedAt,
    createdAt,
  });
  it('keep the later update whole and the earlier creation, in either order', () => {
    const a = version('dismissed', '2026-10-05T00:00:00.000Z', '2026-10-02T00:00:00.000Z');
    const b = version('open', '2026-10-04T00:00:00.000Z', '2026-10-01T00:00:00.000Z');
    const merged = { state: 'dismissed', updatedAt: a.updatedAt, createdAt: b.createdAt };
    expect(mergeSignalFacts(a, b)).toEqual(merged);
    expect(mergeSignalFacts(b, a)).toEqual(merged);
    expect(mergeSignalFacts(merged, a)).toEqual(merged);
  });
});
