/**
 * The signals section's data: a group's open signals, newest first (live), the names of the members they name,
 * and the admin's answers (done, dismiss, snooze), each checked by the background.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { send } from '@/storage/messaging';
import type { SignalRow, SignalState } from '@/storage/signals-schema';
import { openSignals } from '@/storage/signals';

export interface OpenSignals {
  signals: SignalRow[];
  /** Member id → the name Tend saw, for the members the signals name. */
  names: Map<string, string>;
}

/** The group's open signals and the names of their members; `undefined` while loading. */
export function useOpenSignals(groupId: string | null, now: Date): OpenSignals | undefined {
  const nowIso = now.toISOString();
  return useLiveQuery(async () => {
    if (!groupId) return { signals: [], names: new Map<string, string>() };
    const database = db();
    const signals = await openSignals(database, groupId, nowIso);
    const ids = [...new Set(signals.flatMap((signal) => signal.memberIds))];
    const rows = await database.members.bulkGet(ids.map((id) => [groupId, id] as [string, string]));
    const names = new Map(rows.flatMap((row) => (row ? [[row.memberId, row.name] as const] : [])));
    return { signals, names };
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
