import { describe, expect, it } from 'vitest';
import {
  MAX_BATCH,
  MAX_SCHEDULED_RETRIES,
  RETRY_FIRST_MS,
  RETRY_MAX_MS,
  createReadingSession,
  retryDelay,
  type IncrementalReader,
  type ReadingSessionDeps,
} from '@/entrypoints/facebook.content/session';
import type { ContentScriptMessage } from '@/storage/messages';
import type { PageHealth, PageInfo, Sighting } from '@/storage/schema';

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
    return { page, sightings, health: healthOf(read) };
  };
  return {
    page,
    readAll: () => next('all'),
    readAdded: (nodes) => next(`added:${[...nodes].length}`),
    health: () => healthOf(read),
  };
}

const healthOf = (read: number, problems: string[] = []): PageHealth => ({
  status: 'ok',
  expected: read,
  read,
  seen: read,
  timeDisagreements: 0,
  problems,
});

interface SetupOptions {
  failSends?: number;
  /** Answers the background gives to submitted batches, in order (then `{ok: true}`); the sent list keeps all. */
  replies?: unknown[];
}

function setup(readers: IncrementalReader[], options: SetupOptions = {}) {
  const sent: ContentScriptMessage[] = [];
  const pending: (() => void)[] = [];
  const delays: number[] = [];
  const errors: unknown[] = [];
  const replies = [...(options.replies ?? [])];
  let failures = options.failSends ?? 0;
  const clock = { now: Date.parse('2026-11-22T10:00:00.000Z') };
  const deps: ReadingSessionDeps = {
    createReader: () => readers.shift()!,
    readGroupName: () => undefined,
    send: async (message) => {
      if (failures-- > 0) throw new Error('Extension context invalidated.');
      sent.push(message);
      if (message.type === 'submitSightings' && replies.length > 0) return replies.shift();
      return { ok: true, value: message.type === 'submitSightings' ? { added: 1, updated: 0 } : null };
    },
    document,
    now: () => new Date(clock.now),
    schedule: (work, delayMs) => {
      pending.push(work);
      delays.push(delayMs);
      return () => {
        const index = pending.indexOf(work);
        if (index >= 0) pending.splice(index, 1);
      };
    },
    onError: (error) => errors.push(error),
  };
  const submitted = () => sent.flatMap((m) => (m.type === 'submitSightings' ? [m.sightings] : []));
  return { session: createReadingSession(deps), sent, submitted, pending, delays, errors, clock };
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

  it('keeps what the background did not accept and sends it again after a pause', async () => {
    const { session, submitted, errors, pending, delays } = setup(
      [scriptedReader(members, [[camille], []], [])],
      { failSends: 1 },
    );
    await expect(session.readNow()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(delays).toEqual([RETRY_FIRST_MS]);
    pending.shift()!();
    await flush();
    expect(submitted()).toEqual([[camille]]);
  });

  it('keeps a batch the background refused (a closing database), retries it with back-off, stores it once', async () => {
    const refusal = { ok: false, error: 'Tend’s database is closing.' };
    const { session, submitted, pending, delays, sent, clock } = setup(
      [scriptedReader(members, [[camille, jordan], [], []], [])],
      { replies: [refusal, refusal] },
    );
    await session.readNow();
    // A read during the pause adds to what waits but sends nothing: a refusing background is not hammered.
    clock.now += 10;
    await session.readNow();
    expect(submitted()).toEqual([[camille, jordan]]);
    expect(sent.filter((m) => m.type === 'reportPageStatus').at(-1)).toMatchObject({ waiting: 2 });
    pending.shift()!();
    await flush();
    pending.shift()!();
    await flush();
    expect(delays).toEqual([RETRY_FIRST_MS, 2 * RETRY_FIRST_MS]);
    expect(submitted()).toEqual([
      [camille, jordan],
      [camille, jordan],
      [camille, jordan],
    ]);
    // Stored on the third try: nothing waits, nothing more is scheduled, and the page status says so.
    expect(pending).toEqual([]);
    expect(sent.at(-1)).toMatchObject({ type: 'reportPageStatus' });
    expect(sent.at(-1)).not.toHaveProperty('waiting');
    await session.readNow();
    expect(submitted()).toHaveLength(3);
  });

  it('what waits is not lost when the page moves within its group: sent later, as read, with the next page', async () => {
    const refusal = { ok: false, error: 'Tend’s database is closing.' };
    const post: PageInfo = { kind: 'group-post', groupId: '1234567' };
    const { session, sent, pending, clock } = setup(
      [scriptedReader(members, [[camille]], []), scriptedReader(post, [[jordan]], [])],
      { replies: [refusal] },
    );
    const firstRead = new Date(clock.now).toISOString();
    await session.readNow();
    clock.now += RETRY_FIRST_MS / 2;
    session.navigated('https://www.facebook.com/groups/1234567/posts/9/');
    // The new page is read during the pause: nothing is sent until the retry, which sends both pages' sightings,
    // each with the kind of page and the moment it was read on.
    pending.at(-1)!();
    await flush();
    const batches = () =>
      sent.flatMap((m) => (m.type === 'submitSightings' ? [[m.pageKind, m.readAt, m.sightings]] : []));
    expect(batches()).toHaveLength(1);
    pending.shift()!();
    await flush();
    expect(batches()).toEqual([
      ['group-members', firstRead, [camille]],
      ['group-members', firstRead, [camille]],
      ['group-post', new Date(clock.now).toISOString(), [jordan]],
    ]);
  });

  it('retries on its own a bounded number of times, each wait longer, none longer than the cap', async () => {
    const refusal = { ok: false, error: 'No space left for Tend’s database.' };
    const { session, submitted, pending, delays } = setup([scriptedReader(members, [[camille]], [])], {
      replies: Array.from({ length: 50 }, () => refusal),
    });
    await session.readNow();
    while (pending.length > 0) {
      pending.shift()!();
      await flush();
    }
    expect(submitted()).toHaveLength(MAX_SCHEDULED_RETRIES + 1);
    expect(delays).toEqual(
      Array.from({ length: MAX_SCHEDULED_RETRIES }, (_, index) => retryDelay(index + 1)),
    );
    expect(delays.every((delay, index) => index === 0 || delay > delays[index - 1]!)).toBe(true);
    expect(retryDelay(100)).toBe(RETRY_MAX_MS);
  });

  it('a batch refused for one bad sighting: the others are sent again at once and stored', async () => {
    const bad = { ...camille, memberId: 'not an id' } as Sighting;
    const { session, submitted, pending } = setup(
      [scriptedReader(members, [[jordan, bad, { ...camille, memberId: '300' }]], [])],
      { replies: [{ ok: false, error: 'refused: malformed message', invalid: [1] }] },
    );
    await session.readNow();
    expect(submitted()).toEqual([
      [jordan, bad, { ...camille, memberId: '300' }],
      [jordan, { ...camille, memberId: '300' }],
    ]);
    expect(pending).toEqual([]);
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
      health: () => ({ ...healthOf(0, ['no author link']), status: 'could-not-read', expected: 5 }),
    };
    const { session, sent } = setup([unreadable]);
    await session.readNow(true);
    expect(sent).toEqual([
      expect.objectContaining({
        type: 'reportPageStatus',
        health: expect.objectContaining({ expected: 5, read: 0, problems: ['no author link'] }),
      }),
    ]);

    const other = setup([scriptedReader({ kind: 'other', groupId: null }, [[camille]], [])]);
    await other.session.readNow();
    expect(other.sent).toEqual([]);
  });
});
