import { describe, expect, it } from 'vitest';
import { createReadingSession, type ReadingSessionDeps } from '@/entrypoints/facebook.content/session';
import type { ContentScriptMessage } from '@/storage/messages';
import type { PageReading, Sighting } from '@/storage/schema';

const camille: Sighting = { memberId: '100', name: 'Camille Roux', kind: 'member' };
const jordan: Sighting = { memberId: '200', name: 'Jordan Price', kind: 'post', itemId: '9' };

function setup(readings: PageReading[], options: { failSends?: number } = {}) {
  const sent: ContentScriptMessage[] = [];
  const pending: (() => void)[] = [];
  const errors: unknown[] = [];
  let failures = options.failSends ?? 0;
  const deps: ReadingSessionDeps = {
    readPage: () =>
      readings.shift() ??
      readings[0] ?? {
        page: { kind: 'other', groupId: null },
        sightings: [],
        health: { expected: 0, read: 0, problems: [] },
      },
    send: async (message) => {
      if (failures-- > 0) throw new Error('Extension context invalidated.');
      sent.push(message);
    },
    document,
    now: () => new Date('2026-11-22T10:00:00.000Z'),
    timeZone: 'Europe/Paris',
    schedule: (work) => {
      pending.push(work);
      return () => pending.splice(pending.indexOf(work), 1);
    },
    onError: (error) => errors.push(error),
  };
  return { session: createReadingSession(deps), sent, pending, errors };
}

const group = (sightings: Sighting[]): PageReading => ({
  page: { kind: 'group-members', groupId: '1234567' },
  sightings,
  health: { expected: sightings.length, read: sightings.length, problems: [] },
});

describe('the content script reading session', () => {
  it('sends each sighting once, and only what is new after the page changes', async () => {
    const { session, sent } = setup([group([camille]), group([camille, jordan])]);
    await session.readNow(true);
    await session.readNow();
    const submitted = sent
      .filter((m) => m.type === 'submitSightings')
      .map((m) => m.type === 'submitSightings' && m.sightings);
    expect(submitted).toEqual([[camille], [jordan]]);
  });

  it('batches bursts of changes into one read after a quiet period', async () => {
    const { session, pending } = setup([group([camille])]);
    session.changed();
    session.changed();
    session.changed();
    expect(pending).toHaveLength(1);
  });

  it('starts afresh after in-page navigation', async () => {
    const { session, sent, pending } = setup([group([camille]), group([camille])]);
    await session.readNow();
    session.navigated('https://www.facebook.com/groups/7654321/');
    pending.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.filter((m) => m.type === 'submitSightings')).toHaveLength(2);
  });

  it('reports the page status, and that nothing could be read, without throwing when the background is gone', async () => {
    const unreadable: PageReading = {
      page: { kind: 'group-feed', groupId: '1234567' },
      sightings: [],
      health: { expected: 5, read: 0, problems: ['no author link'] },
    };
    const { session, sent, errors } = setup([unreadable, unreadable], { failSends: 1 });
    await expect(session.readNow(true)).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    await session.readNow(true);
    expect(sent).toEqual([
      expect.objectContaining({ type: 'reportPageStatus', groupId: '1234567', health: unreadable.health }),
    ]);
  });

  it('never submits sightings from a page that is not a group', async () => {
    const { session, sent } = setup([
      {
        page: { kind: 'other', groupId: null },
        sightings: [camille],
        health: { expected: 0, read: 0, problems: [] },
      },
    ]);
    await session.readNow();
    expect(sent).toEqual([]);
  });
});
