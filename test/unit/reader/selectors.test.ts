/** Each selector matches the number of elements it documents on each named fixture. */
import { describe, expect, it } from 'vitest';
import { SELECTORS } from '@/utils/facebook/selectors';
import { FIXTURE_NAMES, linkedomDocument } from './fixtures';

describe('selectors', () => {
  for (const [name, spec] of Object.entries(SELECTORS)) {
    for (const [fixture, count] of Object.entries(spec.counts)) {
      it(`${name} matches ${count} on ${fixture}`, () => {
        expect(FIXTURE_NAMES).toContain(fixture);
        expect(linkedomDocument(fixture).querySelectorAll(spec.css).length).toBe(count);
      });
    }
  }

  it('find page data scripts only as children of <head> and <body>, where the reader looks for them', () => {
    let seen = 0;
    for (const fixture of FIXTURE_NAMES) {
      for (const script of Array.from(
        linkedomDocument(fixture).querySelectorAll(SELECTORS.embeddedJson.css),
      )) {
        seen += 1;
        expect(
          ['head', 'body'],
          `${fixture}: a data script inside <${script.parentElement?.localName}>`,
        ).toContain(script.parentElement?.localName);
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('use no class names and no generated ids', () => {
    for (const spec of Object.values(SELECTORS)) {
      expect(spec.css).not.toMatch(/\.[a-z_-]|#|\[class|\[id/i);
    }
  });
});
