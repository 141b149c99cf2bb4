/**
 * The signals section's data: a group's open signals, newest first (live), the members they name (for their names
 * and the replies filled in for them), and the admin's answers (done, dismiss, snooze), each checked by the background.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { send } from '@/storage/messaging';
import type { MemberRow } from '@/storage/schema';
import type { SignalRow, SignalState } from '@/storage/signals-schema';
import { openSignals } from '@/storage/signals';

export interface OpenSignals {
  signals: SignalRow[];
  /** Member id → the member as Tend saw them, for the members the signals name. */
  members: Map<string, MemberRow>;
}

/** The group's open signals and their members; `undefined` while loading. */
export function useOpenSignals(groupId: string | null, now: Date): OpenSignals | undefined {
  const nowIso = now.toISOString();
  return useLiveQuery(async () => {
    if (!groupId) return { signals: [], members: new Map<string, MemberRow>() };
    const database = db();
    const signals = await openSignals(database, groupId, nowIso);
    const ids = [...new Set(signals.flatMap((signal) => signal.memberIds))];
    const rows = await database.members.bulkGet(ids.map((id) => [groupId, id] as [string, string]));
    const members = new Map(rows.flatMap((row) => (row ? [[row.memberId, row] as const] : [])));
    return { signals, members };
  }, [groupId, nowIso]);
}

/** Done, dismissed or snoozed until a time, through the background; the error's words when it refuses. */
export function useSignalAnswers() {
  const [error, setError] = useState<string | null>(null);
  const answer = async (key: string, state: Exclude<SignalState, 'open'>, until?: string) => {
    try {
      await send({ type: 'setSignalState', key, state, ...(until !== undefined ? { until } : {}) });
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return { answer, error };
}
