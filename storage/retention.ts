/**
 * Retention: detailed sightings older than the admin's chosen period are deleted; per-member aggregates (counts,
 * last seen, last active, join interval) stay.
 *
 * When: at start-up of the background and after ingest batches, at most once per `PRUNE_INTERVAL_MS` (recorded in
 * the meta table, so a service worker that restarts often does not prune each time). No `alarms` permission needed:
 * sightings only arrive while the admin browses, and that is also when the background runs.
 */
import type { TendDatabase } from './db';
import { loadSettings } from './settings-store';
import { pruneSignalData } from './signals-removal';

export const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
/** Deleting in slices keeps each transaction short, so ingest is never blocked for long. */
const PRUNE_SLICE = 5_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes sightings last seen before `now - retentionDays`. Returns how many were deleted. */
export async function pruneSightings(db: TendDatabase, now: Date, retentionDays?: number): Promise<number> {
  const days = retentionDays ?? (await loadSettings(db)).retentionDays;
  const cutoff = new Date(+now - days * DAY_MS).toISOString();
  let removed = 0;
  for (;;) {
    const slice = await db.transaction('rw', db.sightings, async () => {
      const keys = await db.sightings.where('lastSeenAt').below(cutoff).limit(PRUNE_SLICE).primaryKeys();
      await db.sightings.bulkDelete(keys);
      return keys.length;
    });
    removed += slice;
    if (slice < PRUNE_SLICE) return removed;
  }
}

/**
 * Requests and invitations of people who never became members (declined, withdrawn, or never joined) are not kept
 * beyond the same period: nothing else would ever remove their screening answers. Returns how many were deleted.
 */
export async function pruneStaleProspects(
  db: TendDatabase,
  now: Date,
  retentionDays: number,
): Promise<number> {
  const cutoff = new Date(+now - retentionDays * DAY_MS).toISOString();
  return db.transaction('rw', db.prospects, db.members, async () => {
    const stale = await db.prospects.filter((row) => row.lastSeenAt < cutoff).toArray();
    const members = await db.members.bulkGet(
      stale.map((row) => [row.groupId, row.memberId] as [string, string]),
    );
    const keys = stale.flatMap((row, index) =>
      members[index] ? [] : [[row.groupId, row.memberId] as [string, string]],
    );
    await db.prospects.bulkDelete(keys);
    return keys.length;
  });
}

/**
 * Prunes unless it was done less than `PRUNE_INTERVAL_MS` ago. Unreadable settings mean no pruning: Tend never
 * deletes on a guess. Returns the number deleted, or null when skipped.
 */
const lastCheckedInThisContext = new WeakMap<TendDatabase, number>();

export async function maybePruneSightings(db: TendDatabase, now: Date): Promise<number | null> {
  // An in-memory throttle first, so ingest batches do not each pay a read; the stored time covers restarts.
  const checked = lastCheckedInThisContext.get(db);
  if (checked !== undefined && +now - checked < PRUNE_INTERVAL_MS && +now >= checked) return null;
  const last = await db.meta.get('lastPrunedAt');
  if (
    last?.key === 'lastPrunedAt' &&
    +now - Date.parse(last.at) < PRUNE_INTERVAL_MS &&
    +now >= Date.parse(last.at)
  ) {
    lastCheckedInThisContext.set(db, Date.parse(last.at));
    return null;
  }
  let retentionDays: number;
  try {
    retentionDays = (await loadSettings(db)).retentionDays;
  } catch {
    return null;
  }
  const removed = await pruneSightings(db, now, retentionDays);
  await pruneStaleProspects(db, now, retentionDays);
  await pruneSignalData(db, now, retentionDays);
  await db.meta.put({ key: 'lastPrunedAt', at: now.toISOString() });
  lastCheckedInThisContext.set(db, +now);
  return removed;
}
