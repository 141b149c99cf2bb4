/**
 * A simulated group and an admin browsing it, day by day, streamed to two sinks: what really happened (truth) and
 * what the admin's browser read (browsing). Deterministic for a seed.
 */
import { AdminBrowsing, type BrowsingPattern } from './browsing';
import { localDayStart } from './calendar';
import { GroupActivity } from './events';
import { createMembers, type Person, type SimMember } from './group';
import type { BrowsingLine, TruthLine } from './lines';
import { createRandom } from './random';

export interface SimulationOptions {
  members: number;
  days: number;
  seed: string | number;
  browsing: BrowsingPattern;
  /** No browsing from the start of `from`'s local day to the end of `to`'s (ISO dates or instants). */
  holiday?: { from: string; to: string };
  /** The first simulated day (its local day); default 2026-01-05, a Monday. */
  start?: string;
  timeZone?: string;
  groupId?: string;
  /** People to use first, oldest members first (the demo's sample people). */
  people?: readonly Person[];
}

export interface SimulationSinks {
  truth(line: TruthLine): void;
  browsing(line: BrowsingLine): void;
}

export const DEFAULT_START = '2026-01-05';
export const DEFAULT_TIME_ZONE = 'Europe/Paris';
export const DEFAULT_GROUP_ID = '777000111222333';

const HISTORY_DAYS = 28;
const iso = (ms: number) => new Date(ms).toISOString();

/** The local midnight starting an ISO date's day ("2026-03-01" or a full instant) in the group's zone. */
function localDayOf(text: string, timeZone: string, offsetDays = 0): number {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T12:00:00Z`) : new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${text}`);
  return localDayStart(date, offsetDays, timeZone);
}

function joinLine(member: SimMember): TruthLine {
  return {
    type: 'join',
    memberId: member.id,
    at: iso(member.joinedAt),
    name: member.name,
    tier: member.participation,
    ...(member.admin ? { admin: true } : {}),
  };
}

/** Runs the whole simulation, calling the sinks in time order. Returns the members, for callers that want them. */
export function simulate(options: SimulationOptions, sinks: SimulationSinks): SimMember[] {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const groupId = options.groupId ?? DEFAULT_GROUP_ID;
  const start = new Date(localDayOf(options.start ?? DEFAULT_START, timeZone));
  const random = createRandom(options.seed);
  const members = createMembers(random.fork('group'), {
    members: options.members,
    days: options.days,
    start,
    timeZone,
    ...(options.people ? { people: options.people } : {}),
  });
  const holiday = options.holiday && {
    from: localDayOf(options.holiday.from, timeZone),
    to: localDayOf(options.holiday.to, timeZone, 1),
  };
  const activity = new GroupActivity(random.fork('activity'), members, timeZone);
  const admin = new AdminBrowsing(
    random.fork('browsing'),
    { pattern: options.browsing, groupId, timeZone, ...(holiday ? { holiday } : {}) },
    members,
  );
  const historyStart = localDayStart(start, -HISTORY_DAYS, timeZone);
  let nextJoin = 0;
  while (nextJoin < members.length && members[nextJoin]!.joinedAt < historyStart) {
    sinks.truth(joinLine(members[nextJoin++]!));
  }
  // The group existed before: four weeks of history, so the first feed the admin reads is not empty.
  for (let day = -HISTORY_DAYS; day < options.days; day += 1) {
    const dayStart = localDayStart(start, day, timeZone);
    const dayEnd = localDayStart(start, day + 1, timeZone);
    const truth: TruthLine[] = [];
    while (nextJoin < members.length && members[nextJoin]!.joinedAt < dayEnd) {
      truth.push(joinLine(members[nextJoin++]!));
    }
    for (const event of activity.day(dayStart, dayEnd)) truth.push(truthOf(event, members));
    truth.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    truth.forEach((line) => sinks.truth(line));
    if (day < 0) continue;
    for (const at of admin.sessions(day, dayStart)) {
      for (const line of admin.session(at, activity)) sinks.browsing(line);
    }
  }
  return members;
}

function truthOf(event: ReturnType<GroupActivity['day']>[number], members: readonly SimMember[]): TruthLine {
  switch (event.type) {
    case 'post':
      return {
        type: 'post',
        memberId: members[event.post.author]!.id,
        at: iso(event.post.at),
        postId: event.post.id,
      };
    case 'comment':
      return {
        type: 'comment',
        memberId: members[event.comment.author]!.id,
        at: iso(event.comment.at),
        postId: event.comment.postId,
        commentId: event.comment.id,
      };
    case 'stopped':
      return {
        type: 'stopped',
        memberId: event.member.id,
        at: iso(event.at),
        ...(event.lastActiveAt !== undefined ? { lastActiveAt: iso(event.lastActiveAt) } : {}),
      };
  }
}
