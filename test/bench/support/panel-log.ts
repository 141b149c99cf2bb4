/**
 * The panel benchmark's member logs: a simulated group and its admin's browsing (test/simulator), as the pages the
 * content script would have sent, oldest first. One addition of the benchmark's own (`fullMembersList`): on the
 * first day the admin scrolls the whole members list once, so Tend knows every member of the group (the simulated
 * admin only ever scrolls the newest few thousand), and the log holds the group's full size.
 * The last pages read are held back: the benchmark sends them one by one while the panel is open.
 */
import { readJoinLine } from '@/utils/facebook';
import type { Sighting } from '@/utils/facebook/reading';
import type { SimMember } from '../../simulator/group';
import { BrowsingLine } from '../../simulator/lines';
import { simulate, DEFAULT_TIME_ZONE } from '../../simulator/simulate';
import { joinLine } from '../../simulator/wording';

export interface LogSpec {
  groupId: string;
  members: number;
  days: number;
  seed: string;
  /** How many of the last pages read (each with sightings) are held back. */
  heldBack: number;
}

export interface SimulatedLog {
  /** Every page to store before measuring, in reading order. */
  seed: BrowsingLine[];
  /** The pages read last, to send one at a time while the panel is open. */
  newPages: BrowsingLine[];
  facts: { joins: number; posts: number; comments: number; readings: number; sightings: number };
}

const DAY_MS = 86_400_000;
/** The content script sends at most this many sightings per message (as the simulator does). */
const MAX_BATCH = 1_000;

/** A simulated log ending on the day before `now` (its first day `spec.days` days before `now`). */
export function simulatedLog(spec: LogSpec, now: Date): SimulatedLog {
  const start = new Date(now.getTime() - spec.days * DAY_MS).toISOString().slice(0, 10);
  const lines: BrowsingLine[] = [];
  const facts = { joins: 0, posts: 0, comments: 0, readings: 0, sightings: 0 };
  const members = simulate(
    {
      members: spec.members,
      days: spec.days,
      seed: spec.seed,
      browsing: 'daily',
      start,
      groupId: spec.groupId,
    },
    {
      truth: (line) => {
        if (line.type === 'join') facts.joins += 1;
        else if (line.type === 'post') facts.posts += 1;
        else if (line.type === 'comment') facts.comments += 1;
      },
      browsing: (line) => void lines.push(line),
    },
  );
  const first = lines[0];
  if (!first) throw new Error(`the simulation of ${spec.members} members read no page`);
  const listAt = new Date(Date.parse(first.readAt) - 10 * 60_000);
  const all = [...fullMembersList(spec.groupId, members, listAt), ...lines];
  facts.readings = all.length;
  facts.sightings = all.reduce((sum, line) => sum + line.sightings.length, 0);
  const withSightings = all.flatMap((line, index) => (line.sightings.length > 0 ? [index] : []));
  const split = withSightings.at(-spec.heldBack);
  if (split === undefined || withSightings.length < spec.heldBack * 2)
    throw new Error(
      `only ${withSightings.length} pages with sightings: too few to hold back ${spec.heldBack}`,
    );
  return {
    seed: all.slice(0, split),
    newPages: all.slice(split).filter((line) => line.sightings.length > 0),
    facts,
  };
}

/** The whole members list as read at `at`: admins first, then everyone who had joined, newest first. */
function fullMembersList(groupId: string, members: readonly SimMember[], at: Date): BrowsingLine[] {
  const joined = members.filter((member) => member.joinedAt <= at.getTime());
  const admins = joined.filter((member) => member.admin);
  const others = joined.filter((member) => !member.admin).reverse();
  const person = (member: SimMember) => ({
    memberId: member.id,
    name: member.name,
    profileUrl: `https://www.facebook.com/groups/${groupId}/user/${member.id}/`,
  });
  const sightings: Sighting[] = [
    ...admins.map((member) => ({
      ...person(member),
      kind: 'member' as const,
      badges: ['Admin'],
      section: `Admins & moderators · ${admins.length}`,
    })),
    ...others.map((member) => {
      const reading = readJoinLine(joinLine(new Date(member.joinedAt), at, DEFAULT_TIME_ZONE), {
        now: at,
        timeZone: DEFAULT_TIME_ZONE,
      });
      return {
        ...person(member),
        kind: 'member' as const,
        badges: [],
        section: 'Members',
        rawJoin: reading.rawJoin,
        ...(reading.joinedAfter ? { joinedAfter: reading.joinedAfter } : {}),
        ...(reading.joinedBefore ? { joinedBefore: reading.joinedBefore } : {}),
        ...(reading.joinPrecision ? { joinPrecision: reading.joinPrecision } : {}),
      };
    }),
  ];
  const lines: BrowsingLine[] = [];
  for (let from = 0; from < sightings.length; from += MAX_BATCH) {
    const part = sightings.slice(from, from + MAX_BATCH);
    // Parsed, so that a change of the reading's schema fails here rather than as a refused message.
    lines.push(
      BrowsingLine.parse({
        readAt: new Date(at.getTime() + from).toISOString(),
        url: `https://www.facebook.com/groups/${groupId}/members`,
        page: { kind: 'group-members', groupId },
        sightings: part,
        health: {
          status: 'ok',
          expected: part.length,
          read: part.length,
          seen: part.length,
          timeDisagreements: 0,
          problems: [],
        },
      }),
    );
  }
  return lines;
}
