/**
 * The members list's data: one of several views (all members in an order, unseen, a participation tier, a search),
 * loaded page by page through an index as the admin scrolls, and kept live while pages are read.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { activitySettingsOf, type ActivityCoverage } from '@/storage/activity';
import { db } from '@/storage/db';
import type { Tier } from '@/storage/derived';
import {
  membersInTier,
  membersPage,
  searchMembersByName,
  searchMembersByNote,
  unseenMembers,
  type MemberOrder,
  type Page,
  type PageCursor,
  type UnseenKind,
} from '@/storage/queries';
import type { MemberRow, NoteRow } from '@/storage/schema';
import type { Settings } from '@/storage/settings';

export type MemberView =
  { kind: 'all'; order: MemberOrder } | { kind: 'unseen'; unseen: UnseenKind } | { kind: 'tier'; tier: Tier };

export interface ListedMember {
  member: MemberRow;
  /** Unseen views: watched days of silence (days Tend did not watch never count). */
  quietForDays?: number;
  /** Unseen views: their usual gap in watched days, when Tend has seen enough of them. */
  usualGapDays?: number | null;
  /** Unseen views: how unusual the silence is (silence over their usual gap); the lists are sorted by it. */
  unusualness?: number;
  /** Unseen views: sightings Tend would have expected in the silence at their own pace. */
  expectedSightings?: number | null;
  /** Note search: the notes that matched. */
  matchingNotes?: NoteRow[];
}

export type MemberListing =
  /** Unseen views carry what Tend watched (`coverage`), which the panel states with the answer. */
  | { state: 'ready'; items: ListedMember[]; more: boolean; coverage?: ActivityCoverage }
  /** Unseen views before Tend has read enough of the feed to call anyone quiet. */
  | {
      state: 'not-watched-long-enough';
      watchedDays: number;
      thresholdDays: number;
      coverage: ActivityCoverage;
    };

export const PAGE_SIZE = 100;

type PageLoader = (after: PageCursor | null) => Promise<Page<ListedMember>>;

/** Loads pages one after another until `wanted` rows are loaded or there are no more. */
async function loadPages(load: PageLoader, wanted: number): Promise<MemberListing> {
  const items: ListedMember[] = [];
  let after: PageCursor | null = null;
  for (;;) {
    const page = await load(after);
    items.push(...page.items);
    if (!page.next) return { state: 'ready', items, more: false };
    if (items.length >= wanted) return { state: 'ready', items, more: true };
    after = page.next;
  }
}

export function useMemberListing(
  groupId: string | null,
  view: MemberView,
  search: { text: string; inNotes: boolean },
  wanted: number,
  settings: Settings | undefined,
): MemberListing | undefined {
  return useLiveQuery(async (): Promise<MemberListing | undefined> => {
    if (!settings) return undefined;
    if (!groupId) return { state: 'ready', items: [], more: false };
    const query = search.text.trim();
    if (query) {
      if (search.inNotes) {
        const found = await searchMembersByNote(db(), groupId, query);
        return {
          state: 'ready',
          items: found.map(({ member, notes }) => ({ member, matchingNotes: notes })),
          more: false,
        };
      }
      const found = await searchMembersByName(db(), groupId, query);
      return { state: 'ready', items: found.members.map((member) => ({ member })), more: found.more };
    }
    switch (view.kind) {
      case 'all':
        return loadPages(async (after) => {
          const page = await membersPage(db(), groupId, { order: view.order, limit: PAGE_SIZE, after });
          return { items: page.items.map((member) => ({ member })), next: page.next };
        }, wanted);
      case 'tier':
        return loadPages(async (after) => {
          const page = await membersInTier(db(), groupId, view.tier, settings.tiers, {
            limit: PAGE_SIZE,
            after,
          });
          return { items: page.items.map((member) => ({ member })), next: page.next };
        }, wanted);
      case 'unseen': {
        const now = new Date();
        const ask = (after: PageCursor | null) =>
          unseenMembers(db(), groupId, {
            now,
            kind: view.unseen,
            thresholdDays: settings.inactivityDays,
            rhythm: activitySettingsOf(settings),
            // Went quiet is sorted in memory after reading all its candidates: one read for all the rows wanted.
            limit: Math.max(PAGE_SIZE, wanted),
            after,
          });
        const first = await ask(null);
        if (!first.ready) {
          return {
            state: 'not-watched-long-enough',
            watchedDays: first.watchedDays,
            thresholdDays: first.thresholdDays,
            coverage: first.coverage,
          };
        }
        const listing = await loadPages(async (after) => {
          const page = after ? await ask(after) : first;
          if (!page.ready) return { items: [], next: null };
          return {
            items: page.members.map(
              ({ member, quietForDays, usualGapDays, unusualness, expectedSightings }) => ({
                member,
                quietForDays,
                usualGapDays,
                unusualness,
                expectedSightings,
              }),
            ),
            next: page.next,
          };
        }, wanted);
        return { ...listing, coverage: first.coverage };
      }
    }
  }, [
    groupId,
    JSON.stringify(view),
    search.text,
    search.inNotes,
    wanted,
    settings?.inactivityDays,
    JSON.stringify(settings?.tiers),
    JSON.stringify(settings?.activity),
  ]);
}

/** The latest note of each listed member, so notes show next to members everywhere. */
export function useLatestNotes(
  groupId: string | null,
  memberIds: readonly string[],
): Map<string, NoteRow[]> | undefined {
  return useLiveQuery(async () => {
    const result = new Map<string, NoteRow[]>();
    if (!groupId || memberIds.length === 0) return result;
    const notes = await db()
      .notes.where('[groupId+memberId]')
      .anyOf(memberIds.map((id) => [groupId, id]))
      .toArray();
    for (const note of notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      result.set(note.memberId, [...(result.get(note.memberId) ?? []), note]);
    }
    return result;
  }, [groupId, memberIds.join(',')]);
}
