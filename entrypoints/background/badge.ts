/**
 * The toolbar badge: how many onboarding items are due in the group the panel follows, plus its open weak signals
 * when the admin turned that count on (off by default: settings.signals.badgeCount).
 *
 * The count is recomputed when what it reads changes: an ingest batch (members), an onboarding action (history), a
 * settings change or a switch of group (state), in this context or another (Dexie's `storagemutated` event). Not
 * after every change: a burst of ingest batches (an admin scrolling a members list sends one per thousand members)
 * costs one recomputation, once the changes have stopped for `quietMs` (or `maxWaitMs` after the first change of
 * a long burst), never two at once; and a change that leaves everything the schedule reads as it was (a page of
 * posts) reuses the last count (`CountMemo`). Counting a large group takes a while, so it is done in parts, with
 * pauses in which the worker answers messages. Items also fall due as time passes, so the count is also computed
 * afresh every quarter of an hour while the worker lives; a worker that wakes up counts at once.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { TendDatabase } from '@/storage/db';
import { loadSettings } from '@/storage/settings-store';
import { resolveLanguage } from '@/utils/i18n';
import { groupDueCount, type CountMemo } from '@/storage/onboarding-queue';
import { openSignalCount } from '@/storage/signals';
import { BADGE_COLOUR } from '@/utils/brand';

const REFRESH_MS = 15 * 60 * 1000;
/** The badge has room for about four characters. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Due items in the current group, and its open signals if they are counted; 0 without a current group. */
export async function currentDueCount(
  db: TendDatabase,
  now: Date,
  browserLanguages: readonly string[],
  memo?: CountMemo,
): Promise<number> {
  const current = await db.state.get('current');
  if (!current?.groupId) return 0;
  const settings = await loadSettings(db);
  const lang = resolveLanguage(settings.language, browserLanguages);
  const due = await groupDueCount(db, current.groupId, settings, lang, now, memo);
  if (!settings.signals.badgeCount) return due;
  return due + (await openSignalCount(db, current.groupId, now.toISOString()));
}

export interface BadgeEnvironment {
  setText: (text: string) => Promise<void>;
  now?: () => Date;
  browserLanguages?: () => readonly string[];
  /** What counts the due items (`currentDueCount`); a test counts the recomputations through it. */
  count?: typeof currentDueCount;
  /** Quiet time after the last change before the count is recomputed. */
  quietMs?: number;
  /** The longest a burst of changes delays a recomputation. */
  maxWaitMs?: number;
}

/** Ingest batches of one burst follow each other closer than this (a members list sends one per ~1,000 rows). */
const QUIET_MS = 300;
const MAX_WAIT_MS = 10_000;
/** The tables the count reads (see `currentDueCount` and storage/onboarding-queue.ts). */
const COUNTED_TABLES = ['members', 'onboarding', 'settings', 'state', 'signals'] as const;

/** Whether a change (Dexie's observability parts, `idb://<database>/<table>/<index>`) touches what the count reads. */
export function touchesCount(databaseName: string, parts: ObservabilitySet): boolean {
  const prefixes = COUNTED_TABLES.map((table) => `idb://${databaseName}/${table}/`);
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)));
}

export interface Coalesced {
  /** Something changed: run the task once things are quiet (again after the current run, if one is running). */
  poke(): void;
  stop(): void;
}

/** Runs `task` once per burst of pokes: `quietMs` after the last, at most `maxWaitMs` after the first, one at a time. */
export function coalesce(task: () => Promise<void>, quietMs: number, maxWaitMs: number): Coalesced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPokeAt: number | undefined;
  let running = false;
  let pokedWhileRunning = false;
  let stopped = false;
  const run = async () => {
    timer = undefined;
    firstPokeAt = undefined;
    running = true;
    try {
      await task();
    } finally {
      running = false;
      if (pokedWhileRunning && !stopped) {
        pokedWhileRunning = false;
        poke();
      }
    }
  };
  const poke = () => {
    if (stopped) return;
    if (running) {
      pokedWhileRunning = true;
      return;
    }
    const now = Date.now();
    firstPokeAt ??= now;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), Math.max(0, Math.min(quietMs, firstPokeAt + maxWaitMs - now)));
  };
  return {
    poke,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Starts keeping the badge up to date; returns a function that stops it. */
export function startBadge(db: TendDatabase, environment?: BadgeEnvironment): () => void {
  const setText =
    environment?.setText ??
    (async (text: string) => {
      await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
      await browser.action.setBadgeText({ text });
    });
  const now = environment?.now ?? (() => new Date());
  const languages = environment?.browserLanguages ?? (() => globalThis.navigator?.languages ?? ['en']);
  const count = environment?.count ?? currentDueCount;
  let shown: string | undefined;
  // A batch that changes nothing the count reads (most feed pages) reuses the last count, for at most REFRESH_MS.
  const memo: CountMemo = { maxAgeMs: REFRESH_MS };
  const refresh = coalesce(
    async () => {
      try {
        const text = badgeText(await count(db, now(), languages(), memo));
        if (text === shown) return;
        shown = text;
        await setText(text);
      } catch (error: unknown) {
        console.warn('Tend: badge not updated', error);
      }
    },
    environment?.quietMs ?? QUIET_MS,
    environment?.maxWaitMs ?? MAX_WAIT_MS,
  );
  const onChange = (parts: ObservabilitySet) => {
    if (touchesCount(db.name, parts)) refresh.poke();
  };
  Dexie.on.storagemutated.subscribe(onChange);
  refresh.poke();
  const timer = setInterval(() => {
    memo.countedAt = undefined; // as time passes, items fall due: counted afresh
    refresh.poke();
  }, REFRESH_MS);
  return () => {
    clearInterval(timer);
    Dexie.on.storagemutated.unsubscribe(onChange);
    refresh.stop();
  };
}
