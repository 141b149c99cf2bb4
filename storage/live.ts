/** Live views of the database for the extension's pages; `undefined` means still loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import { notesOf } from './records';
import type { GroupRow, NoteRow, StateRow } from './schema';
import { readSettings, type Settings } from './settings';
import { SETTINGS_KEY } from './settings-store';

export type CurrentState = Extract<StateRow, { key: 'current' }>;

export function useCurrentState(): CurrentState | null | undefined {
  return useLiveQuery(async () => (await db().state.get('current')) ?? null, []);
}

/** Settings as stored; unreadable settings fall back to defaults for display only (never written back). */
export function useSettings(): Settings | undefined {
  return useLiveQuery(async () => {
    const stored = await db().settings.get(SETTINGS_KEY);
    try {
      return readSettings(stored);
    } catch {
      return readSettings(undefined);
    }
  }, []);
}

export function useGroup(groupId: string | null | undefined): GroupRow | null | undefined {
  return useLiveQuery(async () => (groupId ? ((await db().groups.get(groupId)) ?? null) : null), [groupId]);
}

export function useNotes(
  groupId: string | null | undefined,
  memberId: string | null | undefined,
): NoteRow[] | undefined {
  return useLiveQuery(
    async () => (groupId && memberId ? notesOf(db(), groupId, memberId) : []),
    [groupId, memberId],
  );
}
