import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import { recordOnboarding } from '@/storage/records';
import type { Sighting } from '@/storage/schema';
import { applySettingsPatch, defaultSettings } from '@/storage/settings';
import { updateSettings } from '@/storage/settings-store';
import { badgeText, currentDueCount, startBadge } from '@/entrypoints/background/badge';
import { defaultCadence, setStepEnabled } from '@/utils/onboarding/cadence';
import { groupQueue, resolveOnboarding } from '@/storage/onboarding-queue';

const GROUP = '1234567';
const NOW = new Date('2026-11-20T12:00:00.000Z');

let db: TendDatabase;
beforeEach(async () => {
  db = new TendDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => db.delete());

const joiner = (memberId: string, name: string, after: string, before: string): Sighting => ({
  memberId,
  name,
  kind: 'member',
  section: 'New to the group',
  joinedAfter: after,
  joinedBefore: before,
  joinPrecision: 'hour',
});

async function seed(sightings: Sighting[]) {
  await ingestSightings(db, {
    groupId: GROUP,
    pageKind: 'group-members',
    readAt: NOW.toISOString(),
    sightings,
  });
}

describe('resolveOnboarding', () => {
  it('resolves "auto" week starts by language and an empty time zone to the browser’s', () => {
    expect(resolveOnboarding(defaultSettings.onboarding, 'fr').weekStartsOn).toBe(1);
    expect(resolveOnboarding(defaultSettings.onboarding, 'en').weekStartsOn).toBe(0);
    expect(resolveOnboarding(defaultSettings.onboarding, 'en').timeZone).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    const set = applySettingsPatch(defaultSettings, {
      onboarding: { weekStartsOn: 3, timeZone: 'Europe/Paris' },
    });
    expect(resolveOnboarding(set.onboarding, 'en')).toMatchObject({
      weekStartsOn: 3,
      timeZone: 'Europe/Paris',
    });
  });

  it('refuses an unknown time zone and a tag limit of 0 in a settings patch', () => {
    expect(() => applySettingsPatch(defaultSettings, { onboarding: { timeZone: 'Mars/Olympus' } })).toThrow();
    expect(() => applySettingsPatch(defaultSettings, { onboarding: { maxTagsPerPost: 0 } })).toThrow();
  });
});

describe('groupQueue', () => {
  it('lists recent joiners from the database, oldest first, and drops what the history closed', async () => {
    await seed([
      joiner('1', 'Chloé Martin', '2026-11-18T08:00:00Z', '2026-11-18T09:00:00Z'),
      joiner('2', 'Bruno Petit', '2026-11-10T08:00:00Z', '2026-11-10T09:00:00Z'),
      // Joined years ago: every step has expired, and the index range does not even read it.
      joiner('3', 'Old Timer', '2019-01-10T08:00:00Z', '2019-01-10T09:00:00Z'),
    ]);
    const settings = applySettingsPatch(defaultSettings, { onboarding: { timeZone: 'Europe/Paris' } });
    const first = await groupQueue(db, GROUP, settings, 'fr', NOW);
    expect(first.members.has('3')).toBe(false);
    const personal = first.items.filter((item) => item.stepId === 'personal-welcome');
    expect(personal.map((item) => (item.type === 'member' ? item.name : ''))).toEqual([
      'Bruno Petit',
      'Chloé Martin',
    ]);
    expect(personal[0]!.overdue).toBe(true);
    expect(first.items.some((item) => item.type === 'week')).toBe(true);

    await recordOnboarding(db, [
      {
        groupId: GROUP,
        memberId: '2',
        stepId: 'personal-welcome',
        status: 'done',
        at: NOW.toISOString(),
        by: 'Camille',
      },
    ]);
    const after = await groupQueue(db, GROUP, settings, 'fr', NOW);
    expect(after.items.filter((item) => item.stepId === 'personal-welcome')).toHaveLength(1);
  });
});

describe('the toolbar badge', () => {
  it('writes nothing for zero and caps long numbers', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(1234)).toBe('999+');
  });

  it('counts the due items of the current group only', async () => {
    expect(await currentDueCount(db, NOW, ['fr'])).toBe(0);
    await seed([joiner('1', 'Chloé Martin', '2026-11-18T08:00:00Z', '2026-11-18T09:00:00Z')]);
    await db.state.put({
      key: 'current',
      groupId: GROUP,
      tabId: null,
      url: null,
      status: null,
      at: NOW.toISOString(),
    });
    expect(await currentDueCount(db, NOW, ['fr'])).toBe(1);
    await updateSettings(db, {
      onboarding: { cadence: setStepEnabled(defaultCadence, 'personal-welcome', false) },
    });
    expect(await currentDueCount(db, NOW, ['fr'])).toBe(0);
  });

  it('is recomputed after an ingest and after an item is marked', async () => {
    await db.state.put({
      key: 'current',
      groupId: GROUP,
      tabId: null,
      url: null,
      status: null,
      at: NOW.toISOString(),
    });
    const shown: string[] = [];
    const stop = startBadge(db, {
      setText: async (text) => {
        shown.push(text);
      },
      now: () => NOW,
      browserLanguages: () => ['fr'],
    });
    try {
      await expect.poll(() => shown.at(-1)).toBe('');
      await seed([
        joiner('1', 'Chloé Martin', '2026-11-18T08:00:00Z', '2026-11-18T09:00:00Z'),
        joiner('2', 'Bruno Petit', '2026-11-19T08:00:00Z', '2026-11-19T09:00:00Z'),
      ]);
      await expect.poll(() => shown.at(-1)).toBe('2');
      await recordOnboarding(db, [
        {
          groupId: GROUP,
          memberId: '2',
          stepId: 'personal-welcome',
          status: 'done',
          at: NOW.toISOString(),
          by: 'A',
        },
      ]);
      await expect.poll(() => shown.at(-1)).toBe('1');
    } finally {
      stop();
    }
  });
});
