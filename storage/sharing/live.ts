/**
 * Live sync, for a page that lives as long as the admin works (the panel, or an offscreen document): a sync soon
 * after each local change (several changes close together make one sync), one after each change the server
 * announces, one now and then in case a notice was missed, and after a failure again later, waiting longer each
 * time. The Manifest V3 service worker, which stops after about 30 s idle, calls `engine.sync()` once per alarm
 * instead.
 *
 * Timers are injected, so the tests drive time themselves.
 */
import type { SyncReport } from './engine';

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface LiveOptions {
  sync: () => Promise<SyncReport>;
  /** Quiet time after a change before syncing (changes within it share one sync). */
  settleMs?: number;
  /** A sync at least this often while nothing happens. */
  everyMs?: number;
  /** First wait after a failure; doubled after each failure in a row, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  onReport?: (report: SyncReport) => void;
  onError?: (error: unknown) => void;
  timers?: Timers;
}

export interface LiveSync {
  /** Something changed (here, or the server announced a change): sync soon. */
  notify(): void;
  /** Stops; a sync under way finishes. */
  stop(): void;
}

const defaultTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function startLiveSync(options: LiveOptions): LiveSync {
  const timers = options.timers ?? defaultTimers;
  const settleMs = options.settleMs ?? 2_000;
  const everyMs = options.everyMs ?? 5 * 60_000;
  const backoffMs = options.backoffMs ?? 10_000;
  const maxBackoffMs = options.maxBackoffMs ?? 10 * 60_000;
  let failures = 0;
  let handle: unknown;
  let stopped = false;
  let syncing = false;
  let again = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => void run(), ms);
  };
  const run = async () => {
    handle = undefined;
    if (syncing) {
      again = true;
      return;
    }
    syncing = true;
    let ok = false;
    try {
      const report = await options.sync();
      ok = report.ok;
      options.onReport?.(report);
    } catch (error) {
      // A local failure (the database closing, a full disk): reported, and tried again later like a server's.
      options.onError?.(error);
    } finally {
      syncing = false;
    }
    failures = ok ? 0 : failures + 1;
    const wait = ok ? everyMs : Math.min(maxBackoffMs, backoffMs * 2 ** (failures - 1));
    if (again && ok) {
      again = false;
      schedule(settleMs);
    } else schedule(wait);
  };

  schedule(0);
  return {
    notify() {
      // While the server is failing, a local change waits for the next retry rather than hammering it.
      if (failures === 0) schedule(settleMs);
    },
    stop() {
      stopped = true;
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
    },
  };
}
