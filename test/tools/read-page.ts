/**
 * Contributor command: reads a saved Facebook page with Tend's reader and prints what it found.
 *
 *   npm run -s read-page -- <saved-page.html> --url <page url> [--now <ISO time>] [--tz <IANA zone>]
 *     [--requests [--answers]]
 *   (or: npx tsx test/tools/read-page.ts …)
 *
 * Prints {"page": …, "sightings": […], "health": …} as JSON on stdout and exits 0; exits 1 with a message on
 * stderr for a bad argument or an unreadable file. Uses linkedom, the same DOM library as the parity test.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readPage } from '@/utils/facebook';

const USAGE =
  'usage: read-page <saved-page.html> --url <page url> [--now <ISO time>] [--tz <IANA zone, default UTC>] [--requests [--answers]]';

interface Arguments {
  file: string;
  url: string;
  now: Date;
  timeZone: string;
  /** The admin's opt-ins: read member-requests pages, and their screening answers too. */
  memberRequests: { read: boolean; answers: boolean };
}

function fail(message: string): never {
  process.stderr.write(`read-page: ${message}\n${USAGE}\n`);
  process.exit(1);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function parseArguments(argv: readonly string[]): Arguments | string {
  let file: string | undefined;
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') return USAGE;
    if (argument === '--requests' || argument === '--answers') {
      flags.add(argument.slice(2));
    } else if (argument.startsWith('--')) {
      const [name, inline] = argument.slice(2).split(/=(.*)/s, 2);
      const value = inline ?? argv[(index += 1)];
      if (!name || !['url', 'now', 'tz'].includes(name)) return `unknown option ${argument}`;
      if (value === undefined || value === '') return `--${name} needs a value`;
      options.set(name, value);
    } else if (file === undefined) {
      file = argument;
    } else {
      return `unexpected argument ${argument}`;
    }
  }
  if (!file) return 'missing <saved-page.html>';
  const url = options.get('url');
  if (!url) return 'missing --url';
  if (!/^https?:\/\/([a-z0-9-]+\.)*facebook\.com(\/|$)/i.test(url))
    return `--url is not a facebook.com URL: ${url}`;
  const nowText = options.get('now');
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (Number.isNaN(now.getTime()) || (nowText !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(nowText))) {
    return `--now is not an ISO time: ${nowText}`;
  }
  const timeZone = options.get('tz') ?? 'UTC';
  if (!isTimeZone(timeZone)) return `--tz is not a time zone: ${timeZone}`;
  if (flags.has('answers') && !flags.has('requests')) return '--answers needs --requests';
  return {
    file,
    url,
    now,
    timeZone,
    memberRequests: { read: flags.has('requests'), answers: flags.has('answers') },
  };
}

function main(): void {
  const parsed = parseArguments(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed === USAGE) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    fail(parsed);
  }
  let html: string;
  try {
    html = readFileSync(parsed.file, 'utf8');
  } catch (error) {
    fail(`cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { document } = parseHTML(html);
  const reading = readPage(document, parsed.url, {
    now: parsed.now,
    timeZone: parsed.timeZone,
    memberRequests: parsed.memberRequests,
  });
  process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
}

main();
