import { describe, expect, it } from 'vitest';
import { hintsOf, raised } from './helpers.ts';

// One block per category: fresh sentences in both languages, and a near miss that must stay quiet.
describe('frontal-opener', () => {
  it.each([
    ['Stop it. This is a group for neighbours.', 'en'],
    ['Enough, we are done with this topic.', 'en'],
    ['Warning: the comments here are getting personal.', 'en'],
    ['Ça suffit, on change de sujet.', 'fr'],
    ['Arrêtez, ce fil devient pénible.', 'fr'],
    ['Avertissement : les commentaires sont fermés.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('frontal-opener'));
  it('stays quiet for "stop by" and a warm "Attention"', () => {
    expect(raised('Stop by the market on Sunday, we have a stall!', 'en')).not.toContain('frontal-opener');
    expect(raised('Attention les lève-tôt, la randonnée part à 7 h ! Merci à Sophie 🙂', 'fr')).toEqual([]);
  });
});

describe('prohibition', () => {
  it.each([
    ['Advertising is not allowed here.', 'en'],
    ['Giveaways are prohibited in this group.', 'en'],
    ["Don't share links to petitions.", 'en'],
    ['Les jeux concours sont interdits.', 'fr'],
    ['Les liens d’affiliation ne sont pas autorisés.', 'fr'],
    ['Pas de pétitions ici.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('prohibition'));
  it('is only a note when the rule is stated kindly', () => {
    expect(raised("Our group rule says no selling, so I've moved your post, thanks!", 'en')).toEqual([]);
    expect(
      raised('Les pubs ne sont pas autorisées ici, alors je l’ai déplacée dans le fil dédié. Merci 🙂', 'fr'),
    ).toEqual([]);
  });
});

describe('you-blame', () => {
  it.each([
    ['You keep reposting the same link.', 'en'],
    ["You didn't check the files before asking.", 'en'],
    ['Tu n’as pas respecté la consigne.', 'fr'],
    ['Vous ne lisez jamais les réponses.', 'fr'],
    ['T’as encore oublié le titre.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('you-blame'));
  it('stays quiet for kind "you" sentences', () => {
    expect(raised('You shared such a lovely recipe, thank you!', 'en')).toEqual([]);
    expect(raised('Tu as partagé une super recette, merci !', 'fr')).toEqual([]);
  });
  it('finds the least owed and not done, the recent past, and "should of"', () => {
    expect(raised('Vous pourriez au moins prévenir quand vous annulez.', 'fr')).toContain('you-blame');
    expect(raised('Tu pourrais quand même ranger tes outils.', 'fr')).toContain('you-blame');
    expect(raised('You could at least tell us when you cancel.', 'en')).toContain('you-blame');
    expect(raised('Tu viens de publier le numéro de la famille en public.', 'fr')).toContain('you-blame');
    expect(raised('you should of asked before taking the trailer', 'en')).toContain('you-blame');
    // Advice and news in the same shapes.
    expect(raised('Tu peux quand même essayer le véto, ça vaut le coup.', 'fr')).toEqual([]);
    expect(raised('You could at least try the vet first, it might be an infection.', 'en')).toEqual([]);
    expect(raised('Tu viens de rejoindre le groupe, bienvenue !', 'fr')).toEqual([]);
  });
});

describe('personal-attack', () => {
  it.each([
    ["You're such a drama queen.", 'en'],
    ['You are a hypocrite.', 'en'],
    ['People like you ruin everything.', 'en'],
    ['Tu es vraiment pénible.', 'fr'],
    ['Vous êtes des menteurs.', 'fr'],
    ['Les gens comme vous ne comprennent rien.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('personal-attack'));
  it('respects negation', () => {
    expect(raised("You're not a troll, I know you meant well.", 'en')).not.toContain('personal-attack');
    expect(raised('Tu n’es pas ridicule du tout, c’est une bonne question.', 'fr')).toEqual([]);
  });
  it('finds a person judged past fillers, by a bad quality or a lack of a virtue', () => {
    expect(raised('Vous êtes vraiment des gens sans scrupules.', 'fr')).toContain('personal-attack');
    expect(raised('Tu es d’une bêtise affligeante.', 'fr')).toContain('personal-attack');
    expect(raised('Vous êtes d’une mauvaise foi incroyable.', 'fr')).toContain('personal-attack');
    expect(raised('T’as vraiment pas de cœur.', 'fr')).toContain('personal-attack');
    expect(raised('Honestly you’re the worst kind of member.', 'en')).toContain('personal-attack');
    expect(raised('Tu es d’une patience incroyable, merci.', 'fr')).toEqual([]);
    expect(raised('C’est une bêtise de ma part, désolée.', 'fr')).toEqual([]);
  });
  it('does not judge anyone by what "they" are when the word fits things too', () => {
    expect(raised('They’re toxic to cats, so keep lilies out of the house.', 'en')).toEqual([]);
    expect(raised('They’re so rude to the volunteers.', 'en')).toContain('personal-attack');
  });
  it('reads an emoji between words as a full stop: a kind sentence before it does not cover the next', () => {
    const text =
      'Lovely walk this morning everyone 🐕 Some folks still leave their dog’s mess on the path, which says a lot about them.';
    expect(raised(text, 'en')).toContain('personal-attack');
    expect(raised('Merci Sophie 🙏 t’es la meilleure !', 'fr')).toEqual([]);
    expect(raised('You’re terrible 😂❤️ see you Saturday', 'en')).toEqual([]);
  });
});

describe('insult', () => {
  it.each([
    ['What a moronic comment.', 'en'],
    ['This is crap.', 'en'],
    ['Quel crétin.', 'fr'],
    ['Cette discussion, c’est n’importe quoi, bande d’abrutis.', 'fr'],
    ['Ferme ta gueule.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('insult'));
});

describe('shouting', () => {
  it.each([
    ['READ THE PINNED POST BEFORE POSTING.', 'en'],
    ['WHY IS THIS HERE?!', 'en'],
    ['ON NE VEND RIEN ICI !!!', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('shouting'));
  it.each([
    ['Please READ the pinned post.', 'en'],
    ['Why is this here?!', 'en'],
    ['Not again!!!', 'en'],
    ['On ne vend RIEN ici.', 'fr'],
    ['Encore ?!', 'fr'],
  ] as const)('%s: one word in capitals or marks alone are only a note', (text, lang) => {
    const shouting = hintsOf(text, lang).filter((hint) => hint.category === 'shouting');
    expect(shouting.length).toBeGreaterThan(0);
    expect(shouting.every((hint) => hint.severity === 'info')).toBe(true);
  });
  it('ignores acronyms, a surname in capitals and a happy "!!"', () => {
    expect(raised('The NHS and the GDPR pages are linked in the FAQ.', 'en')).toEqual([]);
    expect(raised('Merci à Marie DUPONT pour la visite !', 'fr')).toEqual([]);
    expect(raised('Thank you so much!!', 'en')).toEqual([]);
  });
});

describe('absolute', () => {
  it.each([
    ['You always post at midnight and nobody can answer.', 'en'],
    ['Nobody here wants your opinion.', 'en'],
    ['Tu râles tout le temps.', 'fr'],
    ['Personne ne lit tes messages.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('absolute'));
  it('stays quiet when not aimed at the reader, or kind', () => {
    expect(raised('I never know which thread to use, so I ask.', 'en')).toEqual([]);
    expect(raised('Tu es toujours la bienvenue ici 🙂', 'fr')).toEqual([]);
    expect(raised('You can always message me in private.', 'en')).toEqual([]);
  });
  it('leaves to the judgement of the person a never said of a whole life', () => {
    expect(raised('You’ve clearly never grown a single tomato in your life.', 'en')).not.toContain(
      'absolute',
    );
    expect(raised('T’as jamais tenu un sécateur de ta vie, ça se voit.', 'fr')).not.toContain('absolute');
    expect(raised('You never clean up after yourself.', 'en')).toContain('absolute');
  });
  it('leaves a ban worded as caring safety advice at a note', () => {
    const advice =
      'Ne mettez jamais de lys dans un vase près de vos chats, c’est toxique pour leurs reins. Prenez soin de vos loulous ❤️';
    expect(raised(advice, 'fr')).toEqual([]);
    expect(raised('Dogs are not allowed near the hives, it’s dangerous.', 'en')).toContain('prohibition');
  });
});

describe('threat', () => {
  it.each([
    ["Next time you'll be removed.", 'en'],
    ['This is your final warning.', 'en'],
    ['Tu vas être banni si tu continues.', 'fr'],
    ['Efface ça, sinon je le signale.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('threat'));
  it('does not read "Sinon," (by the way) as a threat', () => {
    expect(raised('Sinon, quelqu’un va au marché demain ?', 'fr')).toEqual([]);
  });
});

describe('condescension', () => {
  it.each([
    ['As I said already, the form is online.', 'en'],
    ['For the umpteenth time: no.', 'en'],
    ['Il suffit de lire le post épinglé.', 'fr'],
    ['Comme je te l’ai déjà dit, c’est samedi.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('condescension'));
  it('does not flag a sincere "sérieusement"', () => {
    expect(raised('Je prends sérieusement en compte ta remarque, merci.', 'fr')).toEqual([]);
  });
});

describe('missing-warmth', () => {
  it('flags a bare reply to a newcomer, in both languages', () => {
    expect(raised('Read the pinned post.', 'en', { toNewcomer: true })).toContain('missing-warmth');
    expect(raised('Regarde le post épinglé.', 'fr', { firstReply: true })).toContain('missing-warmth');
  });
  it('is satisfied by a greeting or thanks, but not by a negated one', () => {
    expect(raised('Welcome! The pinned post explains everything.', 'en', { toNewcomer: true })).toEqual([]);
    expect(raised('Merci pour ta question, c’est dans les fichiers.', 'fr', { firstReply: true })).toEqual(
      [],
    );
    expect(raised('Tu n’es pas bienvenue ici.', 'fr', { toNewcomer: true })).toContain('missing-warmth');
  });
  it('without a context, flags only a short bare reply', () => {
    expect(raised('Read the pinned post.', 'en')).toContain('missing-warmth');
    expect(raised('Déjà répondu.', 'fr')).toContain('missing-warmth');
    expect(raised('The pinned post has the vet list, the feeding guide and the foster form.', 'en')).toEqual(
      [],
    );
    expect(raised('Read the pinned post 🙂', 'en')).toEqual([]);
    expect(raised('Is the pinned post up to date?', 'en')).toEqual([]);
  });
  it('flags a curt reply of six to eight words that sends away or reproaches, not news or an attack', () => {
    expect(raised('Regarde dans les fichiers, tout y est.', 'fr')).toContain('missing-warmth');
    expect(raised('Search the group, this comes up weekly.', 'en')).toContain('missing-warmth');
    expect(raised('You posted it in the wrong album.', 'en')).toContain('missing-warmth');
    // News, reassurance, a rule notice, an attack: what they say is not a brush-off.
    expect(raised('La sortie au parc est samedi à dix heures.', 'fr')).toEqual([]);
    expect(raised('Il n’y a pas de question bête, promis.', 'fr')).not.toContain('missing-warmth');
    expect(raised('Selling is not allowed in this group.', 'en')).not.toContain('missing-warmth');
    expect(raised('You are a selfish and lazy person.', 'en')).not.toContain('missing-warmth');
  });
});

describe('public-callout', () => {
  it.each([
    ['@Marc Petit this is off-topic.', 'en'],
    ['Julia, you keep ignoring the rules.', 'en'],
    ['@Sophie c’est du spam.', 'fr'],
    ['Marc, tu n’as pas lu les règles.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toContain('public-callout'));
  it('leaves a friendly mention alone', () => {
    expect(raised('@Marc thanks for the photos!', 'en')).toEqual([]);
    expect(raised('Sophie, merci pour ton aide hier 🙂', 'fr')).toEqual([]);
  });
  it('finds a call-out dressed as thanks: a forgetting, scare quotes or an ironic face', () => {
    expect(raised('Shoutout to Greg for parking across three spaces again 🙄', 'en')).toContain(
      'public-callout',
    );
    expect(raised('Bravo à Léa pour avoir encore oublié les clés, on a attendu 1h.', 'fr')).toContain(
      'public-callout',
    );
    expect(raised('Big thanks to Tom for "helping" with the washing up.', 'en')).toContain('public-callout');
    // What the speaker forgot, or a title in quotes, is no fault of the one thanked.
    expect(raised('Thanks to Ben for the lift, I’d forgotten my bus pass!', 'en')).toEqual([]);
    expect(raised('Merci à Julie pour les graines, j’avais oublié d’en commander 😊', 'fr')).toEqual([]);
    expect(raised('Merci à Paul pour la recette du "pain perdu", un régal.', 'fr')).toEqual([]);
  });
});
