/**
 * Structural rules: what is said about whom, and where. Rather than listing whole phrases, each rule names a
 * grammatical shape on the normalised text of one sentence:
 * - "you" blame: "you" / "tu" / "vous" / "t'" opening a clause, as the subject of an action told as a fault (a
 *   past action, a habit, a negated duty), in a sentence with no kind word;
 * - personal attack: a person ("you", "tu", "she", "elle", "people who…") said to *be* something, with an
 *   evaluative word about character (a lexicon of such words), or compared, typed or judged unworthy;
 * - threat: a sanction against a person (ban, exclusion, exposure, loss of a place) tied to a condition or a
 *   demand in the same or the previous sentence ("next time…", "la prochaine fois…", "si…", "sinon", "ou je…");
 * - absolute: never / always / nobody / "personne ne" said of people's behaviour, not as advice;
 * - condescension: talking down (explaining "simply", "slowly", mock endearments, "tu sais que…").
 * Patterns are compiled once per language, on first use.
 */
import type { ToneCategory, ToneLang } from './schema.ts';

export interface StructuralSentence {
  /** Normalised offsets. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface StructuralMatch {
  readonly category: ToneCategory;
  /** Normalised offsets into the whole text. */
  readonly start: number;
  readonly end: number;
}

interface StructuralRule {
  readonly category: ToneCategory;
  /** A cheap test a sentence must pass before the pattern is tried (a word the pattern cannot do without). */
  readonly trigger: RegExp;
  readonly pattern: RegExp;
  /** Not in a sentence with a kind word. */
  readonly quietWhenKind?: boolean;
  /** Only when the sentence or the one before sets a condition or makes a demand. */
  readonly needsCondition?: boolean;
  /** Not in a question (a question asks; the same words stated blame). */
  readonly notInQuestion?: boolean;
  /** In a warm message (greeting or thanks), only with a sign of fault in the sentence ("again", "wrong"…). */
  readonly faultWhenWarm?: boolean;
  /** Words of the message one of which the pattern cannot do without: the rule is skipped when none is there. */
  readonly words?: ReadonlySet<string>;
}

const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(' '));

interface StructuralLanguage {
  readonly rules: readonly StructuralRule[];
  readonly condition: RegExp;
  /** Words that make a told action a fault: a repetition, a wrong, a lack, a consequence. */
  readonly fault: RegExp;
  /** A question that asks: opened by a question word or an inversion, or about seeing or trying something. */
  readonly askingQuestion: RegExp;
}

const join = (...parts: readonly string[]): string => parts.join('|');

// ——— English ———

/** Where a clause starts: sentence start, after punctuation, a conjunction, or a name or tag being addressed. */
const enClauseStart = String.raw`(?:^|[,;:—–(]\s*|\b(?:and|but|so|then|because|since|yet|now|plus)\s+|@\S+(?:\s+[a-z]+)?\s+)`;
const enYou = String.raw`(?:you(?:\s+(?:lot|guys|all|two|people))?)`;
const enAdverbs = String.raw`(?:(?:just|clearly|obviously|still|already|even|also|literally|really|actually|again|then|once|totally|completely|basically|apparently|somehow|conveniently)\s+)*`;
/** Irregular past forms of everyday verbs. */
const enIrregularPast = join(
  'put|told|left|kept|brought|sold|forgot|took|gave|made|said|sent|broke|lost|let|ran|went|came|got|did|wrote',
  'threw|drove|bought|spent|stole|hid|knew|thought|saw|dumped|paid|lent|ate|cut|hit|set|shut|sat|stood|swore',
  'taught|caught|fought|built|dug|fed|led|lied|laid|rang|sang|shook|spoke|stuck|swung|tore|woke|wore|won|blew',
);
const enPastParticiple = join(
  String.raw`[a-z]{2,}ed`,
  enIrregularPast,
  'done|been|gone|taken|given|written|broken|forgotten|eaten|seen|known|shown|stolen|driven|thrown|spoken|worn|torn',
);
const enNegatedDuty = String.raw`(?!(?:don't|do not) (?:need|have to|want|worry|mind)|(?:won't|will not) be\b)(?:didn't|did not|don't|do not|never|won't|will not|can't be bothered to|couldn't be bothered to|haven't|have not|hadn't|wouldn't|couldn't even|can't even|refuse to|refused to|fail to|failed to|forgot to)\s+(?:(?:even|bother to|actually|really|ever|once|properly|bother|think to)\s+)*[a-z]+(?:\s+(?:sorry|thanks|thank you|hello|hi|welcome)\b)?`;

/** Words judging a person's character or worth (not the insults: those are the insult lexicon's). */
export const enEvaluative = join(
  'selfish|lazy|rude|arrogant|entitled|spiteful|petty|nasty|vile|cruel|heartless|callous|useless|hopeless|clueless',
  'pathetic|ridiculous|incompetent|irresponsible|negligent|dishonest|two-faced|fake|toxic|impossible|unbearable',
  'insufferable|exhausting|draining|tiresome|annoying|obnoxious|condescending|smug|ignorant|narrow-minded|bigoted',
  'hypocritical|hypocrite|liar|fraud|joke|disgrace|embarrassment|disaster|walking disaster|menace|nuisance|pest',
  'liability|problem|troublemaker|attention seeker|drama queen|know-it-all|bully|coward|snake|leech|parasite',
  'sad|sorry excuse|a waste of space|waste of space|unhinged|deluded|delusional|unfit|careless|thoughtless',
  'clueless|spineless|shameless|lazy|greedy|sneaky|manipulative|untrustworthy|unreliable|flaky|full of it',
  'mean|bitter|jealous|heartless|thick|dim|gullible|naive|paranoid|hysterical|dramatic|bossy|controlling',
  'self-righteous|sanctimonious|preachy|judgemental|judgmental|holier-than-thou|pretentious|snobby|snob|busybody',
  'gossip|stuck-up|spoilt|spoiled|immature|childish|pathetic excuse|nightmare|pain|pain in the neck|miserable',
  'a lost cause|beyond help|good for nothing|no use|small-minded|cold|uncaring|negative|exhausting to deal with',
  'worst kind of [a-z]+|worst sort of [a-z]+|worst type of [a-z]+',
);
/**
 * Words said of things as readily as of people ("they're toxic" of grapes, "they're just cold" of bees): after
 * "they", which names things as often as people, they judge no one.
 */
const enThingWords = String.raw`(?:(?:so|really|just|very|quite|pretty|a bit|totally|completely|actually)\s+)*(?:toxic|cold|useless|hopeless|impossible|exhausting|draining|tiresome|annoying|dramatic|negative|sad|problem|nightmare|pain|disaster|menace|nuisance|pest|liability|joke|ridiculous|thick|dim|dangerous|mean|bitter|fake|a pain|a nightmare|a problem|a disaster|a nuisance|a pest|a menace|a joke)\b`;
const enPerson = String.raw`(?:you(?:'re| are|'ve always been| have always been| were)|ur|(?:he|she)(?:'s| is| was)|they(?:'re| are| were)(?!\s+${enThingWords})|(?:this|that) (?:guy|woman|man|person|lot|bloke) is)`;

const english: StructuralLanguage = {
  askingQuestion:
    /^(?:did|have|do|does|are|is|can|could|would|will|what|where|when|who|how|which)\b|\byou (?:\w+ )?(?:seen|tried|checked|found|heard|got|had|saw|tried)\b/,
  fault:
    /\b(?:again|wrong|without|instead|never|didn't|did not|forgot|too|now|still|half|missing|empty|broke|broken|cracked|late|ruined|couldn't|can't|nobody|no one|lost|hurt|injured|dead|but|when|even|disappeared|stolen|mess)\b/,
  condition: new RegExp(
    String.raw`\b(?:if|unless|next|one more|any more of (?:this|that|it)|another|again|anyone (?:else|who|caught)|anybody (?:else|who)|whoever|those who|people who|members? who|any (?:[a-z]+ ){0,2}(?:post|posts|listing|listings|link|links|member|members|one|sale|ad|ads)|carry on|keep (?:it|this|that) up|violators|offenders|once more|or else|otherwise|until|by (?:the|this|next|sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow)|last (?:time|chance|warning|notice)|do (?:it|that|this) again|bring (?:them|it|that) again|(?:post|put|share|do|say|try) (?:another|that|this|it) (?:[a-z]+ )?again)\b|=|\bpost another\b`,
  ),
  rules: [
    // "you" blame: a past action told as a fault, a negated duty, "did you even…".
    {
      category: 'you-blame',
      trigger: /\byou\b/,
      pattern: new RegExp(
        String.raw`${enClauseStart}(${enYou}(?:'ve| have|'d| had)?\s+${enAdverbs}(?:${enPastParticiple})\b(?!'|\s+(?:me|us)\s+(?:so|such|a lot)\b|\s+(?:it\s+)?(?:the right|right|well|great|brilliant|amazing|your best|everything|all you could|so well|a great|an amazing|a lovely|a brilliant)\b))`,
      ),
      quietWhenKind: true,
      notInQuestion: true,
      faultWhenWarm: true,
    },
    {
      category: 'you-blame',
      trigger: /\byou\b/,
      pattern: new RegExp(String.raw`${enClauseStart}(${enYou}\s+${enAdverbs}${enNegatedDuty})`),
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      trigger: /\byou/,
      pattern: new RegExp(
        String.raw`\b((?:did|have|do) you (?:even|actually|ever even) [a-z]+|you(?:'ve| have) been told\b|you were (?:told|warned|asked)\b|if you(?:'d| had) (?:bothered|taken|read|looked|checked|listened)\b|you(?:'re| are) (?:always |constantly |still )?late\b|you know (?:that|this|it)(?: full well)?\s*[.!]|you(?:'re| are) not (?:permitted|allowed|supposed) to)`,
      ),
    },
    // "You" blame told as what should have been: "you should have asked", "you could at least have…".
    {
      category: 'you-blame',
      trigger: /should|could|might|suppos|meant/,
      pattern: new RegExp(
        String.raw`${enClauseStart}(${enYou}\s+${enAdverbs}(?:should(?:n't| not)?|could|might)(?: at least| just| easily)? (?:have|of|'ve)\s+${enAdverbs}(?!(?:received|got|gotten|seen|heard|been|had|won|loved|enjoyed|liked)\b)(?:${enPastParticiple})\b(?!')|${enYou} (?:were|was) (?:supposed|meant) to\b|${enYou}\s+(?:could|can|might)\s+at least\s+(?:say|ask|tell|let|read|check|reply|answer|apologi[sz]e|thank|warn|text|message|call|admit|pretend|bother|clean|tidy|own up|show up|turn up)\b)`,
      ),
      quietWhenKind: true,
    },
    // Personal attack: a person said to be something.
    {
      category: 'personal-attack',
      trigger: /\b(?:you|ur|he|she|they|this|that)\b/,
      pattern: new RegExp(
        String.raw`\b(${enPerson}\s+(?:(?:such|so|really|just|a|an|the|most|all|clearly|obviously|honestly|completely|totally|utterly|actually|being|a bit|bit of a|kind of|sort of|quite|pretty|very|genuinely|simply|one)\s+)*(?:${enEvaluative})(?:\s+(?:person|people|owner|member|human))?)\b`,
      ),
    },
    {
      category: 'personal-attack',
      trigger: /\b(?:you|people|some|classic|typical|she|he|no wonder|it shows)\b/,
      pattern: new RegExp(
        String.raw`\b(you strike me as|you(?:'re| are) (?:the (?:type|kind|sort|reason)|someone who|one of those|not cut out)|you (?:don't|do not) deserve|you just like (?:having|being|to)|you always have to|with your attitude|no wonder (?:nobody|no one|people|the other)|people (?:like you|who [^.!?,]{3,60}? are (?:the|so|just|frankly))|some people (?:only|just|never|always|can't|love to)|(?:classic|typical) [a-z]+(?: [a-z]+)? (?:owner|parent|people|member|type|behaviour)|(?:she|he)(?:'s| is) the most [a-z-]+ (?:person|people)|(?:she|he) acts all [a-z]+|(?:she|he)(?:'ll| will) say whatever|you(?:'ve| have) obviously never|it shows\s*[.!]?$)`,
      ),
      quietWhenKind: true,
    },
    // Prohibition: "no X here", rule wording.
    {
      category: 'prohibition',
      trigger: /\bno\b|shall not|against|legally|prohibit/,
      pattern: new RegExp(
        String.raw`\b((?:^|[.!?:]\s*)no\s+(?!(?:worries|worry|problem|rush|pressure|need|one|judgement|judgment|idea|clue|doubt|way)\b)(?:[a-z-]+\s+){1,3}(?:here|allowed|permitted|in (?:the|this|our) (?:[a-z]+ )?(?:group|feed|chat|thread|page))\b|\bshall not\b|\bagainst (?:the |our )?(?:club |group )?(?:rules|regulations|policy|bylaws)|can't legally|not legally allowed|\bprohibited\b)`,
      ),
      quietWhenKind: true,
    },
    // Insult: "you" + a noun, addressed ("you drongo,", "YOU UTTER MUPPETS").
    {
      category: 'insult',
      trigger: /\byou\b/,
      pattern: new RegExp(
        String.raw`(?:^|[,.;:!?]\s*|\b(?:and|but)\s+)(you (?:(?:utter|absolute|complete|total|little|stupid|bloody|silly|great|big|massive)\s+)+[a-z]+|you (?![a-z]+(?:ed|ing|ve|ll|re)\b)(?!(?:guys|all|lot|two|too|both|there|folks|people|again|know|see|go|bet|mean|included|later|tomorrow|soon|first|ok|okay|sure|then|here|now|back|out|in|up|down|what|dear|x+|one|everyone|rock|rule|win|won|can|could|did|do|does|were|are|have|had|got|get|said|say|try|left|made|came|went|saw|matter|need|want|will|would|should|might|must|too|tried|think|thought|told|knew|gave|took|sent|brought|kept|lost|found|felt|heard|ran|sold|paid|may|deserve|are|own|so|very|really|still|just|though|yet|already|alone|today|anyway|instead)\b)[a-z]{3,})(?=\s*(?:[,.!]|$))`,
      ),
    },
    // Personal attack, by shape: an intensified judgement of the person, or a lack of a human quality.
    {
      category: 'personal-attack',
      trigger: /\byou|\bur\b/,
      pattern: new RegExp(
        String.raw`\b(you(?: have|'ve got| got) (?:no|zero) (?:empathy|respect|manners|shame|sense|compassion|heart|decency|integrity|self-awareness)|typical (?:of )?you\b|you can't even [a-z]+ (?:a|your|the) )`,
      ),
      quietWhenKind: true,
    },
    // Threat: a sanction as the consequence of a behaviour, or a place kept on a condition.
    {
      category: 'threat',
      trigger: /lead to|result in|if you want to|before (?:a |the )?(?:ban|removal)/,
      pattern: new RegExp(
        String.raw`\b((?:will|shall|would) (?:lead to|result in) (?:a |an |the )?(?:[a-z]+ ){0,3}(?:ban|removal|exclusion|suspension)|if you want to (?:keep|stay|remain|continue)\b|before (?:a |the )?(?:permanent )?(?:ban|removal from the group))`,
      ),
      quietWhenKind: true,
    },
    // Threat: a sanction tied to a condition.
    {
      category: 'threat',
      trigger:
        /ban|remov|kick|block|boot|mute|suspen|thrown|off the|gone|\bout\b|leave|won't be|lose|report|find out|trading|police|council|rspca|\bup\b|post|shame|make sure|screenshot|forfeit|taken away|given away|will be taken/,
      pattern: new RegExp(
        String.raw`\b((?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| shall)? (?:have to |just )?(?:remove|ban|block|kick|boot|mute|suspend|delete) (?:you|your account)\b|(?:you(?:'ll| will|'re| are)? (?:be |get |gets )?|(?:gets?|will be|'ll be|be) )(?:permanently |immediately |instantly )?(?:banned|removed|kicked (?:out|off)|blocked|booted|muted|suspended|thrown out)|(?:instant|immediate|permanent) (?:ban|removal|block)|(?:will|shall) (?:lead to|result in) (?:a |an |the )?(?:[a-z]+ ){0,3}(?:ban|removal|exclusion|suspension)|off the (?:team|committee|rota|list|squad)|(?:your|their|the)(?: [a-z]+)? (?:membership|plot|place|spot|pitch|stall|allotment)(?:'s| is| will be)? (?:gone|taken away|given away|forfeited)|you(?:'re| are) (?:gone|out)\b|leaves? the (?:yard|group|club|site)|won't be (?:asked|allowed|invited|welcome|on|coming)|(?:you'll|you will) lose|find out what happens|trading standards|(?:call|report(?:ing)?|reported) (?:you |them )?(?:to )?(?:the )?(?:police|council|rspca)|(?:plate|photo|video|footage|name|address)s? (?:goes|go|will go|is going) up|(?:i'm |i am |i'll |i will )?post(?:ing)? (?:the|your|his|her|their) (?:[a-z]+ ){0,2}(?:here|online|publicly)|name and shame|i'll (?:make sure|screenshot)|(?:i'm|i am|we're|we are) (?:(?:kicking|throwing|booting) you (?:out|off)|(?:banning|blocking|reporting) you)\b|(?:i'll|i will|we'll|we will|i'm going to|i am going to) report (?:you|your (?:post|profile|account))\b|(?<==\s?)(?:an? )?(?:instant |immediate |permanent )?(?:ban|removal|block|kick)\b|(?:action|measures|steps) will be taken)`,
      ),
      needsCondition: true,
      quietWhenKind: true,
    },
    // Threat told as a consequence: a place, a key or access lost, a report to the council, a rule's sanction.
    {
      category: 'threat',
      words: wordSet(
        'won wont will lose losing forfeit forfeits access list rota team committee squad chat council police landlord rspca school agent violators offenders caught',
      ),
      trigger:
        /won't (?:g|h|k|b)|wont |will not (?:g|h|k|b)|los(?:e|ing) |forfeit|access|off the|handing|hand (?:i|t)|send(?:ing)? (?:i|t)|pass(?:ing)? (?:i|t)|giv(?:e|ing) (?:i|t)|violators|offenders|anyone caught/,
      pattern: new RegExp(
        String.raw`\b((?:won't|will not|wont) (?:get|have|keep|be getting|be given) (?:a |an |your |their |any |the )?(?:[a-z-]+ )?(?:stall|place|spot|plot|key|keys|access|pitch|slot|seat|invite|invitation|membership|allotment)\b|(?:lose|losing|forfeit|forfeits) (?:your|their|his|her|the) (?:[a-z-]+ )?(?:place|plot|spot|stall|key|keys|access|membership|pitch|slot|allotment|deposit)\b|take (?:[a-z-]+ ){0,2}(?:access|keys?|privileges?|membership) (?:off|away)|(?:you're|you are|you'll be|they'll be|you will be) off the (?:[a-z-]+ ){0,2}(?:list|rota|team|committee|squad|group chat)|(?:report|reporting|hand|handing|send|sending|pass|passing|give|giving) (?:it|this|you|them|the (?:[a-z]+ )?(?:photos?|footage|videos?|plates?|reg|registration|details|names?)) (?:to|over to|on to) (?:the )?(?:council|police|landlord|rspca|school|agent)|(?:violators|offenders|repeat offenders|anyone caught)(?: [a-z]+){0,3} will be (?:banned|removed|reported|named|blocked))`,
      ),
      needsCondition: true,
      quietWhenKind: true,
    },
    // Absolute: never / always / nobody said of people.
    {
      category: 'absolute',
      trigger: /never|always|no one|nobody|noone|everyone|everybody|every|without fail|\bever\b/,
      pattern: new RegExp(
        String.raw`\b((?:no one|nobody|noone) (?:in (?:this|the) [a-z]+ )?(?:ever (?!(?:has|have|needs?|had) to\b)|even |bothered|bothers|wants|cares|reads|listens|thinks|helps|washes|picks|checks|looks|does|remembers)[a-z]*|(?:there's|there is|it's|it is) always (?:one|the same|someone|somebody|that)|(?:everyone|everybody) else (?:just )?[a-z]+|(?:everybody|everyone) wants [^.!?]{0,40} and (?:nobody|no one)|(?:same|as) (?:as )?always|every (?:single )?(?:time|year|week|day|practice|meeting|session|thread)[^.!?]{0,20}without fail|without fail|(?:does|do) (?:anyone|anybody) ever|(?:you|they|he|she)(?:'ve| have|'re| are)? (?:never|always) (?:once )?[a-z]+|(?:some |certain |the same )?(?:people|members|folks|parents|owners|neighbours|neighbors)(?: here| in (?:this|the) [a-z]+)? (?:never|always|constantly) [a-z]+|always the same (?:people|ones|few|faces|names)|who never [a-z]+|to every single [a-z]+|the only one who never)`,
      ),
      quietWhenKind: true,
    },
    // Personal attack, by shape: what a deed says about the person, the kind of person who would do it, who is
    // not fit for an animal or a place, who is not worth the speaker's time.
    {
      category: 'personal-attack',
      words: wordSet(
        'says tells speaks kind sort type argue debate discuss reason waste allowed deserve fit think ashamed shame suit strength forte',
      ),
      trigger:
        /says (?:a|v|e|s)|tells (?:y|u|m)|speaks v|shows|(?:kind|sort|type) of|with (?:someone|somebody|people|anyone) who|deserve|allowed (?:to )?(?:o|h|k|n|a)|fit to|who do you|ashamed|shame on|strong suit|strength|forte|you think you're/,
      pattern: new RegExp(
        String.raw`\b((?:says|tells (?:you|us|me)|speaks) (?:a lot|volumes|everything|so much|all (?:we|you|i) need to know) about (?:you|them|him|her|people like|the kind)|(?:shows|tells me) (?:exactly |just )?(?:what|the) (?:kind|sort|type) of [a-z]+ (?:you are|you're|they are|they're|he is|she is)|what (?:kind|sort|type) of (?:person|people|owner|owners|parent|parents|mother|father|human|neighbour|neighbor|member|adult|man|woman) (?:would|does|do|leaves|lets|thinks)|(?:argue|argue [a-z]+|debate|discuss|reason|waste my time) with (?:someone|somebody|people|anyone) who|(?:shouldn't|should not) be allowed (?:to )?(?:own|have|keep|near|around)|(?:don't|do not|doesn't|does not) deserve (?:a |an |to |that |this |those |any |your |him|her|them)|not fit to (?:own|have|keep|be|run|look after)|who do you think you are|you should be ashamed|shame on you|isn't (?:your|everyone's) (?:strong suit|strength|forte)|you think you're (?:so |better|above|the only))`,
      ),
      quietWhenKind: true,
    },
    // Personal attack, by shape: a person typed ("she's the kind of person who…", "you're one of those people
    // who…", "a grown man who sulks…"); not in a warm message without a sign of fault ("she's the kind of person
    // who'd give you her last biscuit, thanks Jo").
    {
      category: 'personal-attack',
      words: wordSet('kind sort type those grown'),
      trigger:
        /(?:kind|sort|type) of (?:person|people|guy|wom|m[ae]n|member|owner|parent|neighbo)|of those (?:p|g|w|m|o|n)|grown (?:m|w|a)/,
      pattern: new RegExp(
        String.raw`\b((?:(?:you|they)(?:'re| are)|(?:he|she|[a-z]+)(?:'s| is)) (?:just |really |clearly |obviously |honestly |simply |exactly )?(?:the (?:kind|sort|type) of|one of those) (?:person|people|guy|guys|woman|women|man|men|members?|owners?|parents?|neighbou?rs?) (?:who|that)\b|\ba grown (?:man|woman|adult) who)`,
      ),
      quietWhenKind: true,
      faultWhenWarm: true,
    },
    // Insult by frame: a noun that is name-calling only when said of a person ("you clown", "what a snake",
    // "she's a total cow"); on their own these words are everyday ones (a tool, a cow in a field).
    {
      category: 'insult',
      words: wordSet(
        'clown clowns karen snowflake snowflakes dingus doofus bozo bozos dunce dunces airhead airheads bonehead boneheads knucklehead knuckleheads knobhead knobheads bellend bellends dipstick dipsticks tool tools donkey pig pigs cow snake snakes rat rats weasel weasels leech leeches parasite parasites creep creeps nutter nutters nutcase psycho psychos headcase fraud frauds',
      ),
      trigger: /\b(?:you|ur|what an?|such an?|he's|she's|he is|she is|they're|they are|bunch of|pack of)\b/,
      pattern: new RegExp(
        String.raw`\b((?:you(?:'re| are)?|ur|what an?|such an?|(?:he|she)(?:'s| is)|they(?:'re| are)|bunch of|pack of)\s+(?:(?:absolute|utter|complete|total|right|proper|real|little|big|old|stupid|silly|bloody|such|an?|the|just|such|nothing but)\s+){0,3}(?:clown|clowns|karen|snowflake|snowflakes|dingus|doofus|bozo|bozos|dunce|dunces|airhead|airheads|bonehead|boneheads|knucklehead|knuckleheads|knobhead|knobheads|bellend|bellends|dipstick|dipsticks|tool|tools|donkey|pig|pigs|cow|snake|snakes|rat|rats|weasel|weasels|leech|leeches|parasite|parasites|creep|creeps|nutter|nutters|nutcase|psycho|psychos|headcase|fraud|frauds))\b(?!\s+(?:of|for|to|in|on|with|that|which)\b)`,
      ),
      quietWhenKind: true,
      notInQuestion: true,
    },
    // "You" blame in the present: a habit or a deed told as a fault ("you keep posting…", "you just ignore…").
    {
      category: 'you-blame',
      words: wordSet(
        'keep keeps kept ignore ignored ignoring interrupt interrupted making causing spreading stirring posting spamming ruining wasting taking purpose yourself stop',
      ),
      trigger:
        /\byou\b[^.!?]{0,40}?\b(?:keeps?|kept|ignor\w*|interrupt\w*|making|causing|spreading|stirring|posting|spamming|ruining|wasting|taking|purpose|can't|cannot)\b/,
      pattern: new RegExp(
        String.raw`${enClauseStart}(${enYou}\s+${enAdverbs}(?:keep|kept|keeps) (?:on )?[a-z]+ing\b|${enYou}\s+${enAdverbs}(?:ignore|ignored|ignoring|interrupt|interrupted) (?:everyone|everybody|people|us|me|him|her|them|the|every|what|my|our|all)\b|${enYou}(?:'re| are) (?:always |constantly |still |just )?(?:making|causing|spreading|stirring|posting|spamming|ignoring|ruining|wasting|taking) (?:a mess|drama|trouble|rumours|rumors|it up|the same|spam|everyone|everything|the piss|our|my|up)\b|${enYou} (?:did|do) (?:it|this|that) on purpose\b|${enYou} (?:just )?(?:can't|cannot) (?:help yourself|stop yourself|stop [a-z]+ing))`,
      ),
      quietWhenKind: true,
      notInQuestion: true,
    },
    // Condescension by shape: explaining slowly or as to a child, mock belief ("cute that you think"), a promise
    // that the reader will learn, an endearment closing a reproach.
    {
      category: 'condescension',
      words: wordSet(
        'slowly simply child five toddler back having cute adorable sweet funny thought learn eventually sweetheart darling sweetie honey hun obvious book',
      ),
      trigger:
        /slow|simpl|child|back|keep having|cute|adorable|sweet|thought|learn|figure|darling|sweetheart|honey|obvious|a book/,
      pattern: new RegExp(
        String.raw`\b((?:explain|walk you through|spell|go over|say) (?:it |this |that |you |them )?(?:[a-z]+ ){0,3}(?:very |really )?(?:slowly|simply)|(?:as if|like) (?:to|you're|you are) (?:a )?(?:child|five|toddler)|(?:for|to) (?:those|the people|the ones|everyone) (?:in|at) the back|as (?:i|we) keep having to (?:explain|say|tell|repeat)|(?:cute|adorable|sweet|funny) that you (?:think|thought|believe)|you really thought|(?:oh,? )?you'll learn|(?:you'll|you will) (?:figure it out|get there|learn) eventually|,\s*(?:sweetheart|darling|sweetie|honey|hun)\s*[.!]|(?:i'd|i would) have thought (?:that|it) was obvious|read a book)`,
      ),
    },
    // Condescension: talking down.
    {
      category: 'condescension',
      trigger:
        /simple|slowly|back|honey|sweetie|darling|sweetheart|mate|buddy|pal|grown|adults|experts|adorable|cute|sweet|brain|eyes|degree|all you|offen|which part|if you had|lesson|spell|words|explain|not sure|naturally|basic|a lot for you|strength|in the|read it|scroll|already|even/,
      pattern: new RegExp(
        String.raw`\b(let me make (?:this|it) (?:really |very )?simple|(?:once more|one more time),? slowly|for the people at the back|(?:oh|aww?),? (?:honey|sweetie|darling)|^(?:honey|sweetie|darling|sweetheart),|leave (?:the|it to the) [a-z]+ to the (?:grown-ups|adults|experts)|it's (?:adorable|cute|sweet) that you think|(?:as )?anyone with (?:half a brain|a brain|eyes)|you don't need a degree|(?:literally )?all you (?:have|need) to do is|no offen[cs]e,? but|which part of [^.!?]{1,40} (?:was|is) (?:confusing|unclear|hard)|if you had (?:bothered|taken|read|looked|checked)|lesson of the day|(?:i'll|i will|let me) (?:spell it out|use (?:small|short) words|explain (?:it|this) (?:again|slowly))|not sure (?:which|what) part|naturally,|basic stuff|(?:i know|i get) it's a lot for you|isn't everyone's strength|(?:it's|its) (?:literally )?in the (?:pinned )?post|just read it|scroll up|already explained|(?:did|do) you even (?:scroll|read)|bless your heart|nice try|good luck with that|(?:any|a) (?:child|five-year-old|toddler) (?:knows|could)|(?:read|reread) it (?:again|slowly|properly)|(?:got it|understand|capisce)\s*\?\s*$|in case (?:you|it) (?:missed|wasn't)|(?:it's|that's) cute that you)`,
      ),
    },
  ],
};

// ——— French ———

const frClauseStart = String.raw`(?:^|[,;:—–(]\s*|\b(?:et|mais|alors|donc|puis|car|parce que|puisque|quand|genre|bref)\s+|@\S+(?:\s+[a-z]+)?\s+)`;
const frYouSubject = String.raw`(?:tu|vous|t')`;
const frObjectPronouns = String.raw`(?:(?:m'|l'|lui|leur|nous|les|la|le|en|y|me|te|t'|vous)\s*)*`;
const frAdverbs = String.raw`(?:(?:pas|jamais|encore|deja|meme|vraiment|bien|mal|toujours|rien|plus|aussi|carrement|visiblement|clairement|franchement|juste|completement|encore une fois|de nouveau|une fois de plus)\s+)*`;
/** A past participle: regular endings and the irregular ones of everyday verbs. */
/** Words ending like a participle that are not one (determiners, "tort", "envie"…). */
const frNotParticiple = String.raw`(?!(?:une|aucune?|toute?s?|cette|quelque|belle|bonne|grande|petite|vraie|autre|meme|envie|besoin|peur|honte|faim|soif|tort|raison|chance|toute|tes|des|les|ces|mes|ses|vos|nos|leurs|ete|tellement|juste|vraiment|surement|probablement|certainement|super)\b)`;
const frParticiple = String.raw`(?:${frNotParticiple}[a-z]{2,}(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|it|ite|its|ites|ert|erte|oint|eint)|eu|mis|pris|dit|fait|ecrit|offert|ouvert|promis|permis|appris|compris|surpris)`;
export const frEvaluative = join(
  'egoiste|egoistes|paresseux|paresseuse|feignant|feignante|grossier|grossiere|arrogant|arrogante|hautain|hautaine',
  'mesquin|mesquine|mechant|mechante|cruel|cruelle|sans coeur|irresponsable|inconscient|inconsciente|negligent',
  'negligente|malhonnete|hypocrite|faux|fausse|faux-cul|toxique|insupportable|imbuvable|penible|penibles|lourd|lourde',
  'lourds|fatigant|fatigante|epuisant|epuisante|agacant|agacante|chiant|chiante|ignorant|ignorante|borne|bornee',
  'menteur|menteuse|mytho|mythomane|manipulateur|manipulatrice|profiteur|profiteuse|parasite|plaie|boulet|calamite',
  'catastrophe|honte|incapable|incompetent|incompetente|nul|nulle|nuls|nulles|pitoyable|pathetique|minable|ridicule',
  'lamentable|lamentables|aigri|aigrie|jaloux|jalouse|radin|radine|hypocrites|egocentrique|narcissique|lache|laches',
  'pire menteuse|pire menteur|pire personne|pire proprio|pire proprietaire|une vraie plaie|un vrai boulet',
  'hysterique|dramatique|autoritaire|donneur de lecons|donneuse de lecons|moralisateur|moralisatrice|pretentieux',
  'pretentieuse|snob|commere|mauvaise langue|rageux|rageuse|haineux|haineuse|inhumain|inhumaine|irrecuperable',
  'bete|naif|naive|parano|immature|immatures|gamin|gamine|puerile|pueril|froid|froide|negatif|negative|aigris',
  'sans gene|sans coeur|sans cervelle|sans empathie|sans scrupules|bon a rien|bonne a rien|cas desespere',
);
/**
 * Nouns of a bad quality, judged of a person by "être d'une…" ("tu es d'une bêtise affligeante", "vous êtes d'une
 * mauvaise foi"); kind ones in that shape ("d'une patience", "d'une grande aide") stay quiet.
 */
const frBadQualities = join(
  'betise|mechancete|mauvaise foi|arrogance|hypocrisie|lachete|malhonnetete|condescendance|egoisme|grossierete',
  'impolitesse|lourdeur|nullite|mediocrite|connerie|stupidite|incompetence|ignorance|insolence|pretention',
  'suffisance|mesquinerie|jalousie|paresse|negligence|irresponsabilite|cruaute|froideur|bassesse|vulgarite|betise crasse',
);
const frPerson = String.raw`(?:t'es|tu es|vous etes|t'etes|t'etais|tu etais|il est|elle est|ils sont|elles sont|c'est (?=un |une |la pire|le pire|qu'un|qu'une)|t'es qu'un|t'es qu'une|tu n'es qu'une?)`;

const french: StructuralLanguage = {
  askingQuestion:
    /^(?:est-ce|as-tu|avez-vous|qui|quoi|ou|quand|comment|quel|quelle|pourquoi)\b|\best-ce qu|\b(?:as|avez) (?:\w+ )?(?:vu|trouve|essaye|teste|pense|recu|eu)\b|-(?:tu|vous)\b/,
  fault:
    /\b(?:encore|sans|au lieu|mauvais|mauvaise|jamais|pas|oublie|trop|maintenant|toujours|casse|cassee|perdu|perdue|blesse|mort|morte|personne|alors que|du coup|meme|mal|n'|disparue?s?|volee?s?)\b/,
  condition: new RegExp(
    String.raw`\b(?:si|sauf si|la prochaine|le prochain|les prochains|la prochaine fois|prochaine?|encore une|une fois de plus|une? (?:[a-z]+ ){1,2}de plus|quiconque|ceux qui|celles? qui|les membres qui|toute? (?:[a-z]+ ){0,2}(?:publication|annonce|personne|membre|lien|vente|pub|post)|tout membre|tu recommences|vous recommencez|recommence|se reproduit|continue|ca continue|contrevenants|sinon|ou (?:je|tu|vous|c'est|on)|d'ici|avant (?:ce soir|demain|dimanche|lundi|samedi|vendredi|la fin)|dernier (?:rappel|avertissement)|derniere (?:fois|chance))\b|=`,
  ),
  rules: [
    {
      category: 'you-blame',
      trigger: /\b(?:tu|vous|t')/,
      pattern: new RegExp(
        String.raw`${frClauseStart}(${frYouSubject}\s*(?:(?:ne|n')\s*)?${frObjectPronouns}(?:as|avez|a)\s+(?!(?:bien |tres bien )?fait (?:tout|de ton|de votre|le bon|ce qu|ca|un super|du super)|bien fait|raison|(?:eu |bien eu )?raison|eu le reflexe|(?:jamais |toujours )?ete capables?|ete (?:super|genia|top|formidable|adorable|gentil|parfait|incroyable|geniaux))${frAdverbs}(?!raison\b|bien fait\b|ete\s+(?:super|genia|top|formidable|adorable|gentil|parfait|incroyable|geniaux))${frParticiple})\b`,
      ),
      quietWhenKind: true,
      notInQuestion: true,
      faultWhenWarm: true,
    },
    {
      category: 'you-blame',
      trigger: /\b(?:tu|vous|t')/,
      pattern: new RegExp(
        String.raw`${frClauseStart}(${frYouSubject}\s*(?:(?:ne|n')\s*)?${frObjectPronouns}(?:es|etes)\s+(?:pas|jamais|toujours pas|meme pas)\s+(?:venue?s?|passee?s?|allee?s?|revenue?s?|arrivee?s?|presente?s?))\b`,
      ),
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      trigger: /\b(?:tu|vous)\b/,
      pattern: new RegExp(
        String.raw`${frClauseStart}((?:tu|vous)\s+(?:ne\s+|n')?${frObjectPronouns}(?!(?:as|avez|es|etes|fais|faites)\b)[a-z]{3,}(?:es|ez|s)?\s+(?:tout le temps|toujours|jamais|sans arret|constamment|a chaque fois|encore)\b)`,
      ),
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      trigger: /droit|sais|savez|ete|encore|comme d'hab/,
      pattern: new RegExp(
        String.raw`\b((?:t'as|tu as|tu n'as|vous avez|vous n'avez) pas le droit\b|si (?:tu|vous) (?:avais|aviez) (?:lu|regarde|cherche|pris|ecoute|demande)\b|(?:tu es|t'es|vous etes) (?:toujours |encore )?en retard\b|on (?:t'a|vous a) (?:deja )?(?:dit|prevenue?s?)\b|(?:tu le sais|vous le savez)\s*[.!]|(?:t'as|tu as|vous avez) (?:deja )?ete (?:prevenue?s?|averti(?:e|s|es)?)|tu vas pas encore|comme d'hab,? (?:tu|vous))`,
      ),
    },
    // "Tu aurais pu prévenir", "vous auriez dû demander", "t'étais censée…": blame as what should have been.
    {
      category: 'you-blame',
      trigger: /aurai|aurie|censee?s?\b/,
      pattern: new RegExp(
        String.raw`${frClauseStart}((?:(?:tu|vous)\s+(?:(?:ne|n')\s*)?${frObjectPronouns}(?:aurais|auriez)|t'aurais)\s+(?:pas\s+)?(?:pu|du)\s+(?:au moins\s+|quand meme\s+|juste\s+|simplement\s+)?${frObjectPronouns}(?!(?:recevoir|avoir|etre|gagner|voir)\b)[a-z]{3,}(?:er|ir|re)\b|(?:tu etais|t'etais|vous etiez) (?:censee?s?|suppose(?:e|s|es)?)\b)`,
      ),
      quietWhenKind: true,
    },
    // "Tu pourrais au moins prévenir", "vous pouvez quand même dire merci": the least owed, not done. "Tu viens
    // de publier…": the recent past, told like the past ("tu as publié…").
    {
      category: 'you-blame',
      trigger: /pourr|peux|pouvez|viens d|venez d/,
      pattern: new RegExp(
        String.raw`${frClauseStart}((?:tu|vous)\s+(?:(?:pourrais|pourriez|peux|pouvez)\s+(?:au moins|meme pas)|(?:pourrais|pourriez)\s+quand meme)\s+${frObjectPronouns}[a-z]{2,}(?:er|ir|re)\b|${frYouSubject}\s*(?:viens|venez)\s+(?:juste\s+|encore\s+)?d(?:e\s+|')${frObjectPronouns}(?!rejoindre|arriver|adopter|gagner|recevoir|naitre|accoucher|avoir|etre)[a-z]{3,}(?:er|ir|re)\b)`,
      ),
      quietWhenKind: true,
      notInQuestion: true,
      faultWhenWarm: true,
    },
    {
      category: 'personal-attack',
      trigger: /\b(?:t'|tu|vous|il|elle|ils|elles|c'est)/,
      pattern: new RegExp(
        String.raw`\b(${frPerson}\s*(?:(?:vraiment|tellement|qu'un|qu'une|une vraie|un vrai|la|le|pire|clairement|juste|trop|carrement|completement|franchement|decidement|d'un|d'une|tres|si|un|une|de l'|des|ben|bien|mais|super|grave|vachement|assez|plutot|toujours|encore|quand meme|(?:des )?(?:gens|personnes?|etres?))\s*)*(?:${frEvaluative}))\b|\b(?:t'es|tu es|vous etes|il est|elle est)\s+(?:(?:vraiment|tellement|franchement|juste|ben|decidement|toujours)\s+)*d'une?\s+(?:${frBadQualities})\b`,
      ),
    },
    {
      category: 'personal-attack',
      trigger: /./,
      pattern: new RegExp(
        String.raw`\b((?:tu es|t'es|vous etes) (?:clairement |vraiment |juste )?(?:quelqu'un qui|le genre|la personne qui|de ceux qui)|(?:tu ne|tu|vous ne|vous) (?:merites|meritez) pas|(?:t'es|tu es|vous etes|tu n'es) (?:vraiment )?pas (?:fait|faite|faits|faites) pour|avec (?:ton|ta|votre) (?:temperament|caractere|attitude|mentalite)|on voit bien que (?:tu|vous|t')|(?:tu|vous) (?:prends|prenez) plaisir|t'as l'air de prendre plaisir|(?:t'as|tu as|vous avez) toujours une excuse|c'est (?:de l'egoisme|typique des gens|bien les gens)|(?:les gens|ceux) (?:comme toi|comme vous|qui [^.!?]{3,60}?),? c'est|certaines? personnes? (?:ne|n')|je me mefie de|(?:tu|vous) (?:n'as|n'avez|as|avez) jamais ete capables? de|(?:elle|il) a toujours une arriere-pensee|ca se sent)`,
      ),
      quietWhenKind: true,
    },
    {
      category: 'personal-attack',
      trigger: /\b(?:t'|tu|vous)/,
      pattern: new RegExp(
        String.raw`\b((?:t'as|tu as|tu n'as|vous avez|vous n'avez) (?:(?:vraiment|franchement|juste|clairement|visiblement|ben|decidement|meme|donc)\s+)*(?:aucune?|zero|pas d'|pas de|pas une once d'|pas une once de) ?(?:empathie|respect|savoir-vivre|honte|bon sens|compassion|coeur|decence|jugeote|education|cervelle)|c'est (?:tellement |bien )?typique de (?:toi|vous)|(?:tu|vous) (?:sers|servez) a rien)`,
      ),
      quietWhenKind: true,
    },
    // Personal attack, by shape: what a deed says about the person, the kind of person who would do it, who
    // is not fit for an animal, who is not worth the speaker's time, who should be ashamed.
    {
      category: 'personal-attack',
      words: wordSet(
        'dit genre sorte type debattre discuter argumenter parler perdre meriterais meriteriez merites meritez honte pitie prends prenez prend crois croyez incapable incapables',
      ),
      trigger:
        /en dit (?:long|beaucoup)|(?:genre|sorte|type) de|avec (?:quelqu'un|des gens|une personne|les gens) qui|merit|honte|pitie|pour qui|te prends|vous prenez|te crois|vous croyez|incapables? d/,
      pattern: new RegExp(
        String.raw`\b((?:ca |cela )?en dit (?:long|beaucoup) sur (?:toi|vous|lui|elle|eux|elles|ces gens|ce genre|la personne|le genre)|(?:ca )?montre (?:bien )?(?:quel|quelle|le|la) (?:genre|sorte|type) de [a-z]+ (?:tu es|t'es|vous etes|il est|elle est|ils sont|elles sont)|(?:quel|quelle) (?:genre|sorte|type) de (?:personne|gens|proprio|proprietaire|maitre|maitresse|mere|pere|parent|parents|humain|voisin|voisine|adulte|membre) (?:fait|ferait|laisse|laisserait|abandonne|abandonnerait|peut|pourrait|oserait)|(?:debattre|discuter|argumenter|parler|perdre mon temps) avec (?:quelqu'un|des gens|une personne|les gens) qui|(?:tu|vous) (?:ne )?(?:meriterais|meriteriez|merites|meritez) (?:pas|meme pas)|(?:tu|vous) (?:devrais|devriez) avoir honte|honte a (?:toi|vous)|(?:tu|vous) (?:me )?(?:fais|faites) (?:vraiment |franchement |juste )?(?:pitie|honte)|pour qui (?:tu te prends|vous vous prenez|il se prend|elle se prend)|(?:tu te prends|vous vous prenez|tu te crois|vous vous croyez) pour (?:qui|le|la|un|une|l')|(?:t'es|tu es|vous etes|t'etes) (?:vraiment |juste |clairement |completement )?incapables? de)`,
      ),
      quietWhenKind: true,
    },
    // Insult by frame: a noun that is name-calling only when said of a person ("t'es une dinde", "espèce de
    // cornichon", "quel guignol", "pauvre tache"), Québec, Belgian and Swiss ones too ("cave", "snul", "bobet");
    // on their own these words are everyday ones (une dinde au four, une gourde d'eau, une tache).
    {
      category: 'insult',
      words: wordSet(
        'cave caves colon colons dinde dindes gourde gourdes cornichon cornichons nono nonos nounoune tata twit innocent innocente innocents epais epaisse epaisses gnochon gnochons tarla tarlas baveux baveuse clown clowns guignol guignols bouffon bouffonne bouffons tache taches glandeur glandeuse glandeurs feignasse branleur branleurs mytho mythos mythomane charlot charlots pignouf plouc ploucs beauf beaufs blaireau blaireaux bobet bobets snul snuls klet dikkenek toquard tocard tocards zozo nigaud nigaude andouille andouilles bourrique vipere viperes sangsue parasite parasites rigolo rigolos pleurnicheuse pleurnichard pleurnicharde fouineuse fouineur commere commeres boulet boulets naze nazes loser losers looser cloche cloches truffe truffes quiche quiches burne burnes',
      ),
      trigger:
        /\b(?:t'|tu|vous|espece|bande|quel|quelle|quels|quelles|pauvre|pauvres|sale|sales|gros|grosse)\b/,
      pattern: new RegExp(
        String.raw`(?:^|[^a-z'])((?:t'es|tu es|vous etes|t'etes|t'etais|tu etais|espece d(?:e |')|bande d(?:e |')|quel|quelle|quels|quelles|(?:espece de |bande de |quel |quelle |vieux |vieille |)(?:pauvre|pauvres|sale|sales|gros|grosse))\s*(?:(?:vraiment|juste|franchement|completement|carrement|qu'un|qu'une|un|une|des|vrai|vraie|vrais|vraies|gros|grosse|sacre|sacree|beau|belle|bel|pauvre|petit|petite|sale|vieux|vieille|bande de|espece de|de|d')\s*){0,3}(?:cave|caves|colon|colons|dinde|dindes|gourde|gourdes|cornichon|cornichons|nono|nonos|nounoune|tata|twit|innocent|innocente|innocents|epais|epaisse|epaisses|gnochon|gnochons|tarla|tarlas|baveux|baveuse|clown|clowns|guignol|guignols|bouffon|bouffonne|bouffons|tache|taches|glandeur|glandeuse|glandeurs|feignasse|branleur|branleurs|mytho|mythos|mythomane|charlot|charlots|pignouf|plouc|ploucs|beauf|beaufs|blaireau|blaireaux|bobet|bobets|snul|snuls|klet|dikkenek|toquard|tocard|tocards|zozo|nigaud|nigaude|andouille|andouilles|bourrique|vipere|viperes|sangsue|parasite|parasites|rigolo|rigolos|pleurnicheuse|pleurnichard|pleurnicharde|fouineuse|fouineur|commere|commeres|boulet|boulets|naze|nazes|loser|losers|looser|cloche|cloches|truffe|truffes|quiche|quiches|burne|burnes))\b(?!\s+(?:d'eau|au four|de noel|farcie|isotherme|a vin|de|du|des|d')\b)`,
      ),
      quietWhenKind: true,
      notInQuestion: true,
    },
    // "Tu" blame in the present: a habit or a deed told as a fault ("tu continues à…", "vous faites n'importe quoi").
    {
      category: 'you-blame',
      trigger:
        /continue|persist|obstin|n'importe quoi|expres|ignor|jamais la\b|(?:pas|rien|jamais) (?:lu|vu|compris|regarde|cherche|ecoute|demande|prevenu|repondu|range|nettoye|paye|rendu)\b/,
      pattern: new RegExp(
        String.raw`${frClauseStart}(${frYouSubject}\s*(?:(?:ne|n')\s*)?${frObjectPronouns}(?:continues|continuez|persistes|persistez|t'obstines|vous obstinez) (?:a|de|d')|(?:tu|vous) (?:fais|faites|dis|dites|postes|postez|racontes|racontez|publies|publiez|ecris|ecrivez) (?:vraiment |encore |toujours |juste )?n'importe quoi|(?:tu|vous) (?:le )?(?:fais|faites) (?:expres|exprès)|(?:tu|vous) (?:n'|ne )?(?:es|etes) jamais la\b|(?:tu|vous) (?:ignores|ignorez) (?:tout|les|mes|nos|le|la|tous|toutes)|(?:tu|vous) (?:n'|ne )?(?:as|avez|t'as) (?:meme |toujours |encore )?(?:pas|rien|jamais) (?:lu|vu|compris|regarde|cherche|ecoute|demande|prevenu|repondu|range|nettoye|paye|rendu))`,
      ),
      quietWhenKind: true,
      notInQuestion: true,
    },
    {
      category: 'prohibition',
      trigger: /aucun|hors charte|droit|interdiction|pas de/,
      pattern: new RegExp(
        String.raw`\b(aucune?s?\s+(?:[a-z-]+\s+){1,3}(?:autorisee?s?|toleree?s?|acceptee?s?|permise?s?)|hors charte|(?:t'as|tu as|vous avez|tu n'as|vous n'avez) pas le droit|\binterdiction\b)`,
      ),
      quietWhenKind: true,
    },
    {
      category: 'insult',
      trigger: /espece|bande|t'es|tu es|vous etes/,
      pattern: new RegExp(
        String.raw`\b((?:espece|bande) (?:de |d')\s*[a-z]{3,}|(?:t'es|tu es|vous etes) (?:vraiment |juste |franchement |tellement |completement )?(?:qu'un|qu'une|un|une) (?:gros |grosse |pauvre |sale |vrai |vraie )?(?:idiot|idiote|abruti|abrutie|cretin|cretine|debile|con|conne|boulet|cave|epais|epaisse|niaiseux|niaiseuse|nono|tache|mytho|guignol|clown|bouffon|bouffonne|tocard|blaireau)s?)\b`,
      ),
    },
    {
      category: 'threat',
      trigger: /entrain|vaudr|si (?:tu veux|vous voulez)|avant (?:l'|le |la )?(?:exclusion|ban|suppression)/,
      pattern: new RegExp(
        String.raw`\b((?:entrainera|entraineront|vaudra|vaudront|menera)\s+(?:[a-z']+\s+){0,3}(?:exclusion|bannissement|ban|suppression|radiation)|si (?:tu veux|vous voulez) (?:rester|garder|continuer)\b|avant (?:l'|le |la )?(?:exclusion|ban|bannissement|suppression du compte))`,
      ),
      quietWhenKind: true,
    },
    {
      category: 'threat',
      trigger:
        /banni|exclu|vire|retire|supprime|bloque|degage|sors|sortez|porte|dehors|\bban\b|entrain|vaudr|mener|suppression|plus|publie|poste|mets|partage|ferme|signale|plainte|police|proprio|fini|mesures|sanctions/,
      pattern: new RegExp(
        String.raw`\b((?:tu seras|vous serez|tu vas etre|vous allez etre|tu risques d'etre|vous risquez d'etre)\s+(?:definitivement |immediatement |directement )?(?:banni|exclu|vire|retire|supprime|bloque|expulse|radie|sorti)(?:e|s|es)?\b|je (?:te|vous) (?:supprime|retire|vire|bannis|banni|bloque|exclus|expulse|sors)(?:rai|rais)?\b|(?:on|je|nous) (?:va|vais|allons) (?:te|vous) (?:supprimer|retirer|virer|bannir|bloquer|exclure|sortir|signaler|expulser)\b|(?:seras|serez|sera|seront|(?<!\b(?:il|elle|ils|elles) )(?:est|sont)|etre)\s+(?:definitivement |immediatement |directement )?(?:banni|bannie|bannis|bannies|exclu|exclue|exclus|exclues|vire|viree|vires|retire du groupe|supprime du groupe|bloque|bloquee|bloques)|(?:tu|vous) (?:degages|degagez|sors|sortez|prends la porte|prenez la porte)|(?<!\bsi )(?:t'es|tu es|vous etes) (?:definitivement |direct |directement )?(?:dehors|bannie?s?|exclue?s?|bloquee?s?|viree?s?)\b|(?<==\s?)(?:l'|le |la )?(?:exclusion|ban|bannissement|suppression|blocage|dehors|porte)\b|c'est (?:dehors|la porte|le ban|l'exclusion|fini)|(?:entrainera|entraineront|vaudra|vaudront|menera)\s+(?:[a-z']+\s+){0,3}(?:exclusion|bannissement|ban|suppression|radiation)|(?:suppression|exclusion|bannissement) (?:du compte|du groupe|definitive|immediate)|ne (?:participer|pourr|viendr|ser)[a-z]* plus|plus (?:le droit|invitee?s?|les bienvenue?s)|je (?:publie|poste|mets|partage) (?:[a-z']+ ){0,4}(?:ici|en public|sur le groupe)|je ferme le groupe|je (?:te |vous )?signale(?! que)|(?:des )?(?:mesures|sanctions) (?:seront|vont etre) prises|je (?:supprime|retire|bloque|ferme) (?:ton|votre) (?:compte|profil|acces)|porter plainte|la police|le proprio (?:sera|va etre) prevenu)`,
      ),
      needsCondition: true,
      quietWhenKind: true,
    },
    // Threat told as a consequence: muted, a plot or a key lost, names published, the police called.
    {
      category: 'threat',
      words: wordSet(
        'sourdine retrait exclusion bannissement ban radiation perdra perdras perdrez perdront aura auras aurez auront noms nom photos photo plaques plaque adresses adresse immatriculations immatriculation police gendarmes agent proprio regie mairie',
      ),
      trigger:
        /sourdine|retrait|exclusion|bannissement|radiation|perdr|n'aur|je (?:publie|poste|affiche|donne|balance|mets)|ira |irai |aller (?:v|t|c)/,
      pattern: new RegExp(
        String.raw`\b((?:seras|serez|sera|seront|passeras|passerez) (?:mise?s? )?en sourdine|(?:vaudra|vaudront|entrainera|entraineront|ce sera|c'est) (?:une |un |la |le |l')?(?:mise en sourdine|sourdine|retrait|exclusion|bannissement|ban|radiation)|(?:perdra|perdras|perdrez|perdront) (?:sa|ta|votre|leur|leurs|son|ses|tes|vos|la|le|l') ?(?:place|parcelle|cle|acces|stand|droit|inscription|adhesion|caution|emplacement)|n'aur(?:a|as|ez|ont) plus (?:de |d'|acces|le droit|sa |ta |votre |leur )|je (?:publie|poste|affiche|donne|balance|mets) (?:les|vos|ton|votre|leurs|ta|tes) (?:noms?|photos?|plaques?|adresses?|immatriculations?)|(?:on ira|j'irai|je vais aller|on va aller) (?:voir|trouver|chercher) (?:la police|les gendarmes|l'agent|le proprio|la regie|la mairie))`,
      ),
      needsCondition: true,
      quietWhenKind: true,
    },
    {
      category: 'absolute',
      trigger: /personne|toujours|jamais|chaque|toutes les|comme d'|tout le monde/,
      pattern: new RegExp(
        String.raw`\b(personne (?:ne|n') ?(?:[a-z']+ ){0,2}jamais|personne (?:ne|n')\s*(?:pense|lit|lis|fait|aide|vient|repond|range|lave|nettoie|remercie|regarde)|personne n'a (?:pense|pris|lu|regarde|fait)|(?:c'est|y'a|il y a|y a) toujours (?:les memes|un|une|le meme|la meme|quelqu'un)|(?:chaque|toutes les) (?:annee|fois|semaine)s?,? (?:c'est la meme chose|tout le monde)|comme d'(?:hab|habitude)|tout le monde (?:abandonne|critique|s'en fiche|s'en fout|oublie|laisse)|(?<!\b(?:on|je|nous) (?:ne |n')?)(?:(?:tu|vous|il|elle|ils|elles|les gens|certains|certaines|certaines personnes|les memes)\b|t')\s*(?:ne |n')?(?:[a-z]+ ){0,1}(?:jamais|toujours)(?! (?:la|le|pas|besoin|bienvenue?s?|dispo|disponible|partant|partante|la pour)\b)|qui ne fait jamais rien|a chaque fois)`,
      ),
      quietWhenKind: true,
    },
    {
      category: 'condescension',
      trigger: /./,
      pattern: new RegExp(
        String.raw`\b(je vais faire simple|petite lecon|lecon du jour|(?:tu sais|vous savez) qu(?:e|')[^.!?]{3,80}(?:hein|\?)|laisse(?:z)? faire les gens qui s'y connaissent|c'est mignon de croire|il suffit de savoir lire|suffit de lire|pas besoin d'etre [a-z]+ pour|avec tout le respect que je (?:te|vous) dois|(?:tu|vous) (?:devrais|devriez) (?:peut-etre )?(?:te|vous) renseigner|si (?:tu|vous) (?:avais|aviez) (?:lu|regarde|cherche|pris)|pour la \d+e fois|basic stuff|je (?:te|vous) la refais|relis mon commentaire|j'ai deja tout explique|deja repondu \d+ fois|on a deja repondu|c'est pas donne a tout le monde|(?:tu crois|vous croyez) vraiment que|ce n'est pas clair pour tout le monde|puisque (?:manifestement|visiblement|apparemment)|un enfant de \d+ ans (?:sait|saurait|comprendrait)|(?:relis|relisez)(?:-le| le| la)? (?:bien|lentement|attentivement|encore)|(?:c'est )?compris\s*\?\s*$|au cas ou (?:tu|vous) (?:l'aurais|l'auriez|ne l'aurais|ne l'auriez|aurais|auriez) (?:rate|manque|pas vu)|bel effort|c'est mignon (?:que|de))`,
      ),
    },
    // Condescension by shape: explaining slowly or as to a child, mock belief, "you'll see with experience".
    {
      category: 'condescension',
      words: wordSet(
        'lentement doucement simplement enfant enfants fond educative crois croyez mieux mignon verras verrez comprendras comprendrez livre',
      ),
      trigger: /expliqu|relis|enfant|fond|educati|crois encore|sais mieux|mignon|verras|comprendras|un livre/,
      pattern: new RegExp(
        String.raw`\b((?:t'|vous |te |on t'|on vous |je vais t'|je vais vous )?expliqu[a-z]* (?:[a-z']+ ){0,2}(?:lentement|doucement|simplement|comme a un enfant|comme a des enfants)|(?:relis|relisez|lis|lisez) (?:doucement|lentement)|comme (?:a|pour) un enfant|pour ceux (?:du fond|au fond)|(?:c'etait )?la minute educative|(?:tu crois|vous croyez) encore que|(?:tu sais|vous savez) mieux que|comme c'est mignon|(?:tu verras|vous verrez) avec l'experience|(?:tu comprendras|vous comprendrez) (?:plus tard|un jour)|(?:ouvre|ouvrez|lis|lisez) un livre)`,
      ),
    },
    // Mock endearments talk down, unless the sentence is kind ("hello ma belle, pas grave du tout 😄").
    {
      category: 'condescension',
      trigger: /\b(?:ma|mon)\b/,
      pattern: /\b(ma (?:belle|cherie|grande|pauvre)|mon (?:grand|pauvre|cher|petit))\b/,
      quietWhenKind: true,
    },
  ],
};

const structuralLanguages: Readonly<Record<ToneLang, StructuralLanguage>> = { en: english, fr: french };

const questionEnd = /\?\s*$/;

/** For each language, its rules that name words, and for each such word the bit mask of those rules. */
const ruleWordsCache = new Map<ToneLang, { wordRules: StructuralRule[]; byWord: Map<string, number> }>();
function ruleWords(lang: ToneLang): { wordRules: StructuralRule[]; byWord: Map<string, number> } {
  let found = ruleWordsCache.get(lang);
  if (!found) {
    const wordRules = structuralLanguages[lang].rules.filter((rule) => rule.words !== undefined);
    if (wordRules.length > 31) throw new Error('too many structural rules with words for one bit mask');
    const byWord = new Map<string, number>();
    wordRules.forEach((rule, bit) => {
      for (const word of rule.words ?? []) byWord.set(word, (byWord.get(word) ?? 0) | (1 << bit));
    });
    found = { wordRules, byWord };
    ruleWordsCache.set(lang, found);
  }
  return found;
}

/** Whether a sentence tells of a fault: a repetition, a wrong, a lack, a consequence ("again", "disparu"). */
export const hasFaultSign = (lang: ToneLang, sentence: string): boolean =>
  structuralLanguages[lang].fault.test(sentence);

/**
 * The structural rules' matches in a message. `isKindOutside` says whether a sentence has a kind word outside
 * the match; a rule that
 * needs a condition looks for it in its sentence and in the one before.
 */
export function findStructuralMatches(
  lang: ToneLang,
  sentences: readonly StructuralSentence[],
  isKindOutside: (sentence: StructuralSentence, start: number, end: number) => boolean,
  messageIsWarm: boolean,
  tokens: readonly { readonly text: string }[],
): StructuralMatch[] {
  const language = structuralLanguages[lang];
  const matches: StructuralMatch[] = [];
  let messageConditioned: boolean | undefined;
  const { wordRules, byWord } = ruleWords(lang);
  // One pass over the message's words marks the rules whose words are there (bit i: rule with words i).
  let present = 0;
  for (const token of tokens) present |= byWord.get(token.text) ?? 0;
  const rules = language.rules.filter((rule) => {
    const bit = wordRules.indexOf(rule);
    return bit < 0 || (present & (1 << bit)) !== 0;
  });
  sentences.forEach((sentence, index) => {
    for (const rule of rules) {
      if (!rule.trigger.test(sentence.text)) continue;
      const match = rule.pattern.exec(sentence.text);
      if (!match) continue;
      const found = match[1] ?? match[0];
      // A question asks, unless it is a statement of fault with a question mark ("You brought him here?").
      if (
        rule.notInQuestion &&
        questionEnd.test(sentence.text) &&
        (messageIsWarm || language.askingQuestion.test(sentence.text))
      ) {
        continue;
      }
      const start = sentence.start + match.index + match[0].lastIndexOf(found);
      const end = start + found.length;
      // Kind words inside the match are part of the reproach ("you've never once said thank you").
      if (rule.quietWhenKind && isKindOutside(sentence, start, end)) continue;
      if (rule.faultWhenWarm && messageIsWarm && !language.fault.test(sentence.text)) continue;
      if (rule.needsCondition) {
        const previous = sentences[index - 1];
        // The sentence, the one before, or anywhere in the message (looked for once).
        messageConditioned ??= sentences.some((other) => language.condition.test(other.text));
        const conditioned =
          language.condition.test(sentence.text) ||
          (previous !== undefined && language.condition.test(previous.text)) ||
          messageConditioned;
        if (!conditioned) continue;
      }
      matches.push({ category: rule.category, start, end });
    }
  });
  return matches;
}
