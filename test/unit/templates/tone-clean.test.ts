import { describe, expect, it } from 'vitest';
import { defaultLibrary } from '@/utils/templates/library';
import { bodiesOf, templateTitle } from '@/utils/templates/schema';
import { checkTone } from '@/utils/tone';

/** Tend's own words must pass Tend's own tone check: every default body, every language and register. */
describe('the default reply library', () => {
  const bodies = defaultLibrary().flatMap((template) =>
    bodiesOf(template.bodies).map(({ key, text }) => ({
      name: `${templateTitle(template, 'en')} (${key})`,
      key,
      text,
    })),
  );

  it('has bodies to check', () => {
    expect(bodies.length).toBeGreaterThan(20);
  });

  it.each(bodies)('$name raises no warning or alert, even when written to a newcomer', ({ key, text }) => {
    const lang = key === 'en' ? 'en' : 'fr';
    for (const context of [{}, { toNewcomer: true, firstReply: true }]) {
      const { hints } = checkTone(text, { lang, uiLang: 'en', context });
      expect(hints.filter((hint) => hint.severity !== 'info')).toEqual([]);
    }
  });
});
