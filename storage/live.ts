/** Live views of the database for the extension's pages; `undefined` means still loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import {
  coverageOf,
  membersPage,
  searchMembersByName,
  tierCounts,
  unseenMembers,
  type Coverage,
  type MemberOrder,
  type Page,
  type SearchResult,
  type TierCounts,
  type UnseenKind,
  type UnseenResult,
} from './queries';
import { notesOf } from './records';
import type { GroupRow, MemberRow, NoteRow, StateRow } from './schema';
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

/** Members of a group, most recently seen first. */
export function useMembersBySeen(groupId: string | null | undefined, limit = 500): MemberRow[] | undefined {
  return useLiveQuery(
    async () => (groupId ? (await membersPage(db(), groupId, { order: 'lastSeen', limit })).items : []),
    [groupId, limit],
  );
}

/** Members Tend has seen in a group (a counter kept at ingest: no table scan). */
export function useMemberCount(groupId: string | null | undefined): number | undefined {
  return useLiveQuery(
    async () => (groupId ? ((await db().coverage.get(groupId))?.membersSeen ?? 0) : 0),
    [groupId],
  );
}

/** One page of members in an order; pass the previous page's `next` as `after` for the following one. */
export function useMembersPage(
  groupId: string | null | undefined,
  order: MemberOrder,
  limit = 100,
  after: readonly (string | number)[] | null = null,
): Page<MemberRow> | undefined {
  return useLiveQuery(
    async () => (groupId ? membersPage(db(), groupId, { order, limit, after }) : { items: [], next: null }),
    [groupId, order, limit, after ? JSON.stringify(after) : null],
  );
}

export function useMemberSearch(groupId: string | null | undefined, query: string): SearchResult | undefined {
  return useLiveQuery(
    async () => (groupId ? searchMembersByName(db(), groupId, query) : { members: [], more: false }),
    [groupId, query],
  );
}

export function useUnseen(
  groupId: string | null | undefined,
  kind: UnseenKind,
  thresholdDays: number,
  limit = 100,
): UnseenResult | null | undefined {
  return useLiveQuery(
    async () =>
      groupId ? unseenMembers(db(), groupId, { now: new Date(), thresholdDays, kind, limit }) : null,
    [groupId, kind, thresholdDays, limit],
  );
}

export function useTierCounts(
  groupId: string | null | undefined,
  settings: Settings | undefined,
): TierCounts | null | undefined {
  return useLiveQuery(
    async () => (groupId && settings ? tierCounts(db(), groupId, settings.tiers) : null),
    [groupId, settings ? JSON.stringify(settings.tiers) : null],
  );
}

export function useCoverage(groupId: string | null | undefined): Coverage | null | undefined {
  return useLiveQuery(async () => (groupId ? coverageOf(db(), groupId, new Date()) : null), [groupId]);
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
