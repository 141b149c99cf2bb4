/**
 * Facebook's post and comment boxes, found by role and editability only (their class names are generated), and
 * read without touching them.
 */

import { SELECTORS } from './selectors';

const COMPOSER_SELECTOR = SELECTORS.composer.css;

/** The composer an event happened in, or null. */
export function composerFrom(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const found = target.closest(COMPOSER_SELECTOR);
  return found instanceof HTMLElement ? found : null;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'PRE']);

/**
 * The text of a composer, from `textContent` only (no layout, no selection change). Lexical writes one block per
 * line; joining the blocks with line breaks keeps "Hello" and "Stop it" of two lines from reading as "HelloStop".
 */
export function readComposerText(composer: Element): string {
  const blocks = Array.from(composer.children);
  const onlyBlocks =
    blocks.length > 1 &&
    composer.childNodes.length === blocks.length &&
    blocks.every((block) => BLOCK_TAGS.has(block.tagName));
  if (onlyBlocks) return blocks.map((block) => block.textContent ?? '').join('\n');
  return composer.textContent ?? '';
}
