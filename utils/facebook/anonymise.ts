/**
 * An anonymised copy of a Facebook page, for a bug report and for turning into a test fixture. Pure (standard DOM
 * reads only, never a change to the page) and never throws: a failure is an error result.
 *
 * Two steps. First the page is read for what is personal: the names on links to people and groups and in the
 * page data, vanity names in addresses, post and comment text, and free-standing text that is not a short label.
 * Then the page is written out as HTML (scripts emptied, except the JSON page data the reader reads) and every
 * personal string is replaced in every form it takes there (as written, HTML-escaped, JSON-escaped with or without
 * `\uXXXX` and `\/`, URL-encoded), along with what can be told by its shape: numeric ids of 6 or more digits (same
 * length, also inside base64 node ids such as `comment:<post>_<comment>`), `pfbid…` ids, tracking tokens, media
 * and outside links, e-mail addresses. The same input always gets the same replacement within one copy, so links,
 * ids and the page data still agree. Tags, nesting, attributes, roles, link shapes and Facebook's labels stay.
 */
import { readJoinLine, readTimePhrase, type Clock } from './time';
import { normalizeText } from './text';
import { parseFacebookUrl, personFromUrl, type ParsedUrl } from './urls';

export type AnonymisedPage =
  | { ok: true; html: string; url: string; replaced: { strings: number; ids: number } }
  | { ok: false; error: string };

export interface AnonymiseOptions {
  /** Seeds the replacements (tests); by default a fresh random seed, so a copy cannot be matched to another. */
  seed?: number;
}

type SecretKind = 'person' | 'group' | 'vanity' | 'text';

export function anonymisePage(
  root: Document | Element,
  pageUrl: string,
  options: AnonymiseOptions = {},
): AnonymisedPage {
  try {
    if (!root.firstChild) return { ok: false, error: 'the page has no content' };
    const secrets = collectSecrets(root, pageUrl);
    const fakes = new Fakes(options.seed ?? randomSeed(), secrets);
    const anonymise = (text: string) =>
      replaceByShape(replaceSecrets(replaceLinks(text, fakes), fakes), fakes);
    const html = fixContentLengths(anonymise(serialise(root)));
    return { ok: true, html, url: anonymise(pageUrl), replaced: fakes.counts() };
  } catch (error) {
    return {
      ok: false,
      error: `could not anonymise the page (${error instanceof Error ? error.name : 'unknown'})`,
    };
  }
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_TYPE_NODE = 10;
const isDocument = (node: Node): node is Document => node.nodeType === 9;
/** A fixed clock: only whether a phrase reads as a time or a join line matters here, not when. */
const ANY_CLOCK: Clock = { now: new Date(Date.UTC(2026, 0, 1)), timeZone: 'UTC' };

function randomSeed(): number {
  const values = new Uint32Array(1);
  globalThis.crypto.getRandomValues(values);
  return values[0] ?? 1;
}

// ---------- What is personal ----------

/**
 * Containers of what people wrote: post bodies and link previews (`data-ad-rendering-role`, `data-ad-preview`),
 * m. comment bodies (`data-sigil`). Told by attribute reads rather than selectors, which are slower per element.
 */
const WRITTEN: [attribute: string, values: Set<string>][] = [
  ['data-ad-rendering-role', new Set(['story_message', 'description', 'title'])],
  ['data-ad-preview', new Set(['message'])],
  ['data-ad-comet-preview', new Set(['message'])],
  ['data-sigil', new Set(['comment-body'])],
];
const isWritten = (element: Element) =>
  WRITTEN.some(([attribute, values]) => values.has(element.getAttribute(attribute) ?? ''));
/** Facebook's own controls and headings: their text is its labels (names in them are still replaced). */
const CONTROL_TAGS = new Set('title button h1 h2 h3 h4 h5 h6 label select option'.split(' '));
const CONTROL_ROLES = new Set(
  'button tab tablist menu menuitem navigation banner heading tooltip status toolbar option switch checkbox radio combobox'.split(
    ' ',
  ),
);
const isControl = (element: Element) =>
  CONTROL_TAGS.has(element.localName) || CONTROL_ROLES.has(element.getAttribute('role') ?? '');
const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';
const META_TEXT = 'meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]';

type TextRole = 'written' | 'person' | 'group' | 'control' | 'free';

function collectSecrets(top: Document | Element, pageUrl: string): Map<string, SecretKind> {
  const secrets = new Map<string, SecretKind>();
  const add = (raw: string, kind: SecretKind) => {
    const text = normalizeText(raw);
    if (text.length < 2 || !/\p{L}/u.test(text) || secrets.has(text)) return;
    if (kind !== 'text' && (readTimePhrase(text, ANY_CLOCK) || text.length > 200)) return;
    secrets.set(text, kind);
    // The first name alone ("Comment as Camille") gets the first name of the same replacement.
    const first = text.split(' ')[0] ?? '';
    if (kind === 'person' && first !== text && first.length >= 3) secrets.set(first, 'person');
  };
  const base = parseFacebookUrl(pageUrl);
  if (base) addVanities(base, add);
  walkTexts(top, base, add);
  for (const meta of top.querySelectorAll(META_TEXT)) add(meta.getAttribute('content') ?? '', 'text');
  // An image's description names who is in it or quotes its text ("Camille Roux, profile picture").
  for (const image of top.querySelectorAll('img[alt]')) {
    const alt = image.getAttribute('alt') ?? '';
    // An avatar's "<Name>, profile picture" names the person, who may be named nowhere else as a link.
    const named = /^((?:\p{Lu}[\p{L}'’.-]*\s?){1,4}), /u.exec(alt)?.[1];
    if (named) add(named, 'person');
    addText(alt, 'free', add);
  }
  for (const script of top.querySelectorAll('script')) collectFromData(script.textContent ?? '', add);
  for (const input of top.querySelectorAll('input[value]:not([type="hidden"])'))
    add(input.getAttribute('value') ?? '', 'text');
  return secrets;
}

type Add = (text: string, kind: SecretKind) => void;

/** Walks the page's text nodes with the role of the nearest meaningful ancestor (no recursion: pages are deep). */
function walkTexts(top: Document | Element, base: ParsedUrl | null, add: Add): void {
  const stack: { node: Node; role: TextRole }[] = [{ node: top, role: 'free' }];
  while (stack.length) {
    const { node, role } = stack.pop() as { node: Node; role: TextRole };
    if (node.nodeType === TEXT_NODE) {
      addText(node.textContent ?? '', role, add);
      continue;
    }
    if (isDocument(node)) {
      for (const child of Array.from(node.childNodes).reverse()) stack.push({ node: child, role });
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.localName === 'script' || element.localName === 'style') continue;
    const inner = roleOf(element, role, base, add);
    for (let child = element.lastChild; child; child = child.previousSibling)
      stack.push({ node: child, role: inner });
  }
}

function roleOf(element: Element, outer: TextRole, base: ParsedUrl | null, add: Add): TextRole {
  if (element.localName === 'a') {
    const role = linkRole(element, base, add);
    if (role === 'person' || role === 'group') {
      if (!normalizeText(element.textContent ?? '')) add(avatarName(element), role);
      return role;
    }
    if (role === 'control' && outer === 'free') return 'control';
  }
  if (outer === 'written' || isWritten(element)) return 'written';
  if (element.getAttribute('data-ad-rendering-role') === 'profile_name') return 'person';
  // Comet comment and post bodies are the auto-direction blocks of an article.
  if (
    element.localName === 'div' &&
    element.getAttribute('dir') === 'auto' &&
    element.closest('[role="article"]')
  )
    return outer === 'person' || outer === 'group' ? outer : 'written';
  if (outer === 'free' && isControl(element)) return 'control';
  return outer;
}

/**
 * An avatar link names its person only in a label: its image's ("Camille Roux"), or its own when that reads
 * "<name>, <action>" ("Camille Roux, view story"); its own label alone is often Facebook's ("Profile").
 */
function avatarName(link: Element): string {
  const image = link.querySelector('svg[aria-label], img[alt]');
  const own = link.getAttribute('aria-label') ?? '';
  const label =
    image?.getAttribute('aria-label') || image?.getAttribute('alt') || (own.includes(', ') ? own : '');
  return label.split(', ')[0] ?? '';
}

/**
 * What a link's text is: a person's or a group's name, one of Facebook's labels (a link to one of its pages), or
 * free text (a link elsewhere). Records the vanity names it shows.
 */
function linkRole(link: Element, base: ParsedUrl | null, add: Add): TextRole {
  const url = parseFacebookUrl(link.getAttribute('href') ?? '', base ?? undefined);
  if (!url) return 'free';
  addVanities(url, add);
  const [first, second, third] = url.segments;
  // A group's name is its heading's link; its tabs (Discussion, About…) link to the group too.
  if (first === 'groups' && second !== undefined && third === undefined && link.closest(HEADINGS))
    return 'group';
  return personFromUrl(url) ? 'person' : 'control';
}

function addVanities(url: ParsedUrl, add: Add): void {
  const [first, second, third] = url.segments;
  if ((first === 'groups' || first === 'hashtag') && second && !/^\d+$/.test(second)) add(second, 'vanity');
  if (first === 'people' && second) add(second, 'vanity');
  const person = personFromUrl(url);
  if (person?.by === 'vanity') add(person.vanity, 'vanity');
  else if (first && second && third === undefined && /^[a-z0-9.]{5,}$/i.test(first) && first.includes('.'))
    add(first, 'vanity');
}

/** Free-standing text of three words or more is someone's words (a bio, a description) unless Facebook's own. */
function addText(raw: string, role: TextRole, add: Add): void {
  const text = normalizeText(raw);
  if (!text) return;
  if (role === 'written') return add(text, 'text');
  if (role === 'person' || role === 'group') return add(text, role);
  if (role === 'control' || text.split(' ').length < 3 || !/\p{L}/u.test(text)) return;
  if (readTimePhrase(text, ANY_CLOCK) || isJoinLine(text)) return;
  add(text, 'text');
}

function isJoinLine(text: string): boolean {
  const reading = readJoinLine(text, ANY_CLOCK);
  return reading.hasReferrer || reading.joinedAfter !== undefined || reading.joinedBefore !== undefined;
}

const JSON_STRING = '"((?:[^"\\\\]|\\\\.){1,2000})"';
/** Page data: names of people, Pages and groups, vanity names, and what people wrote. */
const DATA_PATTERNS: { pattern: RegExp; kind: SecretKind }[] = [
  {
    pattern: new RegExp(
      `"(?:__typename|__isActor|__isProfile)":"(?:User|Page|Group)"[^{}]{0,600}?"name":${JSON_STRING}`,
      'g',
    ),
    kind: 'person',
  },
  {
    pattern: new RegExp(
      `"name":${JSON_STRING}[^{}]{0,600}?"(?:__typename|__isActor|__isProfile)":"(?:User|Page|Group)"`,
      'g',
    ),
    kind: 'person',
  },
  {
    pattern: new RegExp(
      `"(?:short_name|first_name|last_name|alternate_name|NAME|SHORT_NAME)":${JSON_STRING}`,
      'g',
    ),
    kind: 'person',
  },
  { pattern: new RegExp(`"(?:vanity|username|profile_username)":${JSON_STRING}`, 'g'), kind: 'vanity' },
  {
    pattern: new RegExp(
      `"(?:message|body|comment_body|preferred_body|text_with_entities|description|group_description|title_with_entities)":\\{[^{}]{0,200}?"text":${JSON_STRING}`,
      'g',
    ),
    kind: 'text',
  },
];

function collectFromData(script: string, add: Add): void {
  if (!script.includes('"')) return;
  for (const { pattern, kind } of DATA_PATTERNS) {
    for (const match of script.matchAll(pattern)) {
      const value = jsonString(match[1] ?? '');
      if (value === null) continue;
      // Text is matched line by line, as the page shows it, so the page and its data keep agreeing.
      if (kind === 'text') for (const line of value.split('\n')) add(line, 'text');
      else add(value, kind);
    }
  }
}

function jsonString(body: string): string | null {
  try {
    const value: unknown = JSON.parse(`"${body}"`);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

// ---------- Writing the page out ----------

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const RAW_TEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

const escapeText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

/**
 * The page as HTML, as a browser writes it, except that scripts other than JSON page data are emptied. A document
 * is written child by child: a saved fragment (rows without `<html>`) may hold several top-level elements.
 */
function serialise(top: Document | Element): string {
  const out: string[] = [];
  const write = (node: Node, rawText: boolean) => {
    if (node.nodeType === TEXT_NODE)
      out.push(rawText ? (node.textContent ?? '') : escapeText(node.textContent ?? ''));
    else if (node.nodeType === COMMENT_NODE) out.push(`<!--${node.textContent ?? ''}-->`);
    else if (node.nodeType === ELEMENT_NODE) writeElement(node as Element);
    else if (node.nodeType === DOCUMENT_TYPE_NODE)
      out.push(`<!DOCTYPE ${(node as DocumentType).name || 'html'}>`);
  };
  const writeElement = (element: Element) => {
    const tag = element.localName;
    const script = tag === 'script';
    const pageData = script && element.getAttribute('type') === 'application/json';
    out.push(`<${tag}`);
    for (const { name, value } of Array.from(element.attributes)) {
      // A script's inline source (a data: address) is code like its body.
      const kept = script && name === 'src' && value.startsWith('data:') ? 'data:,' : value;
      out.push(` ${name}="${escapeAttribute(kept)}"`);
    }
    out.push('>');
    if (VOID.has(tag)) return;
    if (!script || pageData)
      for (let child = element.firstChild; child; child = child.nextSibling)
        write(child, script || RAW_TEXT.has(tag));
    out.push(`</${tag}>`);
  };
  // A document's children as a list: linkedom does not link its doctype to the next sibling.
  if (isDocument(top)) for (const child of Array.from(top.childNodes)) write(child, false);
  else writeElement(top);
  return out.join('');
}

/** Facebook's JSON scripts state their length; the copy's texts differ in length, so it is stated again. */
function fixContentLengths(html: string): string {
  return html.replace(
    /(<script[^>]*?data-content-len=")\d+("[^>]*>)([\s\S]*?)(<\/script>)/g,
    (_all, head: string, rest: string, body: string, end: string) =>
      `${head}${body.length}${rest}${body}${end}`,
  );
}

// ---------- Replacing ----------

/** The forms a string takes in a page: as written, in HTML, in JSON (with `\uXXXX`, `\/`), in a URL. */
const ENCODINGS: ((text: string) => string)[] = [
  (text) => text,
  escapeText,
  escapeAttribute,
  (text) => JSON.stringify(text).slice(1, -1),
  (text) => asciiJson(text),
  (text) => asciiJson(text).replace(/\//g, '\\/'),
  (text) => asciiJson(text).replace(/\\u([0-9a-f]{4})/g, (_all, hex: string) => `\\u${hex.toUpperCase()}`),
  (text) => escapeAttribute(asciiJson(text)),
  (text) => escapeAttribute(JSON.stringify(text).slice(1, -1)),
  (text) => encodeURIComponent(text),
  (text) => encodeURIComponent(text).replace(/%20/g, '+'),
];

function asciiJson(text: string): string {
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = /[\p{L}\p{N}]/u;

function replaceSecrets(text: string, fakes: Fakes): string {
  const { pattern, replacements } = fakes.secretPattern();
  if (!pattern) return text;
  return text.replace(pattern, (match: string, offset: number, whole: string) => {
    // Whole words only: a name "Ann" is not replaced inside "Annual" (escapes such as `\n` or `%20` before count
    // as a boundary).
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + match.length] ?? '';
    const escaped = whole[offset - 2] === '\\' || whole[offset - 3] === '%';
    if (WORD_CHAR.test(match[0] ?? '') && WORD_CHAR.test(before) && !escaped) return match;
    if (WORD_CHAR.test(match[match.length - 1] ?? '') && WORD_CHAR.test(after)) return match;
    return replacements.get(match) ?? match;
  });
}

const META_HOSTS =
  /(?:^|\.)(?:facebook\.com|facebook\.net|fbcdn\.net|fb\.com|fb\.me|fbsbx\.com|messenger\.com|instagram\.com|whatsapp\.com|whatsapp\.net|meta\.com|w3\.org|example\.org|invalid)$/;
// Starts only where a run of address characters starts, so a long run without an @ is scanned once.
const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}(?:@|%40|\\u0040)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_PATTERN = /https?:(?:\/\/|\\\/\\\/)([a-z0-9.-]+)(?:[^"'\s<>()\\,]|\\\/)*/gi;
const ENCODED_URL_PATTERN = /https?%3A%2F%2F([a-z0-9.-]+)(?:%(?!26)[0-9A-F]{2}|[^"'\s<>&%\\])*/gi;

/** Media addresses become `https://scontent.invalid/v/<n>.jpg`, outside links `https://example.org/l/<n>`. */
function replaceLinks(text: string, fakes: Fakes): string {
  return text
    .replace(URL_PATTERN, (url: string, host: string) => {
      const clean = url.split('&quot;')[0] ?? url;
      const rest = url.slice(clean.length);
      const slash = clean.includes('\\/') ? '\\/' : '/';
      const fake = fakes.link(clean, host.toLowerCase());
      return fake === null ? url : fake.replace(/\//g, slash) + rest;
    })
    .replace(ENCODED_URL_PATTERN, (url: string, host: string) => {
      const fake = fakes.link(decodeSafely(url), host.toLowerCase());
      return fake === null ? url : encodeURIComponent(fake);
    })
    .replace(EMAIL, (address) =>
      /\.(?:png|jpe?g|gif|svg|webp|css|js)$/i.test(address) ? address : 'contact@example.org',
    );
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const TRACKING =
  /((?:[?&;]|&amp;|\\u0026|\\u003F|%26|%3F)(?:__cft__(?:\[0\]|%5B0%5D)|__xts__(?:\[0\]|%5B0%5D)|xt|h|eav|_nc_eui2|paipv|fbclid|__eep__)=)((?:(?!%26|&amp;|\\u0026)[^&"'\s#<>\\])+)/g;
const DATA_TOKENS =
  /("(?:encrypted_tracking|tracking|click_tracking_linkshim_cb|token|cursor|end_cursor|start_cursor|async_get_token|dtsg|lsd|ent_tracking|encrypted_cft|cft|__cft__)":")([A-Za-z0-9_\-:.=+/%]{6,})"/g;
const NODE_ID_OR_NUMBER = /[A-Za-z0-9+/]{12,}(?:={1,2}|(?:%3D){1,2})?|\d{6,}/g;

/** What is told by its shape: tokens, base64 node ids and numeric ids. */
function replaceByShape(text: string, fakes: Fakes): string {
  return text
    .replace(/pfbid0([0-9A-Za-z]{10,})/g, (_all, token: string) => `pfbid0${fakes.token(token)}`)
    .replace(TRACKING, (_all, name: string, value: string) => name + fakes.token(value))
    .replace(DATA_TOKENS, (all, key: string, value: string) =>
      /^[\d_:]+$/.test(value) ? all : `${key}${fakes.token(value)}"`,
    )
    .replace(
      /(<input\b[^>]*?\btype="hidden"[^>]*?\bvalue=")([^"]*)/g,
      (_all, head: string, value: string) => head + fakes.token(value),
    )
    .replace(NODE_ID_OR_NUMBER, (match: string, offset: number, whole: string) =>
      fakes.nodeIdOrNumbers(match, whole.slice(Math.max(0, offset - 40), offset)),
    );
}

// ---------- Replacements ----------

const FIRST =
  'Camille Jordan Alex Sam Morgan Robin Charlie Dominique Claude Lou Noa Sacha Eden Maxime Andrea Jamie Taylor Riley Quinn Avery Emery Hayden Rowan Elliot Ariel Jules Remy Louison Marley Swann'.split(
    ' ',
  );
const LAST =
  'Roux Price Martin Bernard Dubois Laurent Girard Bonnet Fontaine Chevalier Carter Hughes Foster Reed Brooks Hayes Ward Porter Bennett Gray Mercier Blanc Guerin Muller Henry Perrin Morin Barbier Arnaud Fleury'.split(
    ' ',
  );
const GROUP_WORDS = [
  'Rescue Quiet Friendly Northern Riverside Sunny Kind Gentle Open Little'.split(' '),
  'Cats Gardens Kittens Paws Whiskers Tabbies Shelters Neighbours Readers Walkers'.split(' '),
  'Network Circle Club Collective Corner Society Friends Group Exchange Hub'.split(' '),
];
const FILLER = (
  'The cats enjoyed the sunny afternoon in the community garden. Please remember to keep your cats indoors ' +
  'during the fireworks. Looking for volunteers to help with the food collection on Sunday. A big thank you ' +
  'to the neighbours who found our lost tabby. The kittens are growing fast and love their new scratching post.'
).split(' ');
/** An epoch time (creation_time, publish_time, data-utime…) is kept: it is when, not who. */
const TIME_KEY = /(?:time|date|stamp|expires?)[^,;{}[\]]{0,12}$/i;

class Fakes {
  private state: number;
  private readonly byValue = new Map<string, string>();
  private readonly used = new Set<string>();
  private readonly firstNames = new Map<string, string>();
  private links = 0;
  private ids = 0;
  private readonly first: string[];
  private readonly last: string[];
  private readonly groupWords: string[][];
  private pattern: { pattern: RegExp | null; replacements: Map<string, string> } | undefined;

  constructor(
    seed: number,
    private readonly secrets: Map<string, SecretKind>,
  ) {
    this.state = seed >>> 0 || 1;
    for (const secret of secrets.keys()) this.used.add(secret);
    // No replacement holds a word of a real name: "Camille Roux" must not stand in for someone while a "Camille"
    // of the page is still findable in it.
    const realWords = new Set([...secrets.keys()].flatMap((secret) => secret.toLowerCase().split(' ')));
    const unused = (words: string[]) => {
      const kept = words.filter((word) => !realWords.has(word.toLowerCase()));
      return kept.length ? kept : ['Sample'];
    };
    this.first = unused(FIRST);
    this.last = unused(LAST);
    this.groupWords = GROUP_WORDS.map(unused);
  }

  counts() {
    return { strings: this.secrets.size, ids: this.ids };
  }

  /** Deterministic for a seed (xorshift32). */
  private next(limit: number): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state % limit;
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.next(items.length)] as T;
  }

  /** One replacement per value, never a value of the page itself, never the same for two values. */
  private once(key: string, make: (attempt: number) => string): string {
    const known = this.byValue.get(key);
    if (known !== undefined) return known;
    let fake = make(0);
    for (let attempt = 1; this.used.has(fake) && attempt < 50; attempt++) fake = make(attempt);
    this.used.add(fake);
    this.byValue.set(key, fake);
    return fake;
  }

  private replacementFor(secret: string, kind: SecretKind): string {
    switch (kind) {
      case 'person': {
        const first = this.firstNames.get(secret);
        if (first) return first;
        const fake = this.once(`p:${secret}`, (attempt) => {
          const name = `${this.pick(this.first)} ${this.pick(this.last)}`;
          return attempt > 20 ? `${name} ${this.pick(this.last)}` : name;
        });
        const realFirst = secret.split(' ')[0] ?? '';
        if (realFirst !== secret && !this.firstNames.has(realFirst))
          this.firstNames.set(realFirst, fake.split(' ')[0] ?? fake);
        return fake;
      }
      case 'group':
        return this.once(`g:${secret}`, () => this.groupWords.map((words) => this.pick(words)).join(' '));
      case 'vanity':
        return this.once(`v:${secret}`, () =>
          secret.replace(/[A-Za-z0-9]/g, () => 'abcdefghijklmnopqrstuvwxyz'[this.next(26)] ?? 'a'),
        );
      case 'text':
        return this.once(`t:${secret}`, () => this.filler(secret.length));
    }
  }

  private filler(length: number): string {
    const start = this.next(FILLER.length);
    const words: string[] = [];
    for (let i = 0; words.join(' ').length < length; i++)
      words.push(FILLER[(start + i) % FILLER.length] ?? '');
    return words.join(' ');
  }

  /** One pattern for every form of every personal string, longest first, with what each becomes. */
  secretPattern() {
    if (this.pattern) return this.pattern;
    const replacements = new Map<string, string>();
    // People's full names first, so that each first name alone takes its full name's replacement.
    const ordered = [...this.secrets].sort(([a], [b]) => b.length - a.length);
    for (const [secret, kind] of ordered) {
      const fake = this.replacementFor(secret, kind);
      for (const encode of ENCODINGS) {
        const form = encode(secret);
        if (!replacements.has(form)) replacements.set(form, encode(fake));
      }
    }
    const forms = [...replacements.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.pattern = {
      pattern: forms.length ? new RegExp(forms.map(escapeRegExp).join('|'), 'g') : null,
      replacements,
    };
    return this.pattern;
  }

  /** A token of the same length and kinds of character (digits, lower and upper case letters). */
  token(value: string): string {
    return this.once(`k:${value}`, () =>
      value.replace(/[0-9]|[a-z]|[A-Z]/g, (char) => {
        if (char >= '0' && char <= '9') return String(this.next(10));
        const letter = 'abcdefghijklmnopqrstuvwxyz'[this.next(26)] ?? 'a';
        return char >= 'a' ? letter : letter.toUpperCase();
      }),
    );
  }

  /** A media address or an outside link; null for Facebook's own pages and static files. */
  link(url: string, host: string): string | null {
    if (/(?:^|\.)(?:scontent[a-z0-9.-]*|[a-z0-9-]*\.fbcdn\.net)$/.test(host) && !host.startsWith('static.')) {
      return this.once(`m:${url}`, () => `https://scontent.invalid/v/${++this.links}.jpg`);
    }
    if (META_HOSTS.test(host)) return null;
    return this.once(`l:${url}`, () => `https://example.org/l/${++this.links}`);
  }

  /** A numeric id of the same length (ids of 14 digits or more keep their first three, as Facebook's do). */
  private number(id: string): string {
    if (this.byValue.has(`n:${id}`)) return this.byValue.get(`n:${id}`) as string;
    this.ids += 1;
    const keep = id.length >= 14 ? id.slice(0, 3) : '';
    return this.once(`n:${id}`, () => {
      let digits = keep || String(1 + this.next(9));
      while (digits.length < id.length) digits += String(this.next(10));
      return digits;
    });
  }

  private numbers(text: string, before: string): string {
    return text.replace(/\d{6,}/g, (id, offset: number) => {
      const context = before + text.slice(0, offset);
      if (/\d\.$/.test(context)) return id; // a decimal fraction
      if ((id.length === 10 || id.length === 13) && /^1[5-9]/.test(id) && TIME_KEY.test(context)) return id;
      return this.number(id);
    });
  }

  /** Base64 node ids ("comment:<post>_<comment>") are decoded, their ids replaced, and encoded again. */
  nodeIdOrNumbers(match: string, before: string): string {
    const decoded = /^\d+$/.test(match) ? null : decodeNodeIdForm(match);
    if (!decoded) return this.numbers(match, before);
    const encoded = btoa(this.numbers(decoded.text, ''));
    return decoded.padding === '%3D'
      ? encoded.replace(/=/g, '%3D')
      : decoded.padding
        ? encoded
        : encoded.replace(/=+$/, '');
  }
}

function decodeNodeIdForm(match: string): { text: string; padding: string } | null {
  const padding = match.includes('%3D') ? '%3D' : match.includes('=') ? '=' : '';
  const clean = match.replace(/%3D/g, '=');
  const body = clean.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  let text: string;
  try {
    text = atob(body + '='.repeat((4 - (body.length % 4)) % 4));
  } catch {
    return null;
  }
  return /^[A-Za-z_]{1,30}:[\x20-\x7e]*\d{6,}[\x20-\x7e]*$/.test(text) ? { text, padding } : null;
}
