/**
 * The background's weak-signal messages (issue 17): a content script's post contents go through the detectors
 * (storage/signals.ts), and the panel's done / dismiss / snooze changes a signal's state.
 */
import { canonicalGroupId } from '@/storage/aliases';
import type { TendDatabase } from '@/storage/db';
import { TendError } from '@/storage/errors';
import type { SubmitPostContents, SetSignalState, Responses } from '@/storage/messages';
import { loadSettings } from '@/storage/settings-store';
import {
  recordGroupQuiet,
  recordOffTopicBalance,
  recordSignalItems,
  setSignalState,
} from '@/storage/signals';
import { settingsForGroup, toSignalItem } from '@/utils/signals';
import type { z } from 'zod';

/**
 * The group's rhythm and its off-topic balance are judged at most this often per group. A busy feed sends a reading
 * every few seconds, and each judging reads weeks of prints and watched days (about 240 ms of the worker's time for
 * a group of 100 posts a day, `npm run bench -- signals`); their signals are one a day or a week, so judging the
 * readings of the last minutes again changes nothing worth it. A restarted worker judges at its first reading.
 */
export const GROUP_JUDGING_INTERVAL_MS = 10 * 60_000;

export function signalHandlers(db: TendDatabase, now: () => Date) {
  const lastJudged = new Map<string, number>();
  /** Whether a feed reading of `groupId` at `at` judges the group (and notes it). A clock set back judges. */
  const judgesGroup = (groupId: string, at: number): boolean => {
    const last = lastJudged.get(groupId);
    if (last !== undefined && at >= last && at - last < GROUP_JUDGING_INTERVAL_MS) return false;
    lastJudged.set(groupId, at);
    return true;
  };
  return {
    submitPostContents: async (
      message: z.infer<typeof SubmitPostContents>,
    ): Promise<Responses['submitPostContents']> => {
      // The background's own check, whatever the content script believed the setting was.
      const settings = await loadSettings(db);
      if (!settings.readPostContents)
        throw new TendError('refused: reading post contents is off in the settings');
      const groupId = await canonicalGroupId(db, message.groupId);
      const items = message.contents.map((content) => toSignalItem(groupId, content, message.readAt));
      const settingsOf = (group: string) => settingsForGroup(settings.signals, group);
      const raised = await recordSignalItems(db, items, settingsOf, now().toISOString());
      // The group’s rhythm is judged on its feed reading; its key carries the week, so reading again raises the same.
      // The off-topic balance too (its key carries the day), against the weeks before. Both at most every 10 minutes.
      const judged = message.pageKind === 'group-feed' && judgesGroup(groupId, +now());
      const quiet = judged ? await recordGroupQuiet(db, groupId, settingsOf(groupId), now()) : null;
      const offTopic = judged ? await recordOffTopicBalance(db, groupId, settingsOf(groupId), now()) : null;
      return { signals: raised.length + (quiet ? 1 : 0) + (offTopic ? 1 : 0) };
    },
    setSignalState: async ({
      key,
      state,
      until,
    }: z.infer<typeof SetSignalState>): Promise<Responses['setSignalState']> => {
      const row = await setSignalState(db, key, state, now().toISOString(), until);
      return { key: row.key, state: row.state };
    },
  };
}
