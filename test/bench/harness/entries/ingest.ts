/** Browser side of `npm run bench -- ingest`. */
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { createHandlers } from '@/entrypoints/background/handlers';
import { routeMessage } from '@/entrypoints/background/router';
import { TendDatabase } from '@/storage/db';
import type { Sighting } from '@/storage/schema';
import { GROUP, START, makeDataset, memberName, populate, random } from '../dataset';

interface RecordedWrite {
  table: string;
  values: readonly unknown[];
}

let tend: TendDatabase;
let raw: TendDatabase;
let recording: RecordedWrite[] | undefined;
let memberCount = 0;

/** Records every row Tend hands to IndexedDB, so the baseline writes exactly those rows. */
function recordWrites(database: TendDatabase) {
  database.use({
    stack: 'dbcore',
    name: 'record-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            if (recording && (request.type === 'put' || request.type === 'add'))
              recording.push({ table: name, values: request.values });
            return table.mutate(request);
          },
        };
      },
    }),
  });
}

/** Feed pages as the reader sends them: mostly known members (long tail), some new ones, some re-read items. */
function makeBatches(run: number, batches: number, size: number): Sighting[][] {
  const next = random(1_000 + run);
  return Array.from({ length: batches }, (_, b) =>
    Array.from({ length: size }, (_, s): Sighting => {
      const fresh = next() < 0.3;
      const index = fresh
        ? memberCount + run * 1_000_000 + b * size + s
        : Math.floor(memberCount * next() ** 4);
      const memberId = String(100_000_000 + index);
      const reread = !fresh && next() < 0.1;
      const itemId = reread ? `c${memberCount + (index % 1000)}` : `r${run}b${b}s${s}`;
      const kind = next() < 0.25 ? 'post' : 'comment';
      return {
        memberId,
        name: memberName(index),
        kind,
        itemId,
        permalink: `https://www.facebook.com/groups/${GROUP}/posts/${itemId}/`,
        at: new Date(START + (100 + run) * 86_400_000 + s * 60_000).toISOString(),
      };
    }),
  );
}

const own = { id: 'bench', origin: 'chrome-extension://bench/' };
const facebook = { id: 'bench', url: `https://www.facebook.com/groups/${GROUP}/` };

const bench = {
  async setup(members: number, sightings: number) {
    memberCount = members;
    tend = new TendDatabase('bench-ingest-tend');
    raw = new TendDatabase('bench-ingest-raw');
    await Promise.all([tend.delete(), raw.delete()]);
    recordWrites(tend);
    await Promise.all([tend.open(), raw.open()]);
    const data = makeDataset(members, sightings);
    const start = performance.now();
    await Promise.all([populate(tend, data), populate(raw, data)]);
    return {
      ms: performance.now() - start,
      members: await tend.members.count(),
      sightings: await tend.sightings.count(),
    };
  },
  /**
   * One run: for each page, Tend's ingest path (the message as the content script sends it, validated and routed
   * into the database), then the baseline: a raw Dexie bulkPut of exactly the rows Tend wrote for that page, in one
   * transaction, into the identical database. Pairing page by page keeps machine-load swings out of the ratio.
   */
  async run(run: number, batches: number, size: number) {
    const pages = makeBatches(run, batches, size);
    const handlers = createHandlers(tend);
    let tendMs = 0;
    let rawMs = 0;
    let rows = 0;
    for (const [index, sightings] of pages.entries()) {
      recording = [];
      const message = {
        type: 'submitSightings',
        url: facebook.url,
        groupId: GROUP,
        pageKind: 'group-feed',
        readAt: new Date(START + (100 + run) * 86_400_000 + index * 1000).toISOString(),
        sightings,
      };
      let start = performance.now();
      const reply = await routeMessage(message, facebook, own, handlers);
      tendMs += performance.now() - start;
      if (!reply.ok) throw new Error(reply.error);
      const writes = recording;
      recording = undefined;
      rows += writes.reduce((sum, write) => sum + write.values.length, 0);
      const tables = [...new Set(writes.map((write) => write.table))];
      start = performance.now();
      await raw.transaction('rw', tables, async () => {
        await Promise.all(writes.map((write) => raw.table(write.table).bulkPut(write.values as unknown[])));
      });
      rawMs += performance.now() - start;
    }
    return { tendMs, rawMs, rows };
  },
};
(window as unknown as { bench: typeof bench }).bench = bench;
