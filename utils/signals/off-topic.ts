/**
 * Off-topic balance (issue 17): the share of the last week's posts that are not about the group's topic, against
 * the group's usual share. A group-level nudge to the admin only, never a verdict on a post shown to anyone.
 *
 * The topic is the group's own: the admin's few words on its focus (any language) seed it, and the posts read in
 * the group extend it. The words the group uses week after week join the seed, and a word that recurs in posts
 * already on the topic, and much less in the others, becomes a topic word too (pseudo-relevance feedback, as in
 * search engines), and so do the other words of the posts on the topic (one step), all learned from the weeks before
 * the one judged. No hand list of topics: only function words, greetings and everyday words are left out, in English
 * and French.
 */
import { dayOf, DAY_MS } from '@/utils/activity/coverage';
import type { Fingerprint } from './repeated-image';
import { EVIDENCE_MAX, type SignalDraft, type SignalItem, type SignalKindSettings } from './schema';

type OffTopicSettings = SignalKindSettings['off-topic-balance'];
const MIN_USUAL_WEEKS = 2;

/** Words that say nothing of a topic: function words, greetings, chatter (English and French). */
const FUNCTION_WORDS = new Set(
  `the and for are but not you your yours all any can had her was one our out has him his how its may new now
  old see two way who did get got let put say she too use that with have this will from they know want been
  good much some time very when come here just like long make many more only over such take than them well were
  what where which while would there their these those about after again also back because before being could
  does doing down each even every first going into most never other really should still then thing things think
  through under until upon week weeks today yesterday tomorrow year years day days anyone someone something
  anything everyone people help thanks thank please hello hi hey dear friends everybody morning evening night
  yes yeah okay sure maybe lot lots little bit great nice love lovely best better last next same own why whose
  les des une est pas pour que qui dans sur avec par plus sont ont mais comme tout tous toute toutes nous vous
  ils elles leur leurs mon ton son mes tes ses notre votre nos vos cette ces cet aux été etre être avoir fait
  faire peu tres très bien aussi encore deja déjà quand alors donc car parce quoi dont elle lui moi toi eux rien
  chose choses jour jours semaine semaines annee année ans hier demain aujourd aujourdhui hui quelqu quelque
  quelques personne bonjour bonsoir salut coucou merci svp stp avez avais avait etait était sommes suis sera
  ici oui non peut peux veux voir vais vont fois autre autres chez sans sous entre vers depuis pendant apres
  quel quelle quels quelles
  après avant tres beaucoup petit petite grand grande bon bonne super vraiment juste même meme`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => fold(word)),
);

/**
 * Everyday words any group uses, whatever it is about: common verbs, days and months, numbers, the words of asking
 * (English and French). Two posts sharing one of them ("Looking for a flat", "looking for a foster family") share no
 * topic.
 */
const EVERYDAY_WORDS = new Set(
  `need needed looking look looked find found keep kept start started stop try tried give gave gets going goes went
  coming came comes made making seen saw seem seems feel felt tell told ask asked asking said says call called work
  worked working used using wanted show leave left hope change run turn move moved live lived bring buy bought pay
  paid sell selling sold sale wait waiting stay happen happened finish finished finally actually already always
  often sometimes usually ever yet soon later early late enough quite pretty rather ago away around everywhere
  barely totally almost big small bad worst right wrong real true free full whole
  monday tuesday wednesday thursday friday saturday sunday weekend january february march april june july august
  september october november december afternoon tonight hour minute month moment
  three four five six seven eight nine ten twelve twenty hundred second third half
  idea advice tip question problem issue place stuff kind sort part side end number group post photo picture
  share comment page anybody nobody everything nothing
  faut besoin cherche cherchons trouver trouve garder commencer essayer essaye donner donne aller allez venir viens
  vient prendre pris mettre mis semble dire dit dis demander demande parler appeler travail travailler utiliser
  utilise voulez voudrais pouvez pourrait savoir sais sait connaissez acheter vendre vends vend vendu payer attendre
  nouveau nouvelle nouveaux vieux vieille ancien ancienne gros grosse vrai vraie jamais toujours souvent parfois
  enfin presque seulement vite tard tot assez plutot partout ailleurs ensemble
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre
  octobre novembre decembre matin soir soiree nuit heure minute mois weekend moment
  deux trois quatre cinq sept huit neuf dix douze vingt cent premier premiere second seconde moitie
  idee conseil astuce question probleme souci truc facon endroit maison coin cote fin nombre monde groupe
  publication photo image partage partager commentaire`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a folded word says nothing of a topic (its plural too: "tips", "months", "conseils"). */
function isChatter(word: string): boolean {
  const singular = word.length > 3 ? word.replace(/(?:es|s|x)$/, '') : word;
  return [word, singular].some((one) => FUNCTION_WORDS.has(one) || EVERYDAY_WORDS.has(one));
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A light stem for English and French: plural endings off, then the first five letters. */
function stem(word: string): string {
  const singular = word.length > 3 ? word.replace(/(?:es|s|x)$/, '') : word;
  return singular.slice(0, 5);
}

/** The topic-bearing words of a text, stemmed, each once. */
export function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const raw of fold(text).split(/[^\p{L}]+/u)) {
    if (raw.length < 3 || isChatter(raw)) continue;
    stems.add(stem(raw));
  }
  return stems;
}

const postText = (post: SignalItem) => post.text ?? post.excerpt;
/** How the topic words of a post are found: from its text when it was just read, or from its stored print. */
export type StemsOf = (post: SignalItem) => Set<string>;
const stemsOfText: StemsOf = (post) => topicStems(postText(post));

/** A topic print's key: `t:` (apart from the pictures' `p:`, `q:`, `d:`), then the post's topic stems, sorted. */
const TOPIC_KEY = 't:';
const NO_TOPIC_WORD = '-';
export const TOPIC_KEY_RANGE = [TOPIC_KEY, `${TOPIC_KEY}\uffff`] as const;

/**
 * What storage keeps of a post for the off-topic balance: its topic stems (the first letters of its topic words,
 * at most 400 characters of them) in the key of a fingerprint, no excerpt. The balance of the weeks before is
 * read back from these prints, never from the posts.
 */
export function topicPrintOf(item: SignalItem): Fingerprint | null {
  if (item.kind !== 'post') return null;
  let key = TOPIC_KEY;
  for (const one of [...stemsOfText(item)].sort()) {
    if (key.length + one.length + 1 > 400) break;
    key += key === TOPIC_KEY ? one : ` ${one}`;
  }
  return {
    key: key === TOPIC_KEY ? `${TOPIC_KEY}${NO_TOPIC_WORD}` : key,
    groupId: item.groupId,
    itemId: item.itemId,
    memberId: item.memberId,
    at: item.at,
    ...(item.permalink ? { permalink: item.permalink } : {}),
    excerpt: '',
  };
}

/** A topic print's stems. */
export const stemsOfTopicKey = (key: string): Set<string> =>
  new Set(
    key
      .slice(TOPIC_KEY.length)
      .split(' ')
      .filter((one) => one && one !== NO_TOPIC_WORD),
  );
const overlaps = (stems: ReadonlySet<string>, topic: ReadonlySet<string>) =>
  [...stems].some((one) => topic.has(one));

/**
 * Without focus words: what the group talks about in at least half of the weeks and a quarter of the posts (three at
 * least: two posts of a short baseline sharing a word is chance).
 */
function recurringStems(posts: readonly { stems: Set<string>; week: number }[]): Set<string> {
  const weeks = new Set(posts.map((post) => post.week)).size;
  const seen = new Map<string, { posts: number; weeks: Set<number> }>();
  for (const post of posts)
    for (const one of post.stems) {
      const entry = seen.get(one) ?? { posts: 0, weeks: new Set<number>() };
      entry.posts += 1;
      entry.weeks.add(post.week);
      seen.set(one, entry);
    }
  return new Set(
    [...seen]
      .filter(
        ([, entry]) => entry.weeks.size * 2 >= weeks && entry.posts * 4 >= posts.length && entry.posts >= 3,
      )
      .map(([one]) => one),
  );
}

/**
 * Extends the topic with words that recur in on-topic posts (in two or more) at least twice as often, as a share,
 * as in the other posts. Two rounds: enough to reach the group's everyday words, not to drift.
 */
export function learnTopic(posts: readonly Set<string>[], seed: ReadonlySet<string>): Set<string> {
  const topic = new Set(seed);
  for (let round = 0; round < 2; round += 1) {
    const on = posts.filter((stems) => overlaps(stems, topic));
    const off = posts.filter((stems) => !overlaps(stems, topic));
    const count = (list: readonly Set<string>[], one: string) =>
      list.filter((stems) => stems.has(one)).length;
    const candidates = new Set(on.flatMap((stems) => [...stems]));
    for (const one of candidates) {
      if (topic.has(one)) continue;
      const inOn = count(on, one);
      const inOff = count(off, one);
      if (inOn >= 2 && inOn / on.length >= (2 * inOff) / Math.max(1, off.length)) topic.add(one);
    }
  }
  return topic;
}

/** Shortest focus stem read as a word's start: "chat" names "chaton" and "chatte", "bird" "birdsong"; "cat" is too short. */
const PREFIX_MIN = 4;

/** The stems of the posts that begin with one of the admin's focus stems ("chato" for "chat"). */
function derivedStems(focus: ReadonlySet<string>, posts: readonly { stems: Set<string> }[]): Set<string> {
  const prefixes = [...focus].filter((one) => one.length >= PREFIX_MIN);
  const derived = new Set<string>();
  for (const post of posts)
    for (const one of post.stems) if (prefixes.some((prefix) => one.startsWith(prefix))) derived.add(one);
  return derived;
}

/**
 * The topic and the other topic words of the posts already on it: a post about "the kitten and the old cat" makes
 * "kitten" a topic word for the posts that name only the kitten. One step only, from the weeks before, with the
 * chatter left out: a step further reaches every word the group ever wrote.
 */
function withNeighbours(topic: ReadonlySet<string>, posts: readonly Set<string>[]): Set<string> {
  const extended = new Set(topic);
  for (const stems of posts) if (overlaps(stems, topic)) for (const one of stems) extended.add(one);
  return extended;
}

export interface OffTopicFigures {
  /** Weeks before the last one with posts: one week is no usual share. */
  usualWeeks: number;
  lastWeekPosts: number;
  lastWeekOff: SignalItem[];
  usualPosts: number;
  usualShare: number;
}

/** The last week's posts and off-topic ones, and the usual off-topic share over the weeks before. */
export function offTopicFigures(
  posts: readonly SignalItem[],
  now: number,
  settings: OffTopicSettings,
  stemsOf: StemsOf = stemsOfText,
): OffTopicFigures | null {
  const from = now - (settings.baselineWeeks + 1) * 7 * DAY_MS;
  const inWindow = posts
    .filter((post) => post.kind === 'post')
    .map((post) => ({ post, at: Date.parse(post.at) }))
    .filter(({ at }) => at > from && at <= now)
    .map(({ post, at }) => ({
      post,
      stems: stemsOf(post),
      week: Math.floor((now - at) / (7 * DAY_MS)),
    }));
  if (inWindow.length === 0) return null;
  // The admin's words and the group's own: a few focus words rarely cover what members actually write.
  const focus = topicStems(`${settings.focus.en} ${settings.focus.fr}`);
  const seed = new Set([
    ...focus,
    ...derivedStems(focus, inWindow),
    ...recurringStems(inWindow.filter((post) => post.week > 0)),
  ]);
  // Learned from the weeks before only: the week being judged cannot pull its own words into the topic.
  const before = inWindow.filter((post) => post.week > 0);
  const topic = withNeighbours(
    learnTopic(
      before.map((post) => post.stems),
      seed,
    ),
    before.map((post) => post.stems),
  );
  const isOff = (stems: Set<string>) => stems.size > 0 && !overlaps(stems, topic);
  const lastWeek = inWindow.filter((post) => post.week === 0);
  return {
    usualWeeks: new Set(before.map((post) => post.week)).size,
    lastWeekPosts: lastWeek.length,
    lastWeekOff: lastWeek.filter((post) => isOff(post.stems)).map((post) => post.post),
    usualPosts: before.length,
    usualShare: before.length === 0 ? 0 : before.filter((post) => isOff(post.stems)).length / before.length,
  };
}

/** One signal per group and week when the last week's off-topic share tipped well above the usual one. */
export function detectOffTopicBalance(
  groupId: string,
  posts: readonly SignalItem[],
  now: number,
  settings: OffTopicSettings,
  stemsOf: StemsOf = stemsOfText,
): SignalDraft | null {
  if (!settings.enabled) return null;
  const figures = offTopicFigures(posts, now, settings, stemsOf);
  if (!figures || figures.usualWeeks < MIN_USUAL_WEEKS) return null;
  if (figures.lastWeekPosts < settings.minPosts || figures.usualPosts < settings.minPosts) return null;
  const share = figures.lastWeekOff.length / figures.lastWeekPosts;
  if (share < settings.tipShare || share - figures.usualShare < settings.riseBy) return null;
  const off = [...figures.lastWeekOff].sort((a, b) => b.at.localeCompare(a.at));
  return {
    key: `off-topic-balance|${groupId}|${dayOf(now)}`,
    kind: 'off-topic-balance',
    groupId,
    memberIds: [],
    evidence: {
      itemIds: off.map((post) => post.itemId).slice(0, EVIDENCE_MAX),
      links: off.flatMap((post) => (post.permalink ? [post.permalink] : [])).slice(0, EVIDENCE_MAX),
      excerpt: `${off.length}/${figures.lastWeekPosts} (${Math.round(figures.usualShare * 100)}%)`,
      at: new Date(now).toISOString(),
    },
  };
}
