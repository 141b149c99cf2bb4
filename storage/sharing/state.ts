/**
 * The sharing engine's own state, kept in a `_local` document of the local replica: PouchDB never replicates
 * those, so it stays on this computer. It holds no member data: a change sequence, the times of the forgets and
 * clears already applied here (by document id), and the status the panel shows.
 */
import { z } from 'zod';
import { IsoTime } from '../schema';
import type { PouchDB } from './pouch';

export const STATE_ID = '_local/tend-sharing';

const Refusal = z.strictObject({
  id: z.string().max(100),
  reason: z.enum(['malformed', 'tampered', 'mismatch', 'invalid']),
  at: IsoTime,
  /** This computer has since written its own version of the document over it. */
  replaced: z.literal(true).optional(),
});
export type Refusal = z.infer<typeof Refusal>;

export const SharingStatus = z.strictObject({
  /**
   * never: not synced yet; ok: the last attempt worked; unreachable: no answer; refused: the server turned the
   * login down; forbidden: it knows the user but does not let them in, or refused their writes.
   */
  connection: z.enum(['never', 'ok', 'unreachable', 'refused', 'forbidden']),
  lastSyncedAt: IsoTime.optional(),
  lastAttemptAt: IsoTime.optional(),
  /** What the server or the network said, for the panel (no member data is ever in it). */
  error: z.string().max(500).optional(),
  /** Documents written here and not yet sent. */
  pending: z.number().int().min(0),
  /** Documents refused (they failed authentication or validation): nothing of them was applied. */
  refused: z.array(Refusal).max(100),
  /** Documents under a newer key than this computer has (a co-admin rotated the key: ask for a new invite). */
  waitingForKey: z.number().int().min(0),
});
export type SharingStatus = z.infer<typeof SharingStatus>;

export const EngineState = z.strictObject({
  /** The local replica's change sequence read so far. */
  seq: z.union([z.number(), z.string()]),
  /** The key epoch the sequence was read with: a new key reads everything again. */
  epoch: z.number().int().min(1).optional(),
  /** Per document id, the latest forget or clear applied here. */
  applied: z.record(z.string(), IsoTime),
  /**
   * The server refused some written documents: PouchDB's checkpoint moved past them anyway, so the next push
   * offers every document again (the server answers which it lacks).
   */
  resendAll: z.literal(true).optional(),
  /**
   * The replica holds every slice of the log as of the slice marks taken back since (storage/slice-marks.ts):
   * under this schema version, with the whole log last read at `wholeAt`. Absent: the next publish reads it all.
   */
  tracked: z.strictObject({ verno: z.number(), wholeAt: IsoTime }).optional(),
  status: SharingStatus,
});
export type EngineState = z.infer<typeof EngineState>;

export const freshState = (): EngineState => ({
  seq: 0,
  applied: {},
  status: { connection: 'never', pending: 0, refused: [], waitingForKey: 0 },
});

type LocalDb = PouchDB.Database;

export async function readState(local: LocalDb): Promise<EngineState> {
  try {
    const stored = await local.get(STATE_ID);
    const parsed = EngineState.safeParse((stored as unknown as { state: unknown }).state);
    return parsed.success ? parsed.data : freshState();
  } catch {
    return freshState();
  }
}

export async function writeState(local: LocalDb, state: EngineState): Promise<void> {
  let rev: string | undefined;
  try {
    rev = (await local.get(STATE_ID))._rev;
  } catch {
    rev = undefined;
  }
  await local.put({
    _id: STATE_ID,
    ...(rev ? { _rev: rev } : {}),
    state,
  });
}

/** Records a refused document (the latest 100 are kept). */
export function refuse(state: EngineState, refusal: Refusal): void {
  const others = state.status.refused.filter((known) => known.id !== refusal.id);
  state.status.refused = [...others, refusal].slice(-100);
}
