/**
 * Which time a post or comment gets when the page carries two: a machine time in its embedded data
 * (`creation_time`, `created_time`: exact seconds) and the visible label ("3h", "12 March at 10:04"). The machine
 * time wins; the label is kept raw. When the two disagree by more than the label's precision allows, the sighting
 * still says the machine time and the disagreement is counted in health, so a systematic error (a wrong clock,
 * a misread language table, a label of something else) shows instead of hiding.
 */
import type { Sighting, TimePrecision } from './reading';
import type { PostTime } from './time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far a label of each precision may be from the exact time: a label rounds down to its unit ("3h" is 3 to 4
 * hours), dates are read in the admin's zone, and a page shown a while before it is read is a little behind.
 */
const TOLERANCE: Record<TimePrecision, number> = {
  minute: 2 * MINUTE,
  hour: HOUR + 2 * MINUTE,
  day: DAY + HOUR,
  week: 7 * DAY + HOUR,
  month: 31 * DAY + HOUR,
  year: 366 * DAY + HOUR,
};

export interface ChosenTime {
  time: Pick<Sighting, 'at' | 'atPrecision' | 'atSource'>;
  /** The label was understood and names a time further from the machine time than its precision allows. */
  disagrees: boolean;
}

/** Chooses `at` from the machine time and the label's reading (either may be missing or empty). */
export function chooseTime(machine: PostTime, label: (() => PostTime) | null): ChosenTime {
  if (machine.at) {
    const read = label?.();
    const disagrees =
      read?.at !== undefined &&
      Math.abs(Date.parse(read.at) - Date.parse(machine.at)) > TOLERANCE[read.atPrecision ?? 'minute'];
    return { time: { ...machine, atSource: 'page-data' }, disagrees };
  }
  const read = label?.();
  return { time: read?.at ? { ...read, atSource: 'label' } : {}, disagrees: false };
}
