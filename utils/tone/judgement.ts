/**
 * A judgement of a person, found by structure plus a lexicon: a person frame (the reader: "you're", "you seem",
 * "t'es", "vous avez l'air"; or a group singled out: "some people here are", "certaines personnes ici sont")
 * followed, past a few intensifiers and articles, by a word the valence lexicons rate plainly negative
 * (valence.ts). The frame carries who is judged, the lexicon what is said, so wording never listed is found
 * ("you're being spiteful", "t'es vraiment hargneuse"), while strong words about things stay quiet.
 */
import type { ToneLang } from './schema.ts';
import type { StructuralMatch, StructuralSentence } from './structure.ts';
import { insultLexicon } from './lexicons.ts';
import { isJudgementOfSomeone, isNegativeVerbForm, isNegativeWord } from './valence.ts';

/** A judgement found; `sure` when the reader is told what they are, in so many words. */
export interface JudgementMatch extends StructuralMatch {
  readonly sure: boolean;
}

interface JudgementLanguage {
  /** A cheap test before the frame pattern is tried. */
  readonly trigger: RegExp;
  /**
   * The frames that say what the reader *is*, now ("you're…", "t'es…"). Others (the past, how someone seems,
   * a group, a second word) are less sure: a judgement of an act, or of a look.
   */
  readonly sureFrame: RegExp;
  /** The person frame; the judged words follow the match. */
  readonly frame: RegExp;
  /** A part of the group singled out ("some people here", "certaines personnes"): judged anywhere in the sentence. */
  readonly group: RegExp;
  /** Words passed over between the frame and the judgement (intensifiers, articles). */
  readonly modifiers: ReadonlySet<string>;
  /** Words that turn the judgement around ("you're not rude", "t'es pas méchant"): nothing is found. */
  readonly negations: ReadonlySet<string>;
  /** Nouns for a person, passed over: the word about them still comes first ("une personne méprisable"). */
  readonly personNouns: ReadonlySet<string>;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const languages: Readonly<Record<ToneLang, JudgementLanguage>> = {
  en: {
    trigger: /\b(?:you|your|ur|people|folks|members|owners|those)\b/,
    sureFrame: /^(?:you're|you are|ur|are you|you (?:two|lot|guys|people|all) are)\s+$/,
    frame:
      /\b(?:you(?:'re| are| were|'ve been| have been| sound| seem| look| act| acting|'re acting| are acting|'re being| are being)(?: like)?|ur|are you|were you|you (?:two|lot|guys|people|all) are|(?:some|certain|these|those) (?:people|folks|members|owners|parents|neighbours|neighbors)\b[^.!?,]{0,40}? (?:are|were|seem)|(?:people|those|members) who [^.!?,]{3,50}? (?:are|seem)|(?:your|ur) (?:attitude|behaviour|behavior|manners|mentality|character|comments?|reply|replies|tone) (?:is|are|was|were|seems?))\s+/g,
    group:
      /\b(?:some|certain) (?:people|folks|members|owners|parents|neighbours|neighbors)\b|\bsome of (?:you|us)\b|\ba few (?:people|members) (?:here|in this)/,
    modifiers: words(
      'so such a an the really just very too bit of kind sort quite pretty totally utterly completely absolutely being clearly obviously honestly genuinely simply real most incredibly extremely seriously little complete total utter absolute proper bloody fucking actually always still literally beyond downright plain truly one rather somewhat getting becoming ever frankly visibly apparently like more even nothing but incredibly insanely',
    ),
    negations: words("not n't never no hardly nothing isn't aren't wasn't weren't"),
    personNouns: words(
      'person people human being man woman guy bloke individual owner owners mother father mum mom dad parent parents neighbour neighbor member members friend character someone somebody',
    ),
  },
  fr: {
    trigger: /\b(?:t'|tu|vous|ton|ta|tes|votre|vos|certaine?s?|ceux|celles|les gens)\b/,
    sureFrame: /^(?:t'es|tu es|vous etes|es-tu|etes-vous)\s+$/,
    frame:
      /\b(?:t'es|tu es|vous etes|t'etais|tu etais|vous etiez|tu sembles|vous semblez|t'as l'air|tu as l'air|vous avez l'air|tu deviens|vous devenez|es-tu|etes-vous|t'es-tu|tu restes|vous restez|(?:certaine?s?) (?:personnes|gens|membres|proprietaires|parents|voisins|voisines)?\b[^.!?,]{0,40}? (?:sont|semblent|etaient)|(?:ceux|celles|les gens) qui [^.!?,]{3,50}? (?:sont|semblent)|(?:ton|ta|votre|tes|vos) (?:attitude|comportement|mentalite|caractere|facon de faire|commentaires?|reponses?|ton) (?:est|sont|etait|etaient))\s+/g,
    group:
      /\bcertaine?s? (?:personnes|gens|membres|proprietaires|parents|voisins|voisines|d'entre vous|ici)\b|\bquelques-une?s d'entre vous\b/,
    modifiers: words(
      "vraiment tellement trop si tres super completement totalement carrement franchement juste bien un une vrai vraie gros grosse sacre sacree petit petite qu'un qu'une de d' la le l' plus assez plutot peu decidement clairement visiblement toujours encore meme profondement vachement grave ben donc genre limite parfaitement absolument reellement particulierement extremement incroyablement terriblement serieusement aussi d'un d'une des du sacrement tout toute",
    ),
    negations: words('pas jamais point nullement ni'),
    personNouns: words(
      "personne personnes etre humain gens type mec gars femme homme meuf individu proprietaire proprio mere pere parent parents voisin voisine membre membres amie ami quelqu'un",
    ),
  },
};

/** How many words past the modifiers may carry the judgement ("a selfish little man", "une vraie peste"). */
const judgedWords = 2;
const wordPattern = /[a-z'-]+/g;

/**
 * The end (sentence offset) of the judged word after a frame ending at `from` and whether it is the first word
 * past the modifiers, or undefined.
 */
function judgedWord(
  lang: ToneLang,
  text: string,
  from: number,
  sureFrame: boolean,
): { end: number; first: boolean } | undefined {
  const language = languages[lang];
  wordPattern.lastIndex = from;
  let tried = 0;
  for (let match = wordPattern.exec(text); match && tried < judgedWords; match = wordPattern.exec(text)) {
    // Only the words of this clause: punctuation between them ends the search.
    if (/[,;:()]/.test(text.slice(from, match.index))) return undefined;
    from = match.index + match[0].length;
    const word = match[0].replace(/^-+|-+$/g, '');
    if (language.negations.has(word) || word.endsWith("n't")) return undefined;
    if (language.modifiers.has(word) || language.personNouns.has(word)) continue;
    tried++;
    const bare = word.replace(/^(?:d|l|qu)'/, '');
    if (isNegativeWord(lang, bare)) return { end: from, first: tried === 1 };
    // "You're horrible", "t'es lourd", "a horrible person": strong only when said of someone.
    const personFollows = language.personNouns.has(/^\s*([a-z'-]+)/.exec(text.slice(from))?.[1] ?? '');
    if ((sureFrame || personFollows) && tried === 1 && isJudgementOfSomeone(lang, bare))
      return { end: from, first: true };
  }
  return undefined;
}

const groupWords = ['some', 'certain', 'few', 'quelques'];

/** A plainly negative word anywhere in a sentence that singles out part of the group; -1 if none. */
function groupJudgement(lang: ToneLang, text: string): [number, number] | undefined {
  // Every group pattern has one of these words: most sentences need no search at all.
  if (!groupWords.some((word) => text.includes(word))) return undefined;
  const group = languages[lang].group.exec(text);
  if (!group) return undefined;
  // The clause around the group: the judgement must be said of it, not of something else in the sentence.
  const before = text.slice(0, group.index);
  const clauseStart = Math.max(0, before.search(/[,;:][^,;:]*$/) + 1);
  const after = text.slice(group.index).search(/[,;:]/);
  const clause = text.slice(clauseStart, after < 0 ? text.length : group.index + after);
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(clause); match; match = wordPattern.exec(clause)) {
    const word = match[0].replace(/^(?:d|l|qu)'|^-+|-+$/g, '');
    if (!isNegativeWord(lang, word)) continue;
    const start = clauseStart + match.index;
    const end = start + match[0].length;
    return [Math.min(group.index, start), Math.max(end, group.index + group[0].length)];
  }
  return undefined;
}

/**
 * "You" opening a clause, then (past a few adverbs) a verb the valence lexicon rates plainly negative:
 * "you ruined the evening", "you just ignore everyone", "and you wasted their time". English only: the
 * French valence lexicon rates adjectives, not verbs.
 */
const youActs =
  /(?:^|[,;:—–(]\s*|\b(?:and|but|so|then|because|since|yet|now|plus)\s+)you(?:'ve| have|'d| had)?\s+((?:(?:just|also|still|even|again|really|literally|clearly|obviously|totally|completely|basically|always|constantly|keep|kept)\s+)*)([a-z]+)\b(?!')/g;

function findYouActs(sentence: StructuralSentence): StructuralMatch | undefined {
  if (!sentence.text.includes('you') || /\?\s*$/.test(sentence.text)) return undefined;
  youActs.lastIndex = 0;
  for (let match = youActs.exec(sentence.text); match; match = youActs.exec(sentence.text)) {
    const verb = match[2]!;
    // "you fraud", "YOU LIAR!": name-calling (a bare word ending the clause), the insult check's.
    const endsClause = /^\s*(?:[,.!;:]|$)/.test(sentence.text.slice(match.index + match[0].length));
    if (
      !isNegativeVerbForm(verb) ||
      insultLexicon('en').wordForms.has(verb) ||
      (endsClause && isNegativeWord('en', verb))
    )
      continue;
    const end = match.index + match[0].length;
    const start = end - (match[0].length - match[0].search(/you/));
    return { category: 'you-blame', start: sentence.start + start, end: sentence.start + end };
  }
  return undefined;
}

/** Judgements of a person in each sentence; `isKindOutside` keeps a kind sentence quiet ("you're terrible 😂❤️"). */
export function findJudgements(
  lang: ToneLang,
  sentences: readonly StructuralSentence[],
  isKindOutside: (sentence: StructuralSentence, start: number, end: number) => boolean,
): JudgementMatch[] {
  const language = languages[lang];
  const matches: JudgementMatch[] = [];
  for (const sentence of sentences) {
    if (!language.trigger.test(sentence.text)) continue;
    language.frame.lastIndex = 0;
    for (let frame = language.frame.exec(sentence.text); frame; frame = language.frame.exec(sentence.text)) {
      const sureFrame = language.sureFrame.test(frame[0]);
      const judged = judgedWord(lang, sentence.text, frame.index + frame[0].length, sureFrame);
      if (judged === undefined) continue;
      const start = sentence.start + frame.index;
      const end = sentence.start + judged.end;
      if (isKindOutside(sentence, start, end)) continue;
      const sure = judged.first && sureFrame;
      matches.push({ category: 'personal-attack', start, end, sure });
      break;
    }
    const act = lang === 'en' ? findYouActs(sentence) : undefined;
    if (act && !isKindOutside(sentence, act.start, act.end)) matches.push({ ...act, sure: true });
    const group = groupJudgement(lang, sentence.text);
    if (group === undefined) continue;
    const [start, end] = [sentence.start + group[0], sentence.start + group[1]];
    if (!isKindOutside(sentence, start, end))
      matches.push({ category: 'personal-attack', start, end, sure: false });
  }
  return matches;
}
