// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SyncReport } from '@/storage/sharing/engine';
import { startLiveSync, type Timers } from '@/storage/sharing/live';

/** Timers the test advances by hand. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      pending.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...pending].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].run();
      for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
    }
    now = until;
  };
  return { timers, advance, now: () => now };
}

const report = (ok: boolean): SyncReport => ({
  ok,
  pulled: 0,
  absorbed: 0,
  settled: 0,
  published: 0,
  pushed: 0,
  status: { connection: ok ? 'ok' : 'unreachable', pending: 0, refused: [], waitingForKey: 0 },
});

describe('live sync', () => {
  it('syncs at once, then once after a burst of changes, then now and then', async () => {
    const { timers, advance } = manualTimers();
    let syncs = 0;
    const live = startLiveSync({
      sync: async () => (syncs++, report(true)),
      timers,
      settleMs: 2_000,
      everyMs: 60_000,
    });
    await advance(0);
    expect(syncs).toBe(1);
    live.notify();
    await advance(1_000);
    live.notify();
    await advance(1_000);
    live.notify();
    await advance(1_999);
    expect(syncs).toBe(1);
    await advance(1);
    expect(syncs).toBe(2);
    await advance(60_000);
    expect(syncs).toBe(3);
    live.stop();
    await advance(600_000);
    expect(syncs).toBe(3);
  });

  it('after failures waits longer each time (capped); a success brings it back to normal', async () => {
    const { timers, advance, now } = manualTimers();
    const at: number[] = [];
    let failing = 4;
    const live = startLiveSync({
      sync: async () => (at.push(now()), report(failing-- <= 0)),
      timers,
      backoffMs: 10_000,
      maxBackoffMs: 40_000,
      everyMs: 60_000,
    });
    for (let step = 0; step < 300; step += 1) {
      await advance(1_000);
      // A local change while failing does not hurry a retry.
      if (step === 5) live.notify();
    }
    live.stop();
    const gaps = at.slice(1).map((time, index) => time - at[index]!);
    expect(gaps.slice(0, 6)).toEqual([10_000, 20_000, 40_000, 40_000, 60_000, 60_000]);
  });

  it('a sync that throws is tried again later, and said', async () => {
    const { timers, advance } = manualTimers();
    const errors: unknown[] = [];
    let calls = 0;
    startLiveSync({
      sync: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database closing');
        return report(true);
      },
      onError: (error) => errors.push(error),
      timers,
      backoffMs: 5_000,
    });
    await advance(0);
    expect(errors).toHaveLength(1);
    await advance(5_000);
    expect(calls).toBe(2);
  });
});
