/**
 * A heated exchange: in one thread, members trading personal attacks, insults or threats, as the tone check sees
 * their comments (its public function only), and the contempt it does not name (a member told they know nothing,
 * that nobody asked them). A lively thread where people disagree kindly gives no attack; an insult aimed at a thing
 * or at someone outside the thread (no "you", or a third party named in its clause: "what a moron that seller is")
 * is not one member attacking another, and friends' teasing with a "love you" or "bisous" is not an attack.
 */
import { checkTone } from '@/utils/tone';
import { frEvaluative } from '@/utils/tone/structure';
import { fold } from './cues';
import { EVIDENCE_MAX, type SignalDraft, type SignalItem } from './schema';

/** Second person in English and French (SMS spellings too): the words are addressed to someone in the thread. */
const ADDRESSED =
  /(?:^|[^\p{L}])(?:you|your|yours|youre|u|ur|tu|toi|te|ton|ta|tes|t'|vous|votre|vos|t|ta gueule|espece de|pauvre|sale)(?=$|[^\p{L}])|@\p{L}/iu;
/**
 * A third party named in an insult's clause ("that seller", "ce vendeur", "he is", "ils sont"): the insult is about
 * them, not about the member addressed later ("what a moron that seller is, you should report him").
 */
const THIRD_PARTY =
  /(?:^|[^\p{L}])(?:(?:that|this|those|these) (?!one\b)\p{L}{3,}|(?:he|she|they)(?:'s| is| are| was)|(?:ce|cet|cette|ces) \p{L}{3,}|(?:il|elle|ils|elles) (?:est|sont|etait))(?=$|[^\p{L}])/u;

const words = (...patterns: string[]) =>
  new RegExp(`(?:^|[^\\p{L}])(?:${patterns.join('|')})(?=$|[^\\p{L}])`, 'u');
const YOU = '(?:you|u|ya)';
const TU = "(?:tu |t'|t |te |vous |vs )";

/**
 * Contempt for the person addressed that names no insult: their mind ("you know nothing", "tu comprends rien"),
 * their place in the group ("nobody asked you", "personne t'endure"), a retort on their person ("says the one
 * who…", "look in a mirror") or their reading. Matched on the folded text (no accents, straight apostrophes).
 */
const CONTEMPT = words(
  // Their mind or knowledge, denied.
  `${YOU}(?: clearly| obviously| really| just)? (?:know|understand) (?:nothing|jack|zilch)`,
  `${YOU} (?:don'?t|do not|dont) (?:know|understand) (?:anything|a thing|what you'?r?e? ?(?:are )?(?:talking|saying))`,
  `${YOU}(?: clearly| obviously| really)?(?:'ve| have| got|'ve got) no (?:clue|idea what ${YOU})`,
  `${TU}(?:ne |n')?(?:y )?(?:comprends?|comprenez|sais|savez|piges?|captes?|connais|connaissez) (?:rien|que dalle|nada)`,
  `(?:t'?as|ta|tu as|vous avez) (?:aucune idee de ce que|rien compris|pas de cerveau|pas un gramme)`,
  // Their place in the group, denied.
  `(?:nobody|no one|noone) (?:asked|likes|wants|cares about|needs|listens to|believes) ${YOU}`,
  `personne (?:ne )?${TU}(?:a (?:rien )?demande|aime|supporte|endure|ecoute|a sonne|calcule|croit)`,
  // A retort on their person.
  'says the (?:one|man|woman|guy|person|lady|girl) (?:who|whose|that)',
  "look (?:who'?s talking|in (?:a|the) mirror)",
  'dit (?:celui|celle) qui',
  "c'?est (?:l'hopital qui se fout|toi (?:le|la|qui es) (?:plus )?(?:con|conne|nul|nulle|idiot|idiote|ridicule|pathetique|bete|debile))",
  `if ${YOU} (?:had|have|got) (?:half )?a brain`,
  `(?:${YOU}(?:'re| are| r)|ur) (?:way |completely |clearly )?out of (?:your|ur) depth`,
  // An evaluative word put before "it's you" ("Bete c'est toi", "nul c'est vous").
  `(?:${frEvaluative}),? c'est (?:toi|vous)`,
  // Their reading.
  'learn (?:how )?to read',
  '(?:va |allez )?(?:donc )?(?:apprendre|apprends|apprenez) a lire',
  // Told to keep out.
  'mind your own (?:business|cat)',
  '(?:occupe|mele)[- ]?toi de tes (?:oignons|affaires|fesses)',
);

/**
 * Piling on: agreeing with an attack ("+1 Annick", "exactly", "grave") while running the target down in the third
 * person, by pronoun ("elle y connait rien", "she knows nothing", "he's hopeless"). A third party named in the
 * comment ("ce véto", "that vet") makes it a complaint about them instead (see `THIRD_PARTY`).
 */
const ENDORSES = words(
  'exactly',
  'so true',
  'agreed',
  'grave',
  'exactement',
  'tellement',
  'clairement',
  'pareil',
);
const RUNS_DOWN = words(
  "(?:il|elle|he|she)(?: ne| n')?(?: y)? (?:connait|comprend|sait|pige|capte) (?:rien|que dalle)",
  '(?:he|she) (?:clearly |obviously |really )?(?:knows|understands) (?:nothing|jack)',
  "(?:he|she) (?:has|'s got|has got) no (?:clue|idea)",
  "(?:he|she)(?:'s| is) (?:just |so |really |completely )?(?:hopeless|clueless|pathetic|a joke|useless)",
);
/** "+1", which `words` cannot frame (it starts with no letter). */
const ENDORSES_PLUS = /(?:^|\s)\+1(?=$|[^\p{N}])/u;

/**
 * A threat to expose the person addressed: to publish or show around what they wrote in private ("j'vais publier
 * tes messages privés", "je montre les captures de ce que tu m'as écrit", "I'll post your DMs"): the object is
 * theirs, so sharing a recipe in private or the shelter's screenshots is no threat. Matched on folded text.
 */
const EXPOSURE = new RegExp(
  [
    "(?:je vais|j'?vais|je|j'|on va) (?:te |les |leur |vous )?(?:publier|publie|montrer|montre|poster|poste|partager|partage|afficher|affiche|balancer|balance|diffuser|diffuse)(?:r)?[^.!?]{0,60}?(?:(?:tes|vos) (?:messages|mp|mps|textos|sms|captures|conversations|echanges)|ce que (?:tu|vous) m'(?:as|avez) (?:ecrit|envoye|dit))",
    "(?:i'?ll|i will|i'?m (?:going to|gonna)|i'?m about to) (?:post|share|show|publish|leak|screenshot)[^.!?]{0,60}?(?:(?:your|ur) (?:messages|dms|pms|texts|chats|inbox)|what (?:you|u) (?:sent|wrote|said to) me)",
    "(?:i'?ll|i will|i'?m (?:going to|gonna)) expose (?:you|u)",
  ].join('|'),
  'u',
);

/**
 * A condescending term of address said at a person ("Sweetie, …", "…, hun.", "Ma pauvre Jade…", "bravo
 * championne"): at a clause's start or end, set off from the rest. Friendly in a kind comment, so it counts only
 * with a sign of talking down or mockery beside it (see `talksDown`). "Ma belle", "mon grand", "ma chum", "mate"
 * are left out: as often friendly as not.
 */
const ADDRESS_TERM = new RegExp(
  `(?:^|[,.;:!?…(]\\s*|(?:oh|aww?|bravo|well done|congrats|nice one|good job|felicitations|bien joue|wow) )(?:sweetie|sweetheart|honey|hun|hon|darling|princess|ma pauvre|mon pauvre|ma petite|mon petit|championne?|champ|(?:madame|monsieur|mme|mr) je-sais-tout|miss know-it-all|mister know-it-all)(?=\\s*(?:$|[,.;:!?…)]|\\p{Lu}|\\p{Ll}+[,.!?…]))`,
  'u',
);
/** Mock praise opening the address ("bravo championne"), eyes rolled, or the tone check's talking down. */
const MOCKERY =
  /(?:^|[^\p{L}])(?:bravo|well done|congrats|felicitations|bien joue)(?=$|[^\p{L}])|[\u{1F644}\u{1F612}\u{1F60F}]/u;
/**
 * Kind words, praise and laughter that make an address term friendly ("Aw hun, so sorry", "ma pauvre, courage !",
 * "Bravo championne, super adoption 🎉", "Oh honey, same here lol").
 */
const KIND =
  /(?:^|[^\p{L}])(?:sorry|hope|thanks?|thank you|hugs|courage|desolee?|merci|j'espere|prends soin|super|great|awesome|amazing|genial|lol|haha\p{L}*|mdr|ptdr)(?=$|[^\p{L}])|[\u{1F389}\u{1F973}\u{1F44F}\u{1F602}\u{1F923}\u{1F606}]/u;

/** Whether a comment talks down to the person addressed: a condescending term of address with mockery beside it. */
function talksDown(folded: string, original: string, condescending: number): boolean {
  const address = ADDRESS_TERM.exec(folded) ?? ADDRESS_TERM.exec(original.replace(/[’]/g, "'").toLowerCase());
  if (!address || KIND.test(folded)) return false;
  return condescending > 0 || MOCKERY.test(folded);
}

/**
 * Affection that softens teasing between friends ("love you", "bisous", a heart): a comment that shows it is no
 * attack, though it calls the other a liar. Threats are never softened. ("Ma belle", "mon chou" are not in it: in a
 * quarrel they are as often condescension.)
 */
const AFFECTION = new RegExp(
  `${words('love (?:you|ya|u)', 'luv (?:you|ya|u)', 'xoxo', 'bisous?', 'bises', "je t'(?:aime|adore)", 'gros bisous').source}|<3|[\\u2764\\u2665\\u{1F495}-\\u{1F49F}\\u{1F618}\\u{1F970}\\u{1F60D}\\u{1F61C}\\u{1F61D}\\u{1F609}]`,
  'u',
);

/**
 * Whether an insult at `start`..`end` is said to someone: a "you" in the comment, unless the insult's own clause
 * names a third party and no "you" (then it is about them).
 */
function insultAddressed(text: string, start: number, end: number): boolean {
  const clauseStart = Math.max(
    0,
    ...[',', ';', ':', '.', '!', '?', '\n'].map((mark) => text.lastIndexOf(mark, start - 1) + 1),
  );
  const clauseEnd = /[,;:.!?\n]/.exec(text.slice(end))?.index;
  const clause = fold(text.slice(clauseStart, clauseEnd === undefined ? undefined : end + clauseEnd));
  if (ADDRESSED.test(clause)) return true;
  return !THIRD_PARTY.test(clause) && ADDRESSED.test(fold(text));
}

/**
 * Whether a comment attacks someone: a threat; unless it shows affection, a personal attack, contempt, or an
 * insult addressed to someone (attacks on a person and threats are hostile whoever they name).
 */
export function isHostile(text: string): boolean {
  if (!text.trim()) return false;
  const straight = text.replace(/[’]/g, "'");
  const hints = checkTone(text, { uiLang: 'en', fallbackLang: 'en' }).hints;
  if (hints.some((hint) => hint.category === 'threat') || EXPOSURE.test(fold(straight))) return true;
  if (AFFECTION.test(fold(straight)) || AFFECTION.test(text)) return false;
  if (hints.some((hint) => hint.category === 'personal-attack')) return true;
  if (CONTEMPT.test(fold(straight))) return true;
  const folded = fold(straight);
  if (
    (ENDORSES.test(folded) || ENDORSES_PLUS.test(folded)) &&
    RUNS_DOWN.test(folded) &&
    !THIRD_PARTY.test(folded)
  )
    return true;
  const condescending = hints.filter((hint) => hint.category === 'condescension').length;
  if (talksDown(fold(straight), text, condescending)) return true;
  return hints.some((hint) => hint.category === 'insult' && insultAddressed(straight, hint.start, hint.end));
}

/**
 * Whom a hostile comment is said to: the author of the nearest comment before it by someone else (the one it
 * answers), or, opening the thread, of the nearest one after it.
 */
function targetOf(thread: readonly SignalItem[], index: number): string | undefined {
  const author = thread[index]!.memberId;
  const before = thread.slice(0, index).reverse();
  const after = thread.slice(index + 1);
  return [...before, ...after].find((other) => other.memberId !== author)?.memberId;
}

/**
 * The threads (comments grouped by post) with at least two hostile comments between at least `minMembers`
 * members: those who wrote them and those they were said to (two members trading attacks, two attacking one,
 * or one attacking another again and again). `hostile` says which items are (computed once per comment at
 * reading time).
 */
export function detectHeatedExchanges(
  comments: readonly SignalItem[],
  hostile: (item: SignalItem) => boolean,
  minMembers: number,
): SignalDraft[] {
  const threads = new Map<string, SignalItem[]>();
  for (const comment of comments) {
    if (comment.kind !== 'comment' || !comment.postId) continue;
    const key = `${comment.groupId}|${comment.postId}`;
    threads.set(key, [...(threads.get(key) ?? []), comment]);
  }
  const drafts: SignalDraft[] = [];
  for (const [thread, items] of threads) {
    const ordered = [...items].sort((a, b) => a.at.localeCompare(b.at));
    const heatedAt = ordered.flatMap((item, index) => (hostile(item) ? [index] : []));
    const heated = heatedAt.map((index) => ordered[index]!);
    const targets = heatedAt.flatMap((index) => targetOf(ordered, index) ?? []);
    const members = [...new Set([...heated.map((item) => item.memberId), ...targets])];
    if (members.length < minMembers || heated.length < 2) continue;
    const last = heated[heated.length - 1]!;
    drafts.push({
      key: `heated-exchange|${thread}`,
      kind: 'heated-exchange',
      groupId: last.groupId,
      memberIds: members.slice(0, EVIDENCE_MAX),
      evidence: {
        itemIds: heated.map((item) => item.itemId).slice(0, EVIDENCE_MAX),
        links: heated.flatMap((item) => (item.permalink ? [item.permalink] : [])).slice(0, EVIDENCE_MAX),
        excerpt: last.excerpt,
        at: last.at,
      },
    });
  }
  return drafts;
}
