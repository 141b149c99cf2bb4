import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import type { Sighting } from '@/storage/schema';

let db: TendDatabase;
beforeEach(async () => {
  db = new TendDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => db.delete());

const post = (memberId: string, itemId: string, name = 'Camille Roux'): Sighting => ({
  memberId,
  name,
  kind: 'post',
  itemId,
  permalink: `https://www.facebook.com/groups/1234567/posts/${itemId}/`,
});

describe('ingestSightings', () => {
  it('stores one sighting per natural key and counts each post once', async () => {
    const batch = {
      groupId: '1234567',
      pageKind: 'group-feed' as const,
      readAt: '2026-11-01T10:00:00.000Z',
      sightings: [post('100', '9'), post('100', '9')],
    };
    expect(await ingestSightings(db, batch)).toEqual({ added: 1, updated: 0 });
    expect(await ingestSightings(db, { ...batch, readAt: '2026-11-02T10:00:00.000Z' })).toEqual({
      added: 0,
      updated: 1,
    });
    const member = await db.members.get(['1234567', '100']);
    expect(member?.postCount).toBe(1);
    expect(member?.firstSeenAt).toBe('2026-11-01T10:00:00.000Z');
    expect(member?.lastSeenAt).toBe('2026-11-02T10:00:00.000Z');
    expect(await db.sightings.count()).toBe(1);
  });

  it('keeps earlier names when a display name changes', async () => {
    const base = { groupId: '1234567', pageKind: 'group-feed' as const };
    await ingestSightings(db, { ...base, readAt: '2026-11-01T10:00:00.000Z', sightings: [post('100', '9')] });
    await ingestSightings(db, {
      ...base,
      readAt: '2026-11-03T10:00:00.000Z',
      sightings: [post('100', '10', 'Camille Roux-Martin')],
    });
    const member = await db.members.get(['1234567', '100']);
    expect(member?.name).toBe('Camille Roux-Martin');
    expect(member?.previousNames).toEqual(['Camille Roux']);
    expect(member?.postCount).toBe(2);
  });

  it('intersects join intervals: a vaguer later reading never widens an exact one', async () => {
    const base = { groupId: '1234567', pageKind: 'group-members' as const };
    const row = (after: string, before: string, precision: 'hour' | 'month'): Sighting => ({
      memberId: '100',
      name: 'Camille Roux',
      kind: 'member',
      joinedAfter: after,
      joinedBefore: before,
      joinPrecision: precision,
    });
    await ingestSightings(db, {
      ...base,
      readAt: '2026-11-01T10:00:00.000Z',
      sightings: [row('2026-11-01T07:00:00.000Z', '2026-11-01T08:00:00.000Z', 'hour')],
    });
    await ingestSightings(db, {
      ...base,
      readAt: '2026-11-20T10:00:00.000Z',
      sightings: [row('2026-10-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z', 'month')],
    });
    const member = await db.members.get(['1234567', '100']);
    expect([member?.joinedAfter, member?.joinedBefore, member?.joinPrecision]).toEqual([
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
      'hour',
    ]);
  });
});
