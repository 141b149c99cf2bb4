import { describe, expect, it } from 'vitest';
import {
  describeLintError,
  describeMissing,
  lintTemplate,
  placeholdersUsed,
  renderTemplate,
} from '@/utils/templates/render';

const noAnswers = { allowAnswers: false };

describe('lintTemplate', () => {
  it('accepts every known placeholder, with and without fallback', () => {
    const body = 'Hi {firstName|there}, {name} {group} {joinedAgo} {names} {admin|the team}';
    expect(lintTemplate(body, noAnswers)).toEqual([]);
  });

  it('reports an unknown placeholder with its exact offsets and a suggestion', () => {
    const body = 'Hello {frstName}!';
    const [error] = lintTemplate(body, noAnswers);
    expect(error).toMatchObject({
      code: 'unknown-placeholder',
      placeholder: 'frstName',
      suggestion: 'firstName',
    });
    expect(body.slice(error?.start, error?.end)).toBe('{frstName}');
  });

  it('suggests the canonical name for French words and other casings', () => {
    expect(lintTemplate('{prénom}', noAnswers)[0]?.suggestion).toBe('firstName');
    expect(lintTemplate('{Groupe}', noAnswers)[0]?.suggestion).toBe('group');
    expect(lintTemplate('{firstname}', noAnswers)[0]?.suggestion).toBe('firstName');
    expect(lintTemplate('{réponse2}', { allowAnswers: true })[0]?.suggestion).toBe('answer2');
    expect(lintTemplate('{banana}', noAnswers)[0]?.suggestion).toBeUndefined();
  });

  it('reports unbalanced braces and keeps looking for more errors', () => {
    const body = 'Hi {firstName, welcome } to {group';
    const errors = lintTemplate(body, noAnswers);
    expect(errors.map((error) => error.code)).toEqual(['unknown-placeholder', 'unclosed-brace']);
    expect(body.slice(errors[0]?.start, errors[0]?.end)).toBe('{firstName, welcome }');
    expect(body.slice(errors[1]?.start, errors[1]?.end)).toBe('{group');
  });

  it('reports a closing brace that closes nothing, and empty braces', () => {
    expect(lintTemplate('a } b', noAnswers)).toEqual([{ code: 'unopened-brace', start: 2, end: 3 }]);
    expect(lintTemplate('a {} b', noAnswers)).toEqual([{ code: 'empty-placeholder', start: 2, end: 4 }]);
  });

  it('stops a placeholder at the end of its line', () => {
    const body = 'Hi {firstName\nsee you}';
    const codes = lintTemplate(body, noAnswers).map((error) => error.code);
    expect(codes).toEqual(['unclosed-brace', 'unopened-brace']);
  });

  it('reads {{ and }} as literal braces', () => {
    expect(lintTemplate('Use {{braces}} like {{this}}', noAnswers)).toEqual([]);
    expect(renderTemplate('{{firstName}} = {firstName}', { firstName: 'Zoé' })).toEqual({
      ok: true,
      text: '{firstName} = Zoé',
    });
  });

  it('allows screening answers only when reading them is enabled', () => {
    expect(lintTemplate('You said: {answer1}', { allowAnswers: true })).toEqual([]);
    expect(lintTemplate('You said: {answer1}', noAnswers)[0]?.code).toBe('answers-disabled');
    expect(lintTemplate('{answer0} {answer11}', { allowAnswers: true }).map((error) => error.code)).toEqual([
      'unknown-placeholder',
      'unknown-placeholder',
    ]);
  });

  it('gives UTF-16 offsets after emoji (surrogate pairs) and accents', () => {
    const body = '🌻🎉 Élodie, {grup} 👋';
    const [error] = lintTemplate(body, noAnswers);
    expect(error?.start).toBe(13);
    expect(body.slice(error?.start, error?.end)).toBe('{grup}');
  });

  it('describes errors in both languages', () => {
    const [error] = lintTemplate('{prenom}', noAnswers);
    if (!error) throw new Error('expected an error');
    expect(describeLintError(error, 'en')).toContain('{firstName}');
    expect(describeLintError(error, 'fr')).toContain('Champ inconnu');
  });
});

describe('renderTemplate', () => {
  it('fills values and uses fallbacks only when a value is missing or blank', () => {
    const body = 'Hi {firstName|there}, welcome to {group|the group}!';
    expect(renderTemplate(body, { firstName: 'Jean-Pierre', group: 'Jardins partagés' })).toEqual({
      ok: true,
      text: 'Hi Jean-Pierre, welcome to Jardins partagés!',
    });
    expect(renderTemplate(body, { firstName: '  ' })).toEqual({
      ok: true,
      text: 'Hi there, welcome to the group!',
    });
  });

  it('never drops a placeholder silently: a missing value without fallback is reported', () => {
    const body = 'Bonjour {firstName}, bienvenue dans {group} !';
    const result = renderTemplate(body, { group: 'Les Randonneurs' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual([{ name: 'firstName', start: 8, end: 19 }]);
    expect(result.preview).toBe('Bonjour {firstName}, bienvenue dans Les Randonneurs !');
    expect(describeMissing(result.missing, 'fr')).toContain('{firstName}');
  });

  it('an explicit empty fallback leaves the placeholder out on purpose', () => {
    expect(renderTemplate('Thanks{admin|}!', {})).toEqual({ ok: true, text: 'Thanks!' });
  });

  it('refuses to render a body with syntax errors and shows it as typed', () => {
    const result = renderTemplate('Hi {firstName', { firstName: 'Ana' });
    expect(result).toMatchObject({ ok: false, preview: 'Hi {firstName', missing: [] });
  });

  it('inserts values as plain text, never as template syntax', () => {
    expect(renderTemplate('Hi {name}', { name: 'Max {group} }{' })).toEqual({
      ok: true,
      text: 'Hi Max {group} }{',
    });
  });

  it('keeps accents, composes decomposed names and keeps emoji intact', () => {
    const decomposed = 'Zoe\u0301 🌸';
    const result = renderTemplate('Coucou {name|toi} 🎉 {firstName|🌻}', { name: decomposed });
    expect(result).toEqual({ ok: true, text: 'Coucou Zoé 🌸 🎉 🌻' });
  });

  it('fills screening answers in order when enabled, and refuses them otherwise', () => {
    const body = 'You mentioned {answer2|your garden}.';
    expect(renderTemplate(body, { answers: ['Paris', 'tomatoes'] }, { allowAnswers: true })).toEqual({
      ok: true,
      text: 'You mentioned tomatoes.',
    });
    expect(renderTemplate(body, { answers: ['Paris'] }, { allowAnswers: true })).toEqual({
      ok: true,
      text: 'You mentioned your garden.',
    });
    expect(renderTemplate(body, { answers: ['Paris', 'tomatoes'] }).ok).toBe(false);
  });

  it('keeps a fallback with a bar or spaces exactly as typed', () => {
    expect(renderTemplate('{firstName|à toi | à vous}', {})).toEqual({ ok: true, text: 'à toi | à vous' });
    expect(renderTemplate('{ firstName |there}', { firstName: 'Ana' })).toEqual({ ok: true, text: 'Ana' });
  });
});

describe('placeholdersUsed', () => {
  it('lists each placeholder once in order of use', () => {
    expect(placeholdersUsed('{group} {firstName} {group|x} {{names}}')).toEqual(['group', 'firstName']);
  });
});
