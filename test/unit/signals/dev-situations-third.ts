/**
 * A third set of dev situations (imported by dev-situations.ts) for heated exchanges and off-topic balance, written
 * without reading the detectors: labels follow what an admin would see, by the rules of test/signals/README.md.
 * English and French (France, Québec, Belgium, Switzerland), with missing accents, SMS spelling, typos and emoji.
 * Threads have up to four comments by up to three members (the builder's comments page with its authors and ids
 * replaced); the weekly groups have their own focus (diabetic cats, sourdough, birdwatching) under the dev group id.
 */
import { parseHTML } from 'linkedom';
import {
  COMMENT_IDS,
  COMMENTERS,
  GID,
  commentsPage,
  feedPage,
  member,
  situation,
  visit,
  type DevPost,
  type DevSituation,
} from './build-dev-situations';

type Person = { uid: string; name: string };
type Language = 'en' | 'fr';
type Focus = { en: string; fr: string };

const OLD = '2022-03-02T09:00:00Z';
const person = (n: number, name: string): Person => ({
  uid: `615500000003${String(n).padStart(2, '0')}`,
  name,
});

/** Gives a situation its own notes and, for the weekly groups, its own focus words. */
function noted(dev: DevSituation, notes: string, focus?: Focus): DevSituation {
  const group = focus ? { id: GID, focus } : dev.situation.group;
  return { ...dev, situation: { ...dev.situation, group, notes } };
}

// --- Heated exchange: one post's comments --------------------------------------------------------------------

const THREAD_POST = '3744420902118814';
const READ_THREAD = '2025-06-16T12:00:00Z';

interface Said {
  who: Person;
  text: string;
}

/**
 * The builder's comments page with each comment's author and id replaced (comment 2 is Camille's in the page, the
 * others Louise's, who is also the post's author), the post's id too, in the links and the base64 comment ids.
 */
function threadPage(
  postId: string,
  author: Person,
  said: readonly Said[],
  commentIds: readonly string[],
): string {
  const page = commentsPage(said.map((s) => s.text));
  const document = parseHTML(page).document as unknown as Document;
  let html = `<!doctype html>${String(document.documentElement)}`;
  Array.from(document.querySelectorAll('div[role="article"][aria-label]')).forEach((article, i) => {
    const original = i === 1 ? COMMENTERS.camille : COMMENTERS.louise;
    const who = said[i]!.who;
    const markup = String(article);
    const replaced = markup
      .replaceAll(original.uid, who.uid)
      .replaceAll(original.name, who.name)
      .replaceAll(COMMENT_IDS[i]!, commentIds[i]!);
    if (!html.includes(markup)) throw new Error(`comment ${i} not found in the page`);
    html = html.replace(markup, () => replaced);
  });
  const newId = (cid: string) => {
    const at = COMMENT_IDS.indexOf(cid);
    return at >= 0 && at < said.length ? commentIds[at]! : cid;
  };
  return html
    .replaceAll(COMMENTERS.louise.uid, author.uid)
    .replaceAll(COMMENTERS.louise.name, author.name)
    .replace(/[A-Za-z0-9+/]{24,}={0,2}/g, (token) => {
      const decoded = /^comment:(\d+)_(\d+)$/.exec(Buffer.from(token, 'base64').toString('latin1'));
      if (!decoded || decoded[1] !== THREAD_POST) return token;
      return Buffer.from(`comment:${postId}_${newId(decoded[2]!)}`).toString('base64');
    })
    .replaceAll(THREAD_POST, postId);
}

/** A thread numbered `n` (its post and comment ids derive from it); `attacks` are the comments that attack a person. */
function thread(
  id: string,
  n: number,
  author: Person,
  said: readonly Said[],
  attacks: readonly number[],
  language: Language,
  notes: string,
  admin?: Person,
): DevSituation {
  const postId = `88000000000${String(n).padStart(5, '0')}`;
  const commentIds = said.map((_, i) => `178000000${String(n).padStart(5, '0')}${i}1`);
  const people = [author, ...said.map((s) => s.who)].filter(
    (p, i, all) => all.findIndex((q) => q.uid === p.uid) === i,
  );
  const attackers = [...new Set(attacks.map((i) => said[i]!.who.uid))];
  const targets = said.map((s) => s.who.uid).filter((uid) => !attackers.includes(uid));
  const involved = [...new Set([...attackers, ...targets])];
  return noted(
    situation(
      id,
      'heated-exchange',
      attacks.length
        ? [
            {
              kind: 'heated-exchange',
              memberUids: involved,
              evidenceItemIds: attacks.map((i) => commentIds[i]!),
            },
          ]
        : [],
      people.map((p) => member(p.uid, p.name, OLD, p.uid === admin?.uid ? 'admin' : undefined)),
      [visit('post-1', READ_THREAD, `https://www.facebook.com/groups/${GID}/posts/${postId}/`)],
      { 'post-1': threadPage(postId, author, said, commentIds) },
      language,
    ),
    notes,
  );
}

const JADE = person(1, 'Jade Rousseau');
const KEVIN = person(2, 'Kevin Marchand');
const SOPHIE = person(3, 'Sophie Lavoie');
const MAXIME = person(4, 'Maxime Bouchard');
const ELLIE = person(5, 'Ellie Hughes');
const TOM = person(6, 'Tom Barker');
const RACHEL = person(7, 'Rachel Price');
const ANNICK = person(8, 'Annick Dubois');
const LAURENT = person(9, 'Laurent Peeters');
const INES = person(10, 'Inès Maes');
const CORINNE = person(11, 'Corinne Rochat');
const FABIO = person(12, 'Fabio Cattaneo');
const GRACE = person(13, 'Grace Okafor');
const DEREK = person(14, 'Derek Walsh');
const MOD = person(15, 'Brigitte Lemaire');

const s = (who: Person, text: string): Said => ({ who, text });

function heated(): DevSituation[] {
  return [
    thread(
      'dev3-heated-sweetie',
      1,
      ELLIE,
      [
        s(ELLIE, 'We switched to a raw diet last month and his coat has never looked better.'),
        s(TOM, 'Sweetie, read a book before you poison your cat. Raw chicken, seriously? Bless your heart.'),
        s(ELLIE, 'I did read, thanks. My vet was fine with it.'),
        s(TOM, "Of course you did, hun. Maybe one with pictures next time, it'll be easier for you 🙄"),
      ],
      [1, 3],
      'en',
      'Condescension aimed at the person (sweetie, bless your heart, a book with pictures) by Tom at Ellie, twice. Signal on his two comments.',
    ),
    thread(
      'dev3-heated-bete-mon-pauvre',
      2,
      JADE,
      [
        s(KEVIN, "Ma pauvre Jade... tu crois vraiment qu'un chat se dresse comme un chien ?"),
        s(JADE, "Et toi t'es vraiment bête ou tu le fais exprès ? J'ai jamais dit ça, relis."),
        s(KEVIN, "Bête c'est toi, ça se voit a chaque post que tu fais. Lamentable."),
      ],
      [0, 1, 2],
      'fr',
      'France: "mon pauvre", "t’es vraiment bête", "lamentable" traded between Jade and Kevin, no swear word. Signal on the three comments.',
    ),
    thread(
      'dev3-heated-competence-long',
      3,
      RACHEL,
      [
        s(
          RACHEL,
          'Update on Pepper: the vet thinks the vomiting is a food intolerance, so we are trying a hydrolysed diet for six weeks. Any tips welcome!',
        ),
        s(
          DEREK,
          "Six weeks is the usual trial, that part is right, and the hydrolysed foods are expensive but they work for lots of cats. Honestly though, this is typical of people who don't know cats: you let her graze all day, you change brands every fortnight and then act surprised. Someone like you shouldn't have been allowed to adopt in the first place. Anyway, keep a food diary, it helps the vet a lot.",
        ),
        s(RACHEL, "Wow. You don't know me or my cat. That was uncalled for."),
        s(DEREK, "Just saying what everyone here thinks. You're out of your depth and it shows."),
      ],
      [1, 3],
      'en',
      'A long helpful comment with contempt for Rachel’s competence in its middle, then more. Signal on Derek’s two comments.',
    ),
    thread(
      'dev3-heated-quebec-expose',
      4,
      SOPHIE,
      [
        s(SOPHIE, "Bon ben c'est reglé, le chaton est adopté par une famille de Lévis 🙂"),
        s(
          MAXIME,
          "Wow bravo championne, t'as donné un chaton à des inconnus sans visite, t'es vraiment brillante toé.",
        ),
        s(SOPHIE, 'Mêle-toi de tes affaires Maxime, ta même pas de chat.'),
        s(
          MAXIME,
          "Continue de m'parler de même pis j'vais publier tes messages privés dans le groupe, tout le monde va voir quel genre de personne t'es.",
        ),
      ],
      [1, 2, 3],
      'fr',
      'Québec: sarcasm at the person ("bravo championne, t’es vraiment brillante"), a retort, then a threat to expose private messages. Signal.',
    ),
    thread(
      'dev3-heated-escalation',
      5,
      GRACE,
      [
        s(GRACE, 'I think declawing should be banned everywhere, full stop.'),
        s(TOM, 'Banned everywhere? Some indoor cats in flats have no other option, it is not that simple.'),
        s(
          GRACE,
          "It is that simple if you have half a brain, Tom. But I guess that's asking a lot from you.",
        ),
        s(TOM, "Says the woman who can't keep a houseplant alive. You're a joke, Grace, a sad little joke."),
      ],
      [2, 3],
      'en',
      'Starts as a disagreement about declawing, then turns personal in comments 3 and 4. Signal on those two.',
    ),
    thread(
      'dev3-heated-belgian-pile-on',
      6,
      INES,
      [
        s(
          INES,
          'Moi je laisse sortir mes chats la nuit, on est à la campagne près de Dinant, ils adorent ça.',
        ),
        s(
          ANNICK,
          "Franchement Inès, des gens comme toi ne devraient pas avoir d'animaux. Une irresponsable, voilà.",
        ),
        s(
          LAURENT,
          "+1 Annick. Elle fait toujours sa maligne ici mais elle y connait rien du tout, c'est pathétique.",
        ),
        s(ANNICK, "Laisse tomber Laurent, avec elle c'est peine perdue, elle a une cervelle de moineau 😂"),
      ],
      [1, 2, 3],
      'fr',
      'Belgium: two members (Annick and Laurent) pile on a third (Inès) about her person. Signal on the three attacks, naming all three.',
    ),
    thread(
      'dev3-heated-sms-pile-on',
      7,
      ELLIE,
      [
        s(ELLIE, 'my cat only eats tuna from the tin, is that ok long term?'),
        s(DEREK, 'lol ur clueless. ppl like u shouldnt own pets tbh'),
        s(
          RACHEL,
          'omg exactly Derek, she asks this kinda dumb stuff every week, some ppl r just hopeless 🙄',
        ),
        s(ELLIE, 'wow ok. thx for nothing, both of you are so nasty'),
      ],
      [1, 2],
      'en',
      'SMS spelling: Derek and Rachel gang up on Ellie’s person. Signal on their two comments, naming the three.',
    ),
    thread(
      'dev3-heated-swiss-threat',
      8,
      CORINNE,
      [
        s(CORINNE, "Je rappelle qu'on ne donne pas de lait de vache aux chats, c'est mauvais pour eux."),
        s(FABIO, "Merci madame je-sais-tout, on t'a pas attendue. Tu te prends pour qui exactement ?"),
        s(CORINNE, "Je disais ça pour les nouveaux, pas pour toi, t'inquiete."),
        s(
          FABIO,
          "Fais encore ta prof et je montre a tout le monde les captures de ce que tu m'as ecrit en prive, on verra qui rigole. Ma pauvre, va.",
        ),
      ],
      [1, 3],
      'fr',
      'Switzerland, no accents in places: Fabio mocks Corinne ("madame je-sais-tout", "ma pauvre") and threatens to expose her private messages. Signal.',
    ),
    thread(
      'dev3-heated-lookalike-method',
      9,
      GRACE,
      [
        s(
          GRACE,
          'Free-feeding dry food is the worst thing you can do for an indoor cat. It is a recipe for obesity.',
        ),
        s(
          TOM,
          'Completely disagree. Timed meals made my two anxious and they begged all day. Free-feeding is fine for some cats.',
        ),
        s(
          GRACE,
          'Fine for some, sure, but the statistics on obesity are terrible. I would never go back to it.',
        ),
        s(TOM, 'And I would never go back to timed meals! We will have to agree to disagree on this one.'),
      ],
      [],
      'en',
      'A heated disagreement about a feeding method, strong words about the method, none about the other person. No signal.',
    ),
    thread(
      'dev3-heated-lookalike-brand-fr',
      10,
      JADE,
      [
        s(
          JADE,
          "Cette marque de croquettes c'est une honte, remplie de sous-produits, j'en ai ras le bol de leurs pubs mensongeres !!",
        ),
        s(KEVIN, "Grave, c'est de la m... en sac, et à ce prix là c'est du vol pur et simple 😡"),
        s(JADE, 'Je leur ai écrit, aucune réponse. Des escrocs.'),
      ],
      [],
      'fr',
      'Two members furious at a food brand (outside the group), in agreement with each other. No signal.',
    ),
    thread(
      'dev3-heated-lookalike-vet',
      11,
      RACHEL,
      [
        s(
          RACHEL,
          'That vet on Mill Road is a complete butcher. Incompetent, arrogant, and he charged us £300 to misdiagnose her twice. Avoid at all costs.',
        ),
        s(
          DEREK,
          "I'm so sorry Rachel. We had the same experience there, the man is useless. Try the practice by the park.",
        ),
        s(RACHEL, 'Thank you, booking them tomorrow ❤️'),
      ],
      [],
      'en',
      'Harsh words about a vet outside the group; the members support each other. No signal.',
    ),
    thread(
      'dev3-heated-lookalike-quoted-insult',
      12,
      ANNICK,
      [
        s(
          ANNICK,
          "Mon voisin m'a traitée de « vieille folle à chats » et de « pauvre idiote » parce que je nourris les chats errants. Ça m'a blessée...",
        ),
        s(INES, "Quel culot ! Ne l'écoute pas Annick, tu fais un travail formidable pour ces minous."),
        s(LAURENT, 'Il faut en parler à la commune, ils ont un programme de stérilisation des chats libres.'),
      ],
      [],
      'fr',
      'An insult reported from a neighbour, quoted; the members comfort Annick. No signal.',
    ),
    thread(
      'dev3-heated-lookalike-teasing-en',
      13,
      ELLIE,
      [
        s(ELLIE, 'Gracie let my cat eat her birthday cake candles 😂 you absolute muppet'),
        s(GRACE, "Oi! He stole them himself, the little thief 😜 you're just jealous he loves me more ❤️"),
        s(ELLIE, 'Pfff, dream on 😂 see you Saturday, love you x'),
      ],
      [],
      'en',
      'Two friends teasing each other with emoji and affection. No signal.',
    ),
    thread(
      'dev3-heated-lookalike-teasing-qc',
      14,
      SOPHIE,
      [
        s(SOPHIE, "Maxime t'es ben niaiseux 😂 t'as acheté un lit de 80$ pis le chat dort dans la boîte"),
        s(MAXIME, 'Ris pas de moi ma chum 🤣 on sait ben que le tien dort dans ton panier à linge'),
        s(SOPHIE, 'Touché 😂❤️ bisous mon grand'),
      ],
      [],
      'fr',
      'Québec friends teasing ("t’es ben niaiseux") softened by laughter emoji and affection. No signal.',
    ),
    thread(
      'dev3-heated-lookalike-admin-en',
      15,
      TOM,
      [
        s(TOM, 'Harness training never worked for us, our cat just flops on the floor like a pancake.'),
        s(GRACE, 'It takes weeks of treats indoors first. Most people give up far too early, honestly.'),
        s(
          MOD,
          'Admin note: this topic got out of hand in another post last week. Keep it about the cats and civil, or comments will be removed and members muted. No exceptions.',
        ),
      ],
      [],
      'en',
      'A firm admin warning under a calm disagreement about a method. No personal attack between members. No signal.',
      MOD,
    ),
    thread(
      'dev3-heated-lookalike-admin-fr',
      16,
      CORINNE,
      [
        s(CORINNE, "L'homéopathie pour les chats, ça ne marche pas, il n'y a aucune étude sérieuse."),
        s(FABIO, 'Chez nous ça a calmé le stress du transport, mais je comprends ton point de vue.'),
        s(
          MOD,
          'Rappel de la modération : les débats sont bienvenus mais restez courtois. Au prochain dérapage dans ce fil, je ferme les commentaires. Merci.',
        ),
      ],
      [],
      'fr',
      'A firm moderation reminder in a polite disagreement. No signal.',
      MOD,
    ),
  ];
}

// --- Off-topic balance: weekly feeds of groups with their own focus -------------------------------------------

const OFF = {
  en: [
    'Selling my 2014 Corsa, 78k miles, new MOT, £2,900 ono. PM me',
    'Who else is fed up with the government? Taxes up again and nothing works',
    'Lost my phone on the 42 bus on Tuesday, black Samsung with a cracked case, pls share',
    'Why did the scarecrow win an award? Because he was outstanding in his field 😂😂',
    'Anyone know a good mechanic near Harrow? Brakes squeaking like mad',
    'This meme is me every Monday morning 😩☕',
    'Recommendations for a cheap holiday in Spain in May?',
    'Our street party got cancelled, council says no permit, typical',
    'Does anyone have a ladder I could borrow this weekend?',
    'My son needs a maths tutor for GCSE, anyone?',
    'Giving away a sofa, you collect, first come first served',
    'What is everyone watching on Netflix at the moment?',
    'Power cut again in our area, anyone else?',
    'Wedding DJ recommendations?? budget is tight lol',
  ],
  fr: [
    'Vends ma Clio 4 de 2016, 95 000 km, CT ok, 7500 € a debattre, mp',
    "Franchement ce gouvernement on en peut plus, encore une reforme des retraites n'importe quoi",
    "J'ai perdu mon tel samedi au marché, un iPhone bleu avec une coque a fleurs, si qqun le trouve 🙏",
    "C'est l'histoire d'un pingouin qui respire par les fesses, il s'assoit et il meurt 😂😂",
    'Qqun connait un bon garagiste sur Charleroi ? ma courroie fait un bruit bizarre',
    'Ce mème c’est exactement moi le lundi matin 😩',
    'Des idées de sortie avec des ados ce week-end ? il pleut encore',
    'Qui vote quoi dimanche ? moi je sais plus du tout',
    'Je donne un frigo qui marche tres bien, a venir chercher',
    'Cherche covoiturage Lausanne Genève le matin, 7h30',
    'Vous regardez quoi comme série en ce moment ?',
    "Coupure d'électricité chez vous aussi ? tout le quartier est dans le noir",
    'Un bon plombier sur Montréal-Nord ? ça coule sous l’évier',
    'Quelqu’un a une échelle à me prêter samedi ?',
  ],
};

const DIABETIC: Focus = { en: 'diabetic cats', fr: 'chats diabétiques' };
const SOURDOUGH: Focus = { en: 'sourdough bread', fr: 'pain au levain' };
const BIRDS: Focus = { en: 'birdwatching', fr: 'observation des oiseaux' };

const ON = {
  diabeticEn: [
    'His curve today: 320 before the morning shot, nadir 110 at hour six. Is that too low for a first week?',
    'Anyone else struggle with the evening jab? Mine hides behind the washing machine at 7pm',
    'Vet moved us from Caninsulin to Lantus, how long before the numbers settle?',
    'Low-carb wet food recommendations in the UK? Pouches all seem to have gravy',
    'First home test with the ear prick, took twenty minutes and a lot of treats but we did it!',
    'She drank half a bowl overnight again, could her dose be too low?',
    'Remission after five months!! Off the pen since Monday, still testing every day',
    'What do you keep in your hypo kit? Honey, syrup, what else?',
    'Freestyle Libre sensor on a cat, worth it? Ours fell off after three days',
    'Sharps bin full already, where do you get rid of used needles?',
    'He wobbles on his back legs, vet says neuropathy from high sugar, does it improve?',
    'Fructosamine came back at 450, vet says better but not there yet',
    'Travelling for a week, who gives the shots? Cattery or sitter?',
    'Pen needles or U-40 syringes, what is easier for shaky hands?',
    'Newly diagnosed at 12, feeling overwhelmed, where do I even start',
    'Ketones on the urine strip, rushed to the emergency vet, she is on a drip now',
    'How long after breakfast do you give the dose? Our vet said straight after',
    'Switching from dry to wet to lower her numbers, she refuses the pâté',
    'Pet insurance stopped covering his pen refills, how much do you pay a month?',
    'Twelve hours apart exactly, or is half an hour either way fine?',
  ],
  diabeticFr: [
    'Sa glycémie ce matin : 3,2 g avant la piqûre, 1,1 au plus bas. C’est normal la 1ere semaine ?',
    'La piqûre du soir c’est la guerre, il se cache sous le lit dès qu’il entend le frigo',
    'Passage du Caninsulin au Lantus, vous avez mis combien de temps à stabiliser ?',
    'Des patées pauvres en glucides a conseiller ? tout est plein de sauce',
    'Premier test à l’oreille à la maison, 20 min et plein de friandises mais on l’a fait !',
    'Elle boit énormément la nuit, vous pensez que la dose est trop faible ?',
    'Rémission au bout de 5 mois !!! plus de stylo depuis lundi 🎉',
    'Vous mettez quoi dans votre trousse anti-hypo ? miel, sirop ?',
    'Capteur Freestyle sur un chat, ça tient ? le nôtre est tombé au bout de 3 jours',
    'Il marche sur les talons des pattes arrière, la véto parle de neuropathie, ça passe ?',
    'Fructosamine à 450, mieux mais pas encore ça',
    'On part une semaine, qui fait les injections ? pension ou pet-sitter ?',
    'Aiguilles de stylo ou seringues U-40, c’est quoi le plus simple ?',
    'Diagnostiqué hier a 12 ans, je suis perdue, je commence par quoi ?',
    'Cetones dans les urines, direction les urgences, il est sous perf',
    'Vous faites la dose combien de temps après le repas ?',
  ],
  sourdough: [
    'Mon chef sent l’acétone ce matin, je le rafraîchis plus souvent ?',
    'Hydratation à 78 % avec de la T80, la pâte colle partout, des astuces ?',
    'Pointage de 5 h à 24 degrés et toujours pas de bulles, normal ?',
    'Enfin une belle grigne ! merci pour le conseil de la lame a 30°',
    'Banneton en rotin ou en fibre de bois, vous préférez quoi ?',
    'Mie trop dense et gommeuse, c’est la cuisson ou l’apprêt trop court ?',
    'Farine de seigle bio du moulin de Moulbaix, qqun a testé ?',
    'Cuisson en cocotte fonte : couvercle combien de temps ?',
    'Mon starter a survécu à 3 semaines de vacances au frigo 😅',
    'Rabats toutes les 30 min ou seulement deux séries ?',
    'Des idées de recettes pour la décharge au lieu de la jeter ? crêpes ?',
    'Croûte trop épaisse et dure, je mets trop de vapeur ?',
    'Autolyse d’une heure ou de quatre, vous voyez une différence ?',
    'Premier pain complet aux graines, un peu plat mais super bon',
    'Quelle température d’eau pour le rafraîchi en hiver ?',
    'Le test du flotteur, vous y croyez encore ?',
    'Ma pâte se déchire au façonnage, pas assez de force ?',
    'Fermentation au frigo toute la nuit : directement au four le matin ?',
    'Pain de campagne pour 12, je double les quantités ou je fais deux fournées ?',
    'Alvéoles énormes sous la croûte et mie serrée en bas, pourquoi ?',
  ],
  birds: [
    'A pair of goldfinches on the nyjer feeder this morning, first this year!',
    'Heard a tawny owl calling at 2am behind the allotments, anyone else nearby?',
    '8x42 or 10x42 binoculars for a beginner? Budget about £200',
    'The grey heron is back at the reservoir, stood on one leg for an hour',
    'Is this a chiffchaff or a willow warbler? Olive, pale legs, song like two notes',
    'Redwings and fieldfares stripping the holly in the park today',
    'Best spot for waders at low tide on the estuary?',
    'Kestrel hovering over the motorway verge, never gets old',
    'Nest box camera recommendations? Blue tits were in ours last spring',
    'Counted 40 long-tailed tits moving through the hedge, what a flock',
    'Merlin app says a firecrest, can that be right in a suburban garden?',
    'Spotted a kingfisher flash past at the canal lock, no photo of course',
    'Starling murmuration at dusk over the pier, absolutely magical',
    'How do you stop squirrels raiding the suet balls?',
    'First swallows back over the farm fields today!',
    'Which field guide do you carry, Collins or the RSPB one?',
    'Buzzard being mobbed by crows above the woods this afternoon',
  ],
};

const DIAB_PEOPLE = [person(21, 'Sandra Moss'), person(22, 'Neil Fraser'), person(23, 'Aisha Karim')];
const DIAB_FR_PEOPLE = [
  person(24, 'Martine Girard'),
  person(25, 'Yannick Leroy'),
  person(26, 'Chantal Perrin'),
];
const BREAD_PEOPLE = [
  person(27, 'Benoît Lambert'),
  person(28, 'Élodie Jacobs'),
  person(29, 'Pierre Wouters'),
];
const BIRD_PEOPLE = [person(30, 'Harriet Cole'), person(31, 'Ian Doherty'), person(32, 'Megan Lloyd')];

interface Group {
  focus: Focus;
  language: Language;
  on: readonly string[];
  people: readonly Person[];
}
const GROUPS = {
  diabeticEn: { focus: DIABETIC, language: 'en', on: ON.diabeticEn, people: DIAB_PEOPLE },
  diabeticFr: { focus: DIABETIC, language: 'fr', on: ON.diabeticFr, people: DIAB_FR_PEOPLE },
  sourdough: { focus: SOURDOUGH, language: 'fr', on: ON.sourdough, people: BREAD_PEOPLE },
  birds: { focus: BIRDS, language: 'en', on: ON.birds, people: BIRD_PEOPLE },
} satisfies Record<string, Group>;

/**
 * Weekly feed visits; `plan` is `on+off` per visit (on-topic and off-topic posts in the seven days before it, in a
 * shuffled order). A visit with fewer than three new posts shows the newest older ones too, as a feed never shows
 * nothing.
 */
function offTopic(id: string, prefix: string, group: Group, plan: string, expected: boolean, notes: string) {
  const weeks = plan.split(' ').map((w) => w.split('+').map(Number) as [number, number]);
  const start = Date.parse('2026-09-13T12:00:00Z');
  const offPool = OFF[group.language];
  const posts: DevPost[] = [];
  const offIds = new Set<string>();
  const pages: Record<string, string> = {};
  let [on, off] = [0, 0];
  const visits = weeks.map(([onCount, offCount], week) => {
    const now = new Date(start + (week + 1) * 7 * 86_400_000);
    const texts = [
      ...Array.from({ length: onCount }, () => ({ off: false, text: group.on[on++ % group.on.length]! })),
      ...Array.from({ length: offCount }, () => ({ off: true, text: offPool[off++ % offPool.length]! })),
    ];
    // Interleave so that off-topic posts are not all at the start of the week.
    const order = texts.map((_, n) => (n * 5 + week) % texts.length);
    const mixed = texts.length && new Set(order).size === texts.length ? order.map((n) => texts[n]!) : texts;
    mixed.forEach(({ off: isOff, text }, n) => {
      const when = new Date(now.getTime() - ((n + 0.5) * 6 * 86_400_000) / mixed.length - 2 * 3_600_000);
      const postId = `${prefix}000000${String(week).padStart(2, '0')}${String(n).padStart(3, '0')}`;
      if (isOff) offIds.add(postId);
      posts.push({
        id: postId,
        ...group.people[(n + week) % group.people.length]!,
        at: when.toISOString(),
        text,
      });
    });
    const shown = posts
      .filter((p) => Date.parse(p.at) <= now.getTime())
      .sort((a, b) => b.at.localeCompare(a.at));
    const fresh = shown.filter((p) => Date.parse(p.at) > now.getTime() - 7 * 86_400_000);
    pages[`feed-${week}`] = feedPage(fresh.length >= 3 ? fresh : shown.slice(0, 3), now);
    return visit(`feed-${week}`, now.toISOString());
  });
  const lastPrefix = `${prefix}000000${String(weeks.length - 1).padStart(2, '0')}`;
  const lastOff = posts.filter((p) => p.id.startsWith(lastPrefix) && offIds.has(p.id)).map((p) => p.id);
  return noted(
    situation(
      id,
      'off-topic-balance',
      expected ? [{ kind: 'off-topic-balance', memberUids: [], evidenceItemIds: lastOff }] : [],
      group.people.map((p) => member(p.uid, p.name, OLD)),
      visits,
      pages,
      group.language,
    ),
    `Weekly on+off posts: ${plan}. ${notes}`,
    group.focus,
  );
}

function offTopicBalance(): DevSituation[] {
  return [
    offTopic(
      'dev3-off-topic-diabetic-en',
      '7010',
      GROUPS.diabeticEn,
      '4+1 4+0 4+1 3+1 1+4',
      true,
      'A diabetic-cat group (insulin, curves, jabs, never the focus word) at about a fifth off-topic, then 4 of 5 off-topic posts (car, politics, lost phone, joke). Signal.',
    ),
    offTopic(
      'dev3-off-topic-diabetic-fr',
      '7020',
      GROUPS.diabeticFr,
      '4+1 4+0 3+1 4+1 1+3',
      true,
      'French diabetic-cat group (glycémie, la piqûre du soir), at most a quarter off-topic, then 3 of 4. Signal.',
    ),
    offTopic(
      'dev3-off-topic-sourdough-fr',
      '7030',
      GROUPS.sourdough,
      '4+0 3+1 4+1 4+0 1+4',
      true,
      'Belgian/French sourdough group (chef, pointage, grigne, mie) at 0-25% off-topic, then 4 of 5. Signal.',
    ),
    offTopic(
      'dev3-off-topic-birds-edge',
      '7040',
      GROUPS.birds,
      '4+1 4+1 3+0 4+1 2+3',
      true,
      'Birdwatching group (species, binoculars, feeders) at a fifth or less off-topic, then exactly 60% (3 of 5). Signal.',
    ),
    offTopic(
      'dev3-off-topic-diabetic-en-all-off',
      '7050',
      GROUPS.diabeticEn,
      '3+1 3+1 4+0 3+1 0+3',
      true,
      'Diabetic-cat group at a quarter or less off-topic, then a week of three posts, all off-topic. Signal.',
    ),
    offTopic(
      'dev3-off-topic-lookalike-usual-fr',
      '7060',
      GROUPS.diabeticFr,
      '1+2 1+2 2+2 1+2 1+2',
      false,
      'A group that is always mostly off-topic (about 60%): the last week (2 of 3) is its usual share. No signal.',
    ),
    offTopic(
      'dev3-off-topic-lookalike-usual-birds',
      '7070',
      GROUPS.birds,
      '2+3 1+2 2+2 1+3 1+3',
      false,
      'A birdwatching group whose usual off-topic share is already 50-75%; the last week (3 of 4) is like the others. No signal.',
    ),
    offTopic(
      'dev3-off-topic-lookalike-busy-bread',
      '7080',
      GROUPS.sourdough,
      '3+1 3+1 3+0 3+1 8+2',
      false,
      'A busy on-topic week in the sourdough group: 8 on-topic posts, 2 off-topic (20%), its usual share. No signal.',
    ),
    offTopic(
      'dev3-off-topic-lookalike-busy-diabetic',
      '7090',
      GROUPS.diabeticEn,
      '3+1 3+0 3+1 3+1 10+1',
      false,
      'A busy on-topic week (10 of 11 on-topic) in the diabetic-cat group. No signal.',
    ),
    offTopic(
      'dev3-off-topic-lookalike-two-off',
      '7100',
      GROUPS.birds,
      '3+1 3+1 3+0 3+1 0+2',
      false,
      'A last week with only two posts, both off-topic: fewer than three posts that week. No signal.',
    ),
  ];
}

export const THIRD_DEV_SITUATIONS: DevSituation[] = [...heated(), ...offTopicBalance()];
