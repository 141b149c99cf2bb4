/**
 * Replays an admin's browsing into a Tend database through the background's own message handlers (the content
 * script's two messages, validated with the protocol's schemas), then asks the same questions the panel asks
 * (storage/activity.ts). Used by `npm run replay`, the simulation test and the benchmarks.
 */
import { createHandlers } from '@/entrypoints/background/handlers';
import { memberActivity, activitySettingsOf, type GroupActivity } from '@/storage/activity';
import { canonicalGroupId } from '@/storage/aliases';
import type { TendDatabase } from '@/storage/db';
import { ReportPageStatus, SubmitSightings } from '@/storage/messages';
import { loadSettings } from '@/storage/settings-store';
import { pageMessagesOf, type BrowsingLine } from './lines';

export interface ReplayOptions {
  /** Lines read after this instant are left out. */
  until?: Date;
  /** Called when the replay reaches each of these instants (sorted), before any later line is stored. */
  checkpoints?: readonly Date[];
  onCheckpoint?: (at: Date) => Promise<void>;
}

export interface ReplayResult {
  /** The group of the first line read, under the id Tend keeps it by; null when nothing was read. */
  groupId: string | null;
  lines: number;
  lastReadAt: string | null;
}

/** Stores every line in order, as the background would have when the content script sent it. */
export async function replayBrowsing(
  db: TendDatabase,
  lines: AsyncIterable<BrowsingLine> | Iterable<BrowsingLine>,
  options: ReplayOptions = {},
): Promise<ReplayResult> {
  let clock = new Date(0);
  const handlers = createHandlers(db, () => clock);
  const checkpoints = [...(options.checkpoints ?? [])];
  const reach = async (at: Date) => {
    while (checkpoints.length > 0 && checkpoints[0]! <= at) {
      const checkpoint = checkpoints.shift()!;
      clock = checkpoint;
      await options.onCheckpoint?.(checkpoint);
    }
  };
  let firstGroup: string | null = null;
  let count = 0;
  let lastReadAt: string | null = null;
  for await (const line of lines) {
    const readAt = new Date(line.readAt);
    if (options.until && readAt > options.until) break;
    // A checkpoint falls before this reading: answer it with what was stored so far.
    await reach(new Date(readAt.getTime() - 1));
    clock = readAt;
    await submit(handlers, line);
    firstGroup ??= line.page.groupId;
    count += 1;
    lastReadAt = line.readAt;
  }
  await reach(options.until ?? new Date(8.64e15));
  return {
    groupId: firstGroup === null ? null : await canonicalGroupId(db, firstGroup),
    lines: count,
    lastReadAt,
  };
}

async function submit(handlers: ReturnType<typeof createHandlers>, line: BrowsingLine): Promise<void> {
  for (const message of pageMessagesOf(line)) {
    if (message.type === 'submitSightings') await handlers.submitSightings(SubmitSightings.parse(message));
    else await handlers.reportPageStatus(ReportPageStatus.parse(message));
  }
}

/** What the panel would say at `at`: every member's state and the group's coverage, with the stored settings. */
export async function activityReport(db: TendDatabase, groupId: string, at: Date): Promise<GroupActivity> {
  return memberActivity(db, groupId, at, activitySettingsOf(await loadSettings(db)));
}
