/**
 * Text helpers shared by every reader. Standard DOM only (textContent, never innerText) so the same code
 * runs in Chromium and in linkedom.
 */

/** Spaces Facebook puts between a number and its unit (no-break, narrow no-break, thin, figure). */
const ODD_SPACES = /[\u00a0\u202f\u2009\u2007\u2002\u2003]/g;
/** Invisible direction marks and zero-width characters. */
const INVISIBLE = /[\u200e\u200f\u200b\u2060\ufeff]/g;

/**
 * What `normalizeText` would change: invisible marks, odd spaces, curly apostrophes, any whitespace but a single
 * space between other characters. Most names and labels hold none, and are returned as they are.
 */
const NEEDS_NORMALIZING = /[\u200e\u200f\u200b\u2060\ufeff\u2019]|[^\S ]|\s\s|^\s|\s$/;

/** Collapses whitespace, turns odd spaces into plain ones, drops invisible marks and curly apostrophes. */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The visible-ish text of a node, normalised. `textContent` includes hidden text, which callers account for. */
export function textOf(node: Node | null | undefined): string {
  return node ? normalizeText(node.textContent ?? '') : '';
}

/** Keeps a string within a schema bound without cutting in the middle of a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('').slice(0, max);
}
