/**
 * Member requests (`/groups/<gid>/member-requests`), read only when the admin turned it on. No capture of this
 * page exists; the rules lean on the structure the members page shares with it (see
 * `test/fixtures/facebook/SYNTHETIC.md`), not on sentences:
 * - a request is a `role=listitem` row; the person is its first link to a person (`/groups/<gid>/user/<uid>/`,
 *   `profile.php?id=`, `/<vanity>`), the name that link's text;
 * - the row's text lines are its outermost `span[dir=auto]` outside buttons ("Approve", "Decline"); the first
 *   line after the name says when they asked ("Requested 2 days ago"): read when its wording is known, kept raw
 *   with no estimate otherwise;
 * - the lines after it are the screening questions and answers, in pairs. They are read only when the admin also
 *   turned on reading answers; otherwise they are not even looked at.
 */
import type { ScreeningAnswer, Sighting } from './reading';
import {
  boundedName,
  excluded,
  memberIdOf,
  profileUrlOf,
  unreadable,
  type ItemOutcome,
  type ReadContext,
} from './context';
import { linesOf } from './read-members';
import { SELECTORS } from './selectors';
import { clip, nameOf, textOf } from './text';
import { readRequestLine } from './time';
import { groupOfUserLink, personFromUrl, type PersonRef } from './urls';

export interface RequestRowReading {
  person: PersonRef;
  name: string;
  groupIdInLink: string | null;
  /** The line saying when they asked, as shown (null when the row has no line after the name). */
  timeLine: string | null;
  /** Question and answer pairs; empty unless asked for. */
  answers: ScreeningAnswer[];
}

export function readRequestRowDetail(
  row: Element,
  context: Pick<ReadContext, 'parseUrl'>,
  withAnswers: boolean,
): RequestRowReading | null {
  let person: PersonRef | null = null;
  let groupIdInLink: string | null = null;
  let nameLink: Element | null = null;
  for (const link of Array.from(row.querySelectorAll(SELECTORS.link.css))) {
    if (link.closest('[role="button"]')) continue;
    const url = context.parseUrl(link.getAttribute('href') ?? '');
    const found = url ? personFromUrl(url) : null;
    if (!url || !found) continue;
    if (!person) {
      person = found;
      groupIdInLink = groupOfUserLink(url);
    } else if (memberIdOf(found) !== memberIdOf(person)) continue;
    if (textOf(link)) {
      nameLink = link;
      break;
    }
  }
  if (!person) return null;
  const name = nameLink ? nameOf(nameLink) : '';
  const lines = linesOf(row).filter((line) => !(nameLink && line.contains(nameLink)) && textOf(line));
  const [timeLine, ...rest] = lines;
  const answers: ScreeningAnswer[] = [];
  if (withAnswers) {
    // Pairs: a question line, then its answer line. A last line without an answer is not guessed at.
    for (let index = 0; index + 1 < rest.length && answers.length < 20; index += 2) {
      answers.push({
        question: clip(textOf(rest[index]), 2_000),
        answer: clip(textOf(rest[index + 1]), 5_000),
      });
    }
  }
  return { person, name, groupIdInLink, timeLine: timeLine ? textOf(timeLine) : null, answers };
}

export function readRequestRow(row: Element, context: ReadContext, withAnswers: boolean): ItemOutcome {
  const detail = readRequestRowDetail(row, context, withAnswers);
  if (!detail) {
    return row.querySelector('a[href]')
      ? unreadable('a request row has no person link')
      : excluded('not a person row');
  }
  if (!detail.name) return unreadable('a request row has no name');
  const sighting: Sighting = {
    memberId: memberIdOf(detail.person),
    name: boundedName(detail.name),
    kind: 'request',
    profileUrl: profileUrlOf(detail.person, detail.groupIdInLink ?? context.location.groupId),
  };
  if (detail.timeLine) {
    const reading = readRequestLine(detail.timeLine, context.clock);
    sighting.rawTime = clip(reading.rawTime, 500);
    if (reading.interval) {
      sighting.at = new Date(reading.interval.at.getTime()).toISOString();
      sighting.atPrecision = reading.interval.precision;
      sighting.atAfter = new Date(reading.interval.after.getTime()).toISOString();
      sighting.atBefore = new Date(reading.interval.before.getTime()).toISOString();
    }
  }
  if (withAnswers && detail.answers.length) sighting.answers = detail.answers;
  return { status: 'read', sightings: [sighting] };
}
