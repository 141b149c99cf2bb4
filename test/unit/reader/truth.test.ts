/** Issue 2's slice: every capture reads exactly as its truth file says, and nobody else is recorded. */
import { describe, expect, it } from 'vitest';
import { PageReading, type Sighting } from '@/storage/schema';
import { readPage } from '@/utils/facebook';
import { classifyArticle, readCometCommentDetail, readCometPostDetail } from '@/utils/facebook/read-comet';
import { readMemberRowDetail } from '@/utils/facebook/read-members';
import { selectAll } from '@/utils/facebook/selectors';
import { FIXTURE_NAMES, clockFor, fixtureTruth, happyDocument, truthKey } from './fixtures';

const MEMBER_PAGES = ['www_comet_group_members_2024-08', 'www_comet_group_members_vi_rows_2024-06'];
const POST_PAGES = FIXTURE_NAMES.filter((name) => {
  const truth = fixtureTruth(name);
  return truth.group_id !== null && (truth.posts?.length ?? 0) > 0;
});
const NON_GROUP_PAGES = FIXTURE_NAMES.filter((name) => fixtureTruth(name).group_id === null);

const read = (name: string) =>
  PageReading.parse(readPage(happyDocument(name), fixtureTruth(name).page_url, clockFor(name)));
const ofKind = (sightings: Sighting[], kind: Sighting['kind']) => sightings.filter((s) => s.kind === kind);

describe.each(MEMBER_PAGES)('members page %s', (name) => {
  const truth = fixtureTruth(name);
  const rows = truth.member_rows ?? [];

  it('reads every row exactly as the truth file: member, name, section, badges, join line, referrer', () => {
    const details = selectAll(happyDocument(name), 'memberRow').map(readMemberRowDetail);
    expect(
      details.map(
        (row) =>
          row && {
            user_id: row.memberId,
            display_name: row.name,
            section: row.section,
            badges: row.badges,
            join_text: row.joinText,
            referrer: row.referrer && { user_id: row.referrer.memberId, display_name: row.referrer.name },
          },
      ),
    ).toEqual(
      rows.map((row) => ({
        user_id: row.user_id,
        display_name: row.display_name,
        section: row.section,
        badges: row.badges,
        join_text: row.join_text,
        referrer: row.referrer,
      })),
    );
  });

  it('records one member sighting per distinct member, in page order, and no inviter of their own', () => {
    const reading = read(name);
    expect(reading.page).toEqual({ kind: 'group-members', groupId: truth.group_id });
    const members = ofKind(reading.sightings, 'member');
    expect(reading.sightings).toHaveLength(members.length);
    expect(members.map((s) => s.memberId)).toEqual([...new Set(rows.map((row) => row.user_id))]);
    const rowIds = new Set(rows.map((row) => row.user_id));
    for (const row of rows) {
      const sighting = members.find((s) => s.memberId === row.user_id);
      expect(sighting?.name).toBe(row.display_name);
      if (row.referrer) {
        expect(sighting?.invitedBy).toEqual({
          memberId: row.referrer.user_id,
          name: row.referrer.display_name,
        });
        if (!rowIds.has(row.referrer.user_id))
          expect(members.some((s) => s.memberId === row.referrer?.user_id)).toBe(false);
      }
    }
    expect(reading.health).toMatchObject({
      status: 'ok',
      expected: rows.length,
      read: rows.length,
      problems: [],
    });
  });

  it('keeps the first section of a member listed twice and takes the join line from the other row', () => {
    const members = ofKind(read(name).sightings, 'member');
    for (const sighting of members) {
      const own = rows.filter((row) => row.user_id === sighting.memberId);
      expect(sighting.section ?? null).toBe(own[0]?.section ?? null);
      const join = own.find((row) => row.join_text)?.join_text;
      expect(sighting.rawJoin).toBe(join ?? undefined);
      expect(sighting.badges).toEqual([...new Set(own.flatMap((row) => row.badges))]);
    }
  });
});

describe.each(POST_PAGES)('group page %s', (name) => {
  const truth = fixtureTruth(name);

  it('records exactly the post authors of the truth file', () => {
    const posts = ofKind(read(name).sightings, 'post');
    const expected = (truth.posts ?? []).filter((post) => post.recorded !== false);
    // One sighting per distinct (member, post): captures a and b hold the same post.
    expect(posts.map((s) => [s.memberId, s.name, s.itemId])).toEqual(
      expected.map((post) => [post.author && truthKey(post.author), post.author?.display_name, post.post_id]),
    );
    for (const sighting of posts) {
      expect(sighting.permalink).toBe(
        `https://www.facebook.com/groups/${sighting.permalink?.split('/')[4]}/posts/${sighting.itemId}/`,
      );
      const post = expected.find((p) => p.post_id === sighting.itemId);
      const rawTime = sighting.rawTime?.replace(/\u00a0/g, ' ');
      // An obfuscated label may be kept as shown (decoded) or not at all, never as its scrambled letters.
      if (post?.timestamp_label_shown) expect([undefined, post.timestamp_label_shown]).toContain(rawTime);
      else expect(rawTime).toBe(post?.timestamp_label?.replace(/\u00a0/g, ' '));
      const epoch = post?.creation_time ?? post?.publish_time;
      if (epoch) expect(sighting.at).toBe(new Date(epoch * 1000).toISOString());
      expect(sighting.at).toBeDefined();
    }
  });

  it('records exactly the comment authors of the truth file', () => {
    const comments = ofKind(read(name).sightings, 'comment');
    expect(comments.map((s) => [s.memberId, s.name, s.itemId, s.rawTime])).toEqual(
      (truth.comments ?? []).map((c) => [
        truthKey(c.author),
        c.author.display_name,
        c.comment_id,
        c.time_text,
      ]),
    );
  });

  it('reports every post and comment container as read', () => {
    const { health } = read(name);
    expect(health.problems).toEqual([]);
    expect(health.read).toBe(health.expected);
    // 0 of 0 is no proof: every recorded post and comment is a container the reader expected.
    const recorded = (truth.posts ?? []).filter((post) => post.recorded !== false).length;
    expect(health.expected).toBeGreaterThanOrEqual(recorded + (truth.comments?.length ?? 0));
  });
});

describe.each(NON_GROUP_PAGES)('non-group page %s', (name) => {
  it('records nobody and says the page is not a group page', () => {
    const reading = read(name);
    expect(reading.page).toEqual({ kind: 'other', groupId: null });
    expect(reading.sightings).toEqual([]);
  });
});

describe('comet post and comment markup (profile capture, read without the group gate)', () => {
  const name = 'www_comet_profile_post_with_comments_2025-06';
  const truth = fixtureTruth(name);
  const articles = selectAll(happyDocument(name), 'article');

  it('finds the post in the dialog with its author, id and time label', () => {
    const posts = articles.filter((article) => classifyArticle(article) === 'post');
    expect(posts).toHaveLength(1);
    const detail = readCometPostDetail(posts[0]!, null);
    const [post] = truth.posts ?? [];
    expect(
      detail.author && {
        key: detail.author.person.by === 'vanity' ? detail.author.person.vanity : detail.author.person.id,
        name: detail.author.name,
      },
    ).toEqual({ key: post && post.author && truthKey(post.author), name: post?.author?.display_name });
    expect(detail.post?.postId).toBe(post?.post_id);
    expect(detail.timeLabel).toBe(post?.timestamp_label);
  });

  it('finds every comment with its id, author and time label', () => {
    const comments = articles
      .filter((article) => classifyArticle(article) === 'comment')
      .map((a) => readCometCommentDetail(a, null));
    expect(
      comments.map((c) => [
        c.commentId,
        c.parentCommentId,
        c.author?.name,
        c.author?.person.by === 'vanity' ? c.author.person.vanity : null,
        c.timeLabel,
      ]),
    ).toEqual(
      (truth.comments ?? []).map((c) => [
        c.comment_id,
        c.parent_comment_id ?? null,
        c.author.display_name,
        c.author.vanity,
        c.time_text,
      ]),
    );
  });
});
