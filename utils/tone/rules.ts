/**
 * Rule tables per language, kept as data. Patterns run on normalised text (lower case, no accents,
 * straight apostrophes, plain spaces, inclusive suffixes removed), so "Tu seras banni·e" is matched as
 * "tu seras banni" and "n’est" as "n'est".
 */
import type { GentleSituation, ToneCategory, ToneLang } from './schema.ts';

/** Categories found by phrase patterns; the others have their own detectors. */
export type PhraseCategory = Extract<
  ToneCategory,
  'prohibition' | 'you-blame' | 'personal-attack' | 'threat' | 'condescension' | 'absolute'
>;

export interface PhraseRule {
  readonly category: PhraseCategory;
  readonly pattern: string;
  /** Only when the sentence speaks to the reader ("you", "tu", "vous"): absolutes aimed at a person. */
  readonly needsAddressee?: boolean;
  /** Not raised in a plainly kind sentence ("you always brighten my day", "tu es toujours si patient"). */
  readonly quietWhenKind?: boolean;
  /** Not raised right after a negation ("not forbidden", "rien n'est interdit"). */
  readonly negatable?: boolean;
  /** Only at the start of a sentence (imperatives: "Don't post…", "Pas de pub ici"). */
  readonly sentenceStart?: boolean;
  /** Never at the start of a sentence ("Or, …" opening a sentence is not "…, or else"). */
  readonly notSentenceStart?: boolean;
  /** Only when this pattern matches earlier in the same sentence (the demand before an ultimatum). */
  readonly requiresBefore?: string;
}

export interface LanguageRules {
  /** Reprimands a message can open with; tried at the start of the message, after a greeting or a name. */
  readonly frontalOpener: string;
  readonly phrases: readonly PhraseRule[];
  /** The sentence speaks to the reader. */
  readonly addressee: string;
  /** Kind words that show a sentence is warm, not a reproach. */
  readonly kindness: string;
  /** A negation right before a kind word ("not kind", "rien de gentil"): the word does not count. */
  readonly kindnessNegation: string;
  /** A negation just before a match (tested on the text before it, up to the sentence start). */
  readonly negationBefore: string;
  readonly greeting: string;
  readonly thanks: string;
  /** Thanks that are not ("no thanks", "thanks for nothing", "merci de lire…"). */
  readonly falseThanks: string;
  readonly politeRequest: string;
  readonly softener: string;
  readonly speakerStatement: string;
  /** Words that make a named person's mention a reproach even in a warm message. */
  readonly strongReprimand: string;
  /** Words that make it a reproach only when the message has little warmth. */
  readonly weakReprimand: string;
  readonly situations: readonly { readonly situation: GentleSituation; readonly pattern: string }[];
}

const englishTraits = String.raw`troll|trolls|liar|liars|hypocrite|hypocrites|joke|clown|child|baby|pathetic|ridiculous|clueless|useless|incompetent|toxic|attention seeker|attention-seeker|loser|idiot|idiots|moron|morons|stupid|dumb|jerk|fool|fools|crazy|delusional|ignorant|lazy|selfish|rude|disgusting|embarrassing|worthless|hopeless|failure|disgrace|bully|snowflake|creep|fraud|narcissist|coward|waste of space|nuisance|pest|parasite|liability|nutjob|nutcase|psycho|bot|hater|pitiful|spineless|shameless|insufferable|unbearable|annoying|dishonest|two-faced|imbecile|cretin|bigot|sad excuse|drama queen|know-it-all|bully`;
const englishTraitModifiers = String.raw`such|so|really|just|a|an|complete|completely|totally|utterly|absolutely|the|clearly|obviously|nothing|but|real|total|pretty|very|little|only|seriously|honestly|quite|plain|truly|literally|one|big|huge|massive|sad|typical|being|acting|like|always|still`;

const frenchTraits = String.raw`ridicule|ridicules|pathetique|pathetiques|troll|trolls|menteur|menteuse|menteurs|menteuses|hypocrite|hypocrites|hypocrisie|toxique|toxiques|nul|nulle|nuls|nulles|girouette|mauvaise langue|langue de vipere|a cote de la plaque|incompetent|incompetente|incompetents|bouffon|bouffonne|bouffons|clown|clowns|gamin|gamine|gamins|bebe|lourd|lourde|lourds|penible|penibles|inutile|inutiles|malhonnete|malhonnetes|idiot|idiote|idiots|con|conne|cons|abruti|abrutie|abrutis|cretin|cretine|cretins|debile|debiles|imbecile|imbeciles|stupide|stupides|minable|minables|pitoyable|pitoyables|egoiste|egoistes|paresseux|paresseuse|insupportable|insupportables|aigri|aigrie|parasite|boulet|honte|pauvre type|pauvre fille|grossier|grossiere|mechant|mechante|tare|taree|rageux|rageuse|haineux|haineuse|relou|lourdingue|naze|nase|tocard|blaireau|guignol|andouille|manipulateur|manipulatrice|faux-cul|menteur`;
const frenchTraitModifiers = String.raw`vraiment|completement|qu'un|qu'une|un|une|des|vrai|vraie|franchement|tellement|trop|d'une|d'un|carrement|juste|totalement|que|sacre|sacree|belle|grand|grande|gros|grosse|petit|petite|bien|encore|toujours|de|la|le|les|pauvre|simplement|seulement|qu'|profondement|definitivement|clairement|visiblement|decidement|parfaitement|absolument|une vraie|un vrai`;

/**
 * A sanction later in the clause: what makes "next time…" or "la prochaine fois…" a threat rather than advice
 * ("Next time you're in town, pop by", "la prochaine fois, tu seras surprise"). Normalised text.
 */
const englishSanctionAhead = String.raw`(?=[^.!?]{0,60}?\b(?:ban|banned|bans|removed|removal|remove|out|gone|blocked|block|kicked|kick|muted|mute|reported|report|deleted|delete|suspended|suspension|warning|strike|door)\b)`;
const frenchSanctionAhead = String.raw`(?=[^.!?]{0,60}?\b(?:banni[a-z]*|ban|exclu[a-z]*|exclusion|dehors|porte|vire[a-z]*|retir[a-z]*|supprim[a-z]*|suppression|bloqu[a-z]*|signal[a-z]*|sors|sortez|sortie?s?|sanction[a-z]*|radi[a-z]*|avertissement|sourdine)\b)`;

/** What comes before an ultimatum's "sinon": an order, a request, a deadline. Normalised text. */
const frenchDemands = [
  // Imperatives of what a moderator asks for (tu and vous).
  String.raw`supprime|supprimez|retire|retirez|efface|effacez|enleve|enlevez|modifie|modifiez|corrige|corrigez|edite|editez`,
  String.raw`arrete|arretez|cesse|cessez|stop|change|changez|calme-toi|calmez-vous|respecte|respectez|lis|lisez`,
  String.raw`evite|evitez|reste|restez|fais|faites|mets|mettez|remets|remettez|deplace|deplacez|reponds|repondez`,
  String.raw`excuse-toi|excusez-vous|relis|relisez|quitte|quittez|ferme|fermez`,
  // Orders in the present: "tu retires ça, sinon…", "vous le supprimez, sinon…".
  String.raw`(?:tu|vous)\s+(?:(?:le|la|les|l'|me|m'|te|t'|vous)\s*)?(?:retires|retirez|supprimes|supprimez|effaces|effacez|enleves|enlevez|modifies|modifiez|corriges|corrigez|arretes|arretez|changes|changez|calmes|calmez|respectes|respectez|lis|lisez)`,
  // Requests, obligations and deadlines.
  String.raw`merci de|merci d'|il faut|faut|tu dois|vous devez|tu devras|vous devrez|(?:tu as|t'as|vous avez) interet|je te demande|je vous demande`,
  String.raw`s'il te plait|s'il vous plait|svp|stp|a retirer|a supprimer|a modifier|a corriger|avant ce soir|avant demain`,
  String.raw`d'ici|jusqu'a|tout de suite|immediatement|maintenant|au plus vite|dernier delai|pour (?:retirer|supprimer|modifier|corriger)`,
].join('|');

/** What comes after an ultimatum's "sinon": a sanction. Normalised text. */
const frenchSanctions = [
  // "je te bannis", "je le fais", "je vais supprimer", "je serai obligée de te bloquer"
  String.raw`je\s+(?:vais\s+|vais devoir\s+|devrai\s+|(?:vais etre|serai|me verrai)\s+obligee?\s+de\s+)?(?:(?:te|vous|t'|le|la|les|l')\s*)?(?:bannir|bannis|bannirai|supprimer|supprime|supprimerai|signaler|signale(?!\s+que\b)|signalerai|bloquer|bloque|bloquerai|virer|vire|virerai|exclure|exclus|exclurai|retirer|retire|retirerai|effacer|efface|effacerai|fermer|ferme|fermerai|verrouiller|verrouille|verrouillerai|sortir|sors|sortirai|mettre dehors|mets dehors|faire|fais|ferai|sevir|sevis|sevirai|agir|agis|agirai|intervenir|interviens|interviendrai|moderer|modere|modererai|masquer|masque|masquerai|prendre des mesures|prends des mesures|prendrai des mesures|m'en occupe|m'en occuperai|m'en charge|m'en chargerai)\b`,
  String.raw`j'(?:efface|effacerai|exclus|exclurai|enleve|enleverai|agis|agirai|interviens|interviendrai)\b`,
  // "c'est dehors", "ce sera le ban"
  String.raw`(?:c'est|ce sera)\s+(?:le ban|un ban|l'exclusion|la porte|dehors|la suppression|le blocage|banni|bannie|exclu|exclue|fini pour (?:toi|vous))\b`,
  // "tu seras banni", "vous serez exclus", "tu sors"
  String.raw`(?:tu|vous)\s+(?:seras|serez|vas etre|allez etre|es|etes|risques d'etre|risquez d'etre)\s+(?:definitivement\s+|immediatement\s+)?(?:banni|bannis|exclu|exclus|supprime|supprimes|retire|retires|bloque|bloques|vire|vires|sorti|sortis|expulse|expulses|radie|radies|signale|signales)\b`,
  String.raw`(?:tu|vous)\s+(?:sors|sortez|degages|degagez|prends la porte|prenez la porte|vas le regretter|allez le regretter|le regretteras|le regretterez)\b`,
  // "on te bannit", "on va supprimer"
  String.raw`(?:on|nous)\s+(?:(?:te|vous|t'|le|la|les|l')\s*)?(?:va\s+|allons\s+)?(?:(?:te|vous|t'|le|la|les|l')\s*)?(?:bannir|bannit|bannira|bannirons|exclure|exclut|exclura|exclurons|supprimer|supprime|supprimera|supprimerons|retirer|retire|retirera|retirerons|bloquer|bloque|bloquera|bloquerons|virer|vire|virera|signaler|signale|signalera|sevir|sevira|sevirons)\b`,
  // "ton post sera supprimé"
  String.raw`(?:le|la|les|ton|ta|tes|votre|vos|ce|cette|ces)\s+(?:post|posts|publication|publications|commentaire|commentaires|message|messages|fil|annonce|annonces|lien|liens)\s+(?:sera|seront|va etre|vont etre)\s+(?:supprimee?s?|retiree?s?|fermee?s?|masquee?s?|effacee?s?|verrouillee?s?)\b`,
  String.raw`(?:dehors|la porte|ban|exclusion|suppression|gare a (?:toi|vous))\b`,
].join('|');

const english: LanguageRules = {
  frontalOpener: String.raw`(?:final warning\b|warning\b|attention\b|stop\b(?!\s+by\b)|enough\b|that's enough\b|ok(?:ay)?,?\s+(?:that's\s+)?enough\b|alright,?\s+(?:that's\s+)?enough\b|listen\b|look,|no\s*[.!]|nope\b|hey\s*!|hey,?\s+(?:stop|enough|cut)\b|cut it out\b|quit it\b|quit\b|knock it off\b|excuse me\s*\?|come on\b|seriously,?\s+stop\b)`,
  phrases: [
    // prohibition
    {
      category: 'prohibition',
      pattern: String.raw`(?:\bnot|n't|\bnever|\bno longer)\s+(?:(?:strictly|absolutely|really|at all)\s+)?(?:allowed|permitted|tolerated|accepted|welcome)\b`,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\b(?:won't|will not|shall not)\s+be\s+(?:tolerated|accepted|allowed|permitted)\b`,
    },
    {
      category: 'prohibition',
      pattern: String.raw`(?=[fpbvn])(?<!\bbe |\bget |\bbeen |\bgetting |\bgot )\b(?:forbidden|prohibited|banned|verboten|not ok here)\b`,
      negatable: true,
    },
    { category: 'prohibition', pattern: String.raw`\b(?:strictly|absolutely)\s+no\b` },
    {
      category: 'prohibition',
      pattern: String.raw`\bno\s+(?!(?:worries|worry|problem|problems|rush|harm|pressure|need|thanks|idea|doubt|way|one|sweat|stress|judgement|judgment|question|questions|matter|wonder|kidding|surprise|clue)\b)(?:more\s+)?[a-z-]+(?:\s+[a-z-]+)?(?=\s*(?:here|in this group|in the group|allowed|please|[.!]|$))`,
      sentenceStart: true,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\b(?:please\s+)?(?:do not|don't|never)\s+(?:post|share|tag|sell|advertise|promote|link|spam|repost|publish|send|mention|recruit|solicit|dm)\b`,
      sentenceStart: true,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\bagainst\s+(?:the|our|group)\s+(?:group\s+)?(?:rules?|guidelines|policy)\b`,
      negatable: true,
    },
    {
      category: 'prohibition',
      pattern: String.raw`(?=[ws])(?<!\byou\s)(?<!\byou'll\s)\b(?:will|shall)\s+be\s+(?:removed|deleted|taken down)\b`,
    },
    // you-blame
    {
      category: 'you-blame',
      pattern: String.raw`\byou\s+(?:keep|kept|continue to|continue|never stop)\s+[a-z]+ing\b`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\byou\s+(?:(?:clearly|obviously|still|even|just|really|simply)\s+)?(?:didn't|did not|don't|do not|never|haven't|have not|won't|will not|can't be bothered to|couldn't be bothered to|refuse to|refused to|failed to|fail to|forgot to)\s+(?:(?:even|bother to|actually|really|ever|once|properly|bother)\s+)*(?:read|respect|follow|listen|check|look|think|care|bother|understand|search|add|use|answer|tag|learn)\b`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\byou(?:'ve| have)?\s+(?:(?:already|again|just|now|also)\s+)?(?:ignored|broke|broken|violated|derailed|spammed|insulted|ruined|hijacked|flooded|posted|shared|started)\b`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\byou(?:'re| are)\s+the\s+one\s+who\b|\b(?:it's|it is|that's|that is)\s+(?:all\s+)?your\s+fault\b|\bbecause\s+of\s+you\b|\byour\s+fault\b`,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\byou\s+(?:always|never|constantly)\s+[a-z]+`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\byou\s+(?:complain|whine|moan|argue|attack|interrupt|provoke|lie|lied|twist|derail)\w*\b`,
      quietWhenKind: true,
    },
    // personal-attack
    {
      category: 'personal-attack',
      pattern: String.raw`\b(?:you're|you are|you re|ur|you were|you've been|you sound like|you act like)\s+(?:(?:${englishTraitModifiers})\s+){0,4}(?:${englishTraits})\b`,
    },
    {
      category: 'personal-attack',
      pattern: String.raw`\bpeople like you\b|\byou people\b|\byour kind\b|\bthe likes of you\b|\bwhat(?:'s| is) wrong with you\b|\bwho do you think you are\b|\byou have no (?:shame|brain|life|clue|manners|decency)\b|\bshame on you\b|\byou should be ashamed\b|\bno one (?:likes|wants) you\b`,
    },
    { category: 'personal-attack', pattern: String.raw`\b(?:grow up|get a life)\b`, sentenceStart: true },
    // threat
    { category: 'threat', pattern: String.raw`\b(?:last|final)\s+(?:warning|chance)\b` },
    {
      category: 'threat',
      pattern: String.raw`\byou(?:'ll| will|'re going to| are going to|'re gonna| are gonna| could| might| may)?\s+(?:be|get)\s+(?:(?:permanently|immediately|instantly)\s+)?(?:banned|removed|kicked|blocked|muted|suspended|thrown out|booted)\b`,
    },
    {
      category: 'threat',
      pattern: String.raw`\b(?:you'll|you will|you are going to|you're going to)\s+lose\b`,
    },
    {
      category: 'threat',
      pattern: String.raw`\bi(?:'ll| will|'m going to| am going to|'m gonna)\s+(?:(?:have to|personally|happily|just)\s+)?(?:ban|remove|kick|block|mute|report|suspend|boot)\s+(?:you|anyone|anybody|everyone|whoever|people)\b`,
    },
    {
      category: 'threat',
      pattern: String.raw`\b(?:or|otherwise|or else)[,]?\s+(?:i'll|i will|you'll|you will|you're|you are|it's|this|leave|get out|else)\b`,
      notSentenceStart: true,
    },
    {
      category: 'threat',
      pattern: String.raw`\b(?:one more|next)\s+(?:time|post|comment|word|insult|warning|strike|like this)\b[^.!?]*?(?:\band|,)\s*(?:you're|you are|you'll|you will|it's|its|that's|i'll|i will)\b${englishSanctionAhead}`,
    },
    {
      category: 'threat',
      pattern: String.raw`\bnext\s+time,?\s+(?:it's|its|it is|it will be|it'll be|you're|you are|you'll|you will)\b${englishSanctionAhead}`,
    },
    {
      category: 'threat',
      pattern: String.raw`\bkeep (?:it|this) up and\b|\b(?:do|try|post|say|share) (?:it|that|this)(?: [a-z]+)? again and\b|\bif you keep (?:this|it|that) up\b`,
      quietWhenKind: true,
    },
    {
      category: 'threat',
      pattern: String.raw`\bconsider yourself warned\b|\bbefore (?:i|we) (?:block|ban|remove|mute|kick)\b|\bbefore you get (?:muted|banned|removed|kicked|blocked)\b|\bsee what happens\b|\byou(?:'re| are) (?:gone|out)\b(?!\s+of)|\bthis is (?:the|your) last time\b|\bdon't make me\b|\byou(?:'ve| have) been warned\b`,
    },
    // condescension
    {
      category: 'condescension',
      pattern: String.raw`\bobviously\b`,
      quietWhenKind: true,
      needsAddressee: true,
    },
    {
      category: 'condescension',
      pattern: String.raw`\bclearly,?\s+(?:some|you|people|nobody|no one|someone|somebody)\b`,
    },
    {
      category: 'condescension',
      pattern: String.raw`\bas (?:i|we)(?:'ve| have)?\s+(?:already\s+|just\s+)?(?:said|explained|mentioned|stated|told you|pointed out)\b|\blike i (?:said|told you)\b|\bas (?:already\s+)?(?:said|explained|mentioned|stated) (?:before|above|several times|many times)\b`,
    },
    {
      category: 'condescension',
      pattern: String.raw`\bfor the (?:hundredth|umpteenth|millionth|thousandth|tenth|fifth|nth|last|billionth) time\b`,
    },
    {
      category: 'condescension',
      pattern: String.raw`\b(?:it's|it is|this is|that's|it really isn't|it isn't)\s+(?:really\s+)?(?:not\s+)?(?:that|so)\s+(?:hard|difficult|complicated)\b|\bnot (?:that|so) (?:hard|difficult|complicated)\b|\bnot rocket science\b|\bso hard to (?:understand|read|get|follow)\b|\bis it (?:that|so|really that) hard\b`,
    },
    {
      category: 'condescension',
      pattern: String.raw`\bjust read (?:the|our|my)\b|\blearn to read\b|\b(?:can't|cannot|can not) (?:even )?read\b|\bseriously\s*[?!]|\blet me explain (?:this |it )?(?:slowly|again|one more time)\b|\bhow many times (?:do|must|should|will|have) (?:i|we)\b|\bi shouldn't have to\b|\bi should not have to\b|\bspell it out\b|\bcommon sense\b|\bwhat a surprise\b|\bnewsflash\b|\bdo your (?:own )?research\b|\bgoogle is your friend\b`,
    },
    { category: 'condescension', pattern: String.raw`\bseriously,`, sentenceStart: true },
    // absolute
    {
      category: 'absolute',
      pattern: String.raw`(?=[aencf])(?<!\bcan |\bcould |\bwill )\b(?:(?<!\bwe |\bi )always(?!\s+(?:make sure|check|keep|remember|ask|wear|carry|use|have|wash|lock|put|bring|call))|(?<!'d |'s |\bwho |\bobviously |\bhad |\bwe |\bi |\bwe've |\bi've )never(?!\s+(?:leave|give|feed|use|put|let|hesitate|forget to|been|even|once))|every\s+(?:single\s+)?time|each\s+time|nobody|no\s+one|all\s+the\s+time|constantly|every\s+(?:single\s+)?(?:thread|post|discussion|comment|day|conversation))\b`,
      needsAddressee: true,
      quietWhenKind: true,
    },
  ],
  addressee: String.raw`\b(?:you|your|yours|yourself|yourselves|you're|you've|you'll|you'd|ya|u|ur)\b`,
  kindness: String.raw`\b(?:sympathy|thoughts are with|thank|thanks|thankful|grateful|love|loved|lovely|sweetheart|gorgeous|stunning|cute|adorable|clever|talented|legend|hero|champion|natural|gifted|superstar|excellent|perfect|incredible|impressive|beautifully|kind-hearted|organised|organized|precious|treasure|gem|angel|bless|great|wonderful|kind|kindly|kindness|patient|patience|star|happy|glad|brighten\w*|appreciate\w*|hope|proud|amazing|beautiful|helpful|sorry|thinking of you|hesitate|apologi[sz]e|never need to|no need to|never give up|don't give up|enjoy\w*|fun|well done|congrat\w*|brilliant|awesome|fantastic|inspir\w*|generous|sweet|miss you|delight\w*|smile|safe|welcome(?<!not\swelcome|n't\swelcome)(?!\s+(?:thread|post|message|pack|page|section|guide|note|email|video|form)))\b`,
  kindnessNegation: String.raw`(?:\bnot|n't|\bnever|\bno)\s+(?:(?:very|really|so|that|too)\s+)?(?:(?:even\s+|once\s+)?(?:say|said)\s+)?$`,
  negationBefore: String.raw`(?:\bnot|n't|\bnever|\bno longer|\bno such thing as|\bno)\s+(?:[a-z']+\s+){0,4}$`,
  greeting: String.raw`\b(?:hi|hello|hey there|hiya|howdy|good morning|good afternoon|good evening|dear|glad|nice to (?:meet|have|see)|happy to have|great to have|welcome(?<!not\swelcome|n't\swelcome|not\s(?:really|very)\swelcome)(?!\s+(?:thread|post|message|pack|page|section|guide|note|email|video|form)))\b|👋|🤗`,
  thanks: String.raw`\b(?:thanks|thank you|thank u|thx|ty|cheers|grateful|appreciate\w*)\b`,
  falseThanks: String.raw`\bno,?\s+thanks?\b|\bthanks for nothing\b`,
  politeRequest: String.raw`\b(?:please|pls|plz|would you mind|could you|could we|would you|shall we)\b`,
  softener: String.raw`\b(?:feel free|don't hesitate|remember to|just so you know|friendly reminder|no worries|heads-up|gentle reminder|if you can)\b`,
  speakerStatement: String.raw`\bi(?:'ve|'ll|'d|'m)?\s+(?!think you\b)[a-z]+`,
  strongReprimand: String.raw`\b(?:off[- ]?topic|spam\w*|inappropriate|not ok(?:ay)?|breaks?\s+(?:the\s+|our\s+)?(?:rules?|guidelines)|breaking\s+(?:the\s+)?rules?|rule\s+\d+|against the rules|self[- ]?promo\w*|unacceptable|out of line)\b`,
  weakReprimand: String.raw`\b(?:remove|delete|again|stop|enough)\b`,
  situations: [
    {
      situation: 'repeated-image',
      pattern: String.raw`\bsame (?:photo|picture|image|meme)s?\b|\bover and over\b`,
    },
    {
      situation: 'self-promotion',
      pattern: String.raw`\b(?:ad|ads|advert\w*|sell\w*|sales?|shop|promo\w*|self-promo\w*|business|marketplace|fundrais\w*|pyramid)\b`,
    },
    { situation: 'off-topic-balance', pattern: String.raw`\boff[- ]?topic\b|\bon topic\b` },
  ],
};

const french: LanguageRules = {
  frontalOpener: String.raw`(?:stop\b|ca suffit\b|bon,?\s+ca suffit\b|c'est bon,?\s+ca suffit\b|attention\b|avertissement\b|arrete[sz]?\b|ecoute[sz]?\b|non\s*[.!]|non mais\b|halte\b|on se calme\b|oh la\b(?!\s+la\b)|ho\b|oh\s*!|assez\b|rappel a l'ordre\b|dernier avertissement\b|he ho\b|eh oh\b|ca va bien\b|bon,?\s+stop\b|bon,?\s+on arrete\b|on arrete\b|on arrete tout\b)`,
  phrases: [
    // prohibition
    {
      category: 'prohibition',
      pattern: String.raw`\b(?:interdit|interdite|interdits|interdites|prohibe|prohibee|prohibes|prohibees|proscrit|proscrite|proscrits|proscrites|defendu|defendue)\b`,
      negatable: true,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\b(?:n'est|n'es|n'etes|ne sont|n'etait|ne seront|ne sera|ne serez|ne seras)\s+(?:pas|plus|point)\s+(?:(?:du tout|vraiment|ici)\s+)?(?:autorise|autorisee|autorises|autorisees|tolere|toleree|toleres|tolerees|accepte|acceptee|acceptes|acceptees|permis|permise|permises|le bienvenu|la bienvenue|les bienvenus|les bienvenues|bienvenu|bienvenue|bienvenus|bienvenues)\b`,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\b(?:non|pas)\s+(?:autorise|autorisee|autorises|autorisees|tolere|toleree|toleres|tolerees|permis|permise)\b|\bpas\s+(?:le |la |les )?bienvenue?s?\b`,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\b(?:pas|plus)\s+(?:de|d')\s*(?!(?:souci|soucis|probleme|problemes|panique|stress|inquietude|pression|chance|question|quoi|bol|doute|gene|merci|urgence|presse|jugement|honte|bete|betes)\b)[a-z-]+(?:\s+[a-z-]+)?\s+(?:ici|dans ce groupe|dans le groupe|sur ce groupe|sur le groupe)\b`,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\bpas\s+(?:de|d')\s*(?!(?:souci|soucis|probleme|problemes|panique|stress|inquietude|pression|chance|question|quoi|bol|doute|gene|merci|urgence|presse|jugement|honte|bete|betes|nouvelles)\b)[a-z]`,
      sentenceStart: true,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\b(?:ne|n')\s*(?:postez|publiez|partagez|taguez|vendez|poste|postes|publie|publies|partage|partages|tague|tagues|vends|mettez|mets|faites|fais|envoyez|envoie|recrutez|recrute)\s+(?:pas|plus|jamais)\b`,
      sentenceStart: true,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\bmerci de ne (?:pas|plus|jamais)\s+(?:poster|publier|partager|taguer|vendre|mettre|faire|envoyer|recruter)\b`,
    },
    {
      category: 'prohibition',
      pattern: String.raw`(?=s)(?<!\btu\s)(?<!\bvous\s)\b(?:seront|sera)\s+(?:systematiquement\s+|immediatement\s+|directement\s+)?(?:supprime|supprimee|supprimes|supprimees|retire|retiree|retires|retirees|efface|effaces|effacee|effacees)\b`,
    },
    {
      category: 'prohibition',
      pattern: String.raw`\bdefense\s+de\b|\bcontraire\s+(?:au|a la|aux)\s+(?:reglement|regles|charte)\b|\b(?:va|vont)\s+a\s+l'encontre\s+(?:du|de la|des)\s+(?:reglement|regles|charte)\b|\baucune?\s+[a-z]+\s+(?:n'est|ne sera|ne sont|ne seront)\s+(?:toleree?s?|acceptee?s?|autorisee?s?)\b`,
    },
    // you-blame
    {
      category: 'you-blame',
      pattern: String.raw`\b(?:tu|vous|t')\s*(?:n'|ne\s+)?(?:as|avez)\s+(?:pas|jamais|meme pas|toujours pas|rien|visiblement pas|clairement pas)\s+(?:(?:meme|encore|bien|du tout)\s+)?(?:lu|respecte|vu|fait|verifie|ecoute|regarde|compris|reflechi|tenu compte|cherche|mis|suivi|tague|ajoute|demande|repondu|pris la peine)\b`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\b(?:tu|vous|t')\s*(?:as|avez)\s+(?:encore|de nouveau|une fois de plus|encore une fois)\s+[a-z]+(?:e|es|i|is|it|u|us|t|ts)\b`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\b(?:tu|vous|t')\s*(?:as|avez)\s+(?:(?:deja|encore|aussi)\s+)?(?:ignore|enfreint|insulte|spamme|reposte|viole|provoque|gache|pourri|detourne|inonde|casse|lance|partage|poste|publie|derape|envenime|agresse)\b`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\b(?:tu|vous)\s+(?:ne\s+|n')?(?:respectes|respecte|respectez|lis|lisez|ecoutes|ecoute|ecoutez|fais|faites|comprends|comprenez|suis|suivez|cherches|cherchez|regardes|regardez|tiens|tenez)\s+(?:pas|jamais|rien|aucun|aucune|meme pas)\b`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\b(?:tu|vous)\s+continue[sz]?\s+(?:a|de|d')|\b(?:tu\s+passes\s+ton|vous\s+passez\s+votre)\s+temps\s+a\b`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\bc'est\s+(?:de\s+)?(?:ta|votre)\s+faute\b|\ba\s+cause\s+de\s+(?:toi|vous)\b|\bc'est\s+(?:toi|vous)\s+qui\b|\b(?:toi|vous)\s+qui\s+(?:as|avez)\s+[a-z]+`,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\b(?:tu|vous)\s+(?:(?:vous|te)\s+)?(?:transformes|transforme|transformez|gaches|gachez|pourris|pourrissez|plains|plaignez|insultes|insultez|ignores|ignorez|spammes|spammez|provoques|provoquez|derailles|monopolises|monopolisez|critiques|critiquez|contredis|contredisez|detournes|detournez|envenimes|envenimez)\b`,
      quietWhenKind: true,
    },
    {
      category: 'you-blame',
      pattern: String.raw`\b(?:tu|vous)\s+(?:n'|ne\s+)?(?:as|avez|es|etes|dis|dites|fais|faites)\s+jamais\s+rien\b`,
      quietWhenKind: true,
    },
    // personal-attack
    {
      category: 'personal-attack',
      pattern: String.raw`\b(?:t'es|tu es|vous etes|t'etes|tu n'es|vous n'etes|t'etais|tu etais|vous etiez|tu as l'air|vous avez l'air|tu fais|t'es rien)\s+(?:(?:${frenchTraitModifiers})\s*){0,4}(?:${frenchTraits})\b`,
    },
    {
      category: 'personal-attack',
      pattern: String.raw`\b(?:les|des)\s+gens\s+comme\s+(?:toi|vous)\b|\bpour qui (?:tu te prends|vous vous prenez|te prends-tu|vous prenez-vous)\b|\bgrandis(?:sez)?\s+un\s+peu\b|\b(?:tu n'as|t'as|vous n'avez)\s+(?:aucune|aucun|pas de|pas d'|meme pas de|vraiment aucune)\s*(?:honte|cerveau|vie|respect|dignite|education)\b|\bqu'est-ce qui (?:ne )?va pas chez (?:toi|vous)\b|\bespece\s+d(?:e\s+|')\s*[a-z]+|\bpauvre (?:type|fille|mec|con|conne|idiot|idiote|tache|nul|nulle)\b|\btoi et tes semblables\b|\bt'as rien dans la tete\b|\bva te faire soigner\b|\btu fais pitie\b|\bvous faites pitie\b`,
    },
    // threat
    { category: 'threat', pattern: String.raw`\b(?:dernier|ultime)\s+avertissement\b|\bderniere\s+chance\b` },
    {
      category: 'threat',
      pattern: String.raw`\b(?:tu|vous)\s+(?:seras|serez|vas etre|allez etre|risques d'etre|risquez d'etre|pourrais etre|pourriez etre|finiras|finirez)\s+(?:(?:definitivement|immediatement|directement)\s+)?(?:banni|bannis|exclu|exclus|supprime|supprimes|retire|retires|bloque|bloques|vire|vires|expulse|expulses|sorti|sortis|ejecte|ejectes|radie|radies)\b`,
    },
    {
      category: 'threat',
      pattern: String.raw`\bje\s+(?:vais\s+)?(?:te|vous|t')\s*(?:bannir|bannis|bannirai|virer|vire|virerai|exclure|exclus|exclurai|bloquer|bloque|bloquerai|retirer|retire|retirerai|supprimer|supprime|supprimerai|signaler|signale(?!\s+que\b)|sortir|sors|mettre dehors|mets dehors)\b`,
    },
    {
      category: 'threat',
      pattern: String.raw`\bje\s+(?:bannirai|bannis|banni|vire|virerai|exclurai|exclus|bloquerai|supprimerai)\s+(?:quiconque|tout le monde|toute personne|tous ceux|ceux)\b`,
    },
    {
      // "Sinon" is an ultimatum only in that shape: a demand before it, a sanction after it ("Supprime ton
      // post, sinon je te bannis"); "sinon tout va bien", "Merci, sinon n'hésite pas" are not.
      category: 'threat',
      pattern: String.raw`\bsinon,?\s+(?:${frenchSanctions})`,
      requiresBefore: String.raw`\b(?:${frenchDemands})\b`,
    },
    {
      category: 'threat',
      pattern: String.raw`\bla\s+prochaine\s+fois,?\s+(?:c'est|ce sera|tu|t'|vous|je|j')${frenchSanctionAhead}`,
    },
    {
      category: 'threat',
      pattern: String.raw`\bencore\s+une?\s+(?:fois|publication|remarque|pub|post|message|commentaire|insulte)\b[^.!?]*?\bet\s+(?:tu|t'|vous|c'est|je|j')${frenchSanctionAhead}`,
    },
    {
      category: 'threat',
      pattern: String.raw`\b(?:recommence|recommencez|continue|continuez|republie|republiez|reposte|repostez|refais|refaites)\b[^.!?]{0,30}?\bet\s+(?:tu|vous|je|c'est)\b`,
      quietWhenKind: true,
    },
    {
      category: 'threat',
      pattern: String.raw`\btenez-vous-le pour dit\b|\btiens-toi-le pour dit\b|\bvous etes prevenus?\b|\b(?:tu es|t'es) prevenue?\b`,
    },
    {
      category: 'threat',
      pattern: String.raw`\bou\s+(?:quitte|quittez|dehors|la porte|tu sors|vous sortez|c'est dehors|c'est la porte|je\s+(?:te|vous|supprime|bannis|vire))\b|\bou\s+(?:le fil|la publication|le post|la discussion|les commentaires)\s+(?:sera|seront)\s+(?:ferme|fermee|fermes|supprime|supprimee|verrouille|verrouillee|bloque)\b`,
    },
    {
      category: 'threat',
      pattern: String.raw`\bsi\s+(?:tu|vous)\s+(?:continues|continuez|recommences|recommencez|persistes|persistez)\b`,
      quietWhenKind: true,
    },
    {
      category: 'threat',
      pattern: String.raw`\b(?:prends|prenez|prendre)\s+la\s+porte\b|\bc'est\s+dehors\b|\bexclusion\s+definitive\b|\bau\s+prochain\s+(?:ecart|derapage|message|post)\b|\bgare\s+a\s+(?:toi|vous)\b|\btu\s+(?:vas\s+le\s+regretter|le regretteras)\b`,
    },
    // condescension
    {
      category: 'condescension',
      pattern: String.raw`\bevidemment\b`,
      quietWhenKind: true,
      needsAddressee: true,
    },
    {
      category: 'condescension',
      pattern: String.raw`\b(?:visiblement|apparemment|manifestement),?\s+(?:certains|tu|vous|personne|quelqu'un|t')`,
    },
    {
      category: 'condescension',
      pattern: String.raw`\bcomme (?:je l'ai|je te l'ai|je vous l'ai|on l'a|je l'avais|on te l'a|on vous l'a) (?:deja |bien )?(?:dit|explique|ecrit|precise|repete)\b|\bcomme deja (?:dit|explique|precise|ecrit)\b|\bje (?:le )?repete\b`,
    },
    {
      category: 'condescension',
      pattern: String.raw`\bpour la (?:centieme|enieme|millieme|dixieme|nieme|cinquantieme) fois\b`,
    },
    {
      category: 'condescension',
      pattern: String.raw`\bil suffit de (?:lire|regarder|chercher|ouvrir)\b|\bc'est pourtant (?:simple|clair|ecrit|facile)\b|\b(?:ce n'est|c'est|c'est pourtant|ce n'est pourtant)\s+(?:pas\s+)?(?:si|bien|vraiment|tellement)?\s*(?:complique|difficile|sorcier)\b(?:\s+pourtant|\s+a comprendre)?|\bc'est ecrit en gros\b`,
      quietWhenKind: true,
    },
    {
      category: 'condescension',
      pattern: String.raw`\bserieusement\s*[?!]|\bserieux\s*\?|\bapprends a lire\b|\bapprenez a lire\b|\b(?:ne )?(?:savent|sais|savez) pas lire\b|\bcombien de fois (?:faut-il|faudra-t-il|dois-je|vais-je|je dois|faut il|faudra|faut-il que|je vais)\b|\bje ne devrais pas avoir a\b|\bje vais (?:l'|le |vous l'|te l')?(?:expliquer|reexpliquer|repeter) (?:lentement|doucement|encore)\b|\bfaut-il (?:vraiment )?(?:rappeler|repeter|preciser)\b|\bun peu de bon sens\b|(?<!\bdans le )\bbon sens\b|\bquelle surprise\b|\bmerci google\b`,
    },
    { category: 'condescension', pattern: String.raw`\bserieusement,`, sentenceStart: true },
    // absolute
    {
      category: 'absolute',
      pattern: String.raw`\bpersonne\b(?=[^.!?]*\b(?:ne|n')\b)`,
      sentenceStart: true,
      needsAddressee: true,
      quietWhenKind: true,
    },
    {
      category: 'absolute',
      pattern: String.raw`(?=[tjacsnp])(?<!\bpeux |\bpouvez |\bpeut |\bpourras |\bpourrez )(?<!(?:^|[.!?,:;]\s*)(?:ne\s+|n')?[a-z]+(?:e|es|ez)\s+|\bne\s+)(?<!\b(?:je|j'|on|nous)\s*(?:ne\s+|n')?(?:[a-z']+\s+){1,2})\b(?:toujours(?!\s+(?:pas|besoin|la bienvenue|le bienvenu|les bienvenus))|jamais|a\s+chaque\s+fois|chaque\s+fois|tout\s+le\s+temps|personne\s+(?:ne|n')|sans\s+arret|constamment|systematiquement|comme\s+toujours|a\s+longueur\s+de\s+(?:temps|journee))\b|\b(?:n'|ne\s+)[a-z]+\s+personne\b|\bpasse[sz]?\s+(?:ton|votre)\s+temps\s+a\b`,
      needsAddressee: true,
      quietWhenKind: true,
    },
  ],
  addressee: String.raw`\b(?:tu|te|toi|ton|ta|tes|vous|votre|vos|t')`,
  kindness: String.raw`\b(?:merci|sympathie|pensees|forte?|doue|douee|doues|douees|chou|choux|mignon|mignonne|adorable|magnifique|superbe|top|excellent|excellente|parfait|parfaite|incroyable|talentueux|talentueuse|brillant|brillante|un amour|un ange|une perle|un tresor|une creme|championne?|star|formidables|geniaux|generaux|adore(?<!n'adore)\w*|aime(?<!n'aime)|aimons(?<!n'aimons)|super|genial|geniale|gentil|gentille|gentillesse|patient|patiente|patients|patientes|patience|perle|ravi|ravie|ravis|bienvenu(?<!pas\sbienvenu)(?<!pas la\sbienvenu)(?<!pas le\sbienvenu)(?<!pas les\sbienvenu)(?<!plus\sbienvenu)(?<!plus la\sbienvenu)(?<!plus le\sbienvenu)(?<!plus les\sbienvenu)e?s?|illumin\w*|apprecie(?<!n'apprecie)\w*|espere|esperons|fier|fiere|fiers|fieres|content|contente|contents|contentes|heureux|heureuse|heureuses|belle|beau|formidable|utile|condoleances|pense a (?:toi|vous)|hesit\w*|jamais besoin|pas besoin|baisse jamais les bras|baissez jamais les bras|bravo|plaisir|chouette|courage|genereu\w*|touche|touchee|precieu\w*|soutien|bisous|chaleureu\w*|desolee?)\b`,
  kindnessNegation: String.raw`(?:\bpas|\brien\s+de|\brien\s+d'|\bplus|\bjamais)\s+(?:(?:tres|si|vraiment|trop)\s+)?(?:(?:dit|dire|dis)\s+)?$`,
  negationBefore: String.raw`(?:\bpas|\bplus|\bjamais|\brien\s+n'[a-z]+|\bni|\baucune?|\bsans)\s+(?:[a-z']+\s+){0,2}$`,
  greeting: String.raw`\b(?:bonjour|bonsoir|salut|coucou|hello|bjr|slt|bienvenu(?<!pas\sbienvenu)(?<!pas la\sbienvenu)(?<!pas le\sbienvenu)(?<!pas les\sbienvenu)(?<!plus\sbienvenu)(?<!plus la\sbienvenu)(?<!plus le\sbienvenu)(?<!plus les\sbienvenu)e?s?|ravie?s?|heureuse?x? de)\b|👋|🤗`,
  thanks: String.raw`\bmerci\b`,
  falseThanks: String.raw`\bnon,?\s+merci\b|\bmerci\s+(?:de|d')\s*(?!(?:ta|ton|tes|votre|vos|l'avoir|avoir|ce|cet|cette|ces|la|le|les|tout|rien)\b)[a-z]+(?:er|ir|re|oir)\b`,
  politeRequest: String.raw`\b(?:s'il (?:te|vous) plait|svp|stp|merci de|merci d'|pourrais-tu|pourriez-vous|tu pourrais|vous pourriez|est-ce qu'on pourrait|on pourrait)\b`,
  softener: String.raw`\b(?:n'hesite[sz]? pas|pense[sz]? a|petit rappel|pas de souci|pas d'inquietude|si tu peux|si vous pouvez)\b`,
  speakerStatement: String.raw`\b(?:je|j')\s*[a-z]+`,
  strongReprimand: String.raw`\b(?:hors[- ]sujet|spam\w*|inapproprie\w*|pas approprie\w*|pas ok|enfrein\w*|ne respecte pas (?:le reglement|les regles|la charte)|regle n|contraire au reglement|autopromo\w*|inacceptable)\b`,
  weakReprimand: String.raw`\b(?:supprim\w*|retir\w*|encore|arrete\w*|stop|ca suffit)\b`,
  situations: [
    {
      situation: 'repeated-image',
      pattern: String.raw`\bmeme (?:photo|image|meme)s?\b|\bencore et encore\b`,
    },
    {
      situation: 'self-promotion',
      pattern: String.raw`\b(?:pub|pubs|publicite\w*|vente\w*|vendre|vendeur\w*|boutique|promo\w*|autopromo\w*|annonce\w*|commercial\w*|commerciale\w*|cagnotte\w*)\b`,
    },
    { situation: 'off-topic-balance', pattern: String.raw`\bhors[- ]sujet\b` },
  ],
};

export const languageRules: Readonly<Record<ToneLang, LanguageRules>> = { en: english, fr: french };

/** Openings that look like a name followed by a comma but are not one ("Okay, …", "Franchement, …"). */
export const notANameOpeners: ReadonlySet<string> = new Set([
  // Interjections and endearments that open a message like a name would.
  'allez',
  'um',
  'umm',
  'uh',
  'euh',
  'mate',
  'naturally',
  'aww',
  'aw',
  'darling',
  'honey',
  'sweetie',
  'ben',
  'ugh',
  'genre',
  'bof',
  'sure',
  'cheers',
  'bless',
  'stop',
  'warning',
  'attention',
  'enough',
  'listen',
  'look',
  'okay',
  'ok',
  'no',
  'non',
  'oui',
  'yes',
  'hey',
  'honestly',
  'franchement',
  'seriously',
  'serieusement',
  'bon',
  'alors',
  'well',
  'so',
  'please',
  'thanks',
  'thank',
  'merci',
  'sorry',
  'desole',
  'desolee',
  'evidemment',
  'obviously',
  'clearly',
  'visiblement',
  'sinon',
  'wow',
  'assez',
  'ecoutez',
  'ecoute',
  'avertissement',
  'rappel',
  'ca',
  'putain',
  'fucking',
  'enfin',
  'oh',
  'bref',
  'quit',
  'cut',
  'hello',
  'hi',
  'bonjour',
  'salut',
  'coucou',
  'welcome',
  'bienvenue',
  'again',
  'encore',
  'note',
  'reminder',
  'update',
  'info',
  'nope',
  'basically',
  'actually',
  'also',
  'anyway',
  'apparently',
  'apparemment',
  'remember',
  'important',
  'urgent',
  'psst',
  'voila',
  'bravo',
  'super',
  'great',
  'perfect',
  'parfait',
  'halte',
  'like',
  'comme',
  'happy',
  'joyeux',
  'good',
  'bonne',
  'mais',
  'and',
  'but',
  'because',
  'quick',
  'petite',
  'petit',
  'friendly',
  'gentle',
  'hmm',
  'ah',
  'haha',
  'lol',
  'mdr',
  'yep',
  'yeah',
  'ouais',
  'true',
  'vrai',
  'right',
  'alright',
  'aussi',
  'ensuite',
  'puis',
  'then',
  'now',
  'maintenant',
  'today',
  'tomorrow',
  'yesterday',
  'hier',
  'demain',
  'finally',
  'finalement',
  'personally',
  'personnellement',
  'clairement',
  'normalement',
  'sincerement',
  'dommage',
  'guys',
  'folks',
  'everyone',
  'attention',
  'final',
  'dernier',
  'last',
  'bof',
  'quoi',
  'what',
  'why',
  'pourquoi',
  'how',
  'comment',
  'here',
  'ici',
  'there',
  'oops',
  'oups',
  'also',
  'again',
  'wait',
  'attends',
  'attendez',
  'arrete',
  'arretez',
  'assez',
  'ecoutez',
  'listen',
  'quit',
  'enough',
  'halte',
  'bien',
  'donc',
  'thus',
  'however',
  'cependant',
  'pourtant',
  'indeed',
  'exactly',
  'exactement',
]);
