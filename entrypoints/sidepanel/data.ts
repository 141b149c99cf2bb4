/** Live data the panel's frame needs, read straight from the extension's database (writes go through messages). */
import { liveQuery } from 'dexie';
import { useLiveQuery, useObservable, type InteropableObservable } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { knownGroups } from '@/storage/queries';
import type { GroupRow } from '@/storage/schema';

/**
 * A live query about one key (a group). While the query for a new key runs, `useLiveQuery` still returns the
 * previous key's result; this returns `undefined` (loading) instead, so the panel never shows one group's numbers
 * under another group's name. `otherInputs` (settings, the time) also rerun the query when they change.
 */
export function useLiveFor<T>(
  key: string | null,
  query: (key: string | null) => Promise<T>,
  otherInputs: readonly unknown[] = [],
): T | undefined {
  const result = useLiveQuery(async () => ({ key, value: await query(key) }), [key, ...otherInputs]);
  return result && result.key === key ? result.value : undefined;
}

interface Answers<T> {
  key: string | null;
  values: T[];
}

/** The latest answer of each query, in order, once every one has answered; each query is a live query of its own. */
function latestOfEach<T>(
  key: string | null,
  queries: readonly (() => Promise<T>)[],
): InteropableObservable<Answers<T>> {
  return {
    // No answer before the queries have run (spares useObservable a first subscription to find one).
    hasValue: () => false,
    subscribe(onNext, onError) {
      const answered = new Map<number, T>();
      const subscriptions = queries.map((query, index) =>
        liveQuery(query).subscribe({
          next: (value) => {
            answered.set(index, value);
            if (answered.size === queries.length)
              onNext({ key, values: queries.map((_, each) => answered.get(each) as T) });
          },
          error: onError,
        }),
      );
      return { unsubscribe: () => subscriptions.forEach((subscription) => subscription.unsubscribe()) };
    },
  };
}

/**
 * Several live queries as one answer (their answers in order), each re-run on its own: Dexie re-runs a live query
 * only when a change touches what it read, so a change that touches one of them re-runs that one alone. `key` and
 * `otherInputs` as for `useLiveFor`: `undefined` until every query has answered for `key`.
 */
export function useLiveEach<T>(
  key: string | null,
  queries: readonly (() => Promise<T>)[],
  otherInputs: readonly unknown[] = [],
): T[] | undefined {
  const result = useObservable(() => latestOfEach(key, queries), [key, ...otherInputs]);
  return result && result.key === key ? result.values : undefined;
}

/** Every group Tend knows, most recently read first. */
export function useGroups(): GroupRow[] | undefined {
  return useLiveQuery(() => knownGroups(db()), []);
}

export function useGroupRow(groupId: string | null): GroupRow | null | undefined {
  return useLiveFor(groupId, async (id) => (id ? ((await db().groups.get(id)) ?? null) : null));
}

/** Members Tend has seen in a group: a counter kept at ingest, no table scan. */
export function useMembersSeen(groupId: string | null): number | undefined {
  return useLiveFor(groupId, async (id) => (id ? ((await db().coverage.get(id))?.membersSeen ?? 0) : 0));
}
