/**
 * More dev situations (imported by dev-situations.ts), written without reading the detectors: labels follow what an
 * admin would see, by the rules of test/signals/README.md. English and French (France, Québec, Belgium,
 * Switzerland; some texts without accents, in SMS spelling or with typos).
 */
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
type Kind = DevSituation['situation']['kind'];
type Language = 'en' | 'fr';

const OLD = '2023-05-14T08:00:00Z';
const HELENE = { uid: '61550000000201', name: 'Hélène Tremblay' };
const OWEN = { uid: '61550000000202', name: 'Owen Fletcher' };
const NADIA = { uid: '61550000000203', name: 'Nadia Vermeulen' };
const PRIYA = { uid: '61550000000204', name: 'Priya Shah' };
const LUC = { uid: '61550000000205', name: 'Luc Gagnon' };
const MARGOT = { uid: '61550000000206', name: 'Margot Favre' };
const GROUP_ADMIN = { uid: '61550000000207', name: 'Yvette Chappuis' };

/** Gives a situation its own notes (the builder writes a generic line). */
function noted(dev: DevSituation, notes: string): DevSituation {
  return { ...dev, situation: { ...dev.situation, notes } };
}

const post = (id: string, who: Person, at: string, text: string, photos?: DevPost['photos']): DevPost => ({
  id,
  uid: who.uid,
  name: who.name,
  at,
  text,
  ...(photos ? { photos } : {}),
});
const photo = (id: string, set: string, alt: string, width: number, height: number) => ({
  id,
  alt,
  width,
  height,
  set,
});
const at = (iso: string) => new Date(iso);
/** A visit a few hours after a post. */
const laterThan = (iso: string) => new Date(Date.parse(iso) + 3 * 3_600_000).toISOString();

// --- Repeated image --------------------------------------------------------------------------------------------

/** Two posts, each read at its own feed visit a few hours after it was posted. */
function twoPosts(
  id: string,
  first: DevPost,
  second: DevPost,
  expected: boolean,
  notes: string,
  language: Language,
): DevSituation {
  const [v1, v2] = [laterThan(first.at), laterThan(second.at)];
  const members = [first, second]
    .map((p) => ({ uid: p.uid, name: p.name }))
    .filter((p, i, all) => all.findIndex((q) => q.uid === p.uid) === i)
    .map((p) => member(p.uid, p.name, OLD));
  return noted(
    situation(
      id,
      'repeated-image',
      expected ? [{ kind: 'repeated-image', memberUids: [second.uid], evidenceItemIds: [second.id] }] : [],
      members,
      [visit('feed-1', v1), visit('feed-2', v2)],
      { 'feed-1': feedPage([first], at(v1)), 'feed-2': feedPage([second], at(v2)) },
      language,
    ),
    notes,
  );
}

function repeated(): DevSituation[] {
  const kittens = 'May be an image of cat and text that says "FREE TO A GOOD HOME 3 KITTENS CALL AFTER 6PM"';
  const adopt =
    'Peut être une image de chat et texte qui dit « ADOPTEZ-MOI ! MINOU, 3 ANS, STÉRILISÉ, PUCÉ »';
  const vet = 'Peut être une image de texte qui dit « CLINIQUE DES TILLEULS FERMÉE DU 2 AU 9 NOVEMBRE »';
  const tabby = 'May be an image of cat sitting on a windowsill next to a potted basil plant and a blue mug';
  return [
    twoPosts(
      'dev2-repeat-reshare-kittens',
      post('400000000000101', OWEN, '2026-09-14T08:30:00Z', 'Neighbour asked me to post this', [
        photo('1700000000000101', '400000000000101', kittens, 1080, 1350),
      ]),
      post('400000000000102', PRIYA, '2026-10-05T17:10:00Z', 'Are these still available?', [
        photo('1700000000000101', '400000000000101', kittens, 1080, 1350),
      ]),
      true,
      'A kittens poster reshared by another member three weeks later: same Facebook photo id. Signal on the reshare.',
      'en',
    ),
    twoPosts(
      'dev2-repeat-upload-adopt',
      post('400000000000103', HELENE, '2026-10-03T10:00:00Z', 'Il attend toujours au refuge de Sherbrooke', [
        photo('1700000000000103', '400000000000103', adopt, 1080, 1350),
      ]),
      post('400000000000104', LUC, '2026-10-13T19:45:00Z', 'partagez svp il est trop beau', [
        photo('1700000000000104', '400000000000104', adopt, 1080, 1350),
      ]),
      true,
      'The same adoption poster uploaded again ten days later by someone else: new photo id, same long alt text quoting its words, same size. Signal.',
      'fr',
    ),
    twoPosts(
      'dev2-repeat-own-again',
      post('400000000000105', PRIYA, '2026-09-01T07:00:00Z', 'Morning supervisor on duty', [
        photo('1700000000000105', '400000000000105', tabby, 1536, 2048),
      ]),
      post('400000000000106', PRIYA, '2026-10-06T07:20:00Z', 'Throwback to my favourite photo of him', [
        photo('1700000000000105', '400000000000105', tabby, 1536, 2048),
      ]),
      true,
      'The same member posts her own photo again five weeks later (same photo id) in a new post: within 8 weeks, signal.',
      'en',
    ),
    twoPosts(
      'dev2-repeat-reshare-vet-notice',
      post(
        '400000000000107',
        NADIA,
        '2026-10-28T12:00:00Z',
        'Pour info, notre véto à Namur ferme une semaine',
        [photo('1700000000000107', '400000000000107', vet, 720, 960)],
      ),
      post('400000000000108', MARGOT, '2026-10-30T09:00:00Z', 'jsuis pas sure que tt le monde a vu ca', [
        photo('1700000000000107', '400000000000107', vet, 720, 960),
      ]),
      true,
      'A vet closure notice reshared two days later (same photo id) with an SMS-spelled caption. Signal.',
      'fr',
    ),
    twoPosts(
      'dev2-repeat-lookalike-phone-size',
      post('400000000000109', OWEN, '2026-10-10T18:00:00Z', 'Sleepy boy', [
        photo('1700000000000109', '400000000000109', 'May be an image of cat', 1536, 2048),
      ]),
      post('400000000000110', PRIYA, '2026-10-12T18:30:00Z', 'Mine is also asleep, must be the weather', [
        photo('1700000000000110', '400000000000110', 'May be an image of cat', 1536, 2048),
      ]),
      false,
      'Two different cats, each its own photo id, with the same generic alt text and the same common phone size 1536x2048. Not the same picture.',
      'en',
    ),
    twoPosts(
      'dev2-repeat-lookalike-generic-fr',
      post('400000000000111', HELENE, '2026-10-15T20:00:00Z', 'Ma Praline qui boude', [
        photo('1700000000000111', '400000000000111', 'Peut être une image de chat', 720, 960),
      ]),
      post('400000000000112', NADIA, '2026-10-16T08:15:00Z', 'Et voila le mien ce matin, meme tete', [
        photo('1700000000000112', '400000000000112', 'Peut être une image de chat', 720, 960),
      ]),
      false,
      'Two members’ own cats, generic French alt text and the same 720x960 size, different photo ids. No signal.',
      'fr',
    ),
    twoPosts(
      'dev2-repeat-lookalike-ten-weeks',
      post('400000000000113', LUC, '2026-07-20T15:00:00Z', 'Minou cherche une famille', [
        photo('1700000000000113', '400000000000113', adopt, 1080, 1350),
      ]),
      post('400000000000114', HELENE, '2026-09-30T15:00:00Z', 'Toujours pas adopté, on relance !', [
        photo('1700000000000114', '400000000000114', adopt, 1080, 1350),
      ]),
      false,
      'The same adoption poster uploaded again 72 days later (same long alt text and size): past the 8-week window, no signal.',
      'fr',
    ),
    twoPosts(
      'dev2-repeat-lookalike-reshare-late',
      post('400000000000115', OWEN, '2026-08-01T09:00:00Z', 'Found this poster at the corner shop', [
        photo('1700000000000115', '400000000000115', kittens, 1080, 1350),
      ]),
      post('400000000000116', PRIYA, '2026-10-10T09:00:00Z', 'Did these kittens ever find homes?', [
        photo('1700000000000115', '400000000000115', kittens, 1080, 1350),
      ]),
      false,
      'The same photo reshared (same id) ten weeks after it was first posted: past the window, no signal.',
      'en',
    ),
  ];
}

// --- Text kinds: one feed post ---------------------------------------------------------------------------------

const POSTED = '2026-11-02T09:00:00Z';
const READ = '2026-11-02T12:00:00Z';

function onePost(
  id: string,
  kind: Kind,
  postId: string,
  who: Person & { joinedAt: string; role?: 'admin' },
  text: string,
  expected: boolean,
  language: Language,
  notes: string,
): DevSituation {
  return noted(
    situation(
      id,
      kind,
      expected ? [{ kind, memberUids: [who.uid], evidenceItemIds: [postId] }] : [],
      [member(who.uid, who.name, who.joinedAt, who.role)],
      [visit('feed-1', READ)],
      { 'feed-1': feedPage([post(postId, who, POSTED, text)], at(READ)) },
      language,
    ),
    notes,
  );
}

const daysBefore = (days: number) => new Date(Date.parse(POSTED) - days * 86_400_000).toISOString();

function brandContest(): DevSituation[] {
  const kind = 'brand-contest';
  return [
    onePost(
      'dev2-contest-page-share-win',
      kind,
      '400000000000201',
      { uid: '61550000000211', name: 'Whisker Treats Co', joinedAt: daysBefore(2) },
      'WIN a 6-month supply of our salmon bites! To enter: like our page, share this post and tag 3 friends who love their cats. Winner drawn Friday.',
      true,
      'en',
      'A brand’s Page that joined two days ago posts a like-share-tag giveaway. Signal.',
    ),
    onePost(
      'dev2-contest-quebec-carte-cadeau',
      kind,
      '400000000000202',
      { uid: '61550000000212', name: 'Animo Boutique Laval', joinedAt: daysBefore(3) },
      'Concours! Courez la chance de gagner une carte-cadeau de 100$ en magasin. Aimez notre page, partagez pis identifiez 3 amis en commentaire. Tirage vendredi!',
      true,
      'fr',
      'A pet shop’s account (joined three days ago) drops a Québec-French contest: gift card, share and tag friends. Signal.',
    ),
    onePost(
      'dev2-contest-sms-code-promo',
      kind,
      '400000000000203',
      { uid: '61550000000213', name: 'Miaou Shop', joinedAt: daysBefore(1) },
      'CONCOURS pr gagner 1 arbre a chat !! abonne toi a notre page, partage et tag 2 potes. et en + code promo MIAOU20 = -20% sur tt le site',
      true,
      'fr',
      'A shop account that joined the day before: contest in SMS spelling without accents, plus a promo code. Signal.',
    ),
    onePost(
      'dev2-contest-cold-promo-code',
      kind,
      '400000000000204',
      { uid: '61550000000214', name: 'PurrFeast Kitchen', joinedAt: daysBefore(1) },
      'Treat your kitty this week: use code PURR15 for 15% off our new grain-free recipe at purrfeast.example. Today only, while stocks last!',
      true,
      'en',
      'Cold promotion with a promo code by a brand account that joined a day before. No contest, but a brand promotion dropped in: signal.',
    ),
    onePost(
      'dev2-contest-lookalike-raffle-question',
      kind,
      '400000000000205',
      { uid: NADIA.uid, name: NADIA.name, joinedAt: OLD },
      "Quelqu'un sait si la tombola du refuge de Liège a encore des billets ? Ils sont à 2 € et c'est pour les soins des chatons, je voudrais en prendre une dizaine.",
      false,
      'fr',
      'A long-time Belgian member asks about a shelter’s charity raffle. Talk about a raffle, nothing dropped in: no signal.',
    ),
    onePost(
      'dev2-contest-lookalike-admin-birthday',
      kind,
      '400000000000206',
      { uid: GROUP_ADMIN.uid, name: GROUP_ADMIN.name, joinedAt: OLD, role: 'admin' },
      'The group turns five this week! Tell us in the comments how your cat came into your life. We admins will pick three stories and send each a toy we bought ourselves.',
      false,
      'en',
      'The admin’s own group contest for the group’s birthday. No signal.',
    ),
    onePost(
      'dev2-contest-lookalike-swiss-warning',
      kind,
      '400000000000207',
      { uid: MARGOT.uid, name: MARGOT.name, joinedAt: OLD },
      'Attention, une fausse page « Croquettes Royales Suisse » fait un concours « partagez et gagnez » sur Facebook en ce moment. C’est une arnaque pour récolter vos données, ne cliquez pas !',
      false,
      'fr',
      'A long-time Swiss member warns against a fake contest seen elsewhere, quoting its words. No signal.',
    ),
    onePost(
      'dev2-contest-lookalike-sponsor-run',
      kind,
      '400000000000208',
      { uid: OWEN.uid, name: OWEN.name, joinedAt: OLD },
      "I'm running the half marathon on Sunday for the cat rescue that saved my Mittens. If you can spare a pound or two, the link to my fundraising page is in the comments. Every penny goes to vet bills.",
      false,
      'en',
      'A long-time member’s own charity fundraiser. No brand, no contest: no signal.',
    ),
  ];
}

function newcomerSelling(): DevSituation[] {
  const kind = 'newcomer-selling';
  return [
    onePost(
      'dev2-newcomer-quebec-griffoirs',
      kind,
      '400000000000301',
      { uid: HELENE.uid, name: HELENE.name, joinedAt: daysBefore(5) },
      'Allo tout le monde! Je fabrique des griffoirs en bois faits à la main, 45$ chaque ou 80$ pour deux. Écrivez-moi en privé pour commander, je livre sur la Rive-Sud.',
      true,
      'fr',
      'Joined five days ago; first post sells her own scratching posts with prices and a private-message request. Signal.',
    ),
    onePost(
      'dev2-newcomer-behaviourist-site',
      kind,
      '400000000000302',
      { uid: PRIYA.uid, name: PRIYA.name, joinedAt: daysBefore(8) },
      "Hi everyone, new here! I'm a certified cat behaviourist. You can book a consultation on my site calmcats.example, first session only £30. Please recommend me to anyone whose cat is struggling!",
      true,
      'en',
      'Joined a week ago; first post promotes her own service with a site, a price and "recommend me". Signal.',
    ),
    onePost(
      'dev2-newcomer-sms-croquettes',
      kind,
      '400000000000303',
      { uid: LUC.uid, name: LUC.name, joinedAt: daysBefore(10) },
      'slt a tous, jvend des croquettes bio pr chat 25e le sac de 5kg, mp moi si interesser, livraison possible sur lyon et alentour',
      true,
      'fr',
      'Joined ten days ago; sells cat food in SMS spelling with typos, a price and "mp moi". Signal.',
    ),
    onePost(
      'dev2-newcomer-belgian-boutique',
      kind,
      '400000000000304',
      { uid: NADIA.uid, name: NADIA.name, joinedAt: daysBefore(7) },
      "Bonjour à tous ! Je viens d'ouvrir ma boutique en ligne de colliers pour chats, plus de septante modèles brodés main. Rendez-vous sur minoubijoux.example, -10% pour les membres du groupe.",
      true,
      'fr',
      'Joined a week ago; first post announces her own online shop with a discount (Belgian "septante"). Signal.',
    ),
    onePost(
      'dev2-newcomer-lookalike-groomer-intro',
      kind,
      '400000000000305',
      { uid: PRIYA.uid, name: PRIYA.name, joinedAt: daysBefore(4) },
      "Hello from Leeds! I'm Priya, I run a small pet grooming salon and share my flat with Biscuit, a grumpy 14-year-old tabby who hates being brushed (the irony). Looking forward to learning from you all.",
      false,
      'en',
      'A newcomer’s kind introduction mentioning her own business, no pitch, no contact request. No signal.',
    ),
    onePost(
      'dev2-newcomer-lookalike-old-member-link',
      kind,
      '400000000000306',
      { uid: MARGOT.uid, name: MARGOT.name, joinedAt: OLD },
      "Pour celles et ceux qui cherchaient une fontaine silencieuse : voici celle que j'utilise depuis deux ans, fontaines-chat.example/petit-modele, environ 30 €. Mes deux chats boivent beaucoup plus depuis.",
      false,
      'fr',
      'A long-time member shares a useful product link with a price that is not hers. No signal.',
    ),
    onePost(
      'dev2-newcomer-lookalike-swiss-vet-nurse',
      kind,
      '400000000000307',
      { uid: MARGOT.uid, name: MARGOT.name, joinedAt: daysBefore(3) },
      'Salut depuis Lausanne ! Je suis assistante vétérinaire et je vis avec deux chattes, Nala et Praline. Contente de vous rejoindre et de lire vos histoires.',
      false,
      'fr',
      'A newcomer’s introduction mentioning her job, nothing promoted. No signal.',
    ),
    onePost(
      'dev2-newcomer-lookalike-asks-sitter',
      kind,
      '400000000000308',
      { uid: OWEN.uid, name: OWEN.name, joinedAt: daysBefore(2) },
      'Newbie here! Can anyone recommend a reliable cat sitter around Bristol for two weeks in August? Happy to pay the going rate, just want someone my cat will like.',
      false,
      'en',
      'A newcomer asking for a recommendation and mentioning paying: looking to buy, not selling. No signal.',
    ),
  ];
}

// --- Heated exchange: comments on one post (comment 2 is Camille's, the others Louise's) -------------------------

function thread(
  id: string,
  texts: readonly string[],
  attacks: readonly number[],
  language: Language,
  notes: string,
): DevSituation {
  const url = `https://www.facebook.com/groups/${GID}/posts/3744420902118814/`;
  const who = [COMMENTERS.louise, COMMENTERS.camille];
  return noted(
    situation(
      id,
      'heated-exchange',
      attacks.length
        ? [
            {
              kind: 'heated-exchange',
              memberUids: who.map((p) => p.uid),
              evidenceItemIds: attacks.map((i) => COMMENT_IDS[i]!),
            },
          ]
        : [],
      who.map((p) => member(p.uid, p.name, OLD)),
      [visit('post-1', '2025-06-16T12:00:00Z', url)],
      { 'post-1': commentsPage(texts) },
      language,
    ),
    notes,
  );
}

function heated(): DevSituation[] {
  return [
    thread(
      'dev2-heated-no-insult-words',
      [
        "Honestly, people like you shouldn't be allowed to keep animals.",
        'Says the woman whose cat is twice the size it should be. Look in a mirror before lecturing anyone.',
        'Nobody asked you. You clearly know nothing about anything, as usual.',
      ],
      [0, 1, 2],
      'en',
      'Louise and Camille attack each other’s person without any classic insult word. Signal on the three comments.',
    ),
    thread(
      'dev2-heated-quebec',
      [
        "T'as aucune idée de ce que tu racontes, franchement t'es rendue niaiseuse à force de lire n'importe quoi.",
        "Pis toi t'es juste une grande gueule qui se pense meilleure que tout le monde. Personne t'endure ici.",
        'Va donc apprendre à lire avant de venir nous faire la leçon.',
      ],
      [0, 1, 2],
      'fr',
      'Québec French: the two members insult and belittle each other. Signal.',
    ),
    thread(
      'dev2-heated-sms',
      [
        "t'es serieuse la? tu comprend rien a rien, ta pas de cerveau ou quoi",
        "occupe toi de tes oignons, t'es pathetique, tt le groupe se moque de toi",
        'cest toi la pathetique, retourne sous ton caillou',
      ],
      [0, 1, 2],
      'fr',
      'SMS spelling without accents: a personal exchange of contempt between two members. Signal.',
    ),
    thread(
      'dev2-heated-lookalike-outdoor-debate',
      [
        'I strongly disagree. Free-roaming cats kill millions of birds every year; indoors is safer for everyone.',
        'I get the bird point, but mine would be miserable inside all day. A catio is our compromise.',
        'A catio sounds like a great middle ground, honestly. Any pictures of how you built it?',
      ],
      [],
      'en',
      'A firm but friendly disagreement about a method. No signal.',
    ),
    thread(
      'dev2-heated-lookalike-banter',
      [
        "Ah ben bravo Camille, ton chat a encore volé mes croissants sur le balcon 😂 t'es une voisine terrible ❤️",
        'Menteuse ! Il est bien trop bien élevé pour ça 😜 bisous ma grande',
        'Viens boire un café demain et on en reparle 😘',
      ],
      [],
      'fr',
      'Neighbours and friends teasing each other with emoji and affection. No signal.',
    ),
    thread(
      'dev2-heated-lookalike-angry-at-clinic',
      [
        'I am furious. The emergency clinic kept us waiting four hours and then charged £200 for nothing at all.',
        "That's outrageous, I'm so sorry. You should complain to the practice manager.",
        'Absolutely disgraceful service, I am never going back there. Poor Mittens was terrified.',
      ],
      [],
      'en',
      'One member angry at a clinic (outside the group), another sympathising. No personal attack between members.',
    ),
    thread(
      'dev2-heated-lookalike-belgian-debate',
      [
        "Je ne suis pas d'accord du tout, les croquettes sans céréales c'est surtout du marketing, ma véto me l'a bien dit.",
        "Moi j'ai vu une vraie différence sur le poil, mais chaque chat est différent, hein.",
        "C'est vrai, tu me diras dans un mois si ça tient. Allez, bonne soirée !",
      ],
      [],
      'fr',
      'A lively Belgian-French debate about food, friendly throughout. No signal.',
    ),
  ];
}

// --- Weekly kinds ----------------------------------------------------------------------------------------------

const POOLS = {
  en: {
    on: [
      'Our new kitten cries all night, did yours settle after a few days?',
      'Which wet food do your fussy eaters actually finish?',
      'Shelter open day on Saturday, six adult cats still waiting for a home',
      'Is it normal for a cat to sleep 18 hours a day? Ours barely moves',
      'Litter tray in the bathroom or the utility room, what works for you?',
      'Our senior cat has lost weight, the vet wants to check her thyroid',
      'Tips for getting a cat into the carrier without scratches?',
      'Adopted a shy black cat last month, she finally purrs on the sofa',
      'Worming tablets hidden in food: which treats do the trick?',
      'Foster family needed for a mum and four kittens until December',
      'How often do you brush a short-haired cat?',
      'Our cat started biting during cuddles, any idea why?',
      'Dental cleaning under anaesthetic for a 12-year-old cat, worth it?',
      'Best way to introduce a kitten to a resident older cat?',
      'Water fountain or bowl? Ours ignores both',
      'Microchip cat flap recommendations, the neighbour’s tom keeps coming in',
      'Kidney diet food: did your cat accept the change?',
      'Two sisters from the shelter, a week home and already inseparable',
      'Our vet says our cat is overweight, how did you help yours slim down?',
      'Cat grass: does it really help with hairballs?',
      'Moving house next month, how do you keep a cat calm?',
      'Found a stray kitten behind the shop, what do I feed her tonight?',
      'Scratching the door at 5 am every morning, how did you stop it?',
      'Indoor cat bored in winter, favourite toys?',
      'Spaying booked next week, what should I prepare at home?',
      'Our cat sneezes a lot since we got new litter',
      'Which brush works for a Norwegian Forest cat in moulting season?',
      'Rescued cat afraid of men, how long until she trusts my partner?',
      'Vaccines for a kitten: first jab at eight weeks?',
      'Our old boy passed last night, thank you all for the advice these years',
      'Is a cat tree worth the price or do they prefer the box?',
      'Flea season again, what do you use on a kitten?',
      'Cat meowing at night since she turned 16, should I worry?',
      'Adoption fees at our shelter went up, still worth it',
      'Our kitten eats plastic bags, how do we stop it?',
      'Second cat or not? Ours seems lonely when we work',
      'Hairball paste or special food, which helped yours?',
      'Weighing a cat at home: any trick?',
      'Our cat learned to open the kitchen drawers',
      'Bringing a cat on holiday to the caravan, anyone done it?',
      'First vet visit for our rescue tomorrow, what to ask?',
      'Our two cats fight at dinner time, separate bowls helped?',
      'Cat claws caught in the carpet, trim or caps?',
      'A kitten for a child with allergies, any experience?',
      'Recovering from surgery, how to stop her licking the stitches?',
    ],
    off: [
      'Selling my bike, barely used, message me if interested',
      'Who watched the rugby on Saturday? What a game',
      'Any electrician near the market square? Our fuse keeps tripping',
      'Council elections next month, who are you voting for?',
      'Lemon drizzle cake recipe that stays moist?',
      'Car boot sale at the school field on Sunday',
      'Looking for a room to rent near the university',
      'Which broadband provider works in the village?',
      'Road closed by the bridge again this week',
      'New Thai restaurant on the high street, any good?',
      'Tomatoes splitting on the plant, what am I doing wrong?',
      'My phone screen cracked, where do you get them fixed?',
      'Best walks near the reservoir for the weekend?',
      'Anyone selling a second-hand washing machine?',
    ],
  },
  fr: {
    on: [
      'Notre chaton pleure toute la nuit, le vôtre s’est calmé au bout de combien de temps ?',
      'Quelle pâtée vos chats difficiles finissent-ils vraiment ?',
      'Portes ouvertes au refuge samedi, six chats adultes attendent une famille',
      'C’est normal qu’un chat dorme 18 heures par jour ? Le nôtre bouge à peine',
      'Litière dans la salle de bain ou la buanderie, vous faites comment ?',
      'Notre vieille chatte a maigri, la véto veut contrôler sa thyroïde',
      'Des astuces pour mettre un chat dans la caisse de transport sans griffures ?',
      'Adopté une chatte noire timide le mois passé, elle ronronne enfin sur le canapé',
      'Vermifuge caché dans la nourriture : quelles friandises marchent ?',
      'Famille d’accueil recherchée pour une maman et quatre chatons jusqu’en décembre',
      'Vous brossez un chat à poil court tous les combien ?',
      'Notre chat mord pendant les câlins, une idée pourquoi ?',
      'Détartrage sous anesthésie pour un chat de 12 ans, ça vaut le coup ?',
      'Comment présenter un chaton à un vieux chat déjà à la maison ?',
      'Fontaine ou gamelle ? Le nôtre boude les deux',
      'Une chatière à puce à conseiller ? Le matou du voisin rentre chez nous',
      'Croquettes rénales : votre chat a accepté le changement ?',
      'Deux sœurs du refuge, une semaine à la maison et déjà inséparables',
      'La véto dit que notre chat est trop gros, comment vous avez fait maigrir le vôtre ?',
      'L’herbe à chat aide vraiment contre les boules de poils ?',
      'On déménage le mois prochain, comment garder un chat calme ?',
      'Trouvé un chaton errant derrière le magasin, je lui donne quoi ce soir ?',
      'Il gratte la porte à 5 h tous les matins, vous avez réussi à l’arrêter ?',
      'Chat d’appartement qui s’ennuie l’hiver, vos jouets préférés ?',
      'Stérilisation la semaine prochaine, je prépare quoi à la maison ?',
      'Notre chat éternue beaucoup depuis la nouvelle litière',
      'Quelle brosse pour un norvégien en pleine mue ?',
      'Chatte sauvée qui a peur des hommes, combien de temps avant qu’elle fasse confiance ?',
      'Vaccins du chaton : première injection à huit semaines ?',
      'Notre vieux matou est parti cette nuit, merci à tous pour vos conseils',
      'Un arbre à chat vaut le prix ou ils préfèrent le carton ?',
      'Saison des puces, vous utilisez quoi sur un chaton ?',
      'Elle miaule la nuit depuis ses 16 ans, je dois m’inquiéter ?',
      'Notre chaton mâchouille les sacs plastique, comment l’en empêcher ?',
      'Un deuxième chat ou pas ? Le nôtre a l’air seul quand on travaille',
      'Pâte contre les boules de poils ou croquettes spéciales ?',
      'Peser un chat à la maison : une astuce ?',
      'Notre chat a appris à ouvrir les tiroirs de la cuisine',
      'Emmener un chat en vacances au camping, quelqu’un l’a fait ?',
      'Première visite chez le véto demain pour notre adopté, je demande quoi ?',
      'Nos deux chats se battent à l’heure du repas, des gamelles séparées ça aide ?',
      'Griffes accrochées au tapis : couper ou capuchons ?',
      'Un chaton pour un enfant allergique, des expériences ?',
      'Après l’opération, comment l’empêcher de lécher ses points ?',
      'La litière végétale, vous en pensez quoi ?',
    ],
    off: [
      'Je vends mon vélo, presque neuf, MP si intéressé',
      'Vous avez vu le match de foot dimanche ? Quelle fin',
      'Un électricien dans le coin ? Notre disjoncteur saute sans arrêt',
      'Élections municipales le mois prochain, vous votez pour qui ?',
      'Une recette de gâteau au yaourt qui ne retombe pas ?',
      'Vide-grenier sur la place de l’église dimanche',
      'Je cherche une chambre à louer près de la fac',
      'Quel opérateur internet marche bien au village ?',
      'Route encore fermée près du pont cette semaine',
      'Le nouveau resto thaï du centre, il est bien ?',
      'Mes tomates éclatent sur pied, je fais quoi de travers ?',
      'Écran de téléphone cassé, vous le faites réparer où ?',
      'Des balades sympas autour du lac pour le week-end ?',
      'Quelqu’un vend une machine à laver d’occasion ?',
    ],
  },
};

const WEEKLY_PEOPLE = [HELENE, OWEN, NADIA];

/**
 * Weekly feed visits; `weeks` is `on+off` per visit (on-topic and off-topic posts in the seven days before it, texts
 * from the language's pools). A visit with fewer than three new posts shows the newest older ones too, as a feed
 * never shows nothing. Returns the pages, visits and the last week's posts (split on/off).
 */
function weeklyFeeds(prefix: string, weeks: readonly (readonly [number, number])[], language: Language) {
  const start = Date.parse('2026-09-06T12:00:00Z');
  const pool = POOLS[language];
  const posts: DevPost[] = [];
  const pages: Record<string, string> = {};
  const offTexts = new Set(pool.off);
  let [on, off] = [0, 0];
  const visits = weeks.map(([onCount, offCount], week) => {
    const now = new Date(start + (week + 1) * 7 * 86_400_000);
    const texts = [
      ...Array.from({ length: onCount }, () => pool.on[on++ % pool.on.length]!),
      ...Array.from({ length: offCount }, () => pool.off[off++ % pool.off.length]!),
    ];
    texts.forEach((text, n) => {
      const when = new Date(now.getTime() - ((n + 0.5) * 6 * 86_400_000) / texts.length - 3_600_000);
      const id = `${prefix}0000000${String(week).padStart(2, '0')}${String(n).padStart(3, '0')}`;
      posts.push(post(id, WEEKLY_PEOPLE[n % WEEKLY_PEOPLE.length]!, when.toISOString(), text));
    });
    const shown = posts
      .filter((p) => Date.parse(p.at) <= now.getTime())
      .sort((a, b) => b.at.localeCompare(a.at));
    const fresh = shown.filter((p) => Date.parse(p.at) > now.getTime() - 7 * 86_400_000);
    pages[`feed-${week}`] = feedPage(fresh.length >= 3 ? fresh : shown.slice(0, 3), now);
    return visit(`feed-${week}`, now.toISOString());
  });
  const lastPrefix = `${prefix}0000000${String(weeks.length - 1).padStart(2, '0')}`;
  const lastWeek = posts.filter((p) => p.id.startsWith(lastPrefix));
  return {
    pages,
    visits,
    lastWeekIds: lastWeek.map((p) => p.id),
    lastOffIds: lastWeek.filter((p) => offTexts.has(p.text)).map((p) => p.id),
  };
}

const members = () => WEEKLY_PEOPLE.map((p) => member(p.uid, p.name, OLD));

function offTopic(
  id: string,
  prefix: string,
  plan: string,
  expected: boolean,
  language: Language,
  notes: string,
) {
  const weeks = plan.split(' ').map((w) => w.split('+').map(Number) as [number, number]);
  const feeds = weeklyFeeds(prefix, weeks, language);
  return noted(
    situation(
      id,
      'off-topic-balance',
      expected ? [{ kind: 'off-topic-balance', memberUids: [], evidenceItemIds: feeds.lastOffIds }] : [],
      members(),
      feeds.visits,
      feeds.pages,
      language,
    ),
    `Weekly on+off posts: ${plan}. ${notes}`,
  );
}

function quiet(
  id: string,
  prefix: string,
  perWeek: readonly number[],
  expected: boolean,
  language: Language,
  notes: string,
) {
  const feeds = weeklyFeeds(
    prefix,
    perWeek.map((n) => [n, 0] as const),
    language,
  );
  return noted(
    situation(
      id,
      'group-quiet',
      expected ? [{ kind: 'group-quiet', memberUids: [], evidenceItemIds: feeds.lastWeekIds }] : [],
      members(),
      feeds.visits,
      feeds.pages,
      language,
    ),
    `Posts per week: ${perWeek.join(', ')}. ${notes}`,
  );
}

function weeklyKinds(): DevSituation[] {
  return [
    offTopic(
      'dev2-off-topic-tips-en',
      '501',
      '5+1 4+1 5+0 4+1 1+5',
      true,
      'en',
      'About a fifth off-topic for four weeks, then 5 of 6 posts off-topic. Signal.',
    ),
    offTopic(
      'dev2-off-topic-tips-fr',
      '502',
      '4+1 4+0 3+1 4+1 1+3',
      true,
      'fr',
      'At most a quarter off-topic, then 3 of 4 posts off-topic. Signal.',
    ),
    offTopic(
      'dev2-off-topic-lookalike-usual-fr',
      '503',
      '1+2 2+2 1+3 2+2 1+2',
      false,
      'fr',
      'A group that is always about 60% off-topic: the last week is its usual share. No signal.',
    ),
    offTopic(
      'dev2-off-topic-lookalike-busy-en',
      '504',
      '3+1 3+1 4+0 3+1 8+2',
      false,
      'en',
      'A busy on-topic week: 2 of 10 off-topic, the usual share. No signal.',
    ),
    offTopic(
      'dev2-off-topic-lookalike-two-posts',
      '505',
      '4+1 4+1 4+0 3+1 0+2',
      false,
      'en',
      'The last week has only two posts, both off-topic: fewer than three posts that week, no signal.',
    ),
    quiet(
      'dev2-quiet-decline-fr',
      '601',
      [6, 7, 6, 6, 7, 2, 1],
      true,
      'fr',
      'About six a week, then two weeks at a third or less. Signal.',
    ),
    quiet(
      'dev2-quiet-decline-en',
      '602',
      [10, 9, 11, 10, 3, 2, 3],
      true,
      'en',
      'About ten a week, then three weeks at three or fewer. Signal.',
    ),
    quiet(
      'dev2-quiet-lookalike-holiday-en',
      '603',
      [6, 6, 7, 6, 1, 6, 7],
      false,
      'en',
      'One low week that recovers the week after. No signal.',
    ),
    quiet(
      'dev2-quiet-lookalike-always-fr',
      '604',
      [1, 2, 1, 1, 2, 1, 1],
      false,
      'fr',
      'A group that was always this quiet. No signal.',
    ),
    quiet(
      'dev2-quiet-lookalike-half-en',
      '605',
      [9, 9, 8, 9, 5, 5],
      false,
      'en',
      'Down to about half of the usual for two weeks, not to a third. No signal.',
    ),
  ];
}

export const MORE_DEV_SITUATIONS: DevSituation[] = [
  ...repeated(),
  ...brandContest(),
  ...newcomerSelling(),
  ...heated(),
  ...weeklyKinds(),
];
