// Real Facebook markup the labelled situations are made of (see test/signals/README.md): one 2025-04 post
// article, one photo cell of the 2026-01 feed capture, the 2025-06 post dialog and one of its comments. Each is
// parsed once; a page is made by filling copies of these with invented people, texts, times and ids.
import { parseHTML } from 'linkedom';
import fs from 'fs';

const FIXTURES = 'test/fixtures/facebook/';
const read = (file) => fs.readFileSync(FIXTURES + file, 'utf8');

// The captures' own (already anonymised) values, replaced in every copy.
const ARTICLE = {
  gid: '693540230009363',
  uid: '61563021125649',
  name: 'Mathis Aubert',
  pid: '696444632441581',
};
const DIALOG = {
  gid: '693540230009363',
  uid: '100487198121680',
  name: 'Louise Thomas Taylor',
  pid: '3744420902118814',
};
const MESSAGE = '@@MESSAGE@@';
const ATTACHMENT = '@@ATTACHMENT@@';
const COMMENTS = '@@COMMENTS@@';

export const escapeHtml = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

// Whitespace between tags is the captures' pretty-printing; dropping it keeps pages small and changes no text.
const compact = (html) => html.replace(/>\s+</g, '><');

function parseFragment(html) {
  const { document } = parseHTML(
    `<!doctype html><html><body><div id="wrap">${compact(html)}</div></body></html>`,
  );
  return document;
}

/** The 2025-04 article `_a`: its comment composer removed (no person, id or time in it), markers for the text. */
function articleTemplate() {
  const document = parseFragment(read('www_comet_group_post_article_2025-04_a.html'));
  const article = document.querySelector('[role=article]');
  let composer = article.querySelector('form');
  while (!composer.parentElement.querySelector('[data-ad-rendering-role=like_button]'))
    composer = composer.parentElement;
  composer.remove();
  const message = article.querySelector('[data-ad-rendering-role=story_message]');
  const line = message.querySelector('span > div');
  const lineClass = line.getAttribute('class');
  line.replaceWith(document.createTextNode(MESSAGE));
  message.parentElement.after(document.createTextNode(ATTACHMENT));
  return { html: article.outerHTML, lineClass };
}

/** One photo cell of the 2026-01 album grid and the wrappers around the grid. */
function photoTemplate() {
  const { document } = parseHTML(compact(read('www_comet_group_feed_2026-01.html')));
  const post = document.querySelector('[role=feed]').children[1];
  const link = post.querySelector('a[href*="/photo/?fbid="]');
  const cell = link.parentElement;
  const grid = cell.parentElement;
  const outer = grid.parentElement.parentElement.parentElement.cloneNode(true);
  const gridCopy = outer.querySelector('[style^="padding-top:calc"]');
  gridCopy.setAttribute('style', '@@GRIDSTYLE@@');
  for (const child of [...gridCopy.children]) child.remove();
  gridCopy.appendChild(document.createTextNode('@@CELLS@@'));
  const cellCopy = cell.cloneNode(true);
  cellCopy.setAttribute('style', '@@CELLSTYLE@@');
  const a = cellCopy.querySelector('a');
  a.setAttribute('aria-label', '@@ALT@@');
  a.setAttribute('href', '@@HREF@@');
  cellCopy.querySelector('[style*="/(720/1241)"]').setAttribute('style', '@@RATIO@@');
  cellCopy.querySelector('img').setAttribute('src', '@@SRC@@');
  const emoji = post.querySelector('img[src*="emoji.php"][height="16"]').parentElement;
  const cft = link.getAttribute('href').match(/__cft__\[0\]=[^&]*/)[0];
  return { outer: outer.outerHTML, cell: cellCopy.outerHTML, emoji: emoji.outerHTML, cft };
}

/** The 2025-06 dialog with its ten comments taken out, and one comment (its link preview removed). */
function dialogTemplate() {
  const document = parseFragment(
    read('www_comet_group_post_comments_synthetic.html').match(/<body[^>]*>([\s\S]*)<\/body>/)[1],
  );
  const dialog = document.querySelector('[role=dialog]');
  for (const script of [...dialog.querySelectorAll('script')]) script.remove();
  const comments = [...dialog.querySelectorAll('[role=article][aria-label]')];
  const list = comments[0].parentElement.parentElement;
  const wrapper = comments[8].parentElement.cloneNode(true);
  for (const old of comments) old.parentElement.remove();
  list.insertBefore(document.createTextNode(COMMENTS), list.firstChild);
  const message = dialog.querySelector('[data-ad-rendering-role=story_message] span[dir=auto] > div');
  const lines = [...message.children];
  const lineClass = lines[0].getAttribute('class');
  for (const line of lines) line.remove();
  message.appendChild(document.createTextNode(MESSAGE));
  const comment = wrapper.querySelector('[role=article]');
  comment.querySelector('[data-ft]').remove();
  const badge = comment.querySelector('[role=button][aria-label="View information about identity badges"]');
  badge.replaceWith(document.createTextNode('@@BADGE@@'));
  const body = comment.querySelector('span[dir=auto][lang]');
  const [first, next] = [...body.children];
  for (const line of [...body.children]) line.remove();
  body.appendChild(document.createTextNode(MESSAGE));
  return {
    dialog: dialog.outerHTML,
    lineClass,
    comment: wrapper.outerHTML,
    badge: badge.outerHTML,
    firstLine: first.getAttribute('class'),
    nextLine: next.getAttribute('class'),
  };
}

export const templates = { article: articleTemplate(), photo: photoTemplate(), dialog: dialogTemplate() };
export const ORIGINAL = { ARTICLE, DIALOG, MESSAGE, ATTACHMENT, COMMENTS };
