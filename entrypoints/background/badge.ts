/**
 * The toolbar badge: how many onboarding items are due in the group the panel follows.
 *
 * A Dexie live query recomputes the count whenever what it read changes: an ingest batch (members), an onboarding
 * action (history), a settings change or a switch of group (state). Items also fall due as time passes, so the
 * query is started afresh every quarter of an hour while the worker lives; a worker that wakes up starts it again.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { TendDatabase } from '@/storage/db';
import { loadSettings } from '@/storage/settings-store';
import { resolveLanguage } from '@/utils/i18n';
import { dueCount } from '@/utils/onboarding/schedule';
import { groupQueue } from '@/storage/onboarding-queue';
import { BADGE_COLOUR } from '@/utils/brand';

const REFRESH_MS = 15 * 60 * 1000;
/** The badge has room for about four characters. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Due items in the current group; 0 without a current group. */
export async function currentDueCount(
  db: TendDatabase,
  now: Date,
  browserLanguages: readonly string[],
): Promise<number> {
  const current = await db.state.get('current');
  if (!current?.groupId) return 0;
  const settings = await loadSettings(db);
  const lang = resolveLanguage(settings.language, browserLanguages);
  const { items } = await groupQueue(db, current.groupId, settings, lang, now);
  return dueCount(items);
}

export interface BadgeEnvironment {
  setText: (text: string) => Promise<void>;
  now?: () => Date;
  browserLanguages?: () => readonly string[];
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
  let subscription: Subscription | undefined;
  let shown: string | undefined;
  const subscribe = () => {
    subscription?.unsubscribe();
    subscription = liveQuery(() => currentDueCount(db, now(), languages())).subscribe({
      next: (count) => {
        const text = badgeText(count);
        if (text === shown) return;
        shown = text;
        void setText(text).catch((error: unknown) => console.warn('Tend: badge not updated', error));
      },
      error: (error: unknown) => console.warn('Tend: badge count failed', error),
    });
  };
  subscribe();
  const timer = setInterval(subscribe, REFRESH_MS);
  return () => {
    clearInterval(timer);
    subscription?.unsubscribe();
  };
}
