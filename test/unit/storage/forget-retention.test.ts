import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { clearGroup, forgetMember, isForgotten } from '@/storage/forget';
import { tierCounts } from '@/storage/queries';
import {
  addNote,
  deleteNote,
  recordOnboarding,
  onboardingHistory,
  notesOf,
  saveTemplate,
  deleteTemplate,
} from '@/storage/records';
import { PRUNE_INTERVAL_MS, maybePruneSightings, pruneSightings } from '@/storage/retention';
import { defaultTierThresholds } from '@/storage/settings';
import { updateSettings } from '@/storage/settings-store';
import { GROUP, comment, day, freshDb, hashAllTables, ingest, listed, post } from './helpers';

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('forget');
  await ingest(db, day(0), [
    listed('100', 'Camille Roux'),
    listed('200', 'Jordan Price', { invitedBy: { memberId: '100', name: 'Camille Roux' } }),
  ]);
  // Camille asked to join before being listed, with a screening answer kept.
  await ingest(
    db,
    day(0),
    [
      {
        memberId: '100',
        name: 'Camille Roux',
        kind: 'request',
        rawTime: 'Requested 2 days ago',
        answers: [{ question: 'Why join?', answer: 'My cat is diabetic' }],
      },
    ],
    'member-requests',
  );
  await ingest(db, day(1), [post('100', 'p1'), comment('100', 'c1'), post('200', 'p2')]);
  await ingest(db, day(1), [post('100', 'p9')], 'group-feed', '999');
  await addNote(
    db,
    { groupId: GROUP, memberId: '100', text: 'Asked for help privately', author: 'Sam' },
    new Date(day(2)),
  );
  await recordOnboarding(db, [
    { groupId: GROUP, memberId: '100', stepId: 'personal-welcome', status: 'done', at: day(2), by: 'Sam' },
  ]);
});
afterEach(async () => db.delete());

describe('forgetting a member', () => {
  it('removes sightings, notes, onboarding history, the member row and mentions of them, in that group only', async () => {
    const result = await forgetMember(db, GROUP, '100');
    expect(result).toEqual({
      removedSightings: 3,
      removedNotes: 1,
      removedOnboarding: 1,
      removedMember: true,
      removedRequest: true,
      neverRecordAgain: false,
    });
    expect(await db.prospects.get([GROUP, '100'])).toBeUndefined();
    expect(await db.members.get([GROUP, '100'])).toBeUndefined();
    expect(await db.sightings.where('[groupId+memberId]').equals([GROUP, '100']).count()).toBe(0);
    expect((await db.members.get([GROUP, '200']))?.invitedBy).toBeUndefined();
    expect(JSON.stringify(await db.sightings.toArray())).not.toContain('Camille');
    // The same person in another group is another member of another log.
    expect(await db.members.get(['999', '100'])).toBeDefined();
    expect(await tierCounts(db, GROUP, defaultTierThresholds)).toMatchObject({ total: 1 });
    // Without "never again", they are recorded when seen again.
    await ingest(db, day(3), [post('100', 'p3')]);
    expect(await db.members.get([GROUP, '100'])).toBeDefined();
  });

  it('with "never record again", keeps only a salted hash and drops their later sightings', async () => {
    await forgetMember(db, GROUP, '100', { neverRecordAgain: true });
    const forgotten = await db.forgotten.toArray();
    expect(forgotten).toHaveLength(1);
    expect(forgotten[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    const everything = await hashAllTables(db);
    expect(everything).not.toMatch(/Camille|1234567\|100\||diabetic/);
    // Only the group and the hash are kept; the hash is random hex, so a substring check on it could match by chance.
    expect(Object.keys(forgotten[0]!).sort()).toEqual(['groupId', 'hash']);
    expect(forgotten[0]!.groupId).toBe(GROUP);
    expect(await isForgotten(db, GROUP, '100')).toBe(true);
    expect(await isForgotten(db, '999', '100')).toBe(false);
    const result = await ingest(db, day(3), [post('100', 'p3'), post('300', 'p4')]);
    expect(result).toEqual({ added: 1, updated: 0 });
    expect(await db.members.get([GROUP, '100'])).toBeUndefined();
    expect(await db.members.get([GROUP, '300'])).toBeDefined();
    // The salt is created once.
    await forgetMember(db, GROUP, '300', { neverRecordAgain: true });
    expect(await db.meta.where('key').equals('forgetSalt').count()).toBe(1);
  });

  it('clears one group entirely and leaves the others', async () => {
    await forgetMember(db, GROUP, '200', { neverRecordAgain: true });
    const other = await hashAllTables(db, ['members', 'sightings']).then(() =>
      db.members.where('[groupId+memberId]').between(['999', ''], ['999', '\uffff']).toArray(),
    );
    expect(await clearGroup(db, GROUP)).toEqual({
      removedMembers: 1,
      removedSightings: 3,
      removedNotes: 1,
      removedOnboarding: 1,
      removedRequests: 1,
    });
    expect(await db.prospects.count()).toBe(0);
    expect(await db.groups.get(GROUP)).toBeUndefined();
    expect(await db.coverage.get(GROUP)).toBeUndefined();
    expect(await db.members.toArray()).toEqual(other);
    // "Never record again" outlives a cleared log.
    expect(await db.forgotten.count()).toBe(1);
  });
});

describe('retention', () => {
  it('prunes detailed sightings past the retention period and keeps the aggregates', async () => {
    const before = await db.members.get([GROUP, '100']);
    expect(await pruneSightings(db, new Date(day(300)), 365)).toBe(0);
    await ingest(db, day(380), [post('200', 'p-late')]);
    expect(await pruneSightings(db, new Date(day(400)), 365)).toBe(6);
    expect(await db.sightings.count()).toBe(1);
    expect(await db.members.get([GROUP, '100'])).toEqual(before);
  });

  it('runs at most once an hour, and never on unreadable settings', async () => {
    await updateSettings(db, { retentionDays: 30 });
    expect(await maybePruneSightings(db, new Date(day(100)))).toBe(6);
    await ingest(db, day(0), [post('100', 'p-again')]);
    expect(await maybePruneSightings(db, new Date(+new Date(day(100)) + PRUNE_INTERVAL_MS / 2))).toBeNull();
    expect(await maybePruneSightings(db, new Date(+new Date(day(100)) + PRUNE_INTERVAL_MS))).toBe(1);
    await db.settings.put({ version: 99 }, 'settings');
    await db.meta.delete('lastPrunedAt');
    await ingest(db, day(0), [post('100', 'p-third')]);
    expect(await maybePruneSightings(db, new Date(day(200)))).toBeNull();
    expect(await db.sightings.count()).toBe(1);
  });
});

describe('notes, onboarding history, templates', () => {
  it('adds and deletes notes, refusing empty ones', async () => {
    const note = await addNote(
      db,
      { groupId: GROUP, memberId: '200', text: '  cat diagnosed in March ', author: 'Sam' },
      new Date(day(5)),
    );
    expect(note).toMatchObject({ text: 'cat diagnosed in March', createdAt: day(5), author: 'Sam' });
    expect((await notesOf(db, GROUP, '200')).map((n) => n.id)).toEqual([note.id]);
    await expect(
      addNote(db, { groupId: GROUP, memberId: '200', text: '   ', author: 'Sam' }, new Date()),
    ).rejects.toThrow(/empty/);
    expect(await deleteNote(db, note.id)).toBe(true);
    expect(await deleteNote(db, note.id)).toBe(false);
  });

  it('records onboarding actions once, whatever the spelling of their times', async () => {
    const entry = {
      groupId: GROUP,
      memberId: '200',
      stepId: 'two-month-check-in',
      status: 'snoozed' as const,
      until: day(9),
      at: day(5),
      by: 'Sam',
    };
    expect(await recordOnboarding(db, [entry])).toEqual({ added: 1, unchanged: 0 });
    expect(await recordOnboarding(db, [{ ...entry, at: day(5).replace('.000Z', 'Z') }])).toEqual({
      added: 0,
      unchanged: 1,
    });
    await expect(recordOnboarding(db, [{ ...entry, until: undefined }])).rejects.toThrow(/until/);
    expect(await onboardingHistory(db, GROUP, '200')).toHaveLength(1);
    expect(await onboardingHistory(db, GROUP)).toHaveLength(2);
  });

  it('saves and deletes templates', async () => {
    await saveTemplate(db, { id: 'custom-1', updatedAt: day(1), title: { en: 'Hi' } });
    expect(await db.templates.get('custom-1')).toMatchObject({ title: { en: 'Hi' } });
    expect(await deleteTemplate(db, 'custom-1')).toBe(true);
    expect(await db.templates.count()).toBe(0);
  });
});
