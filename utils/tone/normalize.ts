/**
 * Normalisation for matching: lower case, no accents, one kind of apostrophe, plain spaces,
 * inclusive-writing suffixes removed (banni·e·s → banni). Every normalised UTF-16 unit remembers the
 * range of the original text it came from, so spans found in the normalised text map back exactly.
 */

export interface NormalizedText {
  readonly text: string;
  /** For each normalised unit, where its source starts in the original text. */
  readonly originalStart: Int32Array;
  /** For each normalised unit, where its source ends in the original text. */
  readonly originalEnd: Int32Array;
  readonly original: string;
}

const apostrophes = new Set(['\u2019', '\u2018', '\u02bc', '\u00b4', '`', '\u2032']);
const hyphens = new Set(['\u2010', '\u2011', '\u2012', '\u2013']);
/** Middle dots used by French inclusive writing (banni·e, exclu·e·s, un·e). */
const inclusiveDots = new Set(['\u00b7', '\u2022', '\u2027', '\u22c5']);
const ligatures: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

const foldCache = new Map<string, string>();

const latinIsLetter: readonly boolean[] = Array.from({ length: 0x250 - 0x80 }, (_, offset) =>
  /\p{L}/u.test(String.fromCharCode(0x80 + offset)),
);

/** Folded forms of U+0080–U+024F (accents, ligatures, typographic spaces), precomputed for speed. */
const latinFoldTable: readonly string[] = Array.from({ length: 0x250 - 0x80 }, (_, offset) =>
  foldCodePointSlow(String.fromCharCode(0x80 + offset)),
);

/** Folds one code point to its matching form (lower case, accents removed). */
function foldCodePoint(codePoint: string): string {
  if (codePoint.length === 1) {
    const code = codePoint.charCodeAt(0);
    if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : codePoint;
    if (code < 0x250) return latinFoldTable[code - 0x80] ?? codePoint;
  }
  return foldCodePointSlow(codePoint);
}

function foldCodePointSlow(codePoint: string): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let folded: string;
  if (apostrophes.has(codePoint)) folded = "'";
  else if (hyphens.has(codePoint)) folded = '-';
  else if (/\s/u.test(codePoint)) folded = ' ';
  else if (ligatures[codePoint] !== undefined) folded = ligatures[codePoint];
  else if (/\p{L}/u.test(codePoint))
    folded = codePoint
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
  else folded = codePoint;
  foldCache.set(codePoint, folded);
  return folded;
}

const letterPattern = /\p{L}/u;
const isLetter = (codePoint: string | undefined): boolean =>
  codePoint !== undefined && letterPattern.test(codePoint);

/** General punctuation (U+2000–U+206F): typographic spaces, apostrophes, dashes, ellipsis. */
const punctuationBase = 0x2000;
const punctuationFoldTable: readonly string[] = Array.from({ length: 0x70 }, (_, offset) =>
  foldCodePointSlow(String.fromCharCode(punctuationBase + offset)),
);

const utf16 = new TextDecoder('utf-16le');

/** Scratch space reused from one call to the next (the check is synchronous); grown when a text is longer. */
let scratchCodes = new Uint16Array(4096);
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);

export function normalizeText(original: string): NormalizedText {
  // Output can grow (œ → oe); three units per input unit is a safe upper bound.
  const capacity = original.length * 3;
  if (scratchCodes.length < capacity) {
    scratchCodes = new Uint16Array(capacity);
    scratchStarts = new Int32Array(capacity);
    scratchEnds = new Int32Array(capacity);
  }
  const codes = scratchCodes;
  const starts = scratchStarts;
  const ends = scratchEnds;
  let length = 0;
  let index = 0;
  let previousIsLetter = false;
  while (index < original.length) {
    const code = original.charCodeAt(index);
    // Fast path for ASCII, most of an English message and much of a French one.
    if (code < 128) {
      codes[length] = code >= 65 && code <= 90 ? code + 32 : code;
      starts[length] = index;
      ends[length] = index + 1;
      length++;
      previousIsLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
      index++;
      continue;
    }
    // Fast paths for accented Latin letters (most of the rest of a French message) and for typographic
    // punctuation (’, narrow no-break space, …), except the middle dots of inclusive writing.
    const table =
      code < 0x250 && code !== 0xb7
        ? latinFoldTable
        : code >= punctuationBase && code < punctuationBase + 0x70 && code !== 0x2022 && code !== 0x2027
          ? punctuationFoldTable
          : undefined;
    if (table !== undefined) {
      const folded = table[code - (code < 0x250 ? 0x80 : punctuationBase)] ?? '';
      for (let unit = 0; unit < folded.length; unit++) {
        codes[length] = folded.charCodeAt(unit);
        starts[length] = index;
        ends[length] = index + 1;
        length++;
      }
      previousIsLetter = code < 0x250 && (latinIsLetter[code - 0x80] ?? false);
      index++;
      continue;
    }
    const codePoint = String.fromCodePoint(original.codePointAt(index) ?? 0);
    const next = index + codePoint.length;
    // Inclusive suffix "·e", "·es", "·e·s": skip the dot and the letters after it.
    if (inclusiveDots.has(codePoint) && previousIsLetter && isLetter(original[next])) {
      let skipTo = next;
      while (
        skipTo < original.length &&
        (isLetter(original[skipTo]) || inclusiveDots.has(original[skipTo] ?? ''))
      ) {
        skipTo++;
      }
      index = skipTo;
      continue;
    }
    const folded = foldCodePoint(codePoint);
    for (let unit = 0; unit < folded.length; unit++) {
      codes[length] = folded.charCodeAt(unit);
      starts[length] = index;
      ends[length] = next;
      length++;
    }
    previousIsLetter = isLetter(codePoint);
    index = next;
  }
  const folded = utf16.decode(codes.subarray(0, length));
  return rewriteShorthand({
    text: folded,
    originalStart: starts.slice(0, length),
    originalEnd: ends.slice(0, length),
    original,
  });
}

/**
 * Messy writing read as its plain form (normalised spelling): SMS abbreviations ("stp", "pk", "u", "pls"),
 * words missing their apostrophe ("cest", "youre"), Québec and Belgian forms ("tsé", "pantoute", "icitte") and
 * letters held for emphasis ("nooooon", "pleeease": three or more of a letter count as one). Each rewritten
 * word maps back to the whole word it replaces, so spans stay exact.
 */
const shorthand: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // French SMS.
    slt: 'salut',
    bjr: 'bonjour',
    bsr: 'bonsoir',
    cc: 'coucou',
    stp: "s'il te plait",
    svp: "s'il vous plait",
    tkt: "t'inquiete",
    pk: 'pourquoi',
    pq: 'pourquoi',
    pkoi: 'pourquoi',
    jsp: 'je sais pas',
    chui: 'je suis',
    jsuis: 'je suis',
    ct: "c'etait",
    bcp: 'beaucoup',
    tjrs: 'toujours',
    tjs: 'toujours',
    jms: 'jamais',
    dsl: 'desole',
    mrc: 'merci',
    mci: 'merci',
    qqn: "quelqu'un",
    qqun: "quelqu'un",
    pr: 'pour',
    ds: 'dans',
    tt: 'tout',
    ts: 'tous',
    ns: 'nous',
    vs: 'vous',
    koi: 'quoi',
    ke: 'que',
    ki: 'qui',
    bi1: 'bien',
    rien2: 'rien',
    cest: "c'est",
    jai: "j'ai",
    tjr: 'toujours',
    jvais: 'je vais',
    jte: 'je te',
    jle: 'je le',
    jme: 'je me',
    jvous: 'je vous',
    qd: 'quand',
    pcq: 'parce que',
    psk: 'parce que',
    pck: 'parce que',
    vrmt: 'vraiment',
    srx: 'serieux',
    dac: "d'accord",
    ptet: 'peut-etre',
    // Québec, Belgium, Switzerland.
    tse: 'tu sais',
    pantoute: 'pas du tout',
    icitte: 'ici',
    astheure: 'maintenant',
    toe: 'toi',
    moe: 'moi',
    pis: 'puis',
    faque: 'donc',
    // English SMS and missing apostrophes.
    u: 'you',
    yall: 'you all',
    pls: 'please',
    plz: 'please',
    pleez: 'please',
    thx: 'thanks',
    ty: 'thank you',
    idk: "i don't know",
    dunno: "don't know",
    ppl: 'people',
    r: 'are',
    b4: 'before',
    youre: "you're",
    im: "i'm",
    ive: "i've",
    didnt: "didn't",
    doesnt: "doesn't",
    isnt: "isn't",
    wasnt: "wasn't",
    havent: "haven't",
    thats: "that's",
    wouldnt: "wouldn't",
    couldnt: "couldn't",
    shouldnt: "shouldn't",
    dont: "don't",
    cant: "can't",
    wont: "won't",
    arent: "aren't",
    werent: "weren't",
    youve: "you've",
    youll: "you'll",
    theyre: "they're",
    whats: "what's",
    cuz: 'because',
    coz: 'because',
  }),
);
const longestShorthand = Math.max(...[...shorthand.keys()].map((word) => word.length));

/** Words whose shorthand needs a space after them (not "t'", "c'": already an apostrophe form). */
const singleLetterShorthand: ReadonlyMap<string, string> = new Map([
  ['c', "c'est"],
  ['t', "t'es"],
]);

/**
 * SMS "tes" / "ta" for "t'es" / "t'as", read from the word after them: a possessive ("tes posts", "ta
 * voiture") is followed by a noun, never by these ("tes vraiment nul", "ta encore oublié", "ta raison").
 */
const verbReadings: ReadonlyMap<string, { readonly as: string; readonly before: ReadonlySet<string> }> =
  new Map([
    [
      'tes',
      {
        as: "t'es",
        before: new Set(
          "vraiment trop grave tellement pas jamais encore toujours deja qu'un qu'une un une si super sur sure nul nulle bete con conne ou la ici serieux serieuse malade folle fou ridicule lourd lourde chiant chiante mechant mechante gentil gentille dans en bien mal tres completement carrement franchement juste vraiment".split(
            ' ',
          ),
        ),
      },
    ],
    [
      'ta',
      {
        as: "t'as",
        before: new Set(
          "encore deja pas jamais rien toujours vu fait dit mis pris eu lu oublie laisse poste publie aucun aucune l'air ete besoin raison tort interet meme vraiment juste bien mal cru compris pense regarde demande".split(
            ' ',
          ),
        ),
      },
    ],
  ]);
const nextWordPattern = /^\s+([a-z']+)/;

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** Three or more of the same letter in a row, collapsed to one ("nooon" → "non"). */
function collapseHeldLetters(word: string): string {
  for (let index = 2; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 97 && code === word.charCodeAt(index - 1) && code === word.charCodeAt(index - 2)) {
      return word.replace(/([a-z])\1{2,}/g, '$1');
    }
  }
  return word;
}

/** A quick test for anything to rewrite, so that most messages skip the word-by-word pass. */
const mayNeedRewrite = new RegExp(
  String.raw`\b(?:${[...shorthand.keys(), ...singleLetterShorthand.keys()].join('|')})\b|\by'all\b|([a-z])\1\1|${[
    ...verbReadings,
  ]
    .map(([word, { before }]) => String.raw`\b${word}\s+(?:${[...before].join('|')})\b`)
    .join('|')}`,
);

function rewriteShorthand(normalized: NormalizedText): NormalizedText {
  const { text } = normalized;
  if (!mayNeedRewrite.test(text)) return normalized;
  const pieces: { start: number; end: number; replacement: string }[] = [];
  let index = 0;
  while (index < text.length) {
    if (!isAsciiLetterOrDigit(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    let held = false;
    while (index < text.length && isAsciiLetterOrDigit(text.charCodeAt(index))) {
      const code = text.charCodeAt(index);
      if (index - start >= 2 && code === text.charCodeAt(index - 1) && code === text.charCodeAt(index - 2)) {
        held = true;
      }
      index++;
    }
    // Every shorthand is short; a longer word is rewritten only when it holds a letter.
    if (!held && index - start > longestShorthand) continue;
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(index);
    // "y'all" is the one shorthand with an apostrophe in it.
    if (
      index - start === 1 &&
      text.startsWith("y'all", start) &&
      !isAsciiLetterOrDigit(text.charCodeAt(start + 5))
    ) {
      if (before !== 39 && before !== 64) pieces.push({ start, end: start + 5, replacement: 'you all' });
      index = start + 5;
      continue;
    }
    // Inside a longer word ("aujourd'hui", "l'ai", "@name") nothing is rewritten.
    if (before === 39 || before === 64 || after === 39 || (before >= 128 && before !== 160)) continue;
    const word = text.slice(start, index);
    const collapsed = held ? collapseHeldLetters(word) : word;
    const reading = verbReadings.get(collapsed);
    const asVerb =
      reading && reading.before.has(nextWordPattern.exec(text.slice(index, index + 30))?.[1] ?? '')
        ? reading.as
        : undefined;
    const replacement =
      asVerb ??
      shorthand.get(collapsed) ??
      (after === 32 ? singleLetterShorthand.get(collapsed) : undefined) ??
      (collapsed === word ? undefined : collapsed);
    if (replacement !== undefined) pieces.push({ start, end: index, replacement });
  }
  if (pieces.length === 0) return normalized;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let copied = 0;
  const copy = (until: number): void => {
    out += text.slice(copied, until);
    for (let unit = copied; unit < until; unit++) {
      starts.push(normalized.originalStart[unit] ?? 0);
      ends.push(normalized.originalEnd[unit] ?? 0);
    }
  };
  for (const piece of pieces) {
    copy(piece.start);
    const from = normalized.originalStart[piece.start] ?? 0;
    const to = normalized.originalEnd[piece.end - 1] ?? from;
    out += piece.replacement;
    for (let unit = 0; unit < piece.replacement.length; unit++) {
      starts.push(from);
      ends.push(to);
    }
    copied = piece.end;
  }
  copy(text.length);
  return {
    text: out,
    originalStart: Int32Array.from(starts),
    originalEnd: Int32Array.from(ends),
    original: normalized.original,
  };
}

/** Maps a [start, end) range of the normalised text back to the original text. */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  if (normalized.text.length === 0) return [0, 0];
  const safeStart = Math.min(Math.max(start, 0), normalized.text.length - 1);
  const safeEnd = Math.min(Math.max(end, safeStart + 1), normalized.text.length);
  return [
    normalized.originalStart[safeStart] ?? 0,
    normalized.originalEnd[safeEnd - 1] ?? normalized.original.length,
  ];
}
