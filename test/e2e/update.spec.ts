/**
 * Issue 19, "Updates that keep everything", in Chromium: the previous release (its git tag, built by
 * test/tools/previous-release.ts) is loaded on a fresh profile, browses the sample group, and is given notes,
 * onboarding marks, a template and settings; then the current build replaces it at the same place on disk (the same
 * extension id, as an update keeps it) on the same profile, and must find every row of every table, every setting
 * and every note, and show the members in its panel.
 * Control: the current build loaded from another place (another id, as a fresh install would be) finds none of
 * them, and the same comparison must say so.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  EXTENSION_DIR,
  dumpDatabase,
  launchWithExtension,
  openPanel,
  sendFromExtensionPage,
} from './browser';
import { MEMBERS_GROUP, SAMPLE_PAGES, readTruth, serveFacebook } from './site';
import { buildPreviousRelease } from '../tools/previous-release';

test.setTimeout(300_000);

type Dump = Record<string, unknown[]>;
interface MembersTruth {
  member_rows: { user_id: string }[];
}

/** Whether `found` has every field of `kept` with the same value (an update may add fields, never lose one). */
function keeps(kept: unknown, found: unknown): boolean {
  if (kept === null || typeof kept !== 'object') return Object.is(kept, found);
  if (found === null || typeof found !== 'object' || Array.isArray(kept) !== Array.isArray(found))
    return false;
  if (Array.isArray(kept))
    return (
      kept.length === (found as unknown[]).length &&
      kept.every((item, i) => keeps(item, (found as unknown[])[i]))
    );
  return Object.entries(kept).every(([key, value]) => keeps(value, (found as Record<string, unknown>)[key]));
}

/** The rows of `before` that `after` lost, as `table: row`. */
function lostRows(before: Dump, after: Dump): string[] {
  const lost: string[] = [];
  for (const [table, rows] of Object.entries(before)) {
    const now = after[table] ?? [];
    const exact = new Set(now.map((row) => JSON.stringify(row)));
    for (const row of rows)
      if (!exact.has(JSON.stringify(row)) && !now.some((candidate) => keeps(row, candidate)))
        lost.push(`${table}: ${JSON.stringify(row).slice(0, 200)}`);
  }
  return lost;
}

const localStorageOf = (page: Page) =>
  page.evaluate(async () => {
    const chrome = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }
    ).chrome;
    return chrome.storage.local.get(null);
  });

async function launchAt(extensionDir: string, userDataDir: string) {
  const launched = await launchWithExtension({ extensionDir, userDataDir });
  const version = await launched.serviceWorker.evaluate(
    () =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }
      ).chrome.runtime.getManifest().version,
  );
  return { ...launched, version };
}

/** Browses the sample group until every member of its members page is stored; returns the panel. */
async function browseSampleGroup(context: BrowserContext, extensionId: string): Promise<Page> {
  await serveFacebook(context, Object.values(SAMPLE_PAGES));
  const facebook = await context.newPage();
  for (const page of [SAMPLE_PAGES.feed, SAMPLE_PAGES.comments, SAMPLE_PAGES.members])
    await facebook.goto(page.url);
  const panel = await openPanel(context, extensionId);
  const expected = new Set(
    readTruth<MembersTruth>(SAMPLE_PAGES.members.file).member_rows.map((row) => row.user_id),
  );
  await expect
    .poll(async () => {
      const members = ((await dumpDatabase(panel)).members ?? []) as { groupId: string; memberId: string }[];
      return members.filter((row) => row.groupId === MEMBERS_GROUP && expected.has(row.memberId)).length;
    })
    .toBe(expected.size);
  return panel;
}

/** The admin's own work, through the previous release's messages: notes, onboarding marks, a template, settings. */
async function addAdminWork(panel: Page): Promise<void> {
  const [first, second, third] = readTruth<MembersTruth>(SAMPLE_PAGES.members.file).member_rows.map(
    (row) => row.user_id,
  );
  const now = new Date().toISOString();
  const later = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const replies = [
    await sendFromExtensionPage(panel, {
      type: 'addNote',
      groupId: MEMBERS_GROUP,
      memberId: first,
      text: 'Fosters kittens; ask about the spring drive 🐱',
    }),
    await sendFromExtensionPage(panel, {
      type: 'addNote',
      groupId: MEMBERS_GROUP,
      memberId: second,
      text: 'Préfère le vouvoiement, répond le soir',
    }),
    await sendFromExtensionPage(panel, {
      type: 'markOnboarding',
      entries: [
        { groupId: MEMBERS_GROUP, memberId: first, stepId: 'personal-welcome', status: 'done', at: now },
        {
          groupId: MEMBERS_GROUP,
          memberId: second,
          stepId: 'personal-welcome',
          status: 'snoozed',
          until: later,
          at: now,
        },
        { groupId: MEMBERS_GROUP, memberId: third, stepId: 'personal-welcome', status: 'skipped', at: now },
      ],
    }),
    await sendFromExtensionPage(panel, {
      type: 'saveTemplate',
      template: {
        id: 'custom-update-1',
        situation: 'personal-welcome',
        audience: 'private-message',
        title: { en: 'Warm hello', fr: 'Bonjour chaleureux' },
        bodies: {
          en: 'Hi {firstName|there}, welcome!',
          fr: { vous: 'Bonjour {firstName|à vous}, bienvenue !' },
        },
        builtIn: false,
        updatedAt: now,
      },
    }),
    await sendFromExtensionPage(panel, {
      type: 'updateSettings',
      patch: {
        language: 'fr',
        inactivityDays: 45,
        retentionDays: 400,
        adminName: 'Camille',
        csvSeparator: ';',
      },
    }),
  ];
  expect(replies.filter((reply) => !reply.ok)).toEqual([]);
}

test('an update to the current build keeps every row, setting and note of the previous release', async () => {
  const previous = buildPreviousRelease();
  const current = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    version: string;
  };
  expect(current.version, 'the current build must carry a new version').not.toBe(previous.version);
  const place = path.join(mkdtempSync(path.join(os.tmpdir(), 'tend-update-')), 'tend');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'tend-update-profile-'));
  cpSync(previous.chrome, place, { recursive: true });

  const old = await launchAt(place, profile);
  expect(old.version).toBe(previous.version);
  const oldPanel = await browseSampleGroup(old.context, old.extensionId);
  await addAdminWork(oldPanel);
  const before = await dumpDatabase(oldPanel);
  const storageBefore = await localStorageOf(oldPanel);
  expect((before.notes ?? []).length).toBe(2);
  expect((before.onboarding ?? []).length).toBe(3);
  expect(JSON.stringify(before)).toContain('custom-update-1');
  await old.context.close();

  // The update: the new files at the same place, the same profile.
  rmSync(place, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, place, { recursive: true });
  const updated = await launchAt(place, profile);
  expect(updated.extensionId).toBe(old.extensionId);
  expect(updated.version).toBe(current.version);
  const panel = await openPanel(updated.context, updated.extensionId);
  await expect(panel.locator('html[lang=fr]')).toBeAttached();
  const after = await dumpDatabase(panel);
  expect(lostRows(before, after)).toEqual([]);
  expect(keeps(storageBefore, await localStorageOf(panel))).toBe(true);
  // The panel, in the language chosen before the update, counts the group's members as before.
  const seen = (before.members as { groupId: string }[]).filter(
    (row) => row.groupId === MEMBERS_GROUP,
  ).length;
  await expect(panel.getByTestId('member-count')).toHaveText(`${seen} membres vus`);
  await updated.context.close();

  // Control: the same build from another place is another extension, with none of it.
  const elsewhere = path.join(path.dirname(place), 'elsewhere');
  cpSync(EXTENSION_DIR, elsewhere, { recursive: true });
  const fresh = await launchAt(elsewhere, profile);
  expect(fresh.extensionId).not.toBe(old.extensionId);
  const freshPanel = await openPanel(fresh.context, fresh.extensionId);
  await freshPanel.waitForLoadState('domcontentloaded');
  expect(lostRows(before, await dumpDatabase(freshPanel)).length).toBeGreaterThan(0);
  await fresh.context.close();
});
