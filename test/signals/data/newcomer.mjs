// A newcomer's first posts that sell (own shop or site, prices, "DM me", "recommend me"), and look-alikes.
import { post, feed } from './dsl.mjs';

const base = { kind: 'newcomer-selling' };
const en = { ...base, lang: 'en', tz: 'Europe/London' };
const fr = { ...base, lang: 'fr', tz: 'Europe/Paris' };

export default [
  {
    ...en,
    id: 'newcomer-selling-collars-01',
    lookalike: false,
    group: 'cats',
    members: { stacey: ['Stacey Vellacott', '2026-10-03T18:20'], mo: ['Morag Dunbar', '2021-04-09'] },
    visits: [
      feed(
        '2026-10-06T20:00',
        post('p1', 'stacey', '2026-10-06T09:14', [
          'Hi all!! 👋 Im Stacey, I make handmade cat collars with safety buckles 🐾',
          'check out my Etsy shop PawsAndBows, 20% off with code NEWCAT this week only',
          'DM me for custom colours x',
        ]),
        post(
          'p2',
          'mo',
          '2026-10-05T16:02',
          'anyone else’s cat refusing the new food? Tinker just stares at me',
        ),
      ),
    ],
    expect: [{ members: ['stacey'], evidence: ['p1'] }],
    notes:
      'Joined three days before; her first post is a shop pitch with a discount code and "DM me". The other post is an ordinary question by a long-time member.',
  },
  {
    ...en,
    id: 'newcomer-selling-starter-02',
    lookalike: false,
    group: 'sourdough',
    members: { lee: ['Lee Ambrose', '2026-09-21T07:00'] },
    visits: [
      feed(
        '2026-09-23T19:00',
        post('p1', 'lee', '2026-09-22T11:40', [
          'Hello bakers, new here',
          'I sell dried 120 year old starter, £8 a jar incl postage, message me if u want one 🙂',
        ]),
      ),
    ],
    expect: [{ members: ['lee'], evidence: ['p1'] }],
    notes: 'First post a day after joining: a price and "message me" for his own product.',
  },
  {
    ...en,
    id: 'newcomer-selling-coach-03',
    lookalike: false,
    group: 'runners',
    members: { brad: ['Bradley Okoro', '2026-10-10T12:00'], liz: ['Liz Fairbairn', '2019-02-02'] },
    visits: [
      feed(
        '2026-10-12T21:00',
        post(
          'p1',
          'brad',
          '2026-10-11T08:00',
          'Hey runners! Just joined, training for my first ultra next spring 💪',
        ),
        post(
          'p2',
          'liz',
          '2026-10-11T19:30',
          'Sunday long run 9am from the bandstand, 16k easy pace, all welcome',
        ),
      ),
      feed(
        '2026-10-16T21:05',
        post('p3', 'brad', '2026-10-16T07:15', [
          'As a certified running coach I’m offering 12-week plans from £49 🏃',
          'first 5 people get a free call, recommend me to your mates!! link in my bio',
        ]),
      ),
    ],
    expect: [{ members: ['brad'], evidence: ['p3'] }],
    notes:
      'A newcomer’s friendly first post, then five days later his second post sells his coaching with prices and "recommend me": the signal is on the second.',
  },
  {
    ...en,
    id: 'newcomer-selling-seeds-04',
    lookalike: false,
    group: 'allotment',
    members: { harj: ['Harjit Sandhu', '2026-08-30T10:00'] },
    visits: [
      feed(
        '2026-09-02T18:00',
        post('p1', 'harj', '2026-09-01T20:20', [
          'heirloom seed packs available!!! 🌱🌱',
          'tomato, chilli, squash, 30 varieties. £2.50 each or 5 for £10',
          'DM me for the list, UK postage only',
        ]),
        post('p2', 'harj', '2026-09-02T07:05', 'still got loads of the purple carrots left, inbox me'),
      ),
    ],
    expect: [{ members: ['harj'], evidence: ['p1', 'p2'] }],
    notes: 'Joined two days earlier; both first posts sell seed packs with prices and "DM me" / "inbox me".',
  },
  {
    ...en,
    id: 'newcomer-selling-fishshop-05',
    lookalike: false,
    group: 'aquarium',
    members: { terry: ['Terry Wigmore', '2026-11-01T15:00'], ade: ['Adaeze Obi', '2022-08-08'] },
    visits: [
      feed(
        '2026-11-04T21:00',
        post(
          'p1',
          'ade',
          '2026-11-04T18:00',
          'finally cycled my 60L, ammonia 0 nitrite 0 🎉 what fish would you start with?',
        ),
        post('p2', 'terry', '2026-11-03T12:12', [
          'new here 👋 I own a small shop in Leeds, we just got a batch of bettas in, £15 each',
          'visit aquaticsbyterry co uk or inbox me, can hold one for you',
        ]),
      ),
    ],
    expect: [{ members: ['terry'], evidence: ['p2'] }],
    notes: 'A shop owner’s first post two days after joining: prices, his site, "inbox me".',
  },
  {
    ...en,
    id: 'newcomer-selling-tutor-06',
    lookalike: false,
    group: 'parents',
    members: { gemma: ['Gemma Stirling', '2026-09-28T08:00'] },
    visits: [
      feed(
        '2026-10-01T20:00',
        post('p1', 'gemma', '2026-09-30T21:45', [
          'Hi parents! New to the group 😊',
          'I’m offering maths & english tutoring for KS2, £25/h, first session FREE',
          'please recommend me to anyone who might need it, thank youuu',
        ]),
        post('p2', 'gemma', '2026-10-01T07:30', 'still 3 slots left on wednesdays!! message me'),
      ),
    ],
    expect: [{ members: ['gemma'], evidence: ['p1', 'p2'] }],
    notes: 'Two days after joining, two posts selling her tutoring (price, "recommend me", "message me").',
  },
  {
    ...fr,
    id: 'newcomer-selling-arbres-07',
    lookalike: false,
    group: 'chats',
    members: { jessy: ['Jessy Marquet', '2026-10-14T19:00'], lea: ['Léa Fournival', '2022-06-18'] },
    visits: [
      feed(
        '2026-10-16T20:00',
        post('p1', 'jessy', '2026-10-15T13:30', [
          'coucou je suis nouvelle ici 😊',
          'je fabrique des arbres à chat sur mesure en bois massif, prix à partir de 60€',
          'MP moi pour plus d’infos 🐱',
        ]),
        post(
          'p2',
          'lea',
          '2026-10-15T08:10',
          'Rappel : vaccination à prix réduit samedi à la clinique du 4e, pensez à réserver',
        ),
      ),
    ],
    expect: [{ members: ['jessy'], evidence: ['p1'] }],
    notes:
      'Arrivée la veille, son premier message vend ses arbres à chat (prix, « MP moi ») ; l’autre message est un rappel d’une ancienne membre.',
  },
  {
    ...fr,
    id: 'newcomer-selling-laine-08',
    lookalike: false,
    group: 'tricot',
    members: { aude: ['Aude Rivière', '2026-09-09T09:00'] },
    visits: [
      feed(
        '2026-09-11T19:00',
        post('p1', 'aude', '2026-09-10T17:00', [
          'Bonjour à toutes et à tous !',
          'Je viens d’ouvrir ma boutique de laine teinte à la main 🧶 -15% pour le groupe avec le code TRICOT15',
          'le lien est dans les commentaires 👇',
        ]),
      ),
    ],
    expect: [{ members: ['aude'], evidence: ['p1'] }],
    notes: 'Un jour après son arrivée : « ma boutique », un code promo, un lien.',
  },
  {
    ...fr,
    id: 'newcomer-selling-levain-09',
    lookalike: false,
    group: 'levain',
    members: { kev: ['Kévin Dumoulin', '2026-10-27T10:00'], remi: ['Rémi Castagné', '2019-11-02'] },
    visits: [
      feed(
        '2026-10-30T08:00',
        post(
          'p1',
          'kev',
          '2026-10-29T22:10',
          'Slt a tous, nouveau ici. Je vend mon levain deshydraté 7€ le sachet, envoi partout en france, MP',
        ),
        post('p2', 'remi', '2026-10-28T09:00', 'Pain de seigle du dimanche, 100 % seigle, levain de 3 jours'),
      ),
    ],
    expect: [{ members: ['kev'], evidence: ['p1'] }],
    notes: 'Premier message deux jours après son arrivée, écrit vite : un prix, « MP ».',
  },
  {
    ...fr,
    id: 'newcomer-selling-educ-10',
    lookalike: false,
    group: 'chiens',
    members: { sandra: ['Sandra Lefèvre', '2026-11-02T08:00'] },
    visits: [
      feed(
        '2026-11-04T20:00',
        post('p1', 'sandra', '2026-11-03T09:00', 'Bonjour ! Ravie de rejoindre le groupe 🐶'),
        post('p2', 'sandra', '2026-11-04T12:45', [
          'Je suis éducatrice canine diplômée, séances à domicile 45€ sur Lyon et alentours',
          'n’hésitez pas à me recommander autour de vous, MP moi pour les dispos 😉',
        ]),
      ),
    ],
    expect: [{ members: ['sandra'], evidence: ['p2'] }],
    notes:
      'Un bonjour, puis le lendemain son deuxième message vend ses séances (prix, « me recommander », « MP moi ») : le signal porte sur celui-là.',
  },
  {
    ...fr,
    id: 'newcomer-selling-plants-11',
    lookalike: false,
    group: 'potager',
    members: { fab: ['Fabrice Guillot', '2026-04-18T07:00'] },
    visits: [
      feed(
        '2026-04-21T19:00',
        post('p1', 'fab', '2026-04-20T06:40', [
          'bjr je vend des plants de tomates anciennes 2€ piece 🍅',
          'noire de crimée, cœur de bœuf, ananas... livraison possible sur Nantes',
          'contactez moi en MP ou au 06 xx xx xx xx',
        ]),
      ),
    ],
    expect: [{ members: ['fab'], evidence: ['p1'] }],
    notes: 'Trois jours après son arrivée, une annonce de vente (prix, MP, téléphone masqué ici).',
  },
  {
    ...fr,
    id: 'newcomer-selling-bijoux-12',
    lookalike: false,
    group: 'ecole',
    members: { vanessa: ['Vanessa Caron', '2026-09-14T20:00'], marc: ['Marc Aubry', '2023-09-01'] },
    visits: [
      feed(
        '2026-09-17T20:00',
        post('p1', 'marc', '2026-09-17T07:00', 'Qqn sait si la cantine reprend lundi après la grève ?'),
        post('p2', 'vanessa', '2026-09-16T21:30', [
          'Bonsoir les parents ✨ maman de 2 loulous en CE1 et CM2',
          'je suis conseillère en bijoux, réunion découverte chez moi samedi avec des prix mini !',
          'ma boutique en ligne en commentaire, et MP moi si vous voulez venir 💍',
        ]),
      ),
    ],
    expect: [{ members: ['vanessa'], evidence: ['p2'] }],
    notes:
      'Une présentation qui tourne en argumentaire de vente deux jours après l’arrivée (« ma boutique », prix, « MP moi »).',
  },
  {
    ...en,
    id: 'newcomer-selling-channel-25',
    lookalike: false,
    group: 'aquarium',
    members: { zak: ['Zak Merriman', '2026-08-10T10:00'], rhys: ['Rhys Tanner', '2021-11-11'] },
    visits: [
      feed(
        '2026-08-31T21:00',
        post('p1', 'rhys', '2026-08-31T08:00', 'shrimp tank update, the moss finally took'),
        post('p2', 'zak', '2026-08-30T17:30', [
          'hi everyone 🐠 I make weekly fishkeeping videos, new one is a 30 day nano tank build',
          'would mean the world if you subscribed to my channel and shared it, link in comments 🙏',
        ]),
      ),
    ],
    expect: [{ members: ['zak'], evidence: ['p2'] }],
    notes:
      'Joined three weeks before, his first post promotes his own video channel ("subscribe", "share", link): self-promotion without a price.',
  },
  {
    ...en,
    id: 'newcomer-selling-bakery-26',
    lookalike: false,
    group: 'sourdough',
    members: { fay: ['Fay Albright', '2026-11-14T09:00'] },
    visits: [
      feed(
        '2026-11-17T19:00',
        post('p1', 'fay', '2026-11-16T07:45', [
          'Morning bakers ☀️ I run Crust & Crumb micro bakery in Frome',
          'taking Christmas orders now!! panettone £18, stollen £12, order via the website or DM me',
          'pls recommend us to anyone local ❤️',
        ]),
      ),
    ],
    expect: [{ members: ['fay'], evidence: ['p1'] }],
    notes:
      'A newcomer’s first post takes orders for her own bakery: prices, website, "DM me", "recommend us".',
  },
  {
    ...fr,
    id: 'newcomer-selling-gateaux-27',
    lookalike: false,
    group: 'ecole',
    members: { laeti: ['Laetitia Morel', '2026-10-01T08:00'], sophie: ['Sophie Keller', '2021-09-01'] },
    visits: [
      feed(
        '2026-10-05T20:00',
        post('p1', 'laeti', '2026-10-04T19:00', [
          'Bonsoir à tous 🎂 nouvelle maman de l’école !',
          'je fais des gâteaux d’anniversaire sur commande, licorne, foot, reine des neiges…',
          'à partir de 35€, devis en MP, et n’hésitez pas à me recommander 😊',
        ]),
        post('p2', 'sophie', '2026-10-05T07:00', 'Rappel : pas de cantine mercredi'),
      ),
    ],
    expect: [{ members: ['laeti'], evidence: ['p1'] }],
    notes:
      'Arrivée quatre jours avant, son premier message propose ses gâteaux (prix, « devis en MP », « me recommander »).',
  },
  {
    ...fr,
    id: 'newcomer-selling-insta-28',
    lookalike: false,
    group: 'rando',
    members: { maeva: ['Maëva Cortot', '2026-09-12T08:00'] },
    visits: [
      feed(
        '2026-09-14T19:00',
        post('p1', 'maeva', '2026-09-13T18:30', [
          'Hello la commu ⛰️',
          'je suis accompagnatrice en montagne, je propose des sorties à la journée 55€/pers au départ d’Annecy',
          'tout est sur mon insta et mon site, MP moi pour réserver 😉',
        ]),
      ),
    ],
    expect: [{ members: ['maeva'], evidence: ['p1'] }],
    notes: 'Le lendemain de son arrivée : ses sorties payantes, son site, « MP moi pour réserver ».',
  },
  // Look-alikes: a kind introduction that mentions a job.
  {
    ...en,
    id: 'newcomer-lookalike-intro-13',
    lookalike: true,
    group: 'cats',
    members: { dan: ['Dan Hollis', '2026-10-20T09:00'] },
    visits: [
      feed(
        '2026-10-22T20:00',
        post('p1', 'dan', '2026-10-21T19:10', [
          'Hi everyone, Dan here 👋 I’m a vet nurse in Bristol so I see a lot of cats at work lol',
          'but we just adopted our first two kittens at home and honestly I’m clueless. joined to learn from you all!',
        ]),
      ),
    ],
    notes: 'A newcomer’s introduction mentioning his job, with nothing to sell and no contact asked.',
  },
  {
    ...en,
    id: 'newcomer-lookalike-intro-14',
    lookalike: true,
    group: 'knitting',
    members: { rosa: ['Rosa Baptiste', '2026-11-08T10:00'] },
    visits: [
      feed(
        '2026-11-10T18:00',
        post('p1', 'rosa', '2026-11-09T14:00', [
          'hello! retired primary teacher, been knitting since I was 8 🧶',
          'just finished a shop-bought pattern that had 3 errors in it, so I’ll be asking you lot for help a lot I think 😂',
        ]),
      ),
    ],
    notes: 'A newcomer’s introduction with her former job and the word "shop", but no promotion.',
  },
  {
    ...fr,
    id: 'newcomer-lookalike-intro-15',
    lookalike: true,
    group: 'levain',
    members: { nina: ['Nina Moreau', '2026-10-05T08:00'] },
    visits: [
      feed(
        '2026-10-07T08:00',
        post('p1', 'nina', '2026-10-06T18:00', [
          'Bonjour à tous 🙂 je suis boulangère de métier mais j’ai jamais fait de levain à la maison 😅',
          'c’est pas du tout pareil avec un four de cuisine ! hâte d’apprendre avec vous',
        ]),
      ),
    ],
    notes: 'Présentation d’une nouvelle qui parle de son métier, sans rien proposer.',
  },
  {
    ...fr,
    id: 'newcomer-lookalike-intro-16',
    lookalike: true,
    group: 'chiens',
    members: { olivier: ['Olivier Jacquet', '2026-09-01T08:00'] },
    visits: [
      feed(
        '2026-09-03T20:00',
        post('p1', 'olivier', '2026-09-02T20:30', [
          'Salut la team, je suis kiné à Villeurbanne et nouveau papa d’un berger australien de 4 mois 🐾',
          'il mâchouille TOUT, des conseils ? merci d’avance',
        ]),
      ),
    ],
    notes: 'Un nouveau se présente (métier, chiot) et demande des conseils : rien à vendre.',
  },
  // Look-alikes: a long-time member recommending a shop.
  {
    ...en,
    id: 'newcomer-lookalike-oldshop-17',
    lookalike: true,
    group: 'allotment',
    members: { mags: ['Maggie Threlfall', '2021-03-14'] },
    visits: [
      feed(
        '2026-03-04T18:00',
        post('p1', 'mags', '2026-03-03T10:00', [
          'For anyone asking, Greenfingers on Mill Lane has seed potatoes half price this week',
          'not affiliated, just a happy customer for 10 years 😊',
        ]),
      ),
    ],
    notes: 'A member of five years recommends a local shop and its price, saying she has no tie to it.',
  },
  {
    ...en,
    id: 'newcomer-lookalike-oldshop-18',
    lookalike: true,
    group: 'aquarium',
    members: { ollie: ['Ollie Brandt', '2022-12-01'], nell: ['Nell Ashdown', '2023-10-10'] },
    visits: [
      feed(
        '2026-10-09T21:00',
        post('p1', 'nell', '2026-10-08T19:00', 'where do people get plants that aren’t covered in snails?'),
        post('p2', 'ollie', '2026-10-09T08:30', [
          '@Nell try Riverside Aquatics, £4 a pot and they dip them, I’ve bought from them for years',
          'DM me if you want the exact address',
        ]),
      ),
    ],
    notes:
      'A long-time member answers with a shop, a price and "DM me" (for the address): a recommendation, not his business.',
  },
  {
    ...fr,
    id: 'newcomer-lookalike-oldshop-19',
    lookalike: true,
    group: 'tricot',
    members: { josiane: ['Josiane Lebrun', '2018-10-10'] },
    visits: [
      feed(
        '2026-11-06T15:00',
        post('p1', 'josiane', '2026-11-05T10:00', [
          'Pour celles qui cherchent de la laine pas chère, La Mercerie du Coin à Tours fait -30% ce mois-ci',
          'je n’ai rien à voir avec eux hein, c’est juste ma boutique préférée 😉',
        ]),
      ),
    ],
    notes:
      'Une membre de longue date recommande une mercerie (« ma boutique préférée », une remise) sans lien avec elle.',
  },
  {
    ...fr,
    id: 'newcomer-lookalike-oldshop-20',
    lookalike: true,
    group: 'potager',
    members: { gerard: ['Gérard Pelletan', '2019-04-02'] },
    visits: [
      feed(
        '2026-03-16T19:00',
        post(
          'p1',
          'gerard',
          '2026-03-15T09:00',
          'Info : la jardinerie route de Rennes brade les godets de semis, 50 cts pièce. Foncez avant le week-end, prix imbattable',
        ),
      ),
    ],
    notes: 'Un ancien membre signale une bonne affaire en jardinerie (prix), rien à lui.',
  },
  // Look-alikes: a newcomer asking where to buy.
  {
    ...en,
    id: 'newcomer-lookalike-ask-21',
    lookalike: true,
    group: 'sourdough',
    members: { ash: ['Ashleigh Moss', '2026-10-12T09:00'] },
    visits: [
      feed(
        '2026-10-14T19:00',
        post('p1', 'ash', '2026-10-13T20:00', [
          'new here! where do you all buy your flour?? the supermarket stuff makes pancakes not bread 😭',
          'happy to pay a bit more, what prices are normal for a 16kg sack?',
        ]),
      ),
    ],
    notes: 'A newcomer asks where to buy and about prices: a question, not a pitch.',
  },
  {
    ...en,
    id: 'newcomer-lookalike-ask-22',
    lookalike: true,
    group: 'vintage',
    members: { gav: ['Gavin Tully', '2026-09-06T09:00'] },
    visits: [
      feed(
        '2026-09-08T20:00',
        post('p1', 'gav', '2026-09-07T17:00', [
          'Just joined, picked up a 1979 Mini 1000 that needs everything 🙈',
          'who sells decent sills? and roughly what should a respray cost? DM me if you dont want to say publicly',
        ]),
      ),
    ],
    notes:
      'A newcomer asking who sells parts and what things cost, even with "DM me": he is buying, not selling.',
  },
  {
    ...fr,
    id: 'newcomer-lookalike-ask-23',
    lookalike: true,
    group: 'chats',
    members: { zoe: ['Zoé Lambert', '2026-10-25T12:00'] },
    visits: [
      feed(
        '2026-10-27T19:00',
        post('p1', 'zoe', '2026-10-26T18:40', [
          'Bonjour, nouvelle ici avec mon petit Filou 🐈',
          'vous achetez où vos croquettes ? et c quoi un prix normal pour un sac de 10kg ? merci !!',
        ]),
      ),
    ],
    notes: 'Une nouvelle demande où acheter et quel prix : le mot « prix » sans rien vendre.',
  },
  {
    ...fr,
    id: 'newcomer-lookalike-ask-24',
    lookalike: true,
    group: 'rando',
    members: { lucas: ['Lucas Perrin', '2026-07-01T08:00'], sylvie: ['Sylvie Marchetti', '2022-02-21'] },
    visits: [
      feed(
        '2026-07-03T19:00',
        post(
          'p1',
          'lucas',
          '2026-07-02T19:00',
          'Nouveau dans le groupe ! Vous conseillez quelle boutique pour des chaussures de rando sur Annecy ? budget 150€ max. MP moi si vous préférez',
        ),
        post(
          'p2',
          'sylvie',
          '2026-07-03T07:00',
          '@Lucas va voir à La Cordée du Lac, ils te font essayer sur une rampe',
        ),
      ),
    ],
    notes: 'Un nouveau cherche une boutique (budget, « MP moi ») ; une ancienne lui répond.',
  },
  // Look-alikes: a newcomer who names their own business without promoting it, or shares a free resource.
  {
    ...en,
    id: 'newcomer-lookalike-ownbusiness-29',
    lookalike: true,
    group: 'sourdough',
    members: { ian: ['Ian Cartwright', '2026-10-18T09:00'] },
    visits: [
      feed(
        '2026-10-20T19:00',
        post('p1', 'ian', '2026-10-19T21:00', [
          'Hi all, I run a small café in Hebden Bridge and we bake with yeast at the moment',
          'I’d love to try a sourdough loaf for the weekend but I have no idea where to start. Any good beginner guides? 🙏',
        ]),
      ),
    ],
    notes: 'A newcomer names his own café but asks for help: no price, no contact asked, nothing offered.',
  },
  {
    ...en,
    id: 'newcomer-lookalike-freeguide-30',
    lookalike: true,
    group: 'allotment',
    members: { cara: ['Cara Whelan', '2026-03-02T09:00'] },
    visits: [
      feed(
        '2026-03-04T18:00',
        post('p1', 'cara', '2026-03-03T19:00', [
          'Hello, new here 🌱 found this free sowing calendar from a gardening charity, really helped me last year',
          'link in comments, not mine, just sharing in case it helps someone',
        ]),
      ),
    ],
    notes: 'A newcomer shares a free guide that is not hers: a link, but no self-promotion.',
  },
  {
    ...fr,
    id: 'newcomer-lookalike-metier-31',
    lookalike: true,
    group: 'chats',
    members: { pauline: ['Pauline Serres', '2026-11-20T09:00'] },
    visits: [
      feed(
        '2026-11-22T19:00',
        post('p1', 'pauline', '2026-11-21T18:00', [
          'Coucou, je tiens une petite librairie à la Croix-Rousse et mon chat Moustache y fait la sieste en vitrine 📚🐈',
          'il a 12 ans et commence à boiter, vous avez des conseils pour l’arthrose ?',
        ]),
      ),
    ],
    notes:
      'Une nouvelle parle de sa librairie pour présenter son chat, puis demande un conseil : rien à vendre.',
  },
  {
    ...fr,
    id: 'newcomer-lookalike-partage-32',
    lookalike: true,
    group: 'levain',
    members: { theo: ['Théodore Vial', '2026-10-09T09:00'] },
    visits: [
      feed(
        '2026-10-11T08:00',
        post('p1', 'theo', '2026-10-10T20:00', [
          'Salut, nouveau ici 👋 je partage la vidéo qui m’a tout appris sur le façonnage (c’est pas moi hein, un boulanger québécois)',
          'le lien est en commentaire, gratuit',
        ]),
      ),
    ],
    notes: 'Un nouveau partage une vidéo gratuite qui n’est pas la sienne.',
  },
];
