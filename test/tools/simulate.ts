/**
 * `npm run simulate -- --members N --days D --seed S [--browsing daily|weekdays|weekends|sporadic]
 *   [--holiday FROM:TO] [--start DATE] [--tz ZONE] [--group ID] --out DIR`
 *
 * Writes DIR/truth.jsonl (every join, post, comment and stop that really happened) and DIR/browsing.jsonl (every
 * page the admin's browser read, as Tend's reader returns it). See test/simulator/README.md.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BROWSING_PATTERNS, type BrowsingPattern } from '../simulator/browsing';
import { simulate, type SimulationOptions } from '../simulator/simulate';

const USAGE =
  'usage: simulate --members N --days D --seed S [--browsing daily|weekdays|weekends|sporadic] [--holiday FROM:TO] [--start DATE] [--tz ZONE] [--group ID] --out DIR';

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n${USAGE}\n`);
  process.exit(1);
}

function positive(name: string, text: string | undefined, max: number): number {
  const value = Number(text);
  if (text === undefined || !Number.isInteger(value) || value < 1 || value > max) {
    fail(`--${name} must be a whole number from 1 to ${max}`);
  }
  return value;
}

function optionsFrom(argv: string[]): { options: SimulationOptions; out: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        members: { type: 'string' },
        days: { type: 'string' },
        seed: { type: 'string' },
        browsing: { type: 'string', default: 'daily' },
        holiday: { type: 'string' },
        start: { type: 'string' },
        tz: { type: 'string' },
        group: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.seed === undefined) fail('--seed is required');
  if (values.out === undefined) fail('--out is required');
  const browsing = values.browsing as BrowsingPattern;
  if (!BROWSING_PATTERNS.includes(browsing))
    fail(`--browsing must be one of ${BROWSING_PATTERNS.join(', ')}`);
  let holiday: SimulationOptions['holiday'];
  if (values.holiday !== undefined) {
    const [from, to, extra] = values.holiday.split(':');
    const isDate = (text: string | undefined) => text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text);
    if (!isDate(from) || !isDate(to) || extra !== undefined || from! > to!) {
      fail('--holiday must be FROM:TO, two dates YYYY-MM-DD, FROM not after TO');
    }
    holiday = { from: from!, to: to! };
  }
  if (values.group !== undefined && !/^\d{1,30}$/.test(values.group))
    fail('--group must be a numeric group id');
  const options: SimulationOptions = {
    members: positive('members', values.members, 1_000_000),
    days: positive('days', values.days, 3_650),
    seed: values.seed,
    browsing,
    ...(holiday ? { holiday } : {}),
    ...(values.start !== undefined ? { start: values.start } : {}),
    ...(values.tz !== undefined ? { timeZone: values.tz } : {}),
    ...(values.group !== undefined ? { groupId: values.group } : {}),
  };
  return { options, out: values.out };
}

/** Buffered line writer: one write per 256 kB, so a year of a large group streams without holding it all. */
function lineWriter(stream: WriteStream) {
  let buffer: string[] = [];
  let size = 0;
  return {
    write(line: unknown) {
      const text = `${JSON.stringify(line)}\n`;
      buffer.push(text);
      size += text.length;
      if (size > 256 * 1024) this.flush();
    },
    flush() {
      if (buffer.length > 0) stream.write(buffer.join(''));
      buffer = [];
      size = 0;
    },
  };
}

const { options, out } = optionsFrom(process.argv.slice(2));
try {
  mkdirSync(out, { recursive: true });
  const truthStream = createWriteStream(path.join(out, 'truth.jsonl'));
  const browsingStream = createWriteStream(path.join(out, 'browsing.jsonl'));
  const truth = lineWriter(truthStream);
  const browsing = lineWriter(browsingStream);
  let counts = { truth: 0, browsing: 0 };
  simulate(options, {
    truth: (line) => {
      truth.write(line);
      counts = { ...counts, truth: counts.truth + 1 };
    },
    browsing: (line) => {
      browsing.write(line);
      counts = { ...counts, browsing: counts.browsing + 1 };
    },
  });
  truth.flush();
  browsing.flush();
  await Promise.all(
    [truthStream, browsingStream].map((stream) => new Promise((resolve) => stream.end(resolve))),
  );
  process.stderr.write(
    `simulate: ${counts.truth} truth lines, ${counts.browsing} browsing lines in ${out}\n`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
