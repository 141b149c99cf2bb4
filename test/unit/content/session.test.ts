import { describe, expect, it } from 'vitest';
import {
  MAX_BATCH,
  createReadingSession,
  type IncrementalReader,
  type ReadingSessionDeps,
} from '@/entrypoints/facebook.content/session';
import type { ContentScriptMessage } from '@/storage/messages';
import type { PageInfo, Sighting } from '@/storage/schema';

const camille: Sighting = { memberId: '100', name: 'Camille Roux', kind: 'member' };
const jordan: Sighting = { memberId: '200', name: 'Jordan Price', kind: 'post', itemId: '9' };
const members: PageInfo = { kind: 'group-members', groupId: '1234567' };

/** A reader that returns prepared batches, one per call, and records how it was asked. */
function scriptedReader(page: PageInfo, batches: Sighting[][], calls: string[]): IncrementalReader {
  let read = 0;
  const next = (how: string) => {
    calls.push(how);
    const sightings = batches.shift() ?? [];
    read += sightings.length;
    return { page, sightings, health: { expected: read, read, problems: [] } };
  };
  return {
    page,
    readAll: () => next('all'),
    readAdded: (nodes) => next(`added:${[...nodes].length}`),
    health: () => ({ expected: read, read, problems: [] }),
  };
}

function setup(readers: IncrementalReader[], options: { failSends?: number } = {}) {
  const sent: ContentScriptMessage[] = [];
  const pending: (() => void)[] = [];
  const errors: unknown[] = [];
  let failures = options.failSends ?? 0;
  const deps: ReadingSessionDeps = {
    createReader: () => readers.shift()!,
    readGroupName: () => undefined,
    send: async (message) => {
      if (failures-- > 0) throw new Error('Extension context invalidated.');
      sent.push(message);
    },
    document,
    now: () => new Date('2026-11-22T10:00:00.000Z'),
    schedule: (work) => {
      pending.push(work);
      return () => pending.splice(pending.indexOf(work), 1);
    },
    onError: (error) => errors.push(error),
  };
  const submitted = () => sent.flatMap((m) => (m.type === 'submitSightings' ? [m.sightings] : []));
  return { session: createReadingSession(deps), sent, submitted, pending, errors };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the content script reading session', () => {
  it('reads the whole page first, then only the nodes that changed', async () => {
    const calls: string[] = [];
    const { session, submitted } = setup([scriptedReader(members, [[camille], [jordan]], calls)]);
    await session.readNow(true);
    session.changed([document.createElement('div'), document.createElement('div')]);
    await session.readNow();
    expect(calls).toEqual(['all', 'added:2']);
    expect(submitted()).toEqual([[camille], [jordan]]);
  });

  it('batches bursts of changes into one read after a quiet period', async () => {
    const { session, pending } = setup([scriptedReader(members, [], [])]);
    session.changed([]);
    session.changed([]);
    session.changed([]);
    expect(pending).toHaveLength(1);
  });

  it('starts afresh with a new reader after in-page navigation', async () => {
    const calls: string[] = [];
    const { session, submitted, pending } = setup([
      scriptedReader(members, [[camille]], calls),
      scriptedReader({ kind: 'group-feed', groupId: '7654321' }, [[jordan]], calls),
    ]);
    await session.readNow();
    session.navigated('https://www.facebook.com/groups/7654321/');
    pending.shift()!();
    await flush();
    expect(calls).toEqual(['all', 'all']);
    expect(submitted()).toEqual([[camille], [jordan]]);
  });

  it('keeps what the background did not accept and sends it with the next read', async () => {
    const { session, submitted, errors } = setup([scriptedReader(members, [[camille], []], [])], {
      failSends: 1,
    });
    await expect(session.readNow()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    await session.readNow();
    expect(submitted()).toEqual([[camille]]);
  });

  it('splits very large reads into bounded messages', async () => {
    const many = Array.from({ length: MAX_BATCH + 5 }, (_, index): Sighting => ({
      memberId: String(1000 + index),
      name: `Member ${index}`,
      kind: 'member',
    }));
    const { session, submitted } = setup([scriptedReader(members, [many], [])]);
    await session.readNow();
    expect(submitted().map((batch) => batch.length)).toEqual([MAX_BATCH, 5]);
  });

  it('reports that nothing could be read, and never submits from a page that is not a group', async () => {
    const unreadable: IncrementalReader = {
      page: { kind: 'group-feed', groupId: '1234567' },
      readAll: () => ({ page: unreadable.page, sightings: [], health: unreadable.health() }),
      readAdded: () => ({ page: unreadable.page, sightings: [], health: unreadable.health() }),
      health: () => ({ expected: 5, read: 0, problems: ['no author link'] }),
    };
    const { session, sent } = setup([unreadable]);
    await session.readNow(true);
    expect(sent).toEqual([
      expect.objectContaining({
        type: 'reportPageStatus',
        health: { expected: 5, read: 0, problems: ['no author link'] },
      }),
    ]);

    const other = setup([scriptedReader({ kind: 'other', groupId: null }, [[camille]], [])]);
    await other.session.readNow();
    expect(other.sent).toEqual([]);
  });
});
