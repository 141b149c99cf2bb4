/** The toolbar badge counts the current group's open signals only when the admin turned that on (off by default). */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentDueCount, startBadge } from '@/entrypoints/background/badge';
import type { TendDatabase } from '@/storage/db';
import { updateSettings } from '@/storage/settings-store';
import { openSignalCount, recordSignalItems, setSignalState } from '@/storage/signals';
import { defaultSignalKindSettings, type SignalItem } from '@/utils/signals';
import { freshDb, GROUP } from '../storage/helpers';

const NOW = new Date('2026-10-03T12:00:00.000Z');
const photo = { photoId: '1700000000000011', alt: 'May be an image of cat', width: 720, height: 1241 };
const item = (groupId: string, memberId: string, itemId: string, at: string): SignalItem => ({
  groupId,
  kind: 'post',
  memberId,
  itemId,
  at,
  excerpt: 'Have you seen him?',
  domains: [],
  images: [photo],
});
/** The same picture twice in a group: one repeated-image signal. */
const raise = (groupId: string, first: string) =>
  recordSignalItems(
    db,
    [
      item(groupId, '100', first, '2026-10-01T09:00:00.000Z'),
      item(groupId, '200', `${first}1`, '2026-10-02T09:00:00.000Z'),
    ],
    () => defaultSignalKindSettings,
    '2026-10-02T10:00:00.000Z',
  );

let db: TendDatabase;
beforeEach(async () => {
  db = await freshDb('badge-signals');
  await db.state.put({
    key: 'current',
    groupId: GROUP,
    tabId: null,
    url: null,
    status: null,
    at: NOW.toISOString(),
  });
});
afterEach(async () => db.delete());

describe('open signals on the toolbar badge', () => {
  it('are not counted by default; once turned on, only the current group’s open ones are', async () => {
    const [signal] = await raise(GROUP, '11');
    await raise('7654321', '21');
    expect(await currentDueCount(db, NOW, ['en'])).toBe(0);
    await updateSettings(db, { signals: { badgeCount: true } });
    expect(await currentDueCount(db, NOW, ['en'])).toBe(1);
    await setSignalState(db, signal!.key, 'snoozed', NOW.toISOString(), '2026-10-10T00:00:00.000Z');
    expect(await currentDueCount(db, NOW, ['en'])).toBe(0);
    expect(await openSignalCount(db, GROUP, '2026-10-10T00:00:00.000Z')).toBe(1);
    await setSignalState(db, signal!.key, 'dismissed', NOW.toISOString());
    expect(await openSignalCount(db, GROUP, '2026-10-10T00:00:00.000Z')).toBe(0);
  });

  it('changes on the badge when a signal is raised or answered', async () => {
    await updateSettings(db, { signals: { badgeCount: true } });
    const shown: string[] = [];
    const stop = startBadge(db, {
      setText: async (text) => void shown.push(text),
      now: () => NOW,
      browserLanguages: () => ['en'],
      quietMs: 1,
    });
    try {
      await expect.poll(() => shown.at(-1)).toBe('');
      const [signal] = await raise(GROUP, '11');
      await expect.poll(() => shown.at(-1)).toBe('1');
      await setSignalState(db, signal!.key, 'done', NOW.toISOString());
      await expect.poll(() => shown.at(-1)).toBe('');
    } finally {
      stop();
    }
  });
});
