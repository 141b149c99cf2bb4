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

export function signalHandlers(db: TendDatabase, now: () => Date) {
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
      const feed = message.pageKind === 'group-feed';
      const quiet = feed ? await recordGroupQuiet(db, groupId, settingsOf(groupId), now()) : null;
      // The off-topic balance too (its key carries the day): judged on the feed, against the weeks before.
      const offTopic = feed ? await recordOffTopicBalance(db, groupId, settingsOf(groupId), now()) : null;
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
