import { describe, expect, it } from 'vitest';
import { isNegativeVerbForm, isNegativeWord } from '../../../utils/tone/valence.ts';
import { insultLexicon } from '../../../utils/tone/lexicons.ts';
import { hintsOf, raised } from './helpers.ts';

describe('valence lexicons, after the review step', () => {
  it('rate judgements of a person negative, in their light forms', () => {
    expect(isNegativeWord('en', 'spiteful')).toBe(true);
    expect(isNegativeWord('en', 'liars')).toBe(true);
    // French: Pattern's stems, with gender and number endings.
    expect(isNegativeWord('fr', 'hargneuse')).toBe(true);
    expect(isNegativeWord('fr', 'agressives')).toBe(true);
    expect(isNegativeWord('fr', 'insolent')).toBe(true);
    expect(isNegativeVerbForm('ruined')).toBe(true);
    expect(isNegativeVerbForm('ruining')).toBe(true);
  });

  it('leave out feelings, states, things and slang praise', () => {
    for (const word of ['worried', 'sad', 'sick', 'lost', 'late', 'wrong', 'insane', 'wicked', 'crazy'])
      expect(isNegativeWord('en', word), word).toBe(false);
    for (const word of ['malade', 'perdue', 'triste', 'inquiet', 'desolee', 'terrible', 'lourds', 'bete'])
      expect(isNegativeWord('fr', word), word).toBe(false);
  });

  it('adds French insults from french-badwords-list, not its everyday words nor its spellings in digits', () => {
    const { wordForms } = insultLexicon('fr');
    expect(wordForms.has('raclure')).toBe(true);
    expect(wordForms.has('feignasse')).toBe(true);
    for (const word of ['crotte', 'gourde', 'pet', 'fumier', 'lavette', 'sale', '1mbec1le'])
      expect(wordForms.has(word), word).toBe(false);
  });
});

describe('a judgement said of the reader', () => {
  it.each([
    ["You're being spiteful and you know it.", 'en'],
    ['You are so arrogant about your dogs.', 'en'],
    ['T’es vraiment hargneuse avec les nouveaux.', 'fr'],
    ['Vous êtes insolents.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('personal-attack'));

  it('stays quiet on feelings, on things, when negated or kind', () => {
    expect(raised('You seem worried about the vet visit.', 'en')).not.toContain('personal-attack');
    expect(raised("You're not stupid, this forum is confusing.", 'en')).not.toContain('personal-attack');
    expect(raised('The weather was horrible and spiteful winds blew.', 'en')).toEqual([]);
    expect(raised('T’es pas seule, on est là ❤️', 'fr')).toEqual([]);
    expect(raised('Tu es malade ? Repose-toi bien 🙂', 'fr')).toEqual([]);
  });

  it('gives a look, the past or part of the group only a note', () => {
    const hint = hintsOf('Some people here are so selfish about the parking.', 'en').find(
      (found) => found.category === 'personal-attack',
    );
    expect(hint?.severity).toBe('info');
  });
});

describe('"you" blame by structure', () => {
  it.each([
    ['And you ruined the whole evening for the kids.', 'en'],
    ['You should have asked before taking the cage.', 'en'],
    ['You were supposed to bring the chairs.', 'en'],
    ['Tu aurais pu prévenir avant de partir.', 'fr'],
    ['Vous auriez dû demander avant.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('you-blame'));

  it('leaves expectations and name-calling alone', () => {
    expect(raised('You should have received an email with the code.', 'en')).not.toContain('you-blame');
    expect(raised('STOP LYING, YOU FRAUD.', 'en')).not.toContain('you-blame');
    expect(raised("If the gazebo isn't back, you won't be on the rota.", 'en')).not.toContain('you-blame');
  });
});

describe('insults', () => {
  it('count a negation only when it governs the word', () => {
    expect(raised("Don't listen to that twit, he's wrong.", 'en')).toContain('insult');
    expect(raised('Pas de question idiote ici, promis 😄', 'fr')).not.toContain('insult');
    expect(raised("You're not an idiot, it's confusing.", 'en')).not.toContain('insult');
  });
});

describe('public call-outs', () => {
  it('a thank-you to all but one, by name', () => {
    expect(raised('Merci à tout le monde sauf à Fabrice, comme d’habitude.', 'fr')).toContain(
      'public-callout',
    );
  });
  it('someone addressed by name in the middle of a post, then reproached', () => {
    expect(
      raised('Hi all, ride on Saturday at 9! And Jake, you left the gate open again last time.', 'en'),
    ).toContain('public-callout');
  });
  it('not a friendly thank-you that names someone', () => {
    expect(raised('Thanks so much to everyone, and Jake, you were brilliant on Saturday!', 'en')).toEqual([]);
  });
});

describe('shouting', () => {
  it('one loud word is a note in a kind message, part of the anger in a reproach; marks alone stay a note', () => {
    const shouting = (text: string, lang: 'en' | 'fr') =>
      hintsOf(text, lang)
        .filter((hint) => hint.category === 'shouting')
        .map((hint) => hint.severity);
    expect(shouting('Merci à tous pour la cagnotte !!!', 'fr')).toEqual(['info']);
    expect(shouting('Who left the gate open AGAIN?!', 'en')).toEqual(['info', 'info']);
    expect(shouting('You never listen, you left the gate open AGAIN?!', 'en')).toEqual(['warn', 'info']);
  });
});
