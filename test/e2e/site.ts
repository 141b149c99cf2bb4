/**
 * The bundled sample group: saved Facebook pages served at their real facebook.com URLs inside the browser, with
 * every other request aborted (the captures reference Facebook's scripts, which would hang the page).
 * Used by the end-to-end tests and by `npm start`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { sightingKey } from '@/storage/ingest';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/facebook');

export interface SamplePage {
  url: string;
  file: string;
}

export const MEMBERS_GROUP = '345769890781387';
export const POSTS_GROUP = '693540230009363';

export const SAMPLE_PAGES = {
  members: {
    url: `https://www.facebook.com/groups/${MEMBERS_GROUP}/members`,
    file: 'www_comet_group_members_2024-08.html',
  },
  post: {
    url: `https://www.facebook.com/groups/${POSTS_GROUP}/`,
    file: 'www_comet_group_post_article_2025-04_a.html',
  },
  /** A whole feed (five posts: three by members, one anonymous, one suggested from another group). */
  feed: {
    url: `https://www.facebook.com/groups/${POSTS_GROUP}/?sorting_setting=CHRONOLOGICAL`,
    file: 'www_comet_group_feed_synthetic.html',
  },
  /** A post of the group with ten comments and a reply. */
  comments: {
    url: `https://www.facebook.com/groups/${POSTS_GROUP}/posts/3744420902118814/`,
    file: 'www_comet_group_post_comments_synthetic.html',
  },
} satisfies Record<string, SamplePage>;

export function readTruth<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, file.replace(/\.html$/, '.truth.json')), 'utf8')) as T;
}

/** The stored keys (sorted) of the posts and comments a page's truth file lists, each with its author. */
export function activityKeysOf(file: string, groupId: string): string[] {
  const truth = readTruth<{
    posts: { post_id: string; author: { user_id: string } }[];
    comments: { comment_id: string; author: { user_id: string } }[];
  }>(file);
  return [
    ...truth.posts.map((post) =>
      sightingKey(groupId, { memberId: post.author.user_id, kind: 'post', itemId: post.post_id }),
    ),
    ...truth.comments.map((comment) =>
      sightingKey(groupId, { memberId: comment.author.user_id, kind: 'comment', itemId: comment.comment_id }),
    ),
  ].sort();
}

/** Serves `pages` at their URLs; every other request from any page is aborted and recorded in `aborted`. */
export async function serveFacebook(context: BrowserContext, pages: readonly SamplePage[]) {
  const byUrl = new Map(pages.map((page) => [page.url, page.file]));
  const aborted: string[] = [];
  // Only web requests: the extension's own pages and scripts (chrome-extension://) must load untouched.
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route: Route) => {
      const url = route.request().url();
      const file = byUrl.get(url);
      if (file) {
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: readFileSync(path.join(FIXTURES, file)),
        });
      } else {
        aborted.push(url);
        await route.abort();
      }
    },
  );
  return { aborted };
}
