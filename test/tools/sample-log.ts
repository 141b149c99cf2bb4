/**
 * The demo's sample data: a simulated half-year of the bundled sample group, with the people of its members page
 * (the page's admins as the admins, and its members without a join line), replayed through Tend's ingest into an
 * in-memory database and exported as a Tend member log, for `npm start` to import through the panel's import
 * path. The group row is marked `sample: true`, so the panel labels it as sample data and offers to remove it.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import '@/utils/zod-config';
import type { Page } from '@playwright/test';
import { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { sendFromExtensionPage } from '../e2e/browser';
import type { BrowsingLine } from '../simulator/lines';
import { replayBrowsing } from '../simulator/replay';
import { simulate } from '../simulator/simulate';

export const SAMPLE_GROUP_NAME = 'Rescue Cats Network';
const DAY_MS = 24 * 60 * 60 * 1000;

const MembersTruth = z.object({
  group_id: z.string(),
  member_rows: z.array(
    z.object({
      user_id: z.string(),
      display_name: z.string(),
      badges: z.array(z.string()),
      join_text: z.string().nullable(),
    }),
  ),
});

function samplePeople(fixturesDir: string) {
  const file = path.join(fixturesDir, 'www_comet_group_members_2024-08.truth.json');
  const truth = MembersTruth.parse(JSON.parse(readFileSync(file, 'utf8')));
  // People whose "Joined …" line says they arrived in the last weeks have no earlier history: the page, read in the
  // browser, brings them as newcomers. The others (admins, members with no join line) live the simulated half-year.
  const people = truth.member_rows
    .filter((row) => row.join_text === null)
    .map((row) => ({
      id: row.user_id,
      name: row.display_name,
      admin: row.badges.includes('Admin'),
    }));
  return { groupId: truth.group_id, people };
}

/** A Tend member-log file (JSON text) of `days` simulated days of the sample group, ending at `now`. */
export async function buildSampleLog(fixturesDir: string, now: Date, days = 182): Promise<string> {
  const { groupId, people } = samplePeople(fixturesDir);
  const browsing: BrowsingLine[] = [];
  simulate(
    {
      members: 600,
      days,
      // A seed whose half-year ends with a regular drifting away, besides quiet and never-active members.
      seed: 's3',
      browsing: 'daily',
      start: new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10),
      groupId,
      people,
    },
    { truth: () => undefined, browsing: (line) => browsing.push(line) },
  );
  // The in-memory IndexedDB is passed in rather than installed globally: in a test worker, Dexie may have been
  // loaded by an earlier spec before any global existed, and would then find none.
  const db = new TendDatabase(`sample-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
  await db.open();
  try {
    await replayBrowsing(
      db,
      browsing.filter((line) => Date.parse(line.readAt) <= now.getTime()),
    );
    await db.groups.update(groupId, { name: SAMPLE_GROUP_NAME, sample: true });
    return await exportLogText(db, groupId, now);
  } finally {
    db.close();
  }
}

/** Imports the sample log through the panel's own import message (the path a user's file takes), then reloads it. */
export async function importSampleLog(panel: Page, text: string): Promise<void> {
  const imported = await sendFromExtensionPage(panel, { type: 'applyImport', text });
  if (!imported.ok)
    throw new Error(`The sample data could not be imported: ${imported.error ?? 'unknown error'}`);
  await panel.reload();
}
