/**
 * The simulated group: who its members are, when they joined, how much each of them takes part, and who drifts
 * away when. Pure data drawn from a seeded generator; `activity.ts` turns it into posts and comments day by day.
 * The choices and their sources are in README.md.
 */
import { DAY_MS, HOUR_MS, localDayStart, timeInDay, ACTIVITY_BY_HOUR } from './calendar';
import type { Random } from './random';

/** How much a member takes part, as drawn (Tend's own tiers are counted from what it saw, not these). */
export type Participation = 'lurker' | 'rare' | 'occasional' | 'regular' | 'core';
/** When in the week a member is around: any day, weekends only, or evenings only. */
export type Rhythm = 'any' | 'weekends' | 'evenings';

export interface SimMember {
  index: number;
  id: string;
  name: string;
  joinedAt: number;
  participation: Participation;
  /** Posts and comments per week at their usual pace (0 for lurkers). */
  weeklyRate: number;
  /** The share of their activity that is posts (the rest is comments). */
  postShare: number;
  rhythm: Rhythm;
  admin: boolean;
  /** A newcomer who introduces themselves in a post a few days after joining, at this instant. */
  introAt?: number;
  /** From this instant on the member never posts or comments again. */
  stopAt?: number;
  /** Their pace declines linearly from this instant to `stopAt` (drifting away rather than stopping at once). */
  fadeFrom?: number;
  /** A break: no activity in [breakFrom, breakTo), then back to their usual pace. */
  breakFrom?: number;
  breakTo?: number;
}

export interface Person {
  id: string;
  name: string;
  /** Given to one of the admins (the oldest members); the others become the newest members. */
  admin?: boolean;
}

export interface GroupOptions {
  members: number;
  days: number;
  start: Date;
  timeZone: string;
  /** People to use (the demo's sample pages): admins as the admins, the others as the newest members. */
  people?: readonly Person[];
}

/** Share of members per participation level (the "90-9-1" shape of online communities, a little more active). */
const PARTICIPATION: readonly [Participation, number, number][] = [
  // level, share of members, median posts + comments per week
  ['lurker', 0.58, 0],
  ['rare', 0.22, 0.08],
  ['occasional', 0.12, 0.5],
  ['regular', 0.065, 2.5],
  ['core', 0.015, 10],
];

const FIRST_NAMES = [
  'Camille',
  'Louise',
  'Emma',
  'Chloé',
  'Léa',
  'Manon',
  'Inès',
  'Jade',
  'Zoé',
  'Alice',
  'Lina',
  'Rose',
  'Anna',
  'Mila',
  'Julia',
  'Sarah',
  'Lucas',
  'Hugo',
  'Louis',
  'Gabriel',
  'Arthur',
  'Jules',
  'Adam',
  'Raphaël',
  'Nathan',
  'Théo',
  'Noah',
  'Tom',
  'Paul',
  'Mathis',
  'Olivia',
  'Amelia',
  'Isla',
  'Ava',
  'Mia',
  'Grace',
  'Freya',
  'Lily',
  'Ella',
  'Poppy',
  'Oliver',
  'George',
  'Harry',
  'Jack',
  'Leo',
  'Oscar',
  'Charlie',
  'Alfie',
  'Freddie',
  'Archie',
  'Sophie',
  'Megan',
  'Hannah',
  'Abigail',
  'Julien',
  'Antoine',
  'Bastien',
  'Quentin',
  'Gaspard',
  'Ryan',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'Andre',
  'Mercier',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Garnier',
  'Faure',
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Wood',
  'Jackson',
  'Clarke',
  'Holmes',
  'Turner',
  'Fletcher',
  'Palmer',
  'Lloyd',
  'Mitchell',
  'Perrin',
  'Vidal',
  'Fabre',
  'Gauthier',
];

function drawId(random: Random, taken: Set<string>): string {
  for (;;) {
    // Older accounts have 15-digit ids starting 100…, newer ones 14 digits starting 615…
    const id = random.chance(0.6)
      ? `100${String(random.int(0, 999_999_999_999)).padStart(12, '0')}`
      : `615${String(random.int(0, 99_999_999_999)).padStart(11, '0')}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/**
 * When each member joined: some before the simulation (spread over the previous years, most recent most), the
 * rest in weekly cohorts whose size varies (a week when the group was shared somewhere brings three times more).
 */
function joinTimes(random: Random, options: GroupOptions): number[] {
  const start = options.start.getTime();
  const joinedDuring = Math.round(options.members * Math.min(0.5, 0.35 * (options.days / 365)));
  const before = options.members - joinedDuring;
  const times: number[] = [];
  for (let index = 0; index < before; index += 1) {
    const daysBefore = Math.min(6 * 365, random.exponential(420)) + random.next();
    times.push(start - Math.ceil(daysBefore * DAY_MS));
  }
  const weeks = Math.ceil(options.days / 7);
  const weights = Array.from(
    { length: weeks },
    () => random.logNormal(1, 0.45) * (random.chance(0.08) ? 3 : 1),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let assigned = 0;
  weights.forEach((weight, week) => {
    const size =
      week === weeks - 1
        ? joinedDuring - assigned
        : Math.min(joinedDuring - assigned, Math.round((joinedDuring * weight) / total));
    assigned += size;
    const daysInWeek = Math.min(7, options.days - week * 7);
    for (let joiner = 0; joiner < size; joiner += 1) {
      const dayStart = localDayStart(
        options.start,
        week * 7 + random.int(0, daysInWeek - 1),
        options.timeZone,
      );
      times.push(timeInDay(random, dayStart, ACTIVITY_BY_HOUR));
    }
  });
  return times.sort((a, b) => a - b);
}

function drawParticipation(random: Random): { participation: Participation; weeklyRate: number } {
  const index = random.weighted(PARTICIPATION.map(([, share]) => share));
  const [participation, , median] = PARTICIPATION[index]!;
  return { participation, weeklyRate: median === 0 ? 0 : random.logNormal(median, 0.5) };
}

/** Drifting away at a known date (some slowly, some at once), or a break after which they come back. */
function drawChanges(random: Random, member: SimMember, start: number, end: number): void {
  if (member.weeklyRate === 0 || member.admin) return;
  const years = (end - start) / (365 * DAY_MS);
  const earliest = Math.max(start, member.joinedAt + 7 * DAY_MS);
  if (earliest >= end) return;
  if (random.chance(Math.min(0.6, 0.7 * years))) {
    member.stopAt = earliest + Math.floor(random.next() * (end - earliest));
    if (random.chance(0.5)) member.fadeFrom = member.stopAt - random.int(7, 35) * DAY_MS;
  } else if (random.chance(Math.min(0.4, 0.2 * years))) {
    member.breakFrom = earliest + Math.floor(random.next() * (end - earliest));
    member.breakTo = member.breakFrom + random.int(14, 60) * DAY_MS;
  }
}

export function createMembers(random: Random, options: GroupOptions): SimMember[] {
  const taken = new Set<string>((options.people ?? []).map((person) => person.id));
  const start = options.start.getTime();
  const end = start + options.days * DAY_MS;
  const times = joinTimes(random.fork('joins'), options);
  const people = random.fork('people');
  const rates = random.fork('rates');
  const changes = random.fork('changes');
  const givenAdmins = (options.people ?? []).filter((person) => person.admin);
  const givenOthers = (options.people ?? []).filter((person) => !person.admin);
  const adminCount = Math.max(3, givenAdmins.length);
  // The earliest members include the admins; the admin browsing is the first of them.
  return times.map((joinedAt, index) => {
    const fromEnd = times.length - 1 - index;
    const given = index < adminCount ? givenAdmins[index] : givenOthers[fromEnd];
    const admin = index < adminCount;
    const drawn = drawParticipation(rates);
    const member: SimMember = {
      index,
      id: given?.id ?? drawId(people, taken),
      name: given?.name ?? `${people.pick(FIRST_NAMES)} ${people.pick(LAST_NAMES)}`,
      joinedAt,
      ...(admin ? { participation: 'core' as const, weeklyRate: rates.logNormal(8, 0.3) } : drawn),
      postShare: 0.1 + 0.4 * rates.next(),
      rhythm: rates.chance(0.8) ? 'any' : rates.chance(0.5) ? 'weekends' : 'evenings',
      admin,
    };
    if (joinedAt >= start && rates.chance(0.3)) {
      member.introAt = joinedAt + Math.floor(rates.exponential(1.5 * DAY_MS)) + HOUR_MS;
    }
    drawChanges(changes, member, start, end);
    return member;
  });
}

/** The member's pace at `at` as a share of their usual one: 0 before joining, after stopping and during a break. */
export function paceAt(member: SimMember, at: number): number {
  if (at < member.joinedAt) return 0;
  if (member.stopAt !== undefined && at >= member.stopAt) return 0;
  if (member.breakFrom !== undefined && member.breakTo !== undefined) {
    if (at >= member.breakFrom && at < member.breakTo) return 0;
  }
  if (member.fadeFrom !== undefined && member.stopAt !== undefined && at >= member.fadeFrom) {
    return Math.max(0.05, (member.stopAt - at) / (member.stopAt - member.fadeFrom));
  }
  return 1;
}
