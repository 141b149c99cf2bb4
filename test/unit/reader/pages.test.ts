/** URL detection, tested both ways: every listed URL is its route, and no other route. */
import { describe, expect, it } from 'vitest';
import { detectPage, type GroupRoute } from '@/utils/facebook/pages';

const G = 'https://www.facebook.com/groups';
const URLS: Record<GroupRoute, string[]> = {
  'group-feed': [
    `${G}/345769890781387/`,
    `${G}/345769890781387`,
    `${G}/rescuecatsnetwork/`,
    `${G}/345769890781387/?sorting_setting=CHRONOLOGICAL`,
    `${G}/345769890781387/?sorting_setting=RECENT_ACTIVITY&__cft__[0]=AZx&__tn__=-UC%2CP-R`,
    `${G}/345769890781387/?fbclid=IwAR0abc&refid=18`,
    `${G}/345769890781387/?notif_id=1723&notif_t=group_activity&ref=notif`,
    'https://m.facebook.com/groups/117167183000933/',
    'https://web.facebook.com/groups/345769890781387/',
  ],
  'group-post': [
    `${G}/693540230009363/posts/696444632441581/`,
    `${G}/693540230009363/posts/696444632441581/?__cft__[0]=AZu1&__tn__=%2CO%2CP-R`,
    `${G}/693540230009363/posts/pfbid02cFHyp4ZmJK8hJMdKj3zbCkiCmuhyxTFSHrsQ1U3Fogz67oHKT5FnMxnmrskATsmql/`,
    'https://m.facebook.com/groups/catsittersexchange/permalink/1622226545524414/',
    `${G}/345769890781387/permalink/1622226545524414/?refid=18`,
    `${G}/345769890781387/?multi_permalinks=1622226545524414`,
    `${G}/345769890781387/?multi_permalinks=1622226545524414,1622226545524415&notif_id=1`,
    `${G}/693540230009363/posts/696444632441581/?comment_id=1775615123501617`,
    `${G}/693540230009363/posts/696444632441581/?comment_id=1775615123501617&reply_comment_id=748561937438841&notif_t=comment_mention`,
    'https://www.facebook.com/photo/?fbid=10187774919965497&set=gm.4026109081305226',
    'https://www.facebook.com/photo.php?fbid=10187774919965497&set=gm.4026109081305226&type=3',
  ],
  'group-photo': ['https://www.facebook.com/photo/?fbid=10187774919965497&set=g.345769890781387'],
  'group-members': [
    `${G}/345769890781387/members`,
    `${G}/345769890781387/members/`,
    `${G}/345769890781387/members/admins`,
    `${G}/345769890781387/members/friends/`,
    `${G}/345769890781387/members/things_in_common`,
    `${G}/345769890781387/members/?fbclid=abc`,
  ],
  'group-member': [
    `${G}/693540230009363/user/61563021125649/`,
    `${G}/693540230009363/user/61563021125649/?__cft__[0]=AZu1&__tn__=-UC%2CP-R`,
  ],
  'member-requests': [
    `${G}/345769890781387/member-requests`,
    `${G}/345769890781387/member-requests/?notif_id=1`,
  ],
  'pending-posts': [`${G}/345769890781387/pending_posts`, `${G}/345769890781387/pending_posts/`],
  'group-about': [`${G}/345769890781387/about`, `${G}/345769890781387/about/`],
  'group-search': [`${G}/345769890781387/search/?q=cat%20food`],
  'group-other': [`${G}/345769890781387/media`, `${G}/345769890781387/events`],
  'not-a-group': [
    `${G}/feed/`,
    `${G}/discover/`,
    `${G}/joins/`,
    `${G}/search/?q=cats`,
    'https://www.facebook.com/',
    'https://www.facebook.com/louise.thomas.taylor.3/posts/pfbid02cFHyp4ZmJK8hJMdKj3zbCkiCmuhyxTFSHrsQ1U3Fogz67oHKT5FnMxnmrskATsmql',
    'https://www.facebook.com/people/Lily-Claire-Gu%C3%A9rin/100153260508269/',
    'https://www.facebook.com/photo/?fbid=10187774919965497&set=a.123456',
    'https://example.org/groups/345769890781387/',
    'not a url',
  ],
};

describe('detectPage', () => {
  const routes = Object.keys(URLS) as GroupRoute[];
  for (const route of routes) {
    for (const url of URLS[route]) {
      it(`${url} is ${route} and nothing else`, () => {
        const location = detectPage(url);
        expect(location.route).toBe(route);
        for (const other of routes.filter((r) => r !== route)) expect(location.route).not.toBe(other);
      });
    }
  }

  it('reads ids and ignores tracking parameters', () => {
    expect(
      detectPage(
        `${G}/693540230009363/posts/696444632441581/?comment_id=17&reply_comment_id=74&__tn__=R]-R&fbclid=x`,
      ),
    ).toEqual({
      route: 'group-post',
      kind: 'group-post',
      groupId: '693540230009363',
      postId: '696444632441581',
      commentId: '17',
      replyCommentId: '74',
      legacyMobile: false,
    });
    expect(detectPage(`${G}/693540230009363/user/61563021125649/?__cft__[0]=AZ`)).toMatchObject({
      kind: 'group-member',
      memberId: '61563021125649',
    });
    expect(detectPage(`${G}/345769890781387/members/admins?refid=1`)).toMatchObject({
      kind: 'group-members',
      section: 'admins',
    });
    expect(detectPage('https://m.facebook.com/groups/117167183000933/')).toMatchObject({
      legacyMobile: true,
    });
    expect(detectPage('https://www.facebook.com/photo/?set=gm.4026109081305226')).toMatchObject({
      kind: 'group-post',
      postId: '4026109081305226',
      groupId: null,
    });
  });
});
