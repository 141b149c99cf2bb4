/** Off-topic balance: the last week's off-topic share against the group's usual one, the topic learned from posts. */
import { describe, expect, it } from 'vitest';
import {
  SignalKindSettings,
  defaultSignalKindSettings,
  detectOffTopicBalance,
  offTopicFigures,
  topicStems,
  type SignalItem,
} from '@/utils/signals';
import { learnTopic } from '@/utils/signals/off-topic';

const G = '1234567';
const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const EN = {
  ...defaultSignalKindSettings['off-topic-balance'],
  focus: { en: 'cats: care, adoption, health', fr: '' },
};
const FR = {
  ...defaultSignalKindSettings['off-topic-balance'],
  focus: { en: '', fr: 'chats : soins, adoption, santé' },
};

let counter = 0;
/** A post `weeksAgo` weeks (and `dayInWeek` days) before now. */
function post(text: string, weeksAgo: number, dayInWeek = 1): SignalItem {
  counter += 1;
  const itemId = String(100000 + counter);
  return {
    groupId: G,
    kind: 'post',
    memberId: String(600 + (counter % 7)),
    itemId,
    permalink: `https://www.facebook.com/groups/${G}/posts/${itemId}/`,
    at: new Date(NOW - (weeksAgo * 7 + dayInWeek) * DAY).toISOString(),
    excerpt: text.slice(0, 200),
    text,
    domains: [],
    images: [],
  };
}

const ON_EN = [
  'Our new cat will not use the litter box, any advice on litter?',
  'Adoption day at the shelter: two kittens found a home',
  'My cat is sneezing, should I take her to the vet for her health?',
  'Which brushes do you use for long-haired cats? Care tips welcome',
  'Kitten vaccination schedule at the vet: what did yours get?',
  'The litter we switched to is much better for our old cat',
  'Adopted a senior cat last month, she is settling in',
  'Cat food for a kitten with a sensitive stomach? The vet said wet food',
];
const OFF_EN = [
  'Selling my car, 2015 hatchback, low mileage, message me',
  'Who watched the football final on Sunday? What a match',
  'Any plumbers around the city centre? Our kitchen sink is leaking',
  'Election debate tonight on the television, thoughts on the candidates?',
  'Recipe for a chocolate birthday cake that does not crack?',
];

/** Four usual weeks, each with two cat posts and `offPerWeek` off-topic ones (cycled), then the last week. */
function weeks(lastWeek: SignalItem[], offPerWeek = 0): SignalItem[] {
  const posts: SignalItem[] = [];
  for (let week = 1; week <= 4; week += 1) {
    posts.push(
      post(ON_EN[(2 * week) % ON_EN.length]!, week, 1),
      post(ON_EN[(2 * week + 1) % ON_EN.length]!, week, 3),
    );
    for (let off = 0; off < offPerWeek; off += 1)
      posts.push(post(OFF_EN[(week + off) % OFF_EN.length]!, week, 5));
  }
  return [...posts, ...lastWeek];
}

describe('off-topic balance', () => {
  it('raises one group-level signal when the last week tips to mostly off-topic posts, with them as evidence', () => {
    const last = [post(OFF_EN[0]!, 0), post(OFF_EN[1]!, 0, 2), post(OFF_EN[3]!, 0, 3), post(ON_EN[0]!, 0, 4)];
    const draft = detectOffTopicBalance(G, weeks(last), NOW, EN);
    expect(draft).toMatchObject({ kind: 'off-topic-balance', groupId: G, memberIds: [] });
    expect(new Set(draft?.evidence.itemIds)).toEqual(new Set(last.slice(0, 3).map((p) => p.itemId)));
    expect(draft?.key).toBe(`off-topic-balance|${G}|2026-11-30`);
  });

  it('stays quiet for a busy week of on-topic posts (control: the same weeks with an off-topic last week raise)', () => {
    const busy = ON_EN.map((text, index) => post(text, 0, index % 6));
    expect(detectOffTopicBalance(G, weeks(busy), NOW, EN)).toBeNull();
    const tipped = OFF_EN.slice(0, 4).map((text, index) => post(text, 0, index));
    expect(detectOffTopicBalance(G, weeks(tipped), NOW, EN)).not.toBeNull();
  });

  it('stays quiet when a high off-topic share is the group’s usual one', () => {
    const last = [post(OFF_EN[0]!, 0), post(OFF_EN[2]!, 0, 2), post(ON_EN[1]!, 0, 3)];
    // Usually 3 off-topic posts in 5: 67% last week is no change.
    expect(offTopicFigures(weeks(last, 3), NOW, EN)?.usualShare).toBeGreaterThan(0.5);
    expect(detectOffTopicBalance(G, weeks(last, 3), NOW, EN)).toBeNull();
  });

  it('needs a few posts in the week: two off-topic posts are no balance', () => {
    const last = [post(OFF_EN[0]!, 0), post(OFF_EN[1]!, 0, 2)];
    expect(detectOffTopicBalance(G, weeks(last), NOW, EN)).toBeNull();
    expect(detectOffTopicBalance(G, weeks(last), NOW, { ...EN, minPosts: 2 })).not.toBeNull();
  });

  it('needs two weeks of history before it calls a share usual', () => {
    const last = OFF_EN.slice(0, 4).map((text, index) => post(text, 0, index));
    const oneWeek = [post(ON_EN[0]!, 1), post(ON_EN[1]!, 1, 2), post(ON_EN[2]!, 1, 3)];
    expect(detectOffTopicBalance(G, [...oneWeek, ...last], NOW, EN)).toBeNull();
    const twoWeeks = [...oneWeek, post(ON_EN[3]!, 2), post(ON_EN[4]!, 2, 2)];
    expect(detectOffTopicBalance(G, [...twoWeeks, ...last], NOW, EN)).not.toBeNull();
  });

  it('is off when turned off', () => {
    const last = OFF_EN.slice(0, 4).map((text, index) => post(text, 0, index));
    expect(detectOffTopicBalance(G, weeks(last), NOW, { ...EN, enabled: false })).toBeNull();
  });

  it('works in French, from French focus words, accents folded', () => {
    const on = [
      'Notre chat refuse sa litière, des conseils ?',
      'Journée adoption au refuge : deux chatons adoptés',
      'Mon chat éternue, faut-il consulter le vétérinaire pour sa santé ?',
      'Quelle brosse pour les chats à poils longs ? Soins du pelage',
      'Vaccins du chaton chez le vétérinaire : lesquels ?',
      'La nouvelle litière convient mieux à notre vieux chat',
    ];
    const off = [
      'Je vends ma voiture, faible kilométrage, contactez-moi',
      'Qui a regardé le match de foot dimanche ?',
      'Un plombier dans le centre-ville ? Notre évier fuit',
      'Débat des élections ce soir à la télévision, vos avis sur les candidats ?',
    ];
    const posts: SignalItem[] = [];
    for (let week = 1; week <= 4; week += 1)
      posts.push(post(on[week % on.length]!, week), post(on[(week + 2) % on.length]!, week, 3));
    const tipped = [...posts, ...off.map((text, index) => post(text, 0, index))];
    expect(detectOffTopicBalance(G, tipped, NOW, FR)).not.toBeNull();
    const calm = [...posts, ...on.slice(0, 4).map((text, index) => post(text, 0, index))];
    expect(detectOffTopicBalance(G, calm, NOW, FR)).toBeNull();
  });

  it('learns the group’s own words: one that recurs with the focus words joins the topic, chatter does not', () => {
    const posts = [
      topicStems('my cat and the litter'),
      topicStems('litter for an old cat'),
      topicStems('cat health question'),
      topicStems('selling my car, message me'),
      topicStems('car for sale, cheap'),
    ];
    const topic = learnTopic(posts, topicStems('cats'));
    expect(topic.has([...topicStems('litter')][0]!)).toBe(true);
    expect(topic.has([...topicStems('car')][0]!)).toBe(false);
    // Function words and greetings never carry a topic, in either language.
    expect([...topicStems('Hello everyone, thanks! Bonjour à tous, merci')]).toEqual([]);
  });

  it('without focus words, takes the words the group uses week after week as its topic', () => {
    const last = [post(OFF_EN[0]!, 0), post(OFF_EN[1]!, 0, 2), post(OFF_EN[3]!, 0, 3)];
    const noFocus = { ...EN, focus: { en: '', fr: '' } };
    expect(detectOffTopicBalance(G, weeks(last), NOW, noFocus)).not.toBeNull();
    expect(
      detectOffTopicBalance(G, weeks(ON_EN.slice(0, 4).map((t, i) => post(t, 0, i))), NOW, noFocus),
    ).toBeNull();
  });

  /** Whether a post of the last week is judged off-topic, after `before` (posts of the weeks before). */
  const judgedOff = (before: SignalItem[], text: string, settings = EN) => {
    const last = post(text, 0);
    const figures = offTopicFigures([...before, last], NOW, settings);
    return figures!.lastWeekOff.some((one) => one.itemId === last.itemId);
  };
  const usual = (texts: string[]) => texts.map((text, index) => post(text, 1 + (index % 4), index % 5));

  it('reads the admin’s focus word as a word’s start: "chats" names "chatte" and "chaton"', () => {
    const before = usual([
      'Notre chat refuse sa litière',
      'Un chat trouvé devant la boulangerie',
      'Je vends ma voiture, contactez-moi',
      'Qui a regardé le match de foot dimanche ?',
    ]);
    expect(judgedOff(before, 'Notre vieille chatte a maigri, la véto veut la peser', FR)).toBe(false);
    expect(judgedOff(before, 'Le chaton mordille les câbles', FR)).toBe(false);
    expect(judgedOff(before, 'Un plombier dans le centre-ville ? Notre évier fuit', FR)).toBe(true);
  });

  it('takes the other words of a post on the topic: "the kitten and the old cat" makes a kitten post on-topic', () => {
    const before = usual([
      'How to introduce a kitten to a resident older cat?',
      'Our cat drinks more water lately',
      'Selling my car, message me',
      'Who watched the football final on Sunday?',
    ]);
    expect(judgedOff(before, 'Our new kitten cries all night', EN)).toBe(false);
    // A word of an off-topic post is not taken from it.
    expect(judgedOff(before, 'The football club needs volunteers', EN)).toBe(true);
  });

  it('takes no everyday word as a topic word: a cat post "looking for" a family does not make a flat on-topic', () => {
    const before = usual([
      'Looking for a foster family for a cat this month',
      'Our cat needs a new home on Saturday',
      'Selling my car, message me',
      'Who watched the football final on Sunday?',
    ]);
    expect(judgedOff(before, 'Looking for a flat to rent this month, Saturday viewings', EN)).toBe(true);
    expect([...topicStems('Looking for tips, any advice? Saturday or Sunday, this month')]).toEqual([]);
  });

  it('needs three posts before a word the group repeats joins its topic unasked', () => {
    // Two election posts in two weeks of eight posts: a quarter of them, in every week, yet no topic of the group.
    const before = [
      ...usual(['Our cat drinks more water lately', 'Adopted a shy black cat', 'Best cat litter?']),
      post('Election debate tonight, thoughts?', 1, 4),
      post('Elections next month, who are you voting for?', 2, 4),
      post('Our cat sleeps all day', 2, 2),
      post('Cat flap recommendations?', 1, 6),
      post('Who watched the match?', 2, 5),
    ];
    expect(judgedOff(before, 'Election results tonight on television', EN)).toBe(true);
  });

  it('reads settings saved before this kind existed with its defaults', () => {
    const { 'off-topic-balance': _new, ...older } = defaultSignalKindSettings;
    const parsed = SignalKindSettings.parse(older);
    expect(parsed['off-topic-balance']).toEqual(defaultSignalKindSettings['off-topic-balance']);
    expect(parsed['off-topic-balance']).toMatchObject({
      enabled: true,
      minPosts: 3,
      tipShare: 0.6,
      riseBy: 0.3,
    });
  });
});
