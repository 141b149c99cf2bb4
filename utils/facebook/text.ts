/**
 * Text helpers shared by every reader. Standard DOM only (textContent, never innerText) so the same code
 * runs in Chromium and in linkedom.
 */

/** Spaces Facebook puts between a number and its unit (no-break, narrow no-break, thin, figure). */
const ODD_SPACES = /[\u00a0\u202f\u2009\u2007\u2002\u2003]/g;

/**
 * Characters that draw nothing: format characters (zero-width space and joiners, direction marks and embeddings,
 * word joiner, soft hyphen, byte order mark...), the combining grapheme joiner U+034F (a watermark Facebook
 * inserts into names), Hangul fillers and variation selectors. What belongs to an emoji stays (captured, then put
 * back): a zero-width joiner between two emoji (a family, a profession) and the emoji presentation selector after
 * an emoji or before a keycap (the rainbow flag, a red heart, 1️⃣).
 */
const INVISIBLE =
  /(?<=\p{Extended_Pictographic}\uFE0F?)(\u200D)(?=\p{Extended_Pictographic})|(?<=\p{Extended_Pictographic})(\uFE0F)|(\uFE0F)(?=\u20E3)|[\p{Cf}\u115F\u1160\u3164\uFFA0]|\u034F|\p{Variation_Selector}/gu;

/**
 * What `normalizeText` would change: invisible characters, odd spaces, curly apostrophes, any whitespace but a
 * single space between other characters. Most names and labels hold none, and are returned as they are.
 */
const NEEDS_NORMALIZING =
  /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2019]|\u034F|\p{Variation_Selector}|[^\S ]|\s\s|^\s|\s$/u;

/** Drops invisible characters, collapses whitespace, turns odd spaces into plain ones and curly apostrophes. */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text
    .replace(
      INVISIBLE,
      (_match, joiner?: string, selector?: string, keycap?: string) => joiner ?? selector ?? keycap ?? '',
    )
    .replace(ODD_SPACES, ' ')
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The visible-ish text of a node, normalised. `textContent` includes hidden text, which callers account for. */
export function textOf(node: Node | null | undefined): string {
  return node ? normalizeText(node.textContent ?? '') : '';
}

/**
 * A person's name as it is stored and compared: without invisible watermark and formatting characters, spaces
 * normalised. Every reader reads names through this (or `nameOf`), so "E\u034Fvie" and "Evie" are one name. Any
 * text read with `textOf` (join lines, time labels holding a name) is cleaned the same way.
 */
export const cleanName = (name: string): string => normalizeText(name);

/** The cleaned name a node shows as text. */
export function nameOf(node: Node | null | undefined): string {
  return node ? cleanName(node.textContent ?? '') : '';
}

/** Keeps a string within a schema bound without cutting in the middle of a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('').slice(0, max);
}
