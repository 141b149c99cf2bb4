/**
 * Issue 8, "Concurrency and restarts": killing the browser in the middle of a write batch loses at most that batch
 * and corrupts nothing.
 *
 * A test build (`pause-ingest`, utils/test-hooks.ts) holds one batch of sightings open inside ingest's own
 * transaction, after its first rows are written. The browser, on a persistent profile, stores a first page
 * (a members list), starts a second (a post with comments) that is held, and is killed with SIGKILL. The same
 * profile is then opened with the normal build: the first batch is all there, the second is absent or whole,
 * never half, every row passes its schema and the counters agree (test/guards/integrity.ts), and the panel lists
 * the members.
 *
 * Positive control: `torn-ingest` writes the same batch without one transaction, sighting by sighting, and is
 * held after half of them. The same check must see the half batch.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { controlBuild, normalBuild, type Misbehaviour } from '../../guards/builds';
import { integrityProblems } from '../../guards/integrity';
import { dumpDatabase, killBrowser, launchWithExtension, openPanel } from '../browser';
import { MEMBERS_GROUP, POSTS_GROUP, SAMPLE_PAGES, activityKeysOf, readTruth, serveFacebook } from '../site';
import type { MemberRow, SightingRow } from '@/storage/schema';
import { MISBEHAVE_PAUSE_GLOBAL, type IngestPause } from '@/storage/test-hooks';
import { showMembers } from './requests';

interface MembersTruth {
  member_rows: { user_id: string }[];
}

const FIRST = SAMPLE_PAGES.members;
const SECOND = SAMPLE_PAGES.comments;
const firstMembers = [
  ...new Set(readTruth<MembersTruth>(FIRST.file).member_rows.map((row) => row.user_id)),
].sort();
/** The keys of the second page's sightings: its post and every comment, each with its author. */
const secondKeys = activityKeysOf(SECOND.file, POSTS_GROUP);

const ofGroup = <Row extends { groupId: string }>(rows: unknown[] | undefined, groupId: string) =>
  ((rows ?? []) as Row[]).filter((row) => row.groupId === groupId);

/** The state the pause hooks report in the service worker (utils/test-hooks.ts). */
async function pauseState(context: BrowserContext): Promise<IngestPause | undefined> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return undefined;
  return worker.evaluate(
    (name) => (globalThis as unknown as Record<string, IngestPause | undefined>)[name],
    MISBEHAVE_PAUSE_GLOBAL,
  );
}

interface CrashOutcome {
  /** What the held batch's writer saw stored when the browser was killed. */
  held: NonNullable<IngestPause['held']>;
  sightingsBefore: number;
  /** How much of the second page's batch survived: 'absent', 'whole', or 'n of m'. */
  second: string;
  problems: string[];
}

/** Stores a first page, holds the second page's batch with `held`'s hook, kills the browser, reopens, checks. */
async function crashMidBatch(held: Misbehaviour): Promise<CrashOutcome> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tend-crash-'));
  // One extension path for both runs: an unpacked extension's id (and so its database) follows its path.
  const extensionDir = path.join(root, 'extension');
  const userDataDir = path.join(root, 'profile');
  try {
    cpSync(controlBuild('chrome', held), extensionDir, { recursive: true });
    const crashing = await launchWithExtension({ extensionDir, userDataDir });
    let before: Record<string, unknown[]>;
    let state: NonNullable<IngestPause['held']>;
    try {
      await serveFacebook(crashing.context, [FIRST, SECOND]);
      const panel = await openPanel(crashing.context, crashing.extensionId);
      await (await crashing.context.newPage()).goto(FIRST.url);
      const storedFirst = async () =>
        ofGroup<MemberRow>((await dumpDatabase(panel)).members, MEMBERS_GROUP)
          .map((row) => row.memberId)
          .sort();
      await expect.poll(storedFirst).toEqual(firstMembers);
      await expect(showMembers(panel)).resolves.toBeUndefined();
      before = await dumpDatabase(panel);

      // Arm the hook, then let the second page send its batch; wait until it is held with rows written.
      const worker = crashing.context.serviceWorkers()[0]!;
      await worker.evaluate((name) => {
        (globalThis as unknown as Record<string, IngestPause>)[name] = { armed: true };
      }, MISBEHAVE_PAUSE_GLOBAL);
      await (await crashing.context.newPage()).goto(SECOND.url);
      await expect
        .poll(async () => (await pauseState(crashing.context))?.held?.sightings ?? 0)
        .toBeGreaterThan(before.sightings!.length);
      state = (await pauseState(crashing.context))!.held!;
    } catch (error) {
      await crashing.context.close();
      throw error;
    }
    await killBrowser(crashing.context, crashing.userDataDir);

    // The same profile and extension path, now with the normal build.
    rmSync(extensionDir, { recursive: true });
    cpSync(normalBuild('chrome'), extensionDir, { recursive: true });
    const reopened = await launchWithExtension({ extensionDir, userDataDir });
    try {
      expect(reopened.extensionId).toBe(crashing.extensionId);
      const panel = await openPanel(reopened.context, reopened.extensionId);
      const after = await dumpDatabase(panel);
      const problems = integrityProblems(after);

      // The first batch, exactly as it was before the crash.
      for (const table of ['members', 'sightings'] as const) {
        const rows = (dump: Record<string, unknown[]>) =>
          ofGroup(dump[table], MEMBERS_GROUP)
            .map((row) => JSON.stringify(row))
            .sort();
        if (JSON.stringify(rows(after)) !== JSON.stringify(rows(before)))
          problems.push(`first batch: ${table} changed (${rows(before).length} → ${rows(after).length})`);
      }
      // The second batch: nothing of it, or all of it.
      const survived = ofGroup<SightingRow>(after.sightings, POSTS_GROUP)
        .map((row) => row.key)
        .sort();
      const whole = JSON.stringify(survived) === JSON.stringify(secondKeys);
      const second =
        survived.length === 0 ? 'absent' : whole ? 'whole' : `${survived.length} of ${secondKeys.length}`;
      if (second !== 'absent' && !whole) problems.push(`second batch: half stored (${second} sightings)`);

      // The panel opens on the stored log and lists its members.
      await showMembers(panel);
      if ((await panel.locator('.member').count()) === 0) problems.push('the panel lists no member');
      return { held: state, sightingsBefore: before.sightings!.length, second, problems };
    } finally {
      await reopened.context.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('killing the browser mid write batch loses at most that batch and corrupts nothing', async () => {
  const outcome = await crashMidBatch('pause-ingest');
  test.info().annotations.push({ type: 'second batch after the crash', description: outcome.second });
  // The kill came inside the transaction, after rows of the second batch were written there.
  expect(outcome.held.committed).toBe(false);
  expect(outcome.held.sightings).toBeGreaterThan(outcome.sightingsBefore);
  expect(outcome.problems).toEqual([]);
  expect(['absent', 'whole']).toContain(outcome.second);
});

test('control: a batch written without one transaction is caught half stored', async () => {
  const outcome = await crashMidBatch('torn-ingest');
  expect(outcome.held.committed).toBe(true);
  expect(outcome.problems.join('\n')).toMatch(/second batch: half stored/);
});
