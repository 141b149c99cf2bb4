import { describe, expect, it } from 'vitest';
import { duplicateTemplate, searchTemplates } from '@/utils/templates/catalog';
import { defaultLibrary } from '@/utils/templates/library';
import { Template } from '@/utils/templates/schema';

const library = defaultLibrary();

describe('searchTemplates', () => {
  it('finds words in titles and bodies, ignoring accents and case', () => {
    const found = searchTemplates(library, { text: 'ANNIVERSAIRE', lang: 'fr' }).map(
      (template) => template.situation,
    );
    expect(found).toEqual(['anniversary']);
    expect(searchTemplates(library, { text: 'idees personnes', lang: 'fr' }).map((t) => t.situation)).toEqual(
      ['heated-exchange'],
    );
  });

  it('filters by situation and puts recently used first, then by title', () => {
    const lastUsed = new Map([['tend:move-to-private', '2026-11-21T10:00:00Z']]);
    const sorted = searchTemplates(library, { lang: 'en', lastUsed });
    expect(sorted[0]?.situation).toBe('move-to-private');
    expect(sorted[1]?.title.en).toBe('An introduction that reads like an advert');
    expect(searchTemplates(library, { lang: 'en', situation: 'anniversary' })).toHaveLength(1);
  });
});

describe('duplicateTemplate', () => {
  it('makes a valid editable copy without touching the original', () => {
    const original = library[0];
    if (!original) throw new Error('fixture');
    const copy = duplicateTemplate(original, 'my-welcome', new Date('2026-11-22T10:00:00Z'));
    expect(Template.parse(copy)).toEqual(copy);
    expect(copy).toMatchObject({
      id: 'my-welcome',
      builtIn: false,
      title: { en: 'Personal welcome (copy)' },
    });
    expect(copy.bodies).toEqual(original.bodies);
    expect(copy.bodies).not.toBe(original.bodies);
    expect(original.builtIn).toBe(true);
  });
});
