/**
 * The popup's onboarding line: what is due now (the panel's queue, the toolbar badge) and what falls due before the
 * week ends in the admin's time zone, on a fixed clock.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOnboardingOutlook } from '@/entrypoints/sidepanel/onboarding-data';
import { db } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import { recordOnboarding } from '@/storage/records';
import { applySettingsPatch, defaultSettings } from '@/storage/settings';
import { groupQueue } from '@/storage/onboarding-queue';

const GROUP = '5151515151';
/** A Wednesday. In English weeks start on Sunday (15 November), in French on Monday (16 November). */
const NOW = new Date('2026-11-18T12:00:00.000Z');
const settings = applySettingsPatch(defaultSettings, { onboarding: { timeZone: 'UTC' } });

const joined = (memberId: string, name: string, at: string) => ({
  memberId,
  name,
  kind: 'member' as const,
  joinedAfter: at,
  joinedBefore: new Date(Date.parse(at) + 3_600_000).toISOString(),
  joinPrecision: 'hour' as const,
});

beforeAll(async () => {
  await ingestSightings(db(), {
    groupId: GROUP,
    pageKind: 'group-members',
    readAt: NOW.toISOString(),
    sightings: [
      // Joined yesterday: personal welcome due now (this week's group welcome falls due when the week ends).
      joined('1', 'Ana Lima', '2026-11-17T10:00:00.000Z'),
      // Two-month check-in due on 10 November, overdue a week later.
      joined('2', 'Bob Stone', '2026-09-10T10:00:00.000Z'),
      // Two-month check-in on Friday 20 November: later this week.
      joined('3', 'Chloé Martin', '2026-09-20T10:00:00.000Z'),
      // One year on Thursday 19 November: later this week.
      joined('4', 'Dan Kim', '2025-11-19T10:00:00.000Z'),
      // Two-month check-in on 25 November: next week, not counted.
      joined('5', 'Eve Moss', '2026-09-25T10:00:00.000Z'),
    ],
  });
});

describe('readOnboardingOutlook', () => {
  it('counts what is due now as the queue does, and what falls due before the week ends', async () => {
    const outlook = await readOnboardingOutlook(GROUP, settings, 'en', NOW);
    const queue = await groupQueue(db(), GROUP, settings, 'en', NOW);
    expect(outlook.due).toBe(queue.items.length);
    expect(queue.items.map((item) => item.id).sort()).toEqual([
      `personal-welcome:${GROUP}:1`,
      `two-month-check-in:${GROUP}:2`,
    ]);
    expect(outlook).toEqual({ due: 2, overdue: 1, laterThisWeek: 2, weekEnd: '2026-11-22T00:00:00.000Z' });
  });

  it('follows the week of the interface language', async () => {
    expect((await readOnboardingOutlook(GROUP, settings, 'fr', NOW)).weekEnd).toBe(
      '2026-11-23T00:00:00.000Z',
    );
    // Saturday in English: Chloé's and Dan's steps have fallen due; nothing more before Sunday.
    const saturday = new Date('2026-11-21T12:00:00.000Z');
    expect(await readOnboardingOutlook(GROUP, settings, 'en', saturday)).toMatchObject({
      due: 4,
      laterThisWeek: 0,
    });
  });

  it('counts a snoozed item again the day it comes back, if that is this week', async () => {
    await recordOnboarding(db(), [
      {
        groupId: GROUP,
        memberId: '1',
        stepId: 'personal-welcome',
        status: 'snoozed',
        until: '2026-11-20T09:00:00.000Z',
        at: NOW.toISOString(),
        by: 'Sam',
      },
    ]);
    expect(await readOnboardingOutlook(GROUP, settings, 'en', NOW)).toMatchObject({
      due: 1,
      overdue: 1,
      laterThisWeek: 3,
    });
  });
});
