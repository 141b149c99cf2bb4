/**
 * The kinds of change Facebook makes to its markup, as small functions that change the document they are given
 * and nothing else. Give each a fresh parse of the page: copying a whole document in happy-dom either leaves it
 * unable to find elements by id (`cloneNode`) or makes it load the page's scripts, style sheets and frames
 * (`importNode` into another document). Written from what the captures show, not from how the reader works; every
 * random choice comes from a seeded generator, so the same seed always gives the same page.
 */

import { mulberry32 as seeded } from '../../../support/random';

export type Transform = (document: Document) => void;

/** `<body>`, or the document itself for a saved fragment (one post's markup with no page around it). */
export const pageRoot = (document: Document): ParentNode => document.querySelector('body') ?? document;

/** The text of every text node under `<body>` outside scripts and styles (a Document has no textContent). */
export function pageTexts(document: Document): Text[] {
  const walker = document.createTreeWalker(pageRoot(document) as Node, 4);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest('script, style')) texts.push(node as Text);
  return texts;
}
const elements = (root: Document | Element) => Array.from(root.querySelectorAll('*'));
const outermost = (found: Element[]) =>
  found.filter((el) => !found.some((other) => other !== el && other.contains(el)));

/** Attributes whose value is a list of ids (ARIA relations and form links). */
const ID_LIST_ATTRIBUTES = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'for',
  'headers',
];
/** Attributes that may point at an id as `#id` or `url(#id)` (links, SVG masks and paints, inline styles). */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'mask', 'fill', 'stroke', 'clip-path', 'filter', 'style'];

function freshName(random: () => number, prefix: string, taken: Set<string>): string {
  for (;;) {
    const name = `${prefix}${Math.floor(random() * 36 ** 6).toString(36)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/**
 * Every class token and every id gets a new name, the same name everywhere it occurs: id references (ARIA
 * relations, `#id`, `url(#id)`) follow their id, and the page's own style sheets follow the class names.
 */
export function renameClassesAndIds(seed: number): Transform {
  return (document) => {
    const random = seeded(seed);
    const taken = new Set<string>();
    const classes = new Map<string, string>();
    const ids = new Map<string, string>();
    const all = elements(document);
    for (const el of all) {
      for (const token of Array.from(el.classList))
        if (!classes.has(token)) classes.set(token, freshName(random, 'k', taken));
      const id = el.getAttribute('id');
      if (id !== null && !ids.has(id)) ids.set(id, freshName(random, 'i', taken));
    }
    const renameRef = (value: string) =>
      value.replace(/(#|url\(\s*['"]?#)([^\s)'"]+)/g, (whole, lead: string, id: string) => {
        const renamed = ids.get(id);
        return renamed ? `${lead}${renamed}` : whole;
      });
    for (const el of all) {
      const classValue = el.getAttribute('class');
      if (classValue !== null)
        el.setAttribute(
          'class',
          classValue
            .split(/\s+/)
            .filter(Boolean)
            .map((token) => classes.get(token) ?? token)
            .join(' '),
        );
      const id = el.getAttribute('id');
      if (id !== null) el.setAttribute('id', ids.get(id) ?? id);
      for (const name of ID_LIST_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value !== null)
          el.setAttribute(
            name,
            value
              .split(/\s+/)
              .map((ref) => ids.get(ref) ?? ref)
              .join(' '),
          );
      }
      for (const name of URL_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value !== null && value.includes('#')) el.setAttribute(name, renameRef(value));
      }
    }
    const renameSelectors = (css: string) =>
      css.replace(/\.(-?[_a-zA-Z][\w-]*)/g, (whole, token: string) => {
        const renamed = classes.get(token);
        return renamed ? `.${renamed}` : whole;
      });
    for (const style of Array.from(document.querySelectorAll('style')))
      style.textContent = renameSelectors(style.textContent ?? '');
    for (const link of Array.from(document.querySelectorAll('link[href^="data:text/css"]')))
      link.setAttribute('href', renameSelectors(link.getAttribute('href') ?? ''));
  };
}

/** `role="article"` removed from every element that has it; the elements stay. */
export const removeArticleRoles: Transform = (document) => {
  for (const el of Array.from(document.querySelectorAll('[role="article"]'))) el.removeAttribute('role');
};

/** Each element's attributes put back in a shuffled order (same names, same values). */
export function shuffleAttributes(seed: number): Transform {
  return (document) => {
    const random = seeded(seed);
    for (const el of elements(document)) {
      const attributes = Array.from(el.attributes, (a) => [a.name, a.value] as const);
      if (attributes.length < 2) continue;
      for (let i = attributes.length - 1; i > 0; i -= 1) {
        const j = Math.floor(random() * (i + 1));
        [attributes[i], attributes[j]] = [attributes[j]!, attributes[i]!];
      }
      for (const [name] of attributes) el.removeAttribute(name);
      for (const [name, value] of attributes) el.setAttribute(name, value);
    }
  };
}

/** A place in the page that holds one post, comment thread or member row, found without the reader. */
export type ItemSelector = (document: Document) => Element[];

const holdsLink = (el: Element) => el.querySelector('a[href]') !== null;
const MEMBER_LINK = 'a[href*="/user/"]';

/**
 * Post containers as the captures show them: the feed's children that hold a member link, `role=article`
 * elements that hold a link (not the empty loading placeholders), and m.facebook.com's `article` stories,
 * permalink story view and comments.
 */
export const postContainers: ItemSelector = (document) =>
  outermost([
    ...Array.from(document.querySelectorAll('[role="feed"] > *')).filter(
      (el) => el.querySelector(MEMBER_LINK) !== null,
    ),
    ...Array.from(
      document.querySelectorAll(
        '[role="article"], article, [data-sigil~="m-story-view"], [data-sigil~="comment"]',
      ),
    ).filter(holdsLink),
  ]);

/** Member rows: list items holding a member link, and the rows-only capture's top-level row fragments. */
export const memberRows: ItemSelector = (document) =>
  outermost([
    ...Array.from(document.querySelectorAll('[role="listitem"]')).filter(
      (el) => el.querySelector(MEMBER_LINK) !== null,
    ),
    ...Array.from(document.querySelectorAll('[data-visualcompletion="ignore-dynamic"]')).filter(
      (el) => el.querySelector(MEMBER_LINK) !== null,
    ),
  ]);

/** Every item the selector finds wrapped in `depth` more plain divs, in place. */
export function wrapItems(select: ItemSelector, depth: number): Transform {
  return (document) => {
    for (const item of select(document)) {
      const parent = item.parentNode;
      if (!parent) continue;
      const outer = document.createElement('div');
      let inner = outer;
      for (let level = 1; level < depth; level += 1) inner = inner.appendChild(document.createElement('div'));
      parent.replaceChild(outer, item);
      inner.appendChild(item);
    }
  };
}

/**
 * The `index`-th item moved out of its place into a modal dialog layer at the end of `<body>` (in its place on a
 * saved fragment), as Facebook shows a post opened from the feed or a permalink.
 */
export function moveIntoDialog(select: ItemSelector, index = 0): Transform {
  return (document) => {
    const item = select(document)[index];
    if (!item?.parentNode) return;
    const layer = document.createElement('div');
    const dialog = layer.appendChild(document.createElement('div'));
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    const body = document.querySelector('body');
    if (body) body.appendChild(layer);
    else item.parentNode.replaceChild(layer, item);
    dialog.appendChild(item);
  };
}

/**
 * Invisible characters of the kinds seen in scraped names: the combining grapheme joiner (Facebook's name
 * watermark), zero-width space and word joiner, and bidi marks, embeddings and isolates.
 */
export const WATERMARKS = [
  '\u034f',
  '\u200b',
  '\u2060',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202c',
  '\u2066',
  '\u2069',
];

function watermark(name: string, random: () => number): string {
  const chars = Array.from(name);
  const count = 1 + Math.floor(random() * 3);
  for (let n = 0; n < count; n += 1) {
    const at = 1 + Math.floor(random() * Math.max(chars.length - 1, 1));
    chars.splice(at, 0, WATERMARKS[Math.floor(random() * WATERMARKS.length)]!);
  }
  return chars.join('');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Watermark characters inserted into every displayed occurrence of the given names: text nodes that are the
 * name alone, and the name inside `aria-label`s ("Comment by <name> …", "<name>, view story").
 */
export function watermarkNames(names: readonly string[], seed: number): Transform {
  return (document) => {
    const random = seeded(seed);
    const wanted = new Set(names.filter((name) => name.length > 1));
    for (const text of pageTexts(document)) {
      const trimmed = text.data.trim();
      if (wanted.has(trimmed)) text.data = text.data.replace(trimmed, watermark(trimmed, random));
    }
    if (wanted.size === 0) return;
    const longestFirst = [...wanted].sort((a, b) => b.length - a.length);
    const anyName = new RegExp(longestFirst.map(escapeRegExp).join('|'), 'g');
    for (const el of Array.from(document.querySelectorAll('[aria-label]'))) {
      const label = el.getAttribute('aria-label') ?? '';
      const marked = label.replace(anyName, (name) => watermark(name, random));
      if (marked !== label) el.setAttribute('aria-label', marked);
    }
  };
}
