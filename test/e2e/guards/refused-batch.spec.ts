/**
 * Nothing read is lost when the background refuses a batch (a full disk, a closing database): the content script
 * keeps it and sends it again after a pause, and every sighting ends up stored once.
 *
 * A test build (`refuse-first-batch`, utils/test-hooks.ts) refuses the first batch its background is sent. The
 * page of a post with its comments is opened; its sightings must all be stored, each post and comment counted
 * once. Positive control: `refuse-first-batch-lost` refuses the same batch, and its content script takes every
 * answer for an acceptance (the mistake): the same check must see the page's sightings missing.
 */
import { expect, test } from '@playwright/test';
import { controlBuild, type Misbehaviour } from '../../guards/builds';
import { dumpDatabase, launchWithExtension, openPanel } from '../browser';
import { POSTS_GROUP, SAMPLE_PAGES, activityKeysOf, serveFacebook } from '../site';
import type { GroupRow, MemberRow, SightingRow } from '@/storage/schema';

const PAGE = SAMPLE_PAGES.comments;
const expectedKeys = activityKeysOf(PAGE.file, POSTS_GROUP);

/** Each member's posts and comments as counted, against the sightings stored for them. */
function countsAgainstSightings(database: Record<string, unknown[]>): string[] {
  const sightings = (database.sightings ?? []) as SightingRow[];
  return ((database.members ?? []) as MemberRow[])
    .filter((member) => member.groupId === POSTS_GROUP)
    .flatMap((member) => {
      const own = sightings.filter((row) => row.groupId === POSTS_GROUP && row.memberId === member.memberId);
      const posts = own.filter((row) => row.kind === 'post').length;
      const comments = own.filter((row) => row.kind === 'comment').length;
      return member.postCount === posts && member.commentCount === comments
        ? []
        : [
            `${member.memberId}: counted ${member.postCount}/${member.commentCount}, stored ${posts}/${comments}`,
          ];
    });
}

async function readWithRefusal(misbehave: Misbehaviour) {
  const { context, extensionId } = await launchWithExtension({
    extensionDir: controlBuild('chrome', misbehave),
  });
  try {
    await serveFacebook(context, [PAGE]);
    const panel = await openPanel(context, extensionId);
    await (await context.newPage()).goto(PAGE.url);
    const storedKeys = async () =>
      (((await dumpDatabase(panel)).sightings as SightingRow[] | undefined) ?? [])
        .filter((row) => row.groupId === POSTS_GROUP)
        .map((row) => row.key)
        .sort();
    // The page's status is reported once its batch was answered: the control is then done sending.
    const reported = async () =>
      (((await dumpDatabase(panel)).groups as GroupRow[] | undefined) ?? []).some(
        (group) => group.groupId === POSTS_GROUP && group.lastStatus !== undefined,
      );
    await expect.poll(reported).toBe(true);
    if (misbehave === 'refuse-first-batch') await expect.poll(storedKeys).toEqual(expectedKeys);
    const database = await dumpDatabase(panel);
    return { keys: await storedKeys(), counts: countsAgainstSightings(database) };
  } finally {
    await context.close();
  }
}

test('a batch the background refused is sent again and every sighting is stored once', async () => {
  const outcome = await readWithRefusal('refuse-first-batch');
  expect(outcome.keys).toEqual(expectedKeys);
  expect(outcome.counts).toEqual([]);
});

test('control: a content script that drops what was refused is caught losing the page', async () => {
  const outcome = await readWithRefusal('refuse-first-batch-lost');
  expect(outcome.keys).not.toEqual(expectedKeys);
});
