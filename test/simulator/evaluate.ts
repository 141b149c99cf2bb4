/**
 * One simulated group scored end to end: simulated, its browsing replayed into `db` through the background's
 * handlers, Tend's answers taken each week right after the admin's last reading of that week, and scored against
 * what really happened (scoring.ts). Used by the simulation test and by `evaluate-cli.ts`, which scores groups the
 * rules were not tuned on.
 */
import type { TendDatabase } from '@/storage/db';
import type { BrowsingLine, TruthLine } from './lines';
import { activityReport, replayBrowsing } from './replay';
import { truthOf, WatchedTime, type Checkpoint, type Score, type Truth } from './scoring';
import { simulate, type SimulationOptions } from './simulate';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Evaluation {
  checkpoints: Checkpoint[];
  truth: Truth;
  watched: WatchedTime;
}

/** The instants of the weekly answers: just after the last reading of each week since the first reading. */
function weeklyAnswers(browsing: readonly BrowsingLine[], days: number): Date[] {
  const readTimes = browsing.map((line) => Date.parse(line.readAt));
  return Array.from({ length: Math.floor(days / 7) }, (_, week) => {
    const mark = readTimes[0]! + (week + 1) * 7 * DAY_MS;
    return new Date(readTimes.filter((time) => time <= mark).at(-1)! + 1);
  }).filter((at, index, all) => index === 0 || at > all[index - 1]!);
}

export async function evaluateGroup(db: TendDatabase, options: SimulationOptions): Promise<Evaluation> {
  const truthLines: TruthLine[] = [];
  const browsing: BrowsingLine[] = [];
  simulate(options, { truth: (line) => truthLines.push(line), browsing: (line) => browsing.push(line) });
  const checkpoints: Checkpoint[] = [];
  const groupId = browsing[0]!.page.groupId!;
  await replayBrowsing(db, browsing, {
    checkpoints: weeklyAnswers(browsing, options.days),
    onCheckpoint: async (at) => {
      checkpoints.push({ at, members: (await activityReport(db, groupId, at)).members });
    },
  });
  const truth = truthOf(truthLines);
  return { checkpoints, truth, watched: new WatchedTime(browsing, truth) };
}

export const shareOf = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Precision (quiet or drifting answers truly silent) and recall (visible stops flagged in time) of a score. */
export function figuresOf(
  result: Pick<Score, 'flagged' | 'trulySilent' | 'visibleStops' | 'flaggedInTime'>,
): { precision: number; recall: number } {
  return {
    precision: shareOf(result.trulySilent, result.flagged),
    recall: shareOf(result.flaggedInTime, result.visibleStops),
  };
}
