// A brand or contest dropped in ("share and win", "concours", "tag 3 friends", cold promotion by a Page or a
// newcomer), and look-alikes: a member's own charity fundraiser, the admins' own photo contest.
import { post, photo, feed } from './dsl.mjs';

const base = { kind: 'brand-contest' };
const en = { ...base, lang: 'en', tz: 'Europe/London' };
const fr = { ...base, lang: 'fr', tz: 'Europe/Paris' };

export default [
  {
    ...en,
    id: 'brand-contest-giveaway-01',
    lookalike: false,
    group: 'cats',
    members: { page: ['PurrFect Pet Supplies', '2026-10-29T10:00'], mo: ['Morag Dunbar', '2021-04-09'] },
    visits: [
      feed(
        '2026-11-02T20:00',
        post(
          'p1',
          'page',
          '2026-11-01T12:00',
          [
            '🎁 GIVEAWAY TIME 🎁',
            'Like our page, SHARE this post and tag 3 friends to WIN a whole year of premium cat food!!',
            'Winner announced Friday, good luck 🍀',
          ],
          [photo('f1', "May be an image of cat food and text that says 'WIN 1 YEAR FREE'", 1080, 1080)],
        ),
        post('p2', 'mo', '2026-10-31T18:00', 'Tinker finally ate the new food, thanks for all the tips x'),
      ),
    ],
    expect: [{ members: ['page'], evidence: ['p1'] }],
    notes:
      'A pet-food Page (shown in the feed like a member: assumed) that joined days before posts a like-share-tag contest.',
  },
  {
    ...en,
    id: 'brand-contest-watch-02',
    lookalike: false,
    group: 'runners',
    members: { acct: ['Stride Gear UK', '2026-09-30T10:00'] },
    visits: [
      feed(
        '2026-10-03T09:00',
        post('p1', 'acct', '2026-10-02T15:00', [
          'SHARE & WIN 🏆⌚',
          'we’re giving away a GPS running watch to one lucky runner. Follow us, share this post and comment DONE below 👇',
          'ends sunday midnight, UK only',
        ]),
      ),
    ],
    expect: [{ members: ['acct'], evidence: ['p1'] }],
    notes: 'A brand account, new in the group, posts a share-and-win contest.',
  },
  {
    ...en,
    id: 'brand-contest-dutchoven-03',
    lookalike: false,
    group: 'sourdough',
    members: { bh: ['BakeHaus Kitchenware', '2026-08-20T10:00'], rory: ['Rory Blackwood', '2024-01-09'] },
    visits: [
      feed(
        '2026-08-26T08:00',
        post('p1', 'rory', '2026-08-25T17:00', 'third loaf this week, I think I have a problem'),
        post('p2', 'bh', '2026-08-25T10:30', [
          'Tag 3 friends who love bread 🍞 and you could win our 5.5L cast iron Dutch oven!',
          'Bonus entry if you share to your story. T&Cs on our website',
        ]),
      ),
    ],
    expect: [{ members: ['bh'], evidence: ['p2'] }],
    notes: 'A kitchenware brand’s "tag 3 friends" contest, next to an ordinary member post.',
  },
  {
    ...en,
    id: 'brand-contest-protein-04',
    lookalike: false,
    group: 'rando',
    members: { kayla: ['Kayla Brent', '2026-06-11T10:00'] },
    visits: [
      feed(
        '2026-06-13T19:00',
        post('p1', 'kayla', '2026-06-12T18:00', [
          'Hey hikers!! 🥾 Fuel your summer with SummitCrunch, the protein bar made for the mountains 🏔️',
          'use my code KAYLA30 for 30% off at summitcrunch dot com, link in comments, you won’t regret it 😍',
        ]),
      ),
    ],
    expect: [{ members: ['kayla'], evidence: ['p1'] }],
    notes:
      'Cold promotion of a brand (ambassador code) by someone who joined the day before; not her own shop.',
  },
  {
    ...en,
    id: 'brand-contest-voucher-05',
    lookalike: false,
    group: 'parents',
    members: { win: ['Family Days Out Deals', '2026-09-01T10:00'], marc: ['Marc Aubry', '2023-09-01'] },
    visits: [
      feed(
        '2026-09-10T20:00',
        post('p1', 'marc', '2026-09-10T07:30', 'reminder school photos tomorrow, wear the jumper!!'),
        post('p2', 'win', '2026-09-09T12:00', [
          'COMPETITION ⭐ Win a £200 theme park voucher for the half term!',
          'To enter: 1) like 2) share 3) tag your bestie. Drawn 30th Sept',
        ]),
      ),
    ],
    expect: [{ members: ['win'], evidence: ['p2'] }],
    notes: 'A deals Page posts a voucher competition in a school parents’ group.',
  },
  {
    ...fr,
    id: 'brand-contest-panier-06',
    lookalike: false,
    group: 'potager',
    members: { jard: ['Jardinerie Verte Loire', '2026-05-02T10:00'], claire: ['Claire Vidal', '2022-03-19'] },
    visits: [
      feed(
        '2026-05-06T19:00',
        post(
          'p1',
          'jard',
          '2026-05-05T09:00',
          [
            '🎉 GRAND JEU CONCOURS 🎉',
            'Pour gagner un panier de 10 plants bio : aimez notre page, partagez ce post et identifiez 3 amis jardiniers !',
            'Tirage au sort le 15 mai 🍀',
          ],
          [photo('f1', 'Peut être une image de plante et texte qui dit « CONCOURS »', 1080, 1080)],
        ),
        post('p2', 'claire', '2026-05-04T17:20', 'Mes radis sont tout fendus, trop d’arrosage ?'),
      ),
    ],
    expect: [{ members: ['jard'], evidence: ['p1'] }],
    notes:
      'La page d’une jardinerie, arrivée trois jours avant, lance un jeu concours (aimer, partager, identifier 3 amis).',
  },
  {
    ...fr,
    id: 'brand-contest-robot-07',
    lookalike: false,
    group: 'levain',
    members: { marque: ['Cuisimax France', '2026-10-01T10:00'] },
    visits: [
      feed(
        '2026-10-04T08:00',
        post('p1', 'marque', '2026-10-03T11:00', [
          'Jeu concours 🥳 Gagnez un robot pâtissier d’une valeur de 399€ !',
          'Il suffit de partager cette publication et de commenter « JE PARTICIPE »',
          'Partage et gagne, c’est aussi simple que ça !',
        ]),
      ),
    ],
    expect: [{ members: ['marque'], evidence: ['p1'] }],
    notes: 'Une marque d’électroménager dépose un « partage et gagne ».',
  },
  {
    ...fr,
    id: 'brand-contest-croquettes-08',
    lookalike: false,
    group: 'chiens',
    members: { sab: ['Sabrina Ndiaye', '2026-11-05T08:00'], manon: ['Manon Tessier', '2023-03-03'] },
    visits: [
      feed(
        '2026-11-07T20:00',
        post('p1', 'sab', '2026-11-06T19:00', [
          'Coucou ! vous connaissez Croquinou ? 🐶 les meilleures croquettes sans céréales',
          'avec mon code SAB20 vous avez -20% + livraison offerte, lien en commentaire 😘',
        ]),
        post('p2', 'manon', '2026-11-07T09:00', 'Rocky a mangé une chaussette. ENCORE.'),
      ),
    ],
    expect: [{ members: ['sab'], evidence: ['p1'] }],
    notes:
      'Promotion à froid d’une marque de croquettes (code promo d’ambassadrice) par une arrivée de la veille.',
  },
  {
    ...fr,
    id: 'brand-contest-laine-09',
    lookalike: false,
    group: 'tricot',
    members: { shop: ['Pelotes & Co', '2026-09-20T10:00'] },
    visits: [
      feed(
        '2026-09-24T15:00',
        post('p1', 'shop', '2026-09-23T10:00', [
          '✨ CONCOURS ✨ 5 kits de tricot à gagner !',
          'Pour participer : abonne-toi à notre page, like ce post et tague 3 copines qui tricotent 🧶',
          'Résultats dimanche soir',
        ]),
      ),
    ],
    expect: [{ members: ['shop'], evidence: ['p1'] }],
    notes: 'La page d’une boutique de laine poste un concours « tague 3 copines ».',
  },
  {
    ...fr,
    id: 'brand-contest-litiere-10',
    lookalike: false,
    group: 'chats',
    members: { litiere: ['Litière Plumeau', '2026-10-18T10:00'], lea: ['Léa Fournival', '2022-06-18'] },
    visits: [
      feed(
        '2026-10-21T19:00',
        post('p1', 'lea', '2026-10-20T20:00', 'Pistache est rentré !!! merci à tous pour les partages 😭❤️'),
        post('p2', 'litiere', '2026-10-20T11:00', [
          '🐱 Essayez la litière végétale n°1 en France ! 🐱',
          'Offre spéciale membres du groupe : 2 sacs achetés = 1 offert sur notre site. Partagez à vos amis qui ont des chats !',
        ]),
      ),
    ],
    expect: [{ members: ['litiere'], evidence: ['p2'] }],
    notes: 'Promotion à froid par la page d’une marque de litière, arrivée deux jours avant.',
  },
  {
    ...en,
    id: 'brand-contest-blackfriday-21',
    lookalike: false,
    group: 'knitting',
    members: { yarn: ['Woolly Orbit Online', '2026-11-20T10:00'], gwen: ['Gwen Harrowby', '2022-05-03'] },
    visits: [
      feed(
        '2026-11-28T18:00',
        post('p1', 'gwen', '2026-11-27T20:00', 'finished the fox hat for my niece 🦊'),
        post('p2', 'yarn', '2026-11-27T09:00', [
          '⚫ BLACK FRIDAY ⚫ 50% OFF EVERYTHING',
          'merino, alpaca, sock yarn… use code BF50 at checkout, this weekend only! Share with your knitting friends 🧶',
        ]),
      ),
    ],
    expect: [{ members: ['yarn'], evidence: ['p2'] }],
    notes:
      'A yarn shop’s Page, new in the group, drops a Black Friday promotion: cold promotion, no contest.',
  },
  {
    ...fr,
    id: 'brand-contest-gagne-22',
    lookalike: false,
    group: 'aquariophilie',
    members: { bac: ['Bulles & Galets', '2026-06-01T10:00'] },
    visits: [
      feed(
        '2026-06-04T21:00',
        post('p1', 'bac', '2026-06-03T12:00', [
          '🐠 TENTE TA CHANCE 🐠',
          'un aquarium 60L tout équipé à gagner ! Like + partage + commente avec le nom de ton poisson préféré',
          'gagnant tiré au sort lundi, bonne chance à tous !!',
        ]),
      ),
    ],
    expect: [{ members: ['bac'], evidence: ['p1'] }],
    notes: 'La page d’une boutique d’aquariophilie lance un tirage au sort « like + partage + commente ».',
  },
  // Look-alikes: a member's own charity fundraiser.
  {
    ...en,
    id: 'brand-lookalike-charity-11',
    lookalike: true,
    group: 'runners',
    members: { jo: ['Jo Pemberton', '2020-09-01'] },
    visits: [
      feed(
        '2026-08-10T09:00',
        post('p1', 'jo', '2026-08-09T19:00', [
          'So I’ve gone and signed up for the Tynebridge Half 😬 raising money for the hospice that looked after my dad',
          'my fundraising page is in the comments, every pound helps, and thank you for all the training company this year ❤️',
        ]),
      ),
    ],
    notes:
      'A long-time member shares her own fundraiser for a charity: asks for money, no brand, no contest.',
  },
  {
    ...en,
    id: 'brand-lookalike-raffle-12',
    lookalike: true,
    group: 'parents',
    members: { pta: ['Helen Marsh', '2021-09-01'] },
    visits: [
      feed(
        '2026-11-20T20:00',
        post('p1', 'pta', '2026-11-19T18:00', [
          'PTA Christmas raffle 🎄 tickets £1 at the gate all next week',
          'prizes donated by local shops, every penny goes to the new library books. Thank you all!!',
        ]),
      ),
    ],
    notes:
      'The PTA chair (a member for five years) announces the school’s charity raffle, with prizes: a fundraiser she runs, not a brand’s contest.',
  },
  {
    ...fr,
    id: 'brand-lookalike-cagnotte-13',
    lookalike: true,
    group: 'chats',
    members: { elise: ['Élise Garnier', '2021-12-12'] },
    visits: [
      feed(
        '2026-10-30T19:00',
        post('p1', 'elise', '2026-10-29T18:00', [
          'Je cours le semi de Lyon pour l’asso qui a sauvé Caramel 🐾',
          'ma cagnotte est en commentaire, même 2€ ça aide, merci pour eux 🙏 partagez si vous pouvez',
        ]),
      ),
    ],
    notes:
      'Une membre de longue date partage sa propre cagnotte pour une association (« partagez »), sans marque ni concours.',
  },
  {
    ...fr,
    id: 'brand-lookalike-tombola-14',
    lookalike: true,
    group: 'chiens',
    members: { jb: ['Jean-Baptiste Morin', '2020-05-05'] },
    visits: [
      feed(
        '2026-12-01T20:00',
        post('p1', 'jb', '2026-11-30T17:00', [
          'Tombola du refuge de Brignais ce samedi 🐕',
          'je tiens le stand, tickets à 2€, des lots à gagner (paniers, colliers…) et tout va aux soins des chiens. Venez nombreux !',
        ]),
      ),
    ],
    notes:
      'Un membre qui tient le stand de la tombola d’un refuge : des lots à gagner, mais au profit du refuge et organisé par lui.',
  },
  {
    ...en,
    id: 'brand-lookalike-charity-15',
    lookalike: true,
    group: 'allotment',
    members: { bet: ['Bethan Quayle', '2022-04-04'] },
    visits: [
      feed(
        '2026-09-14T18:00',
        post(
          'p1',
          'bet',
          '2026-09-13T10:00',
          'Plant sale at my plot this Sat 10-2 🌿 all cuttings from my own garden, pay what you like, money to the food bank. Please share!',
        ),
      ),
    ],
    notes: 'A member’s own plant sale for a food bank, "please share": charity she runs.',
  },
  // Look-alikes: the admins announcing the group's own photo contest.
  {
    ...en,
    id: 'brand-lookalike-admincontest-16',
    lookalike: true,
    group: 'cats',
    members: { adm: ['Fran Lindqvist', '2019-01-15', 'admin'] },
    visits: [
      feed(
        '2026-11-09T20:00',
        post('p1', 'adm', '2026-11-08T12:00', [
          '📸 Our group photo contest is back! Theme: SLEEPY CATS 😴',
          'post your pic in the comments, voting by reactions until sunday, winner gets the group cover spot for December',
          'no prizes, just eternal glory 😄',
        ]),
      ),
    ],
    notes:
      'The group’s admin (members list role) announces the group’s own photo contest: "contest", "win" words but no brand and nothing to share or tag.',
  },
  {
    ...en,
    id: 'brand-lookalike-admincontest-17',
    lookalike: true,
    group: 'vintage',
    members: { adm: ['Stuart McKee', '2018-06-01', 'admin'] },
    visits: [
      feed(
        '2026-07-06T20:00',
        post('p1', 'adm', '2026-07-05T09:00', [
          'Summer Mini of the Month competition 🏆',
          'drop your best photo below, top 3 by likes get printed on the club calendar. Members only, one entry each please',
        ]),
      ),
    ],
    notes: 'An admin’s monthly club photo competition.',
  },
  {
    ...fr,
    id: 'brand-lookalike-admincontest-18',
    lookalike: true,
    group: 'potager',
    members: { adm: ['Gérard Pelletan', '2019-04-02', 'admin'] },
    visits: [
      feed(
        '2026-09-02T19:00',
        post('p1', 'adm', '2026-09-01T08:00', [
          '🥕 Concours photo du groupe ! Thème : vos légumes les plus moches 😂',
          'postez en commentaire jusqu’au 15, le gagnant choisit le thème du mois prochain. Pas de lot, juste pour rire',
        ]),
      ),
    ],
    notes:
      'L’administrateur annonce le concours photo du groupe : « concours », « gagnant », mais rien d’une marque.',
  },
  {
    ...fr,
    id: 'brand-lookalike-admincontest-19',
    lookalike: true,
    group: 'tricot',
    members: { adm: ['Odile Ferrand', '2020-11-11', 'admin'], chloe: ['Chloé Berthier', '2026-01-15'] },
    visits: [
      feed(
        '2026-12-02T15:00',
        post('p1', 'adm', '2026-12-01T10:00', [
          'Concours de pulls moches de Noël 🎄🧶 édition 3 !',
          'photos en commentaire avant le 20/12, on vote avec les ❤️. La gagnante aura le droit de choisir le prochain tricot-along',
        ]),
        post('p2', 'chloe', '2026-12-01T20:00', 'jparticipe !!! le mien a un renne qui louche 😂'),
      ),
    ],
    notes: 'Le concours annuel du groupe annoncé par son administratrice, et une membre qui y répond.',
  },
  {
    ...fr,
    id: 'brand-lookalike-admincontest-20',
    lookalike: true,
    group: 'rando',
    members: { adm: ['Yann Le Goff', '2021-06-21', 'moderator'] },
    visits: [
      feed(
        '2026-10-05T19:00',
        post('p1', 'adm', '2026-10-04T18:00', [
          'Concours photo d’automne 🍂 du groupe',
          'une photo par personne, prise cette année sur un sentier des Alpes. La plus likée fera la couverture du groupe en novembre !',
        ]),
      ),
    ],
    notes: 'Concours photo interne annoncé par un modérateur.',
  },
  // Look-alikes: a member asking about, or warning against, a contest seen elsewhere.
  {
    ...en,
    id: 'brand-lookalike-scamwarning-23',
    lookalike: true,
    group: 'cats',
    members: { pam: ['Pam Ives', '2022-09-09'] },
    visits: [
      feed(
        '2026-11-05T20:00',
        post('p1', 'pam', '2026-11-04T18:00', [
          'Careful everyone ⚠️ there’s a "win a year of cat food, just share and tag 3 friends" page going round',
          'it asks for your card details for "postage". it’s a scam, don’t enter!',
        ]),
      ),
    ],
    notes:
      'A long-time member warns against a share-and-win scam seen elsewhere: the contest words are quoted, nothing is promoted.',
  },
  {
    ...fr,
    id: 'brand-lookalike-question-24',
    lookalike: true,
    group: 'aquariophilie',
    members: { loic: ['Loïc Barbier', '2020-10-10'] },
    visits: [
      feed(
        '2026-06-10T21:00',
        post(
          'p1',
          'loic',
          '2026-06-09T19:00',
          'Quelqu’un a déjà gagné un de ces jeux concours « like et partage » des boutiques d’aquarium ? j’ai l’impression que c’est toujours bidon 🤔',
        ),
      ),
    ],
    notes:
      'Un ancien membre s’interroge sur les jeux concours des boutiques : il en parle, il n’en poste pas.',
  },
];
