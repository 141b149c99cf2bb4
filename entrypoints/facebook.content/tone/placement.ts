/** Where the hint counter and its list go: beside the composer, inside the viewport, never over the page's flow. */

export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Point {
  top: number;
  left: number;
}

/** Distance kept from the composer and from the viewport's edges. */
export const GAP = 4;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/**
 * The counter sits just above the composer's top-right corner, where Facebook draws nothing of the box itself
 * (its emoji and photo buttons are inside, at the bottom). Without room above, it goes below, then inside the
 * top-right corner. A composer scrolled out of view gets no counter (null).
 */
export function placeIndicator(composer: Rect, indicator: Size, viewport: Size): Point | null {
  if (composer.bottom <= 0 || composer.top >= viewport.height) return null;
  const left = clamp(composer.right - indicator.width, GAP, viewport.width - indicator.width - GAP);
  const above = composer.top - indicator.height - GAP;
  if (above >= GAP) return { top: above, left };
  const below = composer.bottom + GAP;
  if (below + indicator.height + GAP <= viewport.height) return { top: below, left };
  return { top: clamp(composer.top + GAP, GAP, viewport.height - indicator.height - GAP), left };
}

/**
 * The list opens above the counter when it fits; otherwise below the composer, so it never hides the text being
 * written; with room for neither, on the roomier side, clamped to the viewport. Right-aligned with the counter.
 */
export function placePopover(indicator: Rect, composer: Rect, popover: Size, viewport: Size): Point {
  const left = clamp(indicator.right - popover.width, GAP, viewport.width - popover.width - GAP);
  const top = Math.min(indicator.top, composer.top);
  const bottom = Math.max(indicator.bottom, composer.bottom);
  const above = top - popover.height - GAP;
  if (above >= GAP) return { top: above, left };
  const below = bottom + GAP;
  if (below + popover.height + GAP <= viewport.height) return { top: below, left };
  const roomAbove = top;
  const roomBelow = viewport.height - bottom;
  const preferred = roomAbove > roomBelow ? above : below;
  return { top: clamp(preferred, GAP, viewport.height - popover.height - GAP), left };
}
