import { describe, expect, it } from 'vitest';
import { raised } from './helpers.ts';

/** Shapes the check reads by structure (who is judged, what follows a condition), in sentences of our own. */
describe('tone shapes', () => {
  it('reads SMS "tes" / "ta" as "t\'es" / "t\'as" only before a word a possessive never takes', () => {
    expect(raised('Tes vraiment nul.', 'fr')).toContain('personal-attack');
    expect(raised('Ta encore oublié le chèque.', 'fr')).toContain('you-blame');
    expect(raised('Tes photos sont super, ta voiture aussi 😊', 'fr')).toEqual([]);
  });

  it('reads praise tacked on after a told fault as irony, and after a told success as praise', () => {
    expect(raised('Vous avez laissé la cabane ouverte, les sécateurs ont disparu, bravo.', 'fr')).toContain(
      'you-blame',
    );
    expect(raised('You forgot the float again, well done.', 'en')).toContain('you-blame');
    expect(raised('Tu as terminé la couverture pour le refuge, bravo !', 'fr')).toEqual([]);
    expect(raised('You knitted twelve hats for the ward, well done!', 'en')).toEqual([]);
  });

  it('reads a person typed ("the kind of person who", "one of those people who") as an attack, not in thanks', () => {
    expect(raised('Gordon is the sort of man who would complain about free cake.', 'en')).toContain(
      'personal-attack',
    );
    expect(raised("You're clearly one of those people who can't let anything go.", 'en')).toContain(
      'personal-attack',
    );
    expect(raised('A grown woman who sulks over a raffle prize, really.', 'en')).toContain('personal-attack');
    expect(raised('Thank you Jo, you are the kind of person who makes this group what it is.', 'en')).toEqual(
      [],
    );
  });

  it('reads a word that is name-calling only when said of someone as an insult in that frame', () => {
    expect(raised('Espèce de cornichon, relis la fiche.', 'fr')).toContain('insult');
    expect(raised("T'es vraiment une gourde, on te l'a dit hier.", 'fr')).toContain('insult');
    expect(raised('Quel guignol celui-là.', 'fr')).toContain('insult');
    expect(raised("You absolute clown, it's on the poster.", 'en')).toContain('insult');
    expect(raised('Pensez à prendre une gourde et des cornichons pour le pique-nique.', 'fr')).toEqual([]);
    expect(raised('The tool library opens Saturday; the cow field is closed.', 'en')).toEqual([]);
  });

  it('reads someone addressed by a description as a call-out when the message reproaches, not in thanks', () => {
    expect(
      raised(
        'To whoever keeps leaving bin bags by the gate: the foxes rip them open again every night.',
        'en',
      ),
    ).toContain('public-callout');
    expect(
      raised('Aux gens du camping-car blanc qui vident leurs eaux dans le ruisseau : c’est interdit.', 'fr'),
    ).toContain('public-callout');
    expect(raised('To the lady who found my cat yesterday: thank you so much!', 'en')).toEqual([]);
    expect(raised('À la dame qui a trouvé mon chat hier : merci mille fois !', 'fr')).toEqual([]);
  });

  it('reads a thank-you or an apology that was not said as part of the blame, not as a kind word', () => {
    expect(raised("You didn't even say sorry to the new members.", 'en')).toContain('you-blame');
    expect(raised('Tu n’as même pas dit merci aux bénévoles.', 'fr')).toContain('you-blame');
    expect(raised('Thank you for saying sorry, that was kind.', 'en')).toEqual([]);
  });

  it('reads "y\'all" as "you all"', () => {
    expect(raised("y'all left the shed a mess after the barbecue.", 'en')).toContain('you-blame');
    expect(raised("Thanks y'all, see you Saturday!", 'en')).toEqual([]);
  });

  it('finds a judgement by a negating prefix or a person noun, never when negated', () => {
    expect(raised('Vous êtes vraiment irrespectueux.', 'fr')).toContain('personal-attack');
    expect(raised("You're a horrible person.", 'en')).toContain('personal-attack');
    expect(raised("T'es pas une mauvaise mère, ne t'inquiète pas.", 'fr')).toEqual([]);
    expect(raised("You're not a bad owner, don't worry.", 'en')).toEqual([]);
  });

  it('reads a sanction told as a consequence of a condition as a threat', () => {
    expect(raised('Si ça recommence, tu seras retirée du groupe.', 'fr')).toContain('threat');
    expect(raised("Members who don't do their shifts won't get a stall at the market.", 'en')).toContain(
      'threat',
    );
    expect(raised('I will remove the post if it has no price.', 'en')).not.toContain('threat');
    expect(raised('Je te signale que le marché est demain.', 'fr')).not.toContain('threat');
  });

  it('reads "everyone knows it was you" as a call-out, without a name', () => {
    expect(
      raised('Le monsieur du 4e qui laisse les crottes devant la boulangerie se reconnaîtra.', 'fr'),
    ).toContain('public-callout');
    expect(
      raised('To whoever parks on the verge every night: the whole road knows it was you.', 'en'),
    ).toContain('public-callout');
  });

  it('keeps a safety warning in capitals and kind absolutes below warn', () => {
    expect(raised('ATTENTION : SERPENT VU PRÈS DU PARC, GARDEZ VOS CHIENS EN LAISSE !', 'fr')).toEqual([]);
    expect(raised('Toujours là si vous avez besoin de parler 🤗', 'fr')).toEqual([]);
    expect(raised('THIS IS A LOST PETS PAGE. NOT YOUR SOAPBOX. TAKE IT ELSEWHERE.', 'en')).toContain(
      'shouting',
    );
  });

  it('keeps an absolute below warn in a greeting with no sign of fault, not in one that tells a fault', () => {
    expect(raised('Hello all! Soup and bread as always, and bring your own mugs.', 'en')).toEqual([]);
    expect(
      raised('Bonjour à tous ! Pique-nique à midi comme toujours, vous apportez vos verres.', 'fr'),
    ).toEqual([]);
    expect(raised('Hello all, as always nobody put your chairs away.', 'en')).toContain('absolute');
  });

  it('reads never / always said of the speaker ("we never mind", "on ne vous juge jamais") as no blame', () => {
    expect(raised('We never, ever mind you asking twice.', 'en')).toEqual([]);
    expect(raised('On ne vous juge jamais ici, promis.', 'fr')).toEqual([]);
    expect(raised('You never read the rules.', 'en')).toContain('absolute');
    expect(raised('Tu ne lis jamais le règlement.', 'fr')).toContain('absolute');
  });

  it('reads "nobody ever has to…" as a benefit, "nobody ever cleans…" as an absolute', () => {
    expect(raised('Label the jars so nobody in the house ever has to guess.', 'en')).toEqual([]);
    expect(raised('Nobody ever cleans the kettle, you lot.', 'en')).toContain('absolute');
  });

  it('reads "Encore toi ?!" before a reproach as an opener', () => {
    expect(raised('Encore toi ?! Ça suffit.', 'fr')).toContain('frontal-opener');
    expect(raised('Again?? Come on.', 'en')).toContain('frontal-opener');
    expect(raised('Vraiment ?? C’est génial, merci !', 'fr')).toEqual([]);
  });
});
