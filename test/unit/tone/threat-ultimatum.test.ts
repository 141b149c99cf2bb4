import { describe, expect, it } from 'vitest';
import { hintsOf, raised } from './helpers.ts';

describe('"sinon" is a threat only as an ultimatum: a demand before it, a sanction after it', () => {
  it.each([
    ['Supprime ton post, sinon je te bannis.', 'sinon je te bannis'],
    ['Supprime ce post, sinon je le fais.', 'sinon je le fais'],
    ['Merci de retirer le prix, sinon je vais devoir masquer l’annonce.', 'sinon je vais devoir masquer'],
    ['Tu le retires avant ce soir, sinon c’est dehors.', 'sinon c’est dehors'],
    ['Modifiez le titre, sinon votre publication sera supprimée.', 'sinon votre publication sera supprimée'],
    ['Il faut que ça cesse, sinon on te bloque.', 'sinon on te bloque'],
  ])('%s', (text, excerpt) => {
    const threats = hintsOf(text, 'fr').filter((hint) => hint.category === 'threat');
    expect(threats.map((hint) => hint.excerpt)).toContain(excerpt);
    expect(raised(text, 'fr')).toContain('threat');
  });

  it.each([
    // "sinon" as "otherwise fine" or "by the way"
    'Merci pour la photo, sinon tout va bien ?',
    'Sinon, bienvenue aux nouvelles !',
    'Merci, sinon n’hésite pas à demander.',
    'Bonne question ; sinon, bienvenue à toi !',
    // A demand, but no sanction after it
    'Mets une photo si tu peux, sinon c’est parfait, merci !',
    'Poste-le dans le fil du jour, sinon je peux le faire pour toi.',
    // A sanction-like word, but no demand before it
    'Je te laisse corriger, sinon je m’en occupe ce soir avec plaisir 🙂',
    // The demand is in another sentence
    'Supprime le doublon quand tu peux. Sinon je le fais demain, pas de souci 🙂',
  ])('stays quiet: %s', (text) => {
    expect(raised(text, 'fr')).not.toContain('threat');
  });
});

describe('a sanction tied to a condition, in words of its own', () => {
  it.each([
    ['fr', 'Si ça continue, des mesures seront prises.'],
    ['fr', 'Une remarque de plus et c’est le ban.'],
    ['fr', 'Tu ne seras plus la bienvenue ici si tu recommences.'],
    ['fr', 'La prochaine annonce de vente, je supprime ton compte.'],
    ['en', 'If this carries on, action will be taken.'],
    ['en', 'Any more of this and I’m kicking you out.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(raised(text, lang)).toContain('threat');
  });

  it.each([
    ['fr', 'Des mesures seront prises pour améliorer l’accueil des nouveaux.'],
    ['fr', 'Si tu veux, on se retrouve samedi ; tu seras la bienvenue.'],
    ['en', 'Steps will be taken to make the hall warmer this winter.'],
  ] as const)('stays quiet, %s: %s', (lang, text) => {
    expect(raised(text, lang)).not.toContain('threat');
  });
});

describe('"next time" and "encore une fois" threaten only with a sanction after them', () => {
  it.each([
    ['en', 'next time its a ban, no warning'],
    ['en', 'If I see this again I’m reporting you.'],
    ['en', 'Next rude comment = ban.'],
    ['fr', 'Encore une fois et t’es dehors.'],
    ['fr', 'Si je te revois poster ça, t’es bannie.'],
    ['fr', 'Prochain message de ce genre = exclusion.'],
  ] as const)('threatens, %s: %s', (lang, text) => {
    expect(raised(text, lang)).toContain('threat');
  });
  it.each([
    ['en', 'Next time you’re in town, pop by the shop!'],
    ['fr', 'La prochaine fois, tu seras surprise du résultat 😉'],
    ['fr', 'Si tu es bloquée par Facebook, écris-nous en MP.'],
    ['en', 'Score: 2 = good, 3 = excellent.'],
  ] as const)('stays quiet, %s: %s', (lang, text) => {
    expect(raised(text, lang)).not.toContain('threat');
  });
});
