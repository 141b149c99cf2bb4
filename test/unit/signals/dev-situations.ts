/**
 * The dev situations themselves (see build-dev-situations.ts); `npx tsx test/unit/signals/dev-situations.ts [dir]`
 * writes them to `dir` (default: a temporary directory).
 */
import {
  COMMENT_IDS,
  DEV_DIR,
  COMMENTERS,
  GID,
  commentsPage,
  feedPage,
  member,
  situation,
  visit,
  write,
  type DevPost,
  type DevSituation,
} from './build-dev-situations';
import { MORE_DEV_SITUATIONS } from './dev-situations-more';
import { THIRD_DEV_SITUATIONS } from './dev-situations-third';

const A = { uid: '61550000000101', name: 'Agathe Moreau' };
const B = { uid: '61550000000102', name: 'Bruno Lefèvre' };
const C = { uid: '61550000000103', name: 'Chloé Martin' };
const ADMIN = { uid: '61550000000104', name: 'Denise Garnier' };
const OLD = '2024-01-10T10:00:00Z';
const post = (
  id: string,
  who: { uid: string; name: string },
  at: string,
  text: string,
  photos?: DevPost['photos'],
) => ({
  id,
  uid: who.uid,
  name: who.name,
  at,
  text,
  ...(photos ? { photos } : {}),
});
const cat = (id: string, set: string, alt = 'May be an image of cat', width = 960, height = 1280) => ({
  id,
  alt,
  width,
  height,
  set,
});
const people = (joined: Record<string, string>, admin = false) => [
  member(A.uid, A.name, joined[A.uid] ?? OLD),
  member(B.uid, B.name, joined[B.uid] ?? OLD),
  member(C.uid, C.name, joined[C.uid] ?? OLD),
  member(ADMIN.uid, ADMIN.name, OLD, admin ? 'admin' : undefined),
];

function repeated(): DevSituation[] {
  const lost = 'May be an image of cat and text that says "LOST CAT GINGER TOM REWARD"';
  const first = post('100000000000011', A, '2026-10-01T09:00:00Z', 'Have you seen him?', [
    cat('1700000000000011', '100000000000011', lost, 720, 1241),
  ]);
  const reshare = post('100000000000012', B, '2026-10-20T09:00:00Z', 'Still missing, please share', [
    cat('1700000000000011', '100000000000011', lost, 720, 1241),
  ]);
  const upload = post('100000000000013', C, '2026-10-21T09:00:00Z', 'Saw this again', [
    cat('1700000000000013', '100000000000013', 'May be an image of cat lying on a red sofa', 720, 1241),
  ]);
  const uploadFirst = post('100000000000014', A, '2026-10-02T09:00:00Z', 'My boy', [
    cat('1700000000000014', '100000000000014', 'May be an image of cat lying on a red sofa', 720, 1241),
  ]);
  const other = post('100000000000015', B, '2026-10-21T09:00:00Z', 'Mine too!', [
    cat('1700000000000015', '100000000000015', 'May be an image of cat', 1080, 1350),
  ]);
  const cat1 = post('100000000000016', A, '2026-10-02T09:00:00Z', 'Sunday nap', [
    cat('1700000000000016', '100000000000016'),
  ]);
  const late = post('100000000000017', B, '2026-12-30T09:00:00Z', 'Found him at last?', [
    cat('1700000000000011', '100000000000011', lost, 720, 1241),
  ]);
  const album = post('100000000000018', C, '2026-10-05T09:00:00Z', 'Two of the same, oops', [
    cat('1700000000000018', '100000000000018', lost, 720, 1241),
    cat('1700000000000019', '100000000000018', lost, 720, 1241),
  ]);
  const v = (page: string, now: string) => visit(page, now);
  return [
    situation(
      'dev-repeat-reshare',
      'repeated-image',
      [{ kind: 'repeated-image', memberUids: [B.uid], evidenceItemIds: [reshare.id] }],
      people({}),
      [v('feed-1', '2026-10-01T12:00:00Z'), v('feed-2', '2026-10-20T12:00:00Z')],
      {
        'feed-1': feedPage([first], new Date('2026-10-01T12:00:00Z')),
        'feed-2': feedPage([reshare], new Date('2026-10-20T12:00:00Z')),
      },
    ),
    situation(
      'dev-repeat-upload',
      'repeated-image',
      [{ kind: 'repeated-image', memberUids: [C.uid], evidenceItemIds: [upload.id] }],
      people({}),
      [v('feed-1', '2026-10-21T12:00:00Z')],
      { 'feed-1': feedPage([uploadFirst, upload], new Date('2026-10-21T12:00:00Z')) },
    ),
    situation(
      'dev-repeat-lookalike-cats',
      'repeated-image',
      [],
      people({}),
      [v('feed-1', '2026-10-21T12:00:00Z')],
      { 'feed-1': feedPage([cat1, other], new Date('2026-10-21T12:00:00Z')) },
    ),
    situation(
      'dev-repeat-lookalike-late',
      'repeated-image',
      [],
      people({}),
      [v('feed-1', '2026-10-01T12:00:00Z'), v('feed-2', '2026-12-30T12:00:00Z')],
      {
        'feed-1': feedPage([first], new Date('2026-10-01T12:00:00Z')),
        'feed-2': feedPage([late], new Date('2026-12-30T12:00:00Z')),
      },
    ),
    situation(
      'dev-repeat-lookalike-album',
      'repeated-image',
      [],
      people({}),
      [v('feed-1', '2026-10-05T12:00:00Z')],
      { 'feed-1': feedPage([album], new Date('2026-10-05T12:00:00Z')) },
    ),
  ];
}

function oneFeedPost(
  id: string,
  kind: DevSituation['situation']['kind'],
  who: { uid: string; name: string },
  text: string,
  expected: boolean,
  joined: Record<string, string>,
  admin = false,
  language: 'en' | 'fr' = 'en',
): DevSituation {
  const p = post(id, who, '2026-11-02T09:00:00Z', text);
  const now = '2026-11-02T12:00:00Z';
  return situation(
    `dev-${kind}-${id.slice(-2)}${expected ? '' : '-lookalike'}`,
    kind,
    expected ? [{ kind, memberUids: [who.uid], evidenceItemIds: [id] }] : [],
    people(joined, admin),
    [visit('feed-1', now)],
    { 'feed-1': feedPage([p], new Date(now)) },
    language,
  );
}

function textKinds(): DevSituation[] {
  const recent = { [A.uid]: '2026-10-28T10:00:00Z', [B.uid]: '2026-10-30T10:00:00Z' };
  return [
    oneFeedPost(
      '100000000000021',
      'newcomer-selling',
      A,
      'Hi all! I make handmade collars for cats, have a look at my shop catcollars.example, DM me for prices, 15€ each.',
      true,
      recent,
    ),
    oneFeedPost(
      '100000000000022',
      'newcomer-selling',
      B,
      'Bonjour à tous, je propose mes services de garde de chats à domicile, 12 € la visite, contactez-moi en MP !',
      true,
      recent,
      false,
      'fr',
    ),
    oneFeedPost(
      '100000000000023',
      'newcomer-selling',
      A,
      "Hello everyone! I'm Agathe, I work as a vet nurse and live with two rescue cats. So happy to join.",
      false,
      recent,
    ),
    oneFeedPost(
      '100000000000024',
      'newcomer-selling',
      C,
      'I really recommend the shop Miaou in town, their food is 10€ the bag and the staff are lovely.',
      false,
      recent,
    ),
    oneFeedPost(
      '100000000000025',
      'newcomer-selling',
      B,
      'Bonjour, je cherche où acheter un arbre à chat pas trop cher, des idées ?',
      false,
      recent,
      false,
      'fr',
    ),
    oneFeedPost(
      '100000000000031',
      'brand-contest',
      B,
      'GIVEAWAY! Share this post and tag 3 friends for a chance to win a year of cat food from our brand!',
      true,
      recent,
    ),
    oneFeedPost(
      '100000000000032',
      'brand-contest',
      A,
      'Grand jeu concours ! Partagez cette publication et identifiez 2 amis pour gagner un panier de croquettes.',
      true,
      recent,
      false,
      'fr',
    ),
    oneFeedPost(
      '100000000000033',
      'brand-contest',
      ADMIN,
      'Photo contest of the month! Post your best sleepy cat photo below, the winner gets featured on our cover.',
      false,
      {},
      true,
    ),
    oneFeedPost(
      '100000000000034',
      'brand-contest',
      C,
      'Our shelter raffle is on: tickets are 2€ each, all proceeds go to the kittens. Thank you!',
      false,
      {},
    ),
  ];
}

function heated(): DevSituation[] {
  const url = `https://www.facebook.com/groups/${GID}/posts/3744420902118814/`;
  const who = [COMMENTERS.louise, COMMENTERS.camille];
  const members = [...who.map((p) => member(p.uid, p.name, OLD))];
  const now = '2025-06-16T12:00:00Z';
  const angry = [
    'You are an idiot, only a moron feeds a cat like that.',
    'Shut up, you are a pathetic liar and everyone here knows it.',
    'Typical of you, stupid as always.',
  ];
  const friendly = [
    'I see it differently: wet food worked better for my two.',
    'Fair point! Dry food is easier when you work long days though.',
    'Both work, it depends on the cat really.',
  ];
  return [
    situation(
      'dev-heated-insults',
      'heated-exchange',
      [{ kind: 'heated-exchange', memberUids: who.map((p) => p.uid), evidenceItemIds: [COMMENT_IDS[1]!] }],
      members,
      [visit('post-1', now, url)],
      { 'post-1': commentsPage(angry) },
    ),
    situation('dev-heated-lookalike-friendly', 'heated-exchange', [], members, [visit('post-1', now, url)], {
      'post-1': commentsPage(friendly),
    }),
  ];
}

/** Weekly visits; `perWeek[i]` posts in the seven days before visit i (at least three shown, as a feed does). */
function weekly(id: string, perWeek: readonly number[], expected: boolean): DevSituation {
  const start = Date.parse('2026-09-06T12:00:00Z');
  const posts: DevPost[] = [];
  const pages: Record<string, string> = {};
  const visits = perWeek.map((count, week) => {
    const now = new Date(start + (week + 1) * 7 * 86_400_000);
    for (let n = 0; n < count; n += 1) {
      const at = new Date(now.getTime() - ((n + 0.5) * 6 * 86_400_000) / count - 3_600_000);
      const who = [A, B, C][n % 3]!;
      posts.push(
        post(
          `2000000000${String(week).padStart(2, '0')}${String(n).padStart(3, '0')}`,
          who,
          at.toISOString(),
          `Week ${week} post ${n}: how are your cats today?`,
        ),
      );
    }
    const shown = posts
      .filter((p) => Date.parse(p.at) <= now.getTime())
      .sort((a, b) => b.at.localeCompare(a.at));
    const fresh = shown.filter((p) => Date.parse(p.at) > now.getTime() - 7 * 86_400_000);
    pages[`feed-${week}`] = feedPage(fresh.length >= 3 ? fresh : shown.slice(0, 3), now);
    return visit(`feed-${week}`, now.toISOString());
  });
  return situation(
    `dev-quiet-${id}`,
    'group-quiet',
    expected ? [{ kind: 'group-quiet', memberUids: [], evidenceItemIds: [] }] : [],
    people({}),
    visits,
    pages,
  );
}

const ON_TOPIC = [
  'Our rescue cat still hides under the bed after two weeks, how long did yours take?',
  'Which litter do you use? The clumping one makes our kitten sneeze',
  'Adoption day at the shelter on Saturday, twelve kittens looking for a home',
  'The vet found a heart murmur in our old tabby, has anyone been through this?',
  'Brushing tips for a long-haired Maine Coon that hates the brush?',
  'Flea treatment: spot-on or tablets, what works for your cats?',
  'She finally sleeps on my lap, three months after we adopted her',
  'Wet or dry food for a senior cat with kidney trouble? Our vet suggests a renal diet',
  'How do you trim claws without a fight? Ours scratches the sofa',
  'Two kittens from the same litter need a foster family this month',
  'Vaccination booster due, is the annual one really needed for an indoor cat?',
  'A stray tom keeps visiting our garden, thin and limping, who can help catch him?',
  'Our cat drinks a lot more water lately, the vet wants blood tests',
  'Neutering at six months or earlier? Our shelter says four',
  'Scratching post recommendations for a big cat who climbs everything',
  'The new kitten and the old cat finally share the window seat',
  'Hairballs every week, would a special food or paste help?',
  'Adopting a second cat: how did you introduce them?',
];
const OFF_TOPIC = [
  'Selling my car, 2015 hatchback, low mileage, message me for details',
  'Who watched the football final on Sunday? What a match',
  'Any plumber around the town centre? Our kitchen sink is leaking',
  'Election debate tonight on television, what do you think of the candidates?',
  'Chocolate birthday cake recipe that does not crack in the oven?',
  'Our village fair is this weekend, bouncy castle and a brass band',
  'Looking for a flat to rent near the station, two bedrooms',
  'Best phone under 300 for my teenager? Screens break so easily',
  'The motorway roadworks doubled my commute this week',
  'Anyone tried the new pizza place on the high street?',
  'Tips for growing tomatoes on a balcony?',
  'My laptop will not start after the update, any computer wizard here?',
];

/**
 * Weekly visits; `weeks` is `on+off` per visit: the on-topic and off-topic posts (texts from the pools) in the seven
 * days before it.
 */
function offTopicWeekly(id: string, weeks: string, expected: boolean): DevSituation {
  const plan = weeks.split(' ').map((week) => week.split('+').map(Number) as [number, number]);
  const start = Date.parse('2026-09-06T12:00:00Z');
  const posts: DevPost[] = [];
  const pages: Record<string, string> = {};
  let [on, off] = [0, 0];
  const visits = plan.map(([onCount, offCount], week) => {
    const now = new Date(start + (week + 1) * 7 * 86_400_000);
    const texts = [
      ...Array.from({ length: onCount }, () => ON_TOPIC[on++ % ON_TOPIC.length]!),
      ...Array.from({ length: offCount }, () => OFF_TOPIC[off++ % OFF_TOPIC.length]!),
    ];
    texts.forEach((text, n) => {
      const at = new Date(now.getTime() - ((n + 0.5) * 6 * 86_400_000) / texts.length - 3_600_000);
      posts.push(
        post(
          `3000000000${String(week).padStart(2, '0')}${String(n).padStart(3, '0')}`,
          [A, B, C][n % 3]!,
          at.toISOString(),
          text,
        ),
      );
    });
    const shown = posts
      .filter((p) => Date.parse(p.at) <= now.getTime())
      .sort((a, b) => b.at.localeCompare(a.at));
    const fresh = shown.filter((p) => Date.parse(p.at) > now.getTime() - 7 * 86_400_000);
    pages[`feed-${week}`] = feedPage(fresh.length >= 3 ? fresh : shown.slice(0, 3), now);
    return visit(`feed-${week}`, now.toISOString());
  });
  const lastWeek = posts.filter((p) =>
    p.id.startsWith(`3000000000${String(plan.length - 1).padStart(2, '0')}`),
  );
  const offIds = lastWeek.filter((p) => OFF_TOPIC.includes(p.text)).map((p) => p.id);
  return situation(
    `dev-off-topic-${id}`,
    'off-topic-balance',
    expected ? [{ kind: 'off-topic-balance', memberUids: [], evidenceItemIds: offIds }] : [],
    people({}),
    visits,
    pages,
  );
}

export { DEV_DIR };
export const DEV_SITUATIONS: DevSituation[] = [
  ...repeated(),
  ...textKinds(),
  ...heated(),
  weekly('decline', [7, 8, 7, 7, 8, 7, 1, 1], true),
  weekly('lookalike-holiday', [7, 8, 7, 7, 0, 8, 7], false),
  weekly('lookalike-always', [2, 1, 2, 2, 1, 1, 1], false),
  offTopicWeekly('tips', '4+1 3+1 4+0 4+1 1+4', true),
  offTopicWeekly('lookalike-usual', '2+2 2+3 2+2 1+2 2+3', false),
  offTopicWeekly('lookalike-busy', '3+1 4+0 3+1 4+1 9+1', false),
  ...MORE_DEV_SITUATIONS,
  ...THIRD_DEV_SITUATIONS,
];

if (process.argv[1]?.endsWith('dev-situations.ts')) {
  write(DEV_SITUATIONS, process.argv[2]);
  console.log(`${DEV_SITUATIONS.length} dev situations written (group ${GID})`);
}
