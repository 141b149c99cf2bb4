/** Where the counter and its list go: beside the composer, inside the viewport. */
import { describe, expect, it } from 'vitest';
import { GAP, placeIndicator, placePopover, type Rect } from '@/entrypoints/facebook.content/tone/placement';

const viewport = { width: 1000, height: 800 };
const counter = { width: 60, height: 20 };
const box = (top: number, bottom: number, left = 100, right = 600): Rect => ({ top, bottom, left, right });

describe('placeIndicator', () => {
  it('sits just above the top-right corner of the box', () => {
    expect(placeIndicator(box(300, 340), counter, viewport)).toEqual({ top: 300 - 20 - GAP, left: 540 });
  });

  it('goes below the box when there is no room above, and inside its corner when there is none below either', () => {
    expect(placeIndicator(box(10, 50), counter, viewport)).toEqual({ top: 50 + GAP, left: 540 });
    expect(placeIndicator(box(10, 790), counter, viewport)).toEqual({ top: 10 + GAP, left: 540 });
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeIndicator(box(300, 340, 900, 1200), counter, viewport)?.left).toBe(1000 - 60 - GAP);
    expect(placeIndicator(box(300, 340, -200, 20), counter, viewport)?.left).toBe(GAP);
  });

  it('has no place for a box scrolled out of view', () => {
    expect(placeIndicator(box(-100, -10), counter, viewport)).toBeNull();
    expect(placeIndicator(box(900, 950), counter, viewport)).toBeNull();
  });
});

describe('placePopover', () => {
  const list = { width: 340, height: 200 };

  it('opens above the counter when it fits, right-aligned with it', () => {
    const at = { top: 400, bottom: 420, left: 540, right: 600 };
    expect(placePopover(at, box(424, 470), list, viewport)).toEqual({ top: 400 - 200 - GAP, left: 260 });
  });

  it('otherwise opens below the box, never over the text being written', () => {
    const at = { top: 56, bottom: 76, left: 540, right: 600 };
    expect(placePopover(at, box(10, 50), list, viewport)).toEqual({ top: 76 + GAP, left: 260 });
  });

  it('with room on neither side, takes the roomier one and stays in the viewport', () => {
    const at = { top: 300, bottom: 320, left: 540, right: 600 };
    const tall = { width: 340, height: 700 };
    // 440 px below against 300 above: below, pulled up to fit the viewport.
    expect(placePopover(at, box(324, 360), tall, viewport)).toEqual({ top: 800 - 700 - GAP, left: 260 });
    expect(placePopover(at, box(324, 360), { width: 340, height: 350 }, viewport).top).toBe(364);
    expect(placePopover({ ...at, top: 500, bottom: 520 }, box(524, 600), tall, viewport).top).toBe(GAP);
    expect(placePopover({ ...at, left: 0, right: 60 }, box(324, 360), tall, viewport).left).toBe(GAP);
  });
});
