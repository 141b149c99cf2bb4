import { describe, expect, it } from 'vitest';
import { cleanName } from '@/utils/facebook/text';

describe('names are cleaned of what draws nothing, and keep their emoji whole', () => {
  it.each([
    ['E\u034Fvie Mo\u034Frel', 'Evie Morel'],
    ['\u202eCarol\u202c \u200fDone\u200e', 'Carol Done'],
    ['Zoé\u200b\u2060 Martin\ufeff', 'Zoé Martin'],
    ['A\uFE0Fnne', 'Anne'],
  ])('%j reads as %j', (shown, stored) => {
    expect(cleanName(shown)).toBe(stored);
  });

  it.each([
    ['a family', 'Émilie 👩\u200d👩\u200d👧'],
    ['a rainbow flag', 'Sam 🏳\uFE0F\u200d🌈'],
    ['a red heart', 'Lou ❤\uFE0F'],
    ['a keycap', 'Team 1\uFE0F\u20E3'],
    ['a service dog', 'Max 🐕\u200d🦺'],
  ])('%s stays as written', (_what, name) => {
    expect(cleanName(name)).toBe(name);
  });
});
