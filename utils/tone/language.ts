/** Tells English from French per text, from common words and French spelling; short ambiguous texts fall back. */
import type { ToneLang } from './schema.ts';

const englishWords = new Set(
  (
    'the and is are was were you your yours i it this that to of for in with not be will have has do does did ' +
    'please thanks thank what why who here there we our my they their just again if or but so can could would ' +
    'should about from by at an all any been being post posts group rules rule read warning welcome hello hi ' +
    "last time one more next keep don't it's that's you're i'm i've let's isn't aren't didn't " +
    'everyone nobody always never people like want know think see comment comments thread other'
  ).split(' '),
);
const frenchWords = new Set(
  (
    'le la les un une des du de et est sont tu toi ton ta tes vous votre vos je il elle nous ne pas que qui pour ' +
    'sur dans avec ce cette ces mais ou au aux ici merci bonjour salut sinon ca plus tout tous tres encore fil ' +
    'groupe regles regle publication avertissement arrete suffit interdit toujours jamais quand comme fait faire ' +
    'avez as ont suis etes etait sera seras serez dernier derniere chaque personne rien aussi deja alors donc ' +
    'leur leurs mon ma mes en y bienvenue coucou post lien liens question'
  ).split(' '),
);
/** Words that are both English and French are left out of both lists above (a, on, me, post…), or weigh little. */
const frenchElision = /\b(?:l|d|j|n|t|s|qu|c|m)'[a-z]/g;
const englishContraction = /[a-z](?:n't|'re|'ve|'ll|'m)\b/g;
const frenchLetters = /[éèêëàâçùûôîïœ]/gi;

export interface LanguageScores {
  readonly en: number;
  readonly fr: number;
}

/** Enough text to tell the language; a long message does not need to be read to the end for it. */
const sampleLength = 400;

export function scoreLanguages(fullNormalized: string, fullOriginal: string): LanguageScores {
  const normalized = fullNormalized.slice(0, sampleLength);
  const original = fullOriginal.slice(0, sampleLength);
  let en = 0;
  let fr = 0;
  for (const word of normalized.match(/[a-z']+/g) ?? []) {
    if (englishWords.has(word)) en++;
    if (frenchWords.has(word)) fr++;
  }
  fr += (normalized.match(frenchElision) ?? []).length;
  en += (normalized.match(englishContraction) ?? []).length;
  // Accented letters count up to three: no need to find them all.
  frenchLetters.lastIndex = 0;
  for (let seen = 0; seen < 3 && frenchLetters.test(original); seen++) fr++;
  return { en, fr };
}

/** The language of the text, or `fallback` when the text is too short or too mixed to tell. */
export function detectLanguage(normalized: string, original: string, fallback: ToneLang): ToneLang {
  const { en, fr } = scoreLanguages(normalized, original);
  if (en === fr || Math.max(en, fr) < 1) return fallback;
  // A single clue is not enough against the admin's language unless nothing points the other way.
  if (Math.abs(en - fr) < 2 && Math.min(en, fr) > 0) return fallback;
  return en > fr ? 'en' : 'fr';
}
