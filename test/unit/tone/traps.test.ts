import { describe, expect, it } from 'vitest';
import { hintsOf, raised } from './helpers.ts';

describe('quoted rules', () => {
  it('lowers a prohibition inside quotes to a note', () => {
    const hints = hintsOf(
      'Our rule 4 says "Selling is not allowed", so I moved the post to the sales thread.',
      'en',
    );
    expect(hints.filter((hint) => hint.severity !== 'info')).toEqual([]);
    expect(hints.some((hint) => hint.category === 'prohibition' && hint.severity === 'info')).toBe(true);
  });
  it('handles French guillemets', () => {
    expect(raised('La charte dit « pas de vente ici », je déplace donc le post. Merci !', 'fr')).toEqual([]);
  });
});

describe('negation', () => {
  it.each([
    ['Asking for help is not forbidden, quite the opposite!', 'en'],
    ["There's no such thing as a dumb question.", 'en'],
    ['Ce n’est pas interdit de demander de l’aide, au contraire !', 'fr'],
    ['Rien n’est interdit dans ce fil, tant qu’on reste courtois.', 'fr'],
    ['Il n’y a pas de question stupide ici.', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toEqual([]));
});

describe('names that look like insults', () => {
  it.each([
    ['Thanks to Dick Evans for the lift!', 'en'],
    ['Dick Evans kindly drove everyone home, thank you!', 'en'],
    ['Happy birthday Randy, and thanks @Fanny for the cake!', 'en'],
    ['Merci à Conan pour les photos !', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toEqual([]));
});

describe('words inside other words (Scunthorpe)', () => {
  it.each([
    ['The Scunthorpe meetup is at the Essex Arms, bring your assistant and a classic cocktail.', 'en'],
    ['Please pass the document to Dickens fans at the shitake stall, I mean shiitake!', 'en'],
    ['On a fait le calcul : le concours de Concarneau coûte cinq euros, à consulter ici.', 'fr'],
    ['La culture du compost est expliquée dans le document, je te le conseille.', 'fr'],
    ['Je suis en retard, désolée, le bus était plein !', 'fr'],
  ] as const)('%s', (text, lang) =>
    expect(raised(text, lang).filter((category) => category === 'insult')).toEqual([]),
  );
});

describe('French spelling variants', () => {
  it('reads elision with both apostrophes and dropped "ne"', () => {
    expect(raised("T'as pas lu le règlement.", 'fr')).toContain('you-blame');
    expect(raised('T’as pas lu le règlement.', 'fr')).toContain('you-blame');
    expect(raised('Tu lis pas les réponses.', 'fr')).toContain('you-blame');
  });
  it('reads inclusive forms', () => {
    expect(raised('Tu seras banni·e si ça continue.', 'fr')).toContain('threat');
    expect(raised('Vous serez exclu.e.s au prochain écart.', 'fr')).toContain('threat');
    expect(raised('Tu es nul·le.', 'fr')).toContain('personal-attack');
  });
  it('reads text without accents and with typographic spaces', () => {
    expect(raised('Ca suffit, on arrete.', 'fr')).toContain('frontal-opener');
    expect(raised('Sérieusement\u202f? C’est écrit partout.', 'fr')).toContain('condescension');
  });
  it('reads tu and vous', () => {
    expect(raised('Tu ne respectes pas les autres.', 'fr')).toContain('you-blame');
    expect(raised('Vous ne respectez pas les autres.', 'fr')).toContain('you-blame');
  });
});

describe('gentle messages stay gentle', () => {
  it.each([
    ['I always enjoy your posts, thank you for being here.', 'en'],
    ['Never hesitate to ask, that is what we are here for.', 'en'],
    ['Tu n’as jamais besoin de te justifier ici.', 'fr'],
    ['N’hésitez jamais à m’écrire en privé.', 'fr'],
    ['The rule is there to protect everyone, thanks for understanding 🙂', 'en'],
    ['Petit rappel : la règle, c’est jamais de photos d’enfants sans accord. Merci à tous 🙂', 'fr'],
  ] as const)('%s', (text, lang) => expect(raised(text, lang)).toEqual([]));
});

describe('look-alikes of a reproach', () => {
  it('reads "tu as encore" before a noun as a question of need, before a participle as blame', () => {
    expect(
      raised('Dis Odile, est-ce que tu as encore besoin du grand panier ? Sinon je le rends samedi 😊', 'fr'),
    ).toEqual([]);
    expect(raised('Tu as encore oublié la clé du local.', 'fr')).toContain('you-blame');
  });
  it('reads pride and joy in the plural or feminine as kind ("on est fières de toi ma grande")', () => {
    expect(raised('Toutes fières de toi ma grande 🧶', 'fr')).toEqual([]);
    expect(raised('Ma grande, tu mélanges encore les doses.', 'fr')).toContain('condescension');
  });
  it('reads "dans le bon sens" as a direction, not a lesson in common sense', () => {
    expect(raised('Vous êtes géniaux, tout avance dans le bon sens.', 'fr')).toEqual([]);
    expect(raised('Un peu de bon sens, voyons.', 'fr')).toContain('condescension');
  });
  it('reads "il est bloqué" as news of a sanction done, "le prochain qui… est exclu" as a threat', () => {
    expect(
      raised(
        'Faux profil signalé, il est bloqué. Si on vous demande de payer avant de voir le chat, refusez.',
        'fr',
      ),
    ).toEqual([]);
    expect(raised('Le prochain qui insulte un membre est exclu.', 'fr')).toContain('threat');
  });
});

describe('a judgement of someone’s attitude', () => {
  it('is a note, in both languages (the frame is reached without "you" or "tu" in the sentence)', () => {
    const notes = (text: string, lang: 'en' | 'fr') =>
      hintsOf(text, lang).filter((hint) => hint.category === 'personal-attack' && hint.severity === 'info');
    expect(notes('Your attitude is appalling.', 'en')).toHaveLength(1);
    expect(notes('Ton attitude est lamentable.', 'fr')).toHaveLength(1);
    expect(
      hintsOf('Ton ton est parfait, merci.', 'fr').filter((hint) => hint.category === 'personal-attack'),
    ).toEqual([]);
  });
});
