/**
 * The January 2026 group feed (no role=article, the post id only in its media links and page data, a vanity
 * address while links carry the numeric id), served at its facebook.com address: the built extension's content
 * script reads it exactly as its truth file says, through to the member log and the panel.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { dumpDatabase, launchWithExtension, openPanel } from './browser';
import { collectListedMembers } from './panel';
import { readTruth, serveFacebook, type SamplePage } from './site';

interface FeedTruth {
  page_url: string;
  group_id: string;
  group_vanity: string;
  group_name: string;
  posts: {
    post_id: string;
    author: { user_id: string; display_name: string };
    creation_time: number;
    recorded: boolean;
  }[];
}

const FILE = 'www_comet_group_feed_2026-01.html';
const truth = readTruth<FeedTruth>(FILE);
const FEED_2026: SamplePage = { url: truth.page_url, file: FILE };
const recorded = truth.posts.filter((post) => post.recorded);

interface StoredSighting {
  groupId: string;
  memberId: string;
  kind: string;
  itemId?: string;
  at?: string;
  atSource?: string;
  permalink?: string;
}
interface StoredGroup {
  groupId: string;
  aliases?: string[];
  lastStatus?: { health: { status?: string; expected: number; read: number; seen?: number } };
}

let context: BrowserContext;
let extensionId: string;

test.beforeEach(async () => {
  ({ context, extensionId } = await launchWithExtension());
  await serveFacebook(context, [FEED_2026]);
});
test.afterEach(async () => context.close());

test('the 2026 feed is read as its truth file says: its one post, under the numeric group, healthy', async () => {
  const facebook = await context.newPage();
  await facebook.goto(FEED_2026.url);
  const panel = await openPanel(context, extensionId);

  await expect(panel.getByTestId('member-count')).toHaveText(`${recorded.length} member seen`);
  expect(await collectListedMembers(panel)).toEqual(
    new Map(recorded.map((post) => [post.author.user_id, post.author.display_name])),
  );

  const database = await dumpDatabase(panel);
  const posts = (database.sightings as StoredSighting[]).filter((s) => s.kind === 'post');
  expect(
    posts.map((s) => ({
      groupId: s.groupId,
      memberId: s.memberId,
      itemId: s.itemId,
      at: s.at,
      atSource: s.atSource,
    })),
  ).toEqual(
    recorded.map((post) => ({
      groupId: truth.group_id,
      memberId: post.author.user_id,
      itemId: post.post_id,
      at: new Date(post.creation_time * 1000).toISOString(),
      atSource: 'page-data',
    })),
  );
  expect(posts[0]?.permalink).toBe(
    `https://www.facebook.com/groups/${truth.group_id}/posts/${recorded[0]?.post_id}/`,
  );
  // Nobody else: not the facepile, not the viewer, not the posts that are only in the page data.
  expect((database.sightings as StoredSighting[]).map((s) => s.memberId)).toEqual(
    recorded.map((post) => post.author.user_id),
  );

  const groups = database.groups as StoredGroup[];
  expect(groups.map((group) => group.groupId)).toEqual([truth.group_id]);
  expect(groups[0]?.aliases ?? []).toContain(truth.group_vanity);
  await expect
    .poll(async () => ((await dumpDatabase(panel)).groups as StoredGroup[])[0]?.lastStatus?.health)
    .toMatchObject({ status: 'ok', expected: 1, read: 1, seen: 1 });
});
