import { describe, expect, it } from 'vitest';
import { defaultLibrary } from '@/utils/templates/library';
import { lintTemplate, placeholdersUsed, renderTemplate } from '@/utils/templates/render';
import { BUILT_IN_SITUATIONS, Template, bodiesOf, pickBody } from '@/utils/templates/schema';

const library = defaultLibrary();
/** Messages to one person carry both French registers; messages to several people are "vous" (plural). */
const pluralSituations = new Set(['weekly-welcome', 'off-topic-balance', 'heated-exchange', 'group-quiet']);

describe('default library', () => {
  it('has exactly one template per built-in situation, each a valid stored template', () => {
    expect(library.map((template) => template.situation).sort()).toEqual([...BUILT_IN_SITUATIONS].sort());
    for (const template of library) expect(Template.safeParse(template).success).toBe(true);
    expect(new Set(library.map((template) => template.id)).size).toBe(library.length);
  });

  it.each(library.map((template) => [template.situation, template] as const))(
    '%s: English, French vous, French tu where it addresses one person; titles in both languages',
    (situation, template) => {
      expect(template.bodies.en).toBeTruthy();
      expect(template.bodies.fr?.vous).toBeTruthy();
      if (!pluralSituations.has(situation)) expect(template.bodies.fr?.tu).toBeTruthy();
      expect(template.title.en).toBeTruthy();
      expect(template.title.fr).toBeTruthy();
    },
  );

  it('every body lints clean without screening answers', () => {
    for (const template of library) {
      for (const { text } of bodiesOf(template.bodies))
        expect(lintTemplate(text, { allowAnswers: false })).toEqual([]);
    }
  });

  it('every body renders with no values at all, thanks to fallbacks (except the weekly names)', () => {
    for (const template of library) {
      for (const { text } of bodiesOf(template.bodies)) {
        const values = template.situation === 'weekly-welcome' ? { names: 'Ana Lima' } : {};
        expect(renderTemplate(text, values)).toMatchObject({ ok: true });
      }
    }
  });

  it('follows the house rules that a tone check would flag', () => {
    const flagged =
      /\b(never|always|everyone|warning|stop|not allowed|forbidden|banned|obviously|last warning)\b|\b(jamais|toujours|tout le monde|interdit|sinon|attention|sérieusement|il suffit)\b|!!|\?!/iu;
    const capitals = /\b\p{Lu}{2,}\b/u;
    for (const template of library) {
      for (const { key, text } of bodiesOf(template.bodies)) {
        expect(flagged.exec(text)?.[0], `${template.situation} ${key}`).toBeUndefined();
        expect(capitals.exec(text)?.[0], `${template.situation} ${key} shouts`).toBeUndefined();
        expect(/^(hi|hello|bonjour)\b/i.test(text), `${template.situation} ${key} greets`).toBe(true);
        expect(/thank|merci/i.test(text), `${template.situation} ${key} thanks`).toBe(true);
      }
    }
  });

  it('checks on quiet members in private only, and no message to one person lists names', () => {
    const quiet = library.find((template) => template.situation === 'quiet-member-check');
    expect(quiet?.audience).toBe('private-message');
    for (const template of library.filter((candidate) => candidate.audience !== 'group-post')) {
      for (const { text } of bodiesOf(template.bodies)) expect(placeholdersUsed(text)).not.toContain('names');
    }
  });

  it('pickBody falls back to the other French register', () => {
    const weekly = library.find((template) => template.situation === 'weekly-welcome');
    if (!weekly) throw new Error('missing');
    expect(pickBody(weekly, 'fr', 'tu')?.register).toBe('vous');
    expect(pickBody({ bodies: { fr: { tu: 'Salut' } } }, 'en')).toBeUndefined();
  });
});
