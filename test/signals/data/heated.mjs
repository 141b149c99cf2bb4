// A heated exchange: two or more members trading personal attacks or insults in one thread; look-alikes: a
// lively but friendly disagreement, strong words about a thing, banter between friends with emoji.
import { post, comment, thread } from './dsl.mjs';

const base = { kind: 'heated-exchange' };
const en = { ...base, lang: 'en', tz: 'Europe/London' };
const fr = { ...base, lang: 'fr', tz: 'Europe/Paris' };

export default [
  {
    ...en,
    id: 'heated-exchange-raw-01',
    lookalike: false,
    group: 'cats',
    members: {
      ana: ['Ana Whitfield', '2023-02-11'],
      carl: ['Carl Dobbs', '2024-05-05'],
      pam: ['Pam Ives', '2022-09-09'],
      mo: ['Morag Dunbar', '2021-04-09'],
    },
    visits: [
      thread(
        '2026-10-14T21:00',
        post('p1', 'ana', '2026-10-14T09:00', 'Thinking of switching my two to a raw diet, anyone done it?'),
        comment('c1', 'mo', '2026-10-14T09:30', 'I did for a year, they loved it but its a lot of prep'),
        comment(
          'c2',
          'carl',
          '2026-10-14T10:02',
          'raw is dangerous, do some research before you poison them',
        ),
        comment(
          'c3',
          'pam',
          '2026-10-14T10:20',
          'oh here he goes again. Carl you are honestly the most arrogant know-it-all in this group',
        ),
        comment(
          'c4',
          'carl',
          '2026-10-14T10:31',
          'better than being a clueless idiot like you Pam. people like you shouldnt own pets',
        ),
        comment('c5', 'pam', '2026-10-14T10:40', 'pathetic little man 🙄 go troll somewhere else'),
        comment('c6', 'ana', '2026-10-14T11:15', 'guys please I just asked a question 😕'),
      ),
    ],
    expect: [{ members: ['carl', 'pam'], evidence: ['c3', 'c4', 'c5'] }],
    notes:
      'Two members trade insults about each other ("arrogant know-it-all", "clueless idiot", "pathetic little man") under a diet question; the first rude comment is about the topic, the exchange starts at c3.',
  },
  {
    ...en,
    id: 'heated-exchange-parking-02',
    lookalike: false,
    group: 'parents',
    members: {
      sue: ['Sue Garrity', '2022-09-01'],
      dean: ['Dean Fowler', '2023-01-10'],
      kim: ['Kim Aldous', '2024-09-02'],
    },
    visits: [
      thread(
        '2026-09-22T20:00',
        post(
          'p1',
          'sue',
          '2026-09-22T08:50',
          'Can parents PLEASE stop parking on the zigzags at drop off, a kid nearly got hit today',
        ),
        comment(
          'c1',
          'dean',
          '2026-09-22T09:10',
          'some of us work and have 2 mins to drop off, not all of us can stroll in at 9 like you',
        ),
        comment(
          'c2',
          'sue',
          '2026-09-22T09:25',
          'wow. you’re exactly the selfish type I was talking about Dean',
        ),
        comment(
          'c3',
          'dean',
          '2026-09-22T09:32',
          'and you’re a sanctimonious busybody with nothing better to do. get a life',
        ),
        comment('c4', 'sue', '2026-09-22T09:40', 'says the man who cant read a road sign. moron'),
        comment('c5', 'kim', '2026-09-22T12:00', 'the school sent a letter about this last year too fwiw'),
      ),
    ],
    expect: [{ members: ['sue', 'dean'], evidence: ['c2', 'c3', 'c4'] }],
    notes: 'A parking complaint turns into mutual name-calling between the poster and one parent.',
  },
  {
    ...en,
    id: 'heated-exchange-pb-03',
    lookalike: false,
    group: 'runners',
    members: {
      kit: ['Kit Munro', '2025-08-08'],
      ross: ['Ross Penhaligon', '2021-03-03'],
      ella: ['Ella Gunn', '2023-03-21'],
      tom: ['Tomasz Zielinski', '2024-02-14'],
    },
    visits: [
      thread(
        '2026-10-19T19:00',
        post('p1', 'kit', '2026-10-18T15:00', 'Half marathon done in 1:58!! first time under 2 hours 🥹'),
        comment('c1', 'ella', '2026-10-18T15:20', 'amazing Kit!!! so proud'),
        comment(
          'c2',
          'ross',
          '2026-10-18T16:00',
          'course was short by 400m everyone knows that, so not really a sub 2 is it',
        ),
        comment(
          'c3',
          'tom',
          '2026-10-18T16:12',
          'Ross why do you always have to do this. you’re a bitter joyless old git',
        ),
        comment('c4', 'ross', '2026-10-18T16:30', 'at least I don’t run like a wheezing hippo Tomasz 🤣'),
        comment('c5', 'tom', '2026-10-18T16:33', 'jealous loser. nobody at club can stand you'),
        comment('c6', 'ross', '2026-10-18T16:45', 'shut up you fat clown'),
      ),
    ],
    expect: [{ members: ['tom', 'ross'], evidence: ['c3', 'c4', 'c5', 'c6'] }],
    notes:
      'A sour remark on someone’s PB turns into a personal exchange between two other members (insults about character and body).',
  },
  {
    ...en,
    id: 'heated-exchange-rescape-04',
    lookalike: false,
    group: 'aquarium',
    members: {
      cal: ['Callum Reid', '2024-06-30'],
      nell: ['Nell Ashdown', '2023-10-10'],
      vic: ['Victor Haines', '2025-01-30'],
    },
    visits: [
      thread(
        '2026-11-03T22:00',
        post('p1', 'cal', '2026-11-03T18:00', 'New 200L community tank, 6 angelfish + 20 neons, thoughts?'),
        comment('c1', 'vic', '2026-11-03T18:20', 'angels will eat the neons. basic stuff'),
        comment('c2', 'cal', '2026-11-03T18:35', 'mine have lived together 2 years but ok genius'),
        comment(
          'c3',
          'vic',
          '2026-11-03T18:41',
          'you’re clearly too thick to keep fish. typical ignorant beginner',
        ),
        comment(
          'c4',
          'cal',
          '2026-11-03T18:50',
          'and you’re a nasty little troll who gets off on putting people down',
        ),
        comment('c5', 'nell', '2026-11-03T19:30', 'the tank looks lovely Callum'),
      ),
    ],
    expect: [{ members: ['vic', 'cal'], evidence: ['c3', 'c4'] }],
    notes:
      'Advice given rudely, then personal insults both ways ("too thick", "nasty little troll"); c2’s sarcasm alone would not be an attack.',
  },
  {
    ...en,
    id: 'heated-exchange-seller-05',
    lookalike: false,
    group: 'vintage',
    members: {
      gav: ['Gavin Tully', '2026-09-06'],
      stu: ['Stuart McKee', '2018-06-01'],
      bri: ['Brian Cole', '2020-02-20'],
      lou: ['Louie Fenwick', '2022-07-07'],
    },
    visits: [
      thread(
        '2026-09-30T21:00',
        post(
          'p1',
          'gav',
          '2026-09-29T18:00',
          'Bought sills off Brian at the last meet, rusted through in 3 weeks. just saying',
        ),
        comment('c1', 'bri', '2026-09-29T18:30', 'they were sold as seen mate, you fitted them wrong'),
        comment('c2', 'gav', '2026-09-29T18:41', 'you’re a liar and a con man Brian, everyone knows it'),
        comment('c3', 'bri', '2026-09-29T18:55', 'say that to my face you spineless muppet'),
        comment('c4', 'lou', '2026-09-29T19:05', 'Brian sold me rotten panels too tbh, he’s a crook'),
        comment('c5', 'bri', '2026-09-29T19:10', 'Louie you’re as dim as he is, two idiots together'),
      ),
    ],
    expect: [{ members: ['gav', 'bri', 'lou'], evidence: ['c2', 'c3', 'c4', 'c5'] }],
    notes:
      'A dispute over parts turns into accusations and insults among three members ("liar and a con man", "spineless muppet", "crook", "idiots").',
  },
  {
    ...fr,
    id: 'heated-exchange-croquettes-06',
    lookalike: false,
    group: 'chats',
    members: {
      lea: ['Léa Fournival', '2022-06-18'],
      fred: ['Frédéric Ollier', '2024-02-02'],
      sonia: ['Sonia Maréchal', '2023-05-15'],
      zoe: ['Zoé Lambert', '2026-10-25'],
    },
    visits: [
      thread(
        '2026-10-28T21:00',
        post(
          'p1',
          'zoe',
          '2026-10-28T08:00',
          'Vous donnez quoi comme croquettes à vos chats ? le véto m’a conseillé une marque hors de prix',
        ),
        comment(
          'c1',
          'lea',
          '2026-10-28T08:30',
          'moi je fais moitié pâtée moitié croquettes, ça marche bien',
        ),
        comment(
          'c2',
          'fred',
          '2026-10-28T09:00',
          'les croquettes de supermarché c’est de la m***, faut être inconscient',
        ),
        comment(
          'c3',
          'sonia',
          '2026-10-28T09:10',
          'Fred toujours aussi donneur de leçons, t’es vraiment un gros prétentieux',
        ),
        comment(
          'c4',
          'fred',
          '2026-10-28T09:14',
          'et toi une pauvre conne qui ouvre sa bouche sans rien savoir',
        ),
        comment('c5', 'sonia', '2026-10-28T09:20', 'pov type va 🤡 t’es la honte du groupe'),
        comment('c6', 'zoe', '2026-10-28T11:00', 'euh… merci quand même 😬'),
      ),
    ],
    expect: [{ members: ['sonia', 'fred'], evidence: ['c3', 'c4', 'c5'] }],
    notes:
      'Une question de nourriture tourne aux insultes entre deux membres (« gros prétentieux », « pauvre conne », « pov type »).',
  },
  {
    ...fr,
    id: 'heated-exchange-voisins-07',
    lookalike: false,
    group: 'ecole',
    members: {
      vanessa: ['Vanessa Caron', '2025-09-14'],
      marc: ['Marc Aubry', '2023-09-01'],
      ines: ['Inès Boulanger', '2022-10-10'],
    },
    visits: [
      thread(
        '2026-11-18T21:00',
        post(
          'p1',
          'marc',
          '2026-11-18T07:30',
          'Qui a encore laissé son chien faire ses besoins devant le portail de l’école ??',
        ),
        comment(
          'c1',
          'vanessa',
          '2026-11-18T08:00',
          'c’est sûrement pas un parent, y a plein de gens qui passent',
        ),
        comment(
          'c2',
          'marc',
          '2026-11-18T08:10',
          'bizarre c’est toujours toi qui défends les gens comme toi. t’as un cerveau de moineau',
        ),
        comment('c3', 'vanessa', '2026-11-18T08:15', 'mais t’es malade toi ?? espèce de gros beauf aigri'),
        comment('c4', 'marc', '2026-11-18T08:21', 'ferme la, tu fais pitié'),
        comment(
          'c5',
          'ines',
          '2026-11-18T09:00',
          'la mairie a mis un panneau l’an dernier, on peut leur signaler',
        ),
      ),
    ],
    expect: [{ members: ['marc', 'vanessa'], evidence: ['c2', 'c3', 'c4'] }],
    notes: 'Une plainte sur des crottes devant l’école, puis des attaques personnelles entre deux parents.',
  },
  {
    ...fr,
    id: 'heated-exchange-levain-08',
    lookalike: false,
    group: 'levain',
    members: {
      remi: ['Rémi Castagné', '2019-11-02'],
      kev: ['Kévin Dumoulin', '2025-10-27'],
      nina: ['Nina Moreau', '2025-10-05'],
    },
    visits: [
      thread(
        '2026-11-22T10:00',
        post('p1', 'kev', '2026-11-21T18:00', 'Ma baguette du soir, levure ET levain, je trouve ça top'),
        comment(
          'c1',
          'remi',
          '2026-11-21T18:20',
          'Levure + levain c’est de la triche, c’est pas du vrai pain au levain',
        ),
        comment(
          'c2',
          'kev',
          '2026-11-21T18:30',
          'toi t’es juste un vieux con aigri qui se croit au-dessus de tout le monde',
        ),
        comment(
          'c3',
          'remi',
          '2026-11-21T18:42',
          'et toi un petit crétin incapable, retourne à ta boulangerie industrielle',
        ),
        comment('c4', 'kev', '2026-11-21T18:45', 'minable. bloqué'),
        comment('c5', 'nina', '2026-11-21T19:30', 'elle a l’air bonne ta baguette 😊'),
      ),
    ],
    expect: [{ members: ['kev', 'remi'], evidence: ['c2', 'c3', 'c4'] }],
    notes: 'Un avis sec sur la technique (c1, sur le pain) suivi d’insultes des deux côtés.',
  },
  {
    ...fr,
    id: 'heated-exchange-laisse-09',
    lookalike: false,
    group: 'chiens',
    members: {
      manon: ['Manon Tessier', '2023-03-03'],
      olivier: ['Olivier Jacquet', '2026-09-01'],
      agnes: ['Agnès Rolland', '2021-01-01'],
      hugo: ['Hugo Delacroix', '2024-09-09'],
    },
    visits: [
      thread(
        '2026-10-08T21:00',
        post(
          'p1',
          'manon',
          '2026-10-08T12:00',
          'Encore un chien sans laisse qui a foncé sur Rocky au parc ce matin 😡',
        ),
        comment(
          'c1',
          'agnes',
          '2026-10-08T12:10',
          'le mien est toujours en liberté et il est adorable, faut arrêter la parano',
        ),
        comment(
          'c2',
          'manon',
          '2026-10-08T12:20',
          'c’est exactement des irresponsables comme toi le problème Agnès',
        ),
        comment(
          'c3',
          'agnes',
          '2026-10-08T12:26',
          'occupe toi de ton clébard hystérique, t’es aussi névrosée que lui',
        ),
        comment(
          'c4',
          'hugo',
          '2026-10-08T12:40',
          'Agnès t’es vraiment une sale égoïste, la loi c’est la laisse',
        ),
        comment('c5', 'agnes', '2026-10-08T12:44', 'on t’a sonné toi le lèche-bottes ?'),
        comment(
          'c6',
          'olivier',
          '2026-10-08T14:00',
          'perso je rappelle le mien quand je vois un chien en laisse',
        ),
      ),
    ],
    expect: [{ members: ['manon', 'agnes', 'hugo'], evidence: ['c2', 'c3', 'c4', 'c5'] }],
    notes:
      'Trois membres s’en prennent les uns aux autres (« irresponsables comme toi », « névrosée », « sale égoïste », « lèche-bottes »).',
  },
  {
    ...fr,
    id: 'heated-exchange-itineraire-10',
    lookalike: false,
    group: 'rando',
    members: {
      theo: ['Théo Lagrange', '2025-06-06'],
      aurore: ['Aurore Pichon', '2023-08-12'],
      yann: ['Yann Le Goff', '2021-06-21'],
    },
    visits: [
      thread(
        '2026-08-17T20:00',
        post('p1', 'theo', '2026-08-17T07:00', 'Fait l’arête des Cosmiques en baskets hier, easy'),
        comment('c1', 'aurore', '2026-08-17T07:30', 'en baskets ?? c’est comme ça qu’il y a des accidents'),
        comment(
          'c2',
          'theo',
          '2026-08-17T07:45',
          'ouais ouais madame la prof, t’es juste jalouse, grosse frustrée va',
        ),
        comment('c3', 'aurore', '2026-08-17T07:52', 'petit frimeur décérébré, on viendra pas te chercher'),
        comment('c4', 'theo', '2026-08-17T08:00', 'mdr t’es pathétique'),
        comment(
          'c5',
          'yann',
          '2026-08-17T09:00',
          'Rappel : casque, crampons et baudrier sur cette arête, même en août',
        ),
      ),
    ],
    expect: [{ members: ['theo', 'aurore'], evidence: ['c2', 'c3', 'c4'] }],
    notes:
      'Une remarque de sécurité (c1) puis des attaques personnelles entre deux membres ; le modérateur rappelle le matériel.',
  },
  {
    ...en,
    id: 'heated-exchange-pileon-23',
    lookalike: false,
    group: 'knitting',
    members: {
      tilly: ['Tilly Okafor', '2025-11-19'],
      jean: ['Jean Tolley', '2018-02-02'],
      wyn: ['Wyn Caddick', '2021-01-20'],
      priya: ['Priya Nandakumar', '2025-05-05'],
    },
    visits: [
      thread(
        '2026-11-24T20:00',
        post('p1', 'tilly', '2026-11-24T09:00', 'Is acrylic really that bad? its all I can afford right now'),
        comment(
          'c1',
          'priya',
          '2026-11-24T09:20',
          'nothing wrong with acrylic! I use it for blankets all the time',
        ),
        comment(
          'c2',
          'jean',
          '2026-11-24T09:40',
          'Tilly asks this every week. some people are simply too lazy to use the search bar',
        ),
        comment('c3', 'tilly', '2026-11-24T09:48', 'I did search, sorry I asked 😞'),
        comment(
          'c4',
          'wyn',
          '2026-11-24T10:05',
          'honestly Tilly you come across as a bit of a freeloader, always asking never giving',
        ),
        comment('c5', 'jean', '2026-11-24T10:10', 'exactly, and so precious about it. grow up'),
        comment('c6', 'priya', '2026-11-24T10:30', 'this is really unkind, leave her alone'),
      ),
    ],
    expect: [{ members: ['jean', 'wyn'], evidence: ['c2', 'c4', 'c5'] }],
    notes:
      'Two long-time members pile on a newer one with remarks about her person ("too lazy", "freeloader", "so precious… grow up"), without swear words; she does not hit back.',
  },
  {
    ...en,
    id: 'heated-exchange-allotment-24',
    lookalike: false,
    group: 'allotment',
    members: {
      pete: ['Pete Goodall', '2019-05-05'],
      ruth: ['Ruth Ansell', '2020-08-08'],
      ronan: ['Ronan Skelly', '2023-01-23'],
    },
    visits: [
      thread(
        '2026-07-08T20:00',
        post(
          'p1',
          'ruth',
          '2026-07-08T08:00',
          'Whoever keeps taking water from the trough by plot 9 with a hosepipe, it’s not allowed',
        ),
        comment('c1', 'pete', '2026-07-08T08:30', 'if you mean me, I’ve had permission for years'),
        comment(
          'c2',
          'ruth',
          '2026-07-08T08:41',
          'of course it’s you Pete. you’ve always been a selfish old goat',
        ),
        comment('c3', 'pete', '2026-07-08T08:50', 'and you’re a nosy vindictive cow, always have been'),
        comment('c4', 'ronan', '2026-07-08T10:00', 'the committee meets thursday, maybe bring it there?'),
      ),
    ],
    expect: [{ members: ['ruth', 'pete'], evidence: ['c2', 'c3'] }],
    notes:
      'A short exchange: one insult each way ("selfish old goat", "nosy vindictive cow") between two plot holders.',
  },
  {
    ...fr,
    id: 'heated-exchange-sms-25',
    lookalike: false,
    group: 'potager',
    members: {
      nadia: ['Nadia Chérif', '2024-05-14'],
      paul: ['Paul-Henri Vasseur', '2021-08-30'],
      martine: ['Martine Roux', '2020-01-10'],
    },
    visits: [
      thread(
        '2026-06-20T20:00',
        post(
          'p1',
          'nadia',
          '2026-06-20T08:00',
          'Je traite mes rosiers au savon noir, ça marche super contre les pucerons',
        ),
        comment('c1', 'paul', '2026-06-20T08:15', 'nimporte quoi ça sert a rien'),
        comment('c2', 'nadia', '2026-06-20T08:20', 't ki toi pour me parler comme ça ? gros naze va'),
        comment(
          'c3',
          'paul',
          '2026-06-20T08:24',
          'mdr la bouffonne qui s’énerve 🤣 retourne planter tes radis',
        ),
        comment('c4', 'nadia', '2026-06-20T08:30', 'pauvre tache'),
        comment(
          'c5',
          'martine',
          '2026-06-20T09:00',
          'moi aussi j’utilise le savon noir, avec un peu d’huile de colza',
        ),
      ),
    ],
    expect: [{ members: ['nadia', 'paul'], evidence: ['c2', 'c3', 'c4'] }],
    notes:
      'Échange en langage SMS : « gros naze », « la bouffonne », « pauvre tache » ; c1 est un avis sec sur la méthode, pas encore sur la personne.',
  },
  {
    ...fr,
    id: 'heated-exchange-cours-26',
    lookalike: false,
    group: 'tricot',
    members: {
      mp: ['Marie-Paule Simon', '2019-03-03'],
      aude: ['Aude Rivière', '2025-09-09'],
      ines: ['Inès Fabre', '2024-04-04'],
      josiane: ['Josiane Lebrun', '2018-10-10'],
    },
    visits: [
      thread(
        '2026-10-03T18:00',
        post('p1', 'ines', '2026-10-03T09:00', 'Mon premier pull, soyez indulgentes 🙈'),
        comment('c1', 'mp', '2026-10-03T09:30', 'les coutures sont à refaire, ça se voit de loin'),
        comment(
          'c2',
          'aude',
          '2026-10-03T09:40',
          'Marie-Paule toujours aussi aigrie, vous êtes une vraie vipère',
        ),
        comment(
          'c3',
          'mp',
          '2026-10-03T09:52',
          'et vous une petite prétentieuse qui se croit experte après deux écharpes',
        ),
        comment('c4', 'aude', '2026-10-03T10:00', 'vieille mégère'),
        comment(
          'c5',
          'josiane',
          '2026-10-03T10:30',
          'Il est très bien ton pull Inès, bravo pour un premier !',
        ),
      ),
    ],
    expect: [{ members: ['aude', 'mp'], evidence: ['c2', 'c3', 'c4'] }],
    notes:
      'Vouvoiement et insultes : « vraie vipère », « petite prétentieuse », « vieille mégère » entre deux membres, sous le pull d’une troisième.',
  },
  // Look-alikes: a lively but friendly disagreement.
  {
    ...en,
    id: 'heated-lookalike-debate-11',
    lookalike: true,
    group: 'sourdough',
    members: {
      rory: ['Rory Blackwood', '2024-01-09'],
      hal: ['Hal Everett', '2020-10-10'],
      ash: ['Ashleigh Moss', '2026-10-12'],
    },
    visits: [
      thread(
        '2026-10-20T19:00',
        post(
          'p1',
          'rory',
          '2026-10-20T08:00',
          'Controversial opinion: you do NOT need to discard your starter',
        ),
        comment(
          'c1',
          'hal',
          '2026-10-20T08:15',
          'strongly disagree! without discarding your acidity goes through the roof',
        ),
        comment(
          'c2',
          'rory',
          '2026-10-20T08:30',
          'not if you keep it tiny, 20g max. I’ve done it for 2 years',
        ),
        comment(
          'c3',
          'hal',
          '2026-10-20T08:42',
          'ok fair, I hadn’t thought about keeping it that small. still think you lose flavour though',
        ),
        comment(
          'c4',
          'ash',
          '2026-10-20T09:00',
          'this is the most heated bread debate ive seen 😂 learning loads',
        ),
        comment(
          'c5',
          'rory',
          '2026-10-20T09:10',
          'we’ll have to agree to disagree Hal, bake-off at the next meet?',
        ),
      ),
    ],
    notes:
      'Two members disagree firmly about a technique, without a word about each other; it ends with a joke.',
  },
  {
    ...en,
    id: 'heated-lookalike-debate-12',
    lookalike: true,
    group: 'parents',
    members: {
      sue: ['Sue Garrity', '2022-09-01'],
      kim: ['Kim Aldous', '2024-09-02'],
      raj: ['Raj Malhotra', '2023-09-05'],
    },
    visits: [
      thread(
        '2026-10-01T20:00',
        post(
          'p1',
          'kim',
          '2026-10-01T07:00',
          'Is it just me or is the homework load in year 5 way too much?',
        ),
        comment(
          'c1',
          'raj',
          '2026-10-01T07:30',
          'I actually think it’s fine, kids need the routine before secondary',
        ),
        comment(
          'c2',
          'kim',
          '2026-10-01T07:45',
          'I get that but 2 hours on a weeknight?? that’s not routine that’s a second shift',
        ),
        comment(
          'c3',
          'sue',
          '2026-10-01T08:00',
          'we’ve raised it at the PTA, some teachers agree with you Kim',
        ),
        comment(
          'c4',
          'raj',
          '2026-10-01T08:10',
          'fair point about 2 hours, ours takes 40 mins. maybe it varies by class',
        ),
        comment('c5', 'kim', '2026-10-01T08:20', 'could be! thanks both, good to hear other views'),
      ),
    ],
    notes: 'A lively disagreement about homework between parents who stay courteous.',
  },
  {
    ...fr,
    id: 'heated-lookalike-debat-13',
    lookalike: true,
    group: 'potager',
    members: {
      claire: ['Claire Vidal', '2022-03-19'],
      momo: ['Mohamed Benali', '2023-07-07'],
      gerard: ['Gérard Pelletan', '2019-04-02'],
    },
    visits: [
      thread(
        '2026-04-12T19:00',
        post('p1', 'claire', '2026-04-12T08:00', 'Débat du dimanche : bêcher ou ne pas bêcher ? 😄'),
        comment(
          'c1',
          'gerard',
          '2026-04-12T08:20',
          'Je bêche depuis 40 ans et mes légumes vont très bien merci !',
        ),
        comment(
          'c2',
          'momo',
          '2026-04-12T08:35',
          'pas d’accord du tout Gérard, ça détruit la vie du sol, je suis passé au paillage et c’est le jour et la nuit',
        ),
        comment(
          'c3',
          'gerard',
          '2026-04-12T08:50',
          'chacun sa méthode, mais sur ma terre argileuse sans bêcher rien ne pousse',
        ),
        comment(
          'c4',
          'momo',
          '2026-04-12T09:00',
          'ah l’argile c’est vrai que c’est autre chose. tu devrais essayer la grelinette ?',
        ),
        comment(
          'c5',
          'claire',
          '2026-04-12T09:30',
          'j’adore ce groupe, on s’engueule sur la terre et pas sur les gens 😂',
        ),
      ),
    ],
    notes: 'Désaccord franc sur une méthode (« pas d’accord du tout »), aucune attaque de la personne.',
  },
  {
    ...fr,
    id: 'heated-lookalike-debat-14',
    lookalike: true,
    group: 'rando',
    members: {
      sylvie: ['Sylvie Marchetti', '2022-02-21'],
      lucas: ['Lucas Perrin', '2026-07-01'],
      yann: ['Yann Le Goff', '2021-06-21'],
    },
    visits: [
      thread(
        '2026-07-10T20:00',
        post('p1', 'lucas', '2026-07-10T07:00', 'Bâtons de marche : vraiment utiles ou gadget ?'),
        comment(
          'c1',
          'sylvie',
          '2026-07-10T07:20',
          'gadget pour moi, je trouve qu’on perd l’équilibre naturel',
        ),
        comment(
          'c2',
          'yann',
          '2026-07-10T07:30',
          'je suis pas du tout d’accord, en descente mes genoux te diront merci',
        ),
        comment(
          'c3',
          'sylvie',
          '2026-07-10T07:45',
          'ahah tes genoux ont peut-être raison, j’ai que 35 ans 😅',
        ),
        comment('c4', 'yann', '2026-07-10T07:55', 'rdv dans 20 ans Sylvie 😉'),
      ),
    ],
    notes: 'Avis opposés et bien tranchés, sur le ton de la conversation.',
  },
  // Look-alikes: strong words about a thing.
  {
    ...en,
    id: 'heated-lookalike-thing-15',
    lookalike: true,
    group: 'cats',
    members: {
      fran: ['Fran Lindqvist', '2023-06-01'],
      amos: ['Amos Pettigrew', '2024-02-17'],
      pam: ['Pam Ives', '2022-09-09'],
    },
    visits: [
      thread(
        '2026-11-12T20:00',
        post(
          'p1',
          'amos',
          '2026-11-12T10:00',
          '£780 vet bill for a dental. seven hundred and eighty pounds.',
        ),
        comment('c1', 'fran', '2026-11-12T10:20', 'that is absolutely disgusting, daylight robbery'),
        comment(
          'c2',
          'pam',
          '2026-11-12T10:30',
          'these corporate vet chains are a bloody scam, they’ve ruined it',
        ),
        comment(
          'c3',
          'amos',
          '2026-11-12T10:45',
          'I know 😤 the vet herself was lovely, it’s the pricing that’s criminal',
        ),
        comment(
          'c4',
          'fran',
          '2026-11-12T11:00',
          'try the charity clinic on Fore St next time, half the price',
        ),
      ),
    ],
    notes: 'Angry words ("disgusting", "scam", "criminal") aimed at vet prices, not at any member.',
  },
  {
    ...en,
    id: 'heated-lookalike-thing-16',
    lookalike: true,
    group: 'aquarium',
    members: {
      ade: ['Adaeze Obi', '2022-08-08'],
      ollie: ['Ollie Brandt', '2022-12-01'],
      cal: ['Callum Reid', '2024-06-30'],
    },
    visits: [
      thread(
        '2026-10-26T20:00',
        post(
          'p1',
          'ade',
          '2026-10-26T12:00',
          'Bought a "plant safe" fertiliser from AquaFlorix and it killed all my shrimp',
        ),
        comment(
          'c1',
          'ollie',
          '2026-10-26T12:15',
          'AquaFlorix is garbage, their stuff is a joke. sorry about your shrimp',
        ),
        comment(
          'c2',
          'cal',
          '2026-10-26T12:30',
          'that brand should be ashamed, same thing happened to me last year. absolute rubbish',
        ),
        comment('c3', 'ade', '2026-10-26T12:50', 'honestly furious. emailing them now'),
      ),
    ],
    notes: 'Strong words about a product and its brand, shared anger, no one attacked.',
  },
  {
    ...fr,
    id: 'heated-lookalike-chose-17',
    lookalike: true,
    group: 'chiens',
    members: {
      lina: ['Lina Haddad', '2024-12-01'],
      jb: ['Jean-Baptiste Morin', '2020-05-05'],
      manon: ['Manon Tessier', '2023-03-03'],
    },
    visits: [
      thread(
        '2026-09-25T20:00',
        post(
          'p1',
          'lina',
          '2026-09-25T12:00',
          'Les croquettes Croqubien ont changé leur recette et Nala vomit depuis une semaine 😡',
        ),
        comment(
          'c1',
          'jb',
          '2026-09-25T12:10',
          'cette marque c’est vraiment de la merde, ils mettent n’importe quoi dedans',
        ),
        comment('c2', 'manon', '2026-09-25T12:20', 'une honte ce changement en douce, c’est scandaleux'),
        comment('c3', 'lina', '2026-09-25T12:40', 'je suis dégoûtée, je repasse aux anciennes chez le véto'),
      ),
    ],
    notes:
      'Des mots forts (« de la merde », « une honte », « scandaleux ») sur une marque de croquettes, aucun membre visé.',
  },
  {
    ...fr,
    id: 'heated-lookalike-chose-18',
    lookalike: true,
    group: 'levain',
    members: { mathilde: ['Mathilde Roussel', '2023-09-05'], remi: ['Rémi Castagné', '2019-11-02'] },
    visits: [
      thread(
        '2026-10-10T09:00',
        post(
          'p1',
          'mathilde',
          '2026-10-09T19:00',
          'Mon nouveau four à chaleur tournante : pain cramé dessus, cru dessous. 600€ !!!',
        ),
        comment(
          'c1',
          'remi',
          '2026-10-09T19:20',
          'Ces fours modernes sont une catastrophe pour le pain, une vraie arnaque',
        ),
        comment('c2', 'mathilde', '2026-10-09T19:30', 'je suis furax, ce truc est nul à chier 😤'),
        comment(
          'c3',
          'remi',
          '2026-10-09T19:45',
          'mets une pierre en bas et une plaque au-dessus, ça sauve les meubles',
        ),
      ),
    ],
    notes: 'Colère contre un four (« arnaque », « nul à chier »), pas contre quelqu’un.',
  },
  // Look-alikes: banter between friends with emoji.
  {
    ...en,
    id: 'heated-lookalike-banter-19',
    lookalike: true,
    group: 'runners',
    members: {
      jo: ['Jo Pemberton', '2020-09-01'],
      liz: ['Liz Fairbairn', '2019-02-02'],
      sam: ['Sami Rahal', '2024-04-22'],
    },
    visits: [
      thread(
        '2026-11-01T19:00',
        post('p1', 'liz', '2026-11-01T10:00', 'Jo beat me on the last hill again 😤'),
        comment('c1', 'jo', '2026-11-01T10:05', 'slowcoach 😂😂 maybe lay off the cake'),
        comment('c2', 'liz', '2026-11-01T10:08', 'shut up you smug cow 🤣❤️ see you thursday'),
        comment('c3', 'sam', '2026-11-01T10:20', 'you two are ridiculous 😂'),
        comment('c4', 'jo', '2026-11-01T10:22', 'love you really loser 😘🏃‍♀️'),
      ),
    ],
    notes:
      'Two friends of years tease each other with insult words softened by emoji and affection ("smug cow 🤣❤️", "love you really"): banter.',
  },
  {
    ...en,
    id: 'heated-lookalike-banter-20',
    lookalike: true,
    group: 'vintage',
    members: { stu: ['Stuart McKee', '2018-06-01'], lou: ['Louie Fenwick', '2022-07-07'] },
    visits: [
      thread(
        '2026-08-20T20:00',
        post('p1', 'lou', '2026-08-20T17:00', 'Stu’s Mini broke down on the way to the meet. AGAIN'),
        comment(
          'c1',
          'stu',
          '2026-08-20T17:10',
          'at least mine has character, yours is a soulless rust bucket 😂',
        ),
        comment(
          'c2',
          'lou',
          '2026-08-20T17:15',
          'says the muppet who carries a spare fuel pump in his glovebox 🤣🔧',
        ),
        comment('c3', 'stu', '2026-08-20T17:20', 'pint on me saturday you cheeky sod 🍺'),
      ),
    ],
    notes:
      'Club friends trading jokey insults with emoji about each other and their cars; it ends with a pint.',
  },
  {
    ...fr,
    id: 'heated-lookalike-taquin-21',
    lookalike: true,
    group: 'tricot',
    members: {
      josiane: ['Josiane Lebrun', '2018-10-10'],
      odile: ['Odile Ferrand', '2020-11-11'],
      chloe: ['Chloé Berthier', '2026-01-15'],
    },
    visits: [
      thread(
        '2026-11-15T15:00',
        post('p1', 'odile', '2026-11-15T10:00', 'Josiane a encore fini son pull avant moi 🙄🧶'),
        comment(
          'c1',
          'josiane',
          '2026-11-15T10:05',
          'bah oui ma vieille, faut tricoter au lieu de papoter 😂',
        ),
        comment('c2', 'odile', '2026-11-15T10:10', 'espèce de frimeuse va 🤣😘 tu me le prêtes ?'),
        comment('c3', 'chloe', '2026-11-15T10:30', 'vous êtes trop drôles toutes les deux 😂'),
        comment('c4', 'josiane', '2026-11-15T10:32', 'jamais de la vie grosse jalouse 😜❤️'),
      ),
    ],
    notes:
      'Deux amies de longue date se chambrent (« frimeuse », « grosse jalouse ») avec des émojis tendres.',
  },
  {
    ...fr,
    id: 'heated-lookalike-taquin-22',
    lookalike: true,
    group: 'chats',
    members: { lea: ['Léa Fournival', '2022-06-18'], karim: ['Karim Baudrier', '2025-03-27'] },
    visits: [
      thread(
        '2026-10-24T20:00',
        post('p1', 'karim', '2026-10-24T18:00', 'Léa m’a refilé son chaton le plus fou, merci hein 😾'),
        comment('c1', 'lea', '2026-10-24T18:10', 'de rien mon grand, fallait pas dire oui andouille 😂😂'),
        comment('c2', 'karim', '2026-10-24T18:15', 'sale traîtresse 🤣 il a déjà détruit le canapé'),
        comment(
          'c3',
          'lea',
          '2026-10-24T18:20',
          'je viens le voir dimanche avec des croquettes pour me faire pardonner 😘',
        ),
      ),
    ],
    notes: 'Taquineries entre amis (« andouille », « sale traîtresse ») adoucies par les émojis et la suite.',
  },
  // Look-alikes: harsh words about someone outside the group, or reported.
  {
    ...en,
    id: 'heated-lookalike-reported-27',
    lookalike: true,
    group: 'cats',
    members: {
      dot: ['Dot Hamblin', '2020-03-03'],
      ana: ['Ana Whitfield', '2023-02-11'],
      mo: ['Morag Dunbar', '2021-04-09'],
    },
    visits: [
      thread(
        '2026-09-09T20:00',
        post(
          'p1',
          'dot',
          '2026-09-09T13:00',
          'A man at the bus stop called me a "mad cat lady" and a "stupid old bat" because I had a carrier. Charming.',
        ),
        comment('c1', 'ana', '2026-09-09T13:10', 'what an idiot! sorry Dot, you’re a legend'),
        comment('c2', 'mo', '2026-09-09T13:20', 'some people are just rude, ignore him x'),
        comment('c3', 'dot', '2026-09-09T13:40', 'oh I did, told him Pepper had better manners than him 😂'),
      ),
    ],
    notes:
      'The insults are reported from outside the group, and "idiot" is said of a stranger; members support each other.',
  },
  {
    ...en,
    id: 'heated-lookalike-outsider-28',
    lookalike: true,
    group: 'cats',
    members: {
      fran: ['Fran Lindqvist', '2023-06-01'],
      amos: ['Amos Pettigrew', '2024-02-17'],
      pam: ['Pam Ives', '2022-09-09'],
    },
    visits: [
      thread(
        '2026-10-30T20:00',
        post(
          'p1',
          'fran',
          '2026-10-30T09:00',
          'Did you see the news about the kitten farm near Leeds? 40 cats in a shed',
        ),
        comment(
          'c1',
          'amos',
          '2026-10-30T09:15',
          'the monsters who run it should be locked up, disgusting people',
        ),
        comment('c2', 'pam', '2026-10-30T09:30', 'heartless scum. I hope the cats all find homes'),
        comment('c3', 'fran', '2026-10-30T10:00', 'the rescue is asking for fosters, I’ll share the link'),
      ),
    ],
    notes:
      'Harsh words ("monsters", "heartless scum") about people in the news, not about anyone in the thread.',
  },
  {
    ...fr,
    id: 'heated-lookalike-rapporte-29',
    lookalike: true,
    group: 'ecole',
    members: {
      sophie: ['Sophie Keller', '2021-09-01'],
      amina: ['Amina Diallo', '2023-09-04'],
      nicolas: ['Nicolas Perret', '2024-09-02'],
    },
    visits: [
      thread(
        '2026-12-03T20:00',
        post(
          'p1',
          'sophie',
          '2026-12-03T17:00',
          'Un automobiliste m’a traitée de « grosse conne » devant l’école parce que je traversais avec les enfants 😳',
        ),
        comment('c1', 'amina', '2026-12-03T17:10', 'quel abruti !! ça va toi ?'),
        comment('c2', 'nicolas', '2026-12-03T17:20', 'faut signaler à la mairie, ce passage est dangereux'),
        comment('c3', 'sophie', '2026-12-03T17:45', 'oui oui ça va, merci 😘'),
      ),
    ],
    notes:
      'L’insulte est rapportée (un inconnu dehors) et « abruti » vise cet inconnu ; les membres se soutiennent.',
  },
  {
    ...fr,
    id: 'heated-lookalike-exterieur-30',
    lookalike: true,
    group: 'chats',
    members: {
      sonia: ['Sonia Maréchal', '2023-05-15'],
      karim: ['Karim Baudrier', '2025-03-27'],
      colette: ['Colette Vernier', '2020-02-02'],
    },
    visits: [
      thread(
        '2026-07-22T20:00',
        post(
          'p1',
          'colette',
          '2026-07-22T10:00',
          'Encore des chatons abandonnés dans une poubelle à Vénissieux, l’asso les a récupérés',
        ),
        comment('c1', 'sonia', '2026-07-22T10:10', 'mais quels salauds ces gens, j’ai pas de mots'),
        comment('c2', 'karim', '2026-07-22T10:20', 'des ordures, j’espère qu’on les retrouvera'),
        comment(
          'c3',
          'colette',
          '2026-07-22T10:40',
          'l’asso cherche des familles d’accueil, je mets le lien',
        ),
      ),
    ],
    notes:
      'Des mots très durs (« salauds », « ordures ») contre des inconnus qui ont abandonné des chatons, pas contre un membre.',
  },
];
