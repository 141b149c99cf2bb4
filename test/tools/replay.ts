/**
 * `npm run replay -- DIR [--at ISO] --json`
 *
 * Feeds DIR/browsing.jsonl (written by `npm run simulate`) through Tend's real ingest into a fresh in-memory
 * database, then prints what the panel would say at `--at` (default: the last reading): each member's state and
 * watched days of silence, and the group's coverage. Fields: CONTRIBUTING.md, "Replaying a simulated group".
 */
import 'fake-indexeddb/auto';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import '@/utils/zod-config';
import { TendDatabase } from '@/storage/db';
import { BrowsingLine, parseLine } from '../simulator/lines';
import { activityReport, replayBrowsing } from '../simulator/replay';

const USAGE = 'usage: replay DIR [--at ISO] --json';

function fail(message: string): never {
  process.stderr.write(`replay: ${message}\n${USAGE}\n`);
  process.exit(1);
}

async function* browsingLines(file: string): AsyncGenerator<BrowsingLine> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim()) yield parseLine(BrowsingLine, text, number);
  }
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { at: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const [dir, ...extra] = parsed.positionals;
if (dir === undefined || extra.length > 0) fail('give one directory');
if (!parsed.values.json) fail('--json is required (JSON is the only output)');
const file = path.join(dir, 'browsing.jsonl');
if (!existsSync(file)) fail(`no browsing.jsonl in ${dir}`);
const at = parsed.values.at === undefined ? undefined : new Date(parsed.values.at);
if (at && Number.isNaN(at.getTime())) fail('--at must be an ISO time');

try {
  const db = new TendDatabase(`replay-${process.pid}`);
  await db.open();
  const result = await replayBrowsing(db, browsingLines(file), at ? { until: at } : {});
  if (result.groupId === null || result.lastReadAt === null) fail('browsing.jsonl read no group page');
  const report = await activityReport(db, result.groupId, at ?? new Date(result.lastReadAt));
  const { at: answeredAt, groupId, members, coverage } = report;
  process.stdout.write(`${JSON.stringify({ at: answeredAt, groupId, members, coverage })}\n`);
  db.close();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
