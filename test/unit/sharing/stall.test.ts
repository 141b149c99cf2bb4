// @vitest-environment node
/** The guard that gives a request up once the server goes silent (storage/sharing/stall.ts), on fake timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Stalled, stallGuard } from '@/storage/sharing/stall';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const IDLE = 1_000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An answer whose body comes in `pieces`, one every `everyMs`, then ends (or, `endless`, stops coming). */
function trickling(pieces: number, everyMs: number, endless = false) {
  return async (_url: string, init?: RequestInit): Promise<Response> => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(stream) {
        if (sent === pieces) {
          if (!endless) return stream.close();
          // Nothing more, ever, unless the request is aborted.
          await new Promise((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
          );
        }
        await wait(everyMs);
        sent += 1;
        stream.enqueue(new TextEncoder().encode(`piece ${sent};`));
      },
    });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/plain' } });
  };
}

/** A server that never answers: the request waits until aborted. */
const silent = (_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
  );

describe('a request to a silent server gives up', () => {
  it('an answer slower than the patience in all, but always moving, comes whole', async () => {
    const guarded = stallGuard(trickling(5, IDLE * 0.6), IDLE);
    const text = (await guarded('http://127.0.0.1:5984/db')).text();
    await vi.advanceTimersByTimeAsync(IDLE * 5);
    expect(await text).toBe('piece 1;piece 2;piece 3;piece 4;piece 5;');
  });

  it('no answer at all: given up, as a stall', async () => {
    const answer = stallGuard(silent, IDLE)('http://127.0.0.1:5984/db');
    const failed = expect(answer).rejects.toBeInstanceOf(Stalled);
    await vi.advanceTimersByTimeAsync(IDLE);
    await failed;
  });

  it('an answer that stops halfway: its body fails, as a stall', async () => {
    const response = await stallGuard(trickling(2, IDLE / 2, true), IDLE)('http://127.0.0.1:5984/db');
    const failed = expect(response.text()).rejects.toBeInstanceOf(Stalled);
    await vi.advanceTimersByTimeAsync(IDLE * 3);
    await failed;
  });

  it('the caller’s own abort still aborts, with its reason', async () => {
    const caller = new AbortController();
    const answer = stallGuard(silent, IDLE)('http://127.0.0.1:5984/db', { signal: caller.signal });
    const failed = expect(answer).rejects.toThrow('the replication was cancelled');
    caller.abort(new Error('the replication was cancelled'));
    await failed;
  });

  it('control: without the guard, a silent server is still waited for after many times the patience', async () => {
    let settled = false;
    void silent('http://127.0.0.1:5984/db', {}).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(IDLE * 100);
    expect(settled).toBe(false);
  });
});
