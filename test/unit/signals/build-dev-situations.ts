/**
 * Dev situations for tuning the weak-signal detectors, written to a temporary directory by `write` (see
 * dev-situations.ts; `npm run signals:eval -- --dev` builds and scores them). Same format as the held-out set (test/signals/README.md), written by the
 * detectors' author, so they tune nothing that the held-out set measures. Pages are real markup with its people,
 * texts, ids and times replaced: feed posts are copies of the 2025-04 post article `_a`; photos a cell of the
 * 2026-01 feed's album grid; comments the comments of `www_comet_group_post_comments_synthetic` with new words.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Situation } from '../../signals/situation-schema';

const FIXTURES = 'test/fixtures/facebook';
const GID = '693540230009363';
const SOURCE = { uid: '61563021125649', name: 'Mathis Aubert', post: '696444632441581' };
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

const parse = (html: string) => parseHTML(html).document as unknown as Document;
/** linkedom serialises a node as markup with `toString()` (these pages are written to files, never into a DOM). */
const markupOf = (node: Node) => String(node);
const articleHtml = (() => {
  const document = parse(readFileSync(join(FIXTURES, 'www_comet_group_post_article_2025-04_a.html'), 'utf8'));
  return markupOf(document.querySelector('div[role="article"]')!);
})();
const photoCellHtml = (() => {
  const document = parse(readFileSync(join(FIXTURES, 'www_comet_group_feed_2026-01.html'), 'utf8'));
  const anchor = document.querySelector('a[href*="photo/?fbid="][href*="pcb."]')!;
  return markupOf(anchor.parentElement!);
})();

/** Facebook's post time label, English: `3h`, `2d`, then `5 October at 14:20`. */
function label(at: Date, now: Date): string {
  const hours = (now.getTime() - at.getTime()) / 3_600_000;
  if (hours < 24) return `${Math.max(1, Math.floor(hours))}h`;
  if (hours < 24 * 7) return `${Math.floor(hours / 24)}d`;
  const hhmm = at.toISOString().slice(11, 16);
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} at ${hhmm}`;
}

export interface DevPhoto {
  id: string;
  alt: string;
  width: number;
  height: number;
  /** The post the photo was first posted in (a reshare keeps it). */
  set: string;
}
export interface DevPost {
  id: string;
  uid: string;
  name: string;
  at: string;
  text: string;
  photos?: DevPhoto[];
}

function photoCell(photo: DevPhoto): string {
  return photoCellHtml
    .replace(/fbid=\d+(&amp;|&)set=pcb\.\d+/, `fbid=${photo.id}$1set=pcb.${photo.set}`)
    .replace(/aria-label="[^"]*"/, `aria-label="${photo.alt.replace(/"/g, '&quot;')}"`)
    .replace(/\(1\/\(\d+\/\d+\)\)/, `(1/(${photo.width}/${photo.height}))`);
}

function postHtml(post: DevPost, now: Date): string {
  const message = post.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let html = articleHtml
    .replaceAll(SOURCE.uid, post.uid)
    .replaceAll(SOURCE.name, post.name)
    .replaceAll(SOURCE.post, post.id)
    .replace('aria-label="1h"', `aria-label="${label(new Date(post.at), now)}"`)
    .replace(
      /(data-ad-rendering-role="story_message"[^>]*>[\s\S]*?<div[^>]*>[\s\S]*?<div[^>]*>)\s*Cats\s*/,
      `$1${message}`,
    );
  if (post.photos?.length) {
    const grid = `<div>${post.photos.map(photoCell).join('')}</div>`;
    html = html.replace(/(data-ad-rendering-role="story_message")/, `data-dev-grid="1" $1`);
    const at = html.indexOf('data-dev-grid="1"');
    const close = html.indexOf('</div></span>', at);
    html = `${html.slice(0, close)}</div></span>${grid}${html.slice(close + '</div></span>'.length)}`;
  }
  return html;
}

function feedPage(posts: readonly DevPost[], now: Date): string {
  const sorted = [...posts].sort((a, b) => b.at.localeCompare(a.at));
  return `<!doctype html><html lang="en"><body><div role="main"><div role="feed">${sorted
    .map((post) => `<div>${postHtml(post, now)}</div>`)
    .join('')}</div></div></body></html>`;
}

export interface DevComment {
  uid: 'louise' | 'camille';
  text: string;
}
const COMMENTERS = {
  louise: { uid: '100487198121680', name: 'Louise Thomas Taylor' },
  camille: { uid: '61500000000002', name: 'Camille Roux' },
};

/** The comments page with the first comments' words replaced (comment 2 is Camille's, the others Louise's). */
function commentsPage(texts: readonly string[]): string {
  const document = parse(
    readFileSync(join(FIXTURES, 'www_comet_group_post_comments_synthetic.html'), 'utf8'),
  );
  for (const script of Array.from(document.querySelectorAll('script'))) script.remove();
  const comments = Array.from(document.querySelectorAll('div[role="article"][aria-label]'));
  comments.forEach((comment, index) => {
    if (index >= texts.length) return comment.remove();
    const blocks = Array.from(comment.querySelectorAll('div[dir="auto"]'));
    const outer = blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
    outer.forEach((block, at) => (block.textContent = at === 0 ? texts[index]! : ''));
  });
  return `<!doctype html>${markupOf(document.documentElement)}`;
}
export const COMMENT_IDS = ['1775615123501617', '1246139431629243', '719662118646903', '1708507082046088'];

interface DevSituation {
  situation: Situation;
  pages: Record<string, string>;
}

const member = (uid: string, name: string, joinedAt: string, role?: 'admin') => ({
  uid,
  name,
  joinedAt,
  ...(role ? { role } : {}),
});
const visit = (page: string, now: string, url = `https://www.facebook.com/groups/${GID}/`) => ({
  page: `pages/${page}.html`,
  url,
  now,
  tz: 'UTC',
});
const focus = { en: 'cats: care, adoption, health', fr: 'chats : soins, adoption, santé' };

function situation(
  id: string,
  kind: Situation['kind'],
  expect: Situation['expect'],
  members: Situation['members'],
  visits: Situation['visits'],
  pages: Record<string, string>,
  language: 'en' | 'fr' = 'en',
): DevSituation {
  return {
    situation: {
      id,
      kind,
      lookalike: expect.length === 0,
      language,
      group: { id: GID, focus },
      members,
      visits,
      expect,
      notes: `Dev situation ${id}, written by the detectors' author.`,
    },
    pages,
  };
}

/** Where the dev situations are written by default (they are built, not committed: about 7 MB of pages). */
export const DEV_DIR = join(tmpdir(), 'tend-signals-dev');

export function write(all: readonly DevSituation[], out = DEV_DIR): void {
  rmSync(out, { recursive: true, force: true });
  for (const { situation: s, pages } of all) {
    mkdirSync(join(out, s.id, 'pages'), { recursive: true });
    writeFileSync(join(out, s.id, 'situation.json'), `${JSON.stringify(s, null, 2)}\n`);
    for (const [name, html] of Object.entries(pages))
      writeFileSync(join(out, s.id, 'pages', `${name}.html`), html);
  }
}

export { feedPage, commentsPage, situation, member, visit, GID, COMMENTERS };
export type { DevSituation };
