/** The weak-signal detectors (utils/signals), pure, on items built by hand, each with a look-alike that stays quiet. */
import { describe, expect, it } from 'vitest';
import type { WatchDay } from '@/utils/activity/coverage';
import {
  defaultSignalKindSettings as defaults,
  detectGroupQuiet,
  detectSignals,
  fingerprintsOf,
  imageKeys,
  isHostile,
  settingsForGroup,
  SignalDraft,
  SignalSettings,
  type Fingerprint,
  type SignalItem,
  type SignalMember,
} from '@/utils/signals';
import { sellingCues } from '@/utils/signals/cues';

const G = '693540230009363';
let next = 1;
const item = (over: Partial<SignalItem> = {}): SignalItem => ({
  groupId: G,
  kind: 'post',
  memberId: '61550000000101',
  itemId: String(100000000000000 + next++),
  at: '2026-11-02T09:00:00.000Z',
  excerpt: '',
  domains: [],
  images: [],
  ...over,
});

function run(items: SignalItem[], members: Record<string, SignalMember> = {}, settings = defaults) {
  const prints = new Map<string, Fingerprint[]>();
  const raised = new Map<string, SignalDraft>();
  items.forEach((one, index) => {
    const known = items.slice(0, index + 1);
    const drafts = detectSignals([one], {
      settings,
      member: (id) => members[id],
      fingerprints: (group, key) => prints.get(`${group}|${key}`) ?? [],
      threadComments: (group, postId) => known.filter((i) => i.groupId === group && i.postId === postId),
      hostile: (i) => isHostile(i.text ?? i.excerpt),
    });
    for (const draft of drafts) raised.set(draft.key, draft);
    for (const print of fingerprintsOf(one))
      prints.set(`${G}|${print.key}`, [...(prints.get(`${G}|${print.key}`) ?? []), print]);
  });
  return [...raised.values()];
}

describe('repeated image', () => {
  const photo = { photoId: '1700000000000011', alt: 'May be an image of cat', width: 720, height: 1241 };
  it('is raised for the same photo id again within 8 weeks, naming both posters', () => {
    const first = item({ images: [photo], at: '2026-10-01T09:00:00.000Z' });
    const again = item({ memberId: '61550000000102', images: [photo], at: '2026-10-20T09:00:00.000Z' });
    const [signal] = run([first, again]);
    expect(signal).toMatchObject({ kind: 'repeated-image', memberIds: ['61550000000102', '61550000000101'] });
    expect(signal!.evidence.itemIds).toEqual([first.itemId, again.itemId]);
  });
  it('is raised for the same specific alt text at the same size (an upload again), not at another size', () => {
    const cue = { alt: 'May be an image of cat lying on a red sofa', width: 960, height: 1280 };
    expect(
      run([item({ images: [cue] }), item({ images: [{ ...cue, photoId: '1700000000000099' }] })]),
    ).toHaveLength(1);
    expect(
      run([item({ images: [cue] }), item({ images: [{ ...cue, width: 1080, height: 1350 }] })]),
    ).toHaveLength(0);
    expect(run([item({ images: [{ alt: cue.alt }] }), item({ images: [{ alt: cue.alt }] })])).toHaveLength(0);
  });
  it('is not raised for the same generic alt text at the same common phone size (two different cats)', () => {
    for (const alt of [
      'May be an image of cat',
      'Peut être une image de chat',
      'May be an image of cat and indoors',
      'May be an image of dog and text',
    ]) {
      const one = { alt, width: 1536, height: 2048 };
      expect(run([item({ images: [one] }), item({ images: [{ ...one }] })]), alt).toHaveLength(0);
    }
  });
  it('is not raised after the window, nor for "no description" at the same size', () => {
    const late = [
      item({ images: [photo], at: '2026-10-01T09:00:00.000Z' }),
      item({ images: [photo], at: '2026-12-30T09:00:00.000Z' }),
    ];
    expect(run(late)).toHaveLength(0);
    const none = { alt: 'No photo description available.', width: 960, height: 1280 };
    expect(imageKeys(none)).toEqual([]);
  });
  it('a picture posted sixty times keeps a valid signal: the first posting and the latest ones', () => {
    const times = Array.from({ length: 60 }, (_, day) =>
      item({
        images: [photo],
        memberId: String(61550000000200 + day),
        at: `2026-10-${String(1 + (day % 30)).padStart(2, '0')}T${String(10 + Math.floor(day / 30)).padStart(2, '0')}:00:00.000Z`,
      }),
    );
    const ordered = [...times].sort((a, b) => a.at.localeCompare(b.at));
    const last = run(ordered).find((signal) => signal.key.endsWith(ordered.at(-1)!.itemId))!;
    expect(() => SignalDraft.parse(last)).not.toThrow();
    expect(last.evidence.itemIds).toHaveLength(50);
    expect(last.evidence.itemIds[0]).toBe(ordered[0]!.itemId);
    expect(last.evidence.itemIds.slice(-2)).toEqual([ordered[58]!.itemId, ordered[59]!.itemId]);
    expect(last.memberIds[0]).toBe(ordered[59]!.memberId);
    expect(last.memberIds).toHaveLength(50);
  });
  it('stays quiet when turned off (control: the same pair raises with it on)', () => {
    const pair = () => [item({ images: [photo] }), item({ images: [photo] })];
    expect(run(pair())).toHaveLength(1);
    expect(
      run(pair(), {}, { ...defaults, 'repeated-image': { enabled: false, windowDays: 56 } }),
    ).toHaveLength(0);
  });
});

describe('newcomer selling', () => {
  const newcomer = {
    '61550000000101': { memberId: '61550000000101', joinedBefore: '2026-10-28T10:00:00.000Z' },
  };
  const old = { '61550000000101': { memberId: '61550000000101', joinedBefore: '2024-01-10T10:00:00.000Z' } };
  const pitch = 'Hi all! Have a look at my shop, DM me for prices, 15€ each.';
  it('is raised for a newcomer with two kinds of cue, in English and French', () => {
    expect(run([item({ text: pitch })], newcomer).map((s) => s.kind)).toEqual(['newcomer-selling']);
    const fr = 'Bonjour, je propose mes services de garde, 12 € la visite, contactez-moi en MP';
    expect(run([item({ text: fr })], newcomer).map((s) => s.kind)).toEqual(['newcomer-selling']);
  });
  it('is not raised for a long-time member, an introduction with a job, or a question about where to buy', () => {
    expect(run([item({ text: pitch })], old)).toHaveLength(0);
    expect(
      run([item({ text: "Hello! I'm a vet nurse with two rescue cats, so happy to join." })], newcomer),
    ).toHaveLength(0);
    expect(sellingCues('Where can I buy a cat tree that is not too expensive?', [])).toHaveLength(0);
  });
  it('counts an outside link as one cue', () => {
    expect(sellingCues('Lovely collars, DM me', ['collars.example'])).toEqual(['contact', 'business']);
  });
});

describe('brand contest', () => {
  it('is raised for share-and-win and a concours, not for the admins own contest', () => {
    const en = item({ text: 'GIVEAWAY! Share this post and tag 3 friends to win a year of cat food!' });
    const fr = item({ text: 'Grand jeu concours ! Partagez et identifiez 2 amis pour gagner un panier.' });
    expect(run([en, fr]).filter((s) => s.kind === 'brand-contest')).toHaveLength(2);
    const admin = item({
      memberId: '61550000000104',
      text: 'Photo contest of the month! Share your best cat photo, the winner is featured.',
    });
    expect(run([admin], { '61550000000104': { memberId: '61550000000104', staff: true } })).toHaveLength(0);
  });
  it('is raised for a shop’s prize draw entered by liking and sharing', () => {
    const draw = item({
      text: 'Prize draw! Like, share and comment to enter, the winner gets a cat tree from our shop.',
    });
    expect(run([draw]).map((s) => s.kind)).toContain('brand-contest');
  });
  const brandIn = (items: SignalItem[], members: Record<string, SignalMember> = {}) =>
    run(items, members).filter((s) => s.kind === 'brand-contest');
  const freshBrand = {
    '61550000000101': { memberId: '61550000000101', joinedBefore: '2026-11-01T10:00:00.000Z' },
  };
  const oldMember = {
    '61550000000101': { memberId: '61550000000101', joinedBefore: '2024-01-10T10:00:00.000Z' },
  };
  it('is raised for an outsider’s cold promotion without a link: a promo code, "today only"', () => {
    const promo = item({ text: 'With code MIAOU20 delivery is on us this weekend. Today only!' });
    expect(brandIn([promo], freshBrand)).toHaveLength(1);
    // Control: the same words from a long-time member are no brand dropped in.
    expect(brandIn([{ ...promo, itemId: '999' }], oldMember)).toHaveLength(0);
  });
  it('reads contests in Québec French and SMS spelling: "courez la chance", "gagner 1 …", "abonne toi"', () => {
    expect(
      brandIn([
        item({
          text: 'Courez la chance d’obtenir une carte-cadeau : aimez notre page et partagez cette publication',
        }),
        item({ text: 'tente de gagner 1 arbre a chat, abonne toi et tag 2 potes' }),
      ]),
    ).toHaveLength(2);
  });
  it('is raised for a brand "giving away" a prize to those who share, or "découvrez nos" by a newcomer', () => {
    expect(
      brandIn([item({ text: "We're giving away 3 scratchers! Share this post to enter." })]),
    ).toHaveLength(1);
    expect(
      brandIn(
        [item({ text: 'Découvrez nos nouvelles friandises au saumon, livrées chez vous' })],
        freshBrand,
      ),
    ).toHaveLength(1);
  });
  it('is not raised for a warning about a share-and-win scam', () => {
    expect(
      run([
        item({ text: 'Beware: the "share and tag 3 friends to win a cat tree" post going round is a scam.' }),
      ]),
    ).toHaveLength(0);
  });
  it('is not raised for a member’s raffle for the shelter', () => {
    expect(
      run([item({ text: 'Our shelter raffle: tickets are 2€ each, all proceeds go to the kittens.' })]),
    ).toHaveLength(0);
  });
});

describe('heated exchange', () => {
  const comment = (memberId: string, text: string) =>
    item({ kind: 'comment', memberId, postId: '3744420902118814', text });
  it('is raised when two members trade insults in one thread', () => {
    const thread = [
      comment('1', 'You are an idiot, only a moron does that.'),
      comment('2', 'Shut up, you pathetic liar.'),
    ];
    expect(run(thread).filter((s) => s.kind === 'heated-exchange')).toHaveLength(1);
  });
  it('is not raised for insults aimed at a thing, not at anyone in the thread', () => {
    const things = [
      comment('1', 'This new food brand is crap, total rubbish.'),
      comment('2', 'Yes, that stupid crap made my cat sick.'),
    ];
    expect(run(things).filter((s) => s.kind === 'heated-exchange')).toHaveLength(0);
  });
  const heatedIn = (thread: SignalItem[]) => run(thread).filter((s) => s.kind === 'heated-exchange');
  it('is raised for contempt that names no insult: told they know nothing, that nobody asked or bears them', () => {
    expect(
      heatedIn([
        comment('1', 'Nobody asked you. You clearly know nothing about cats.'),
        comment('2', 'Says the one whose cat is twice the size it should be.'),
      ]),
    ).toHaveLength(1);
    expect(
      heatedIn([
        comment('1', 'tu comprends rien a rien, franchement'),
        comment('2', "Pis toi t'es juste une grande gueule. Personne t'endure ici."),
      ]),
    ).toHaveLength(1);
  });
  it('is not raised for insults at someone outside the thread, though a "you" follows in another clause', () => {
    expect(
      heatedIn([
        comment('1', 'What a moron that seller is, you should report him.'),
        comment('2', 'Quel abruti ce vendeur, vous devriez le signaler.'),
      ]),
    ).toHaveLength(0);
    // Control: the same words said to the other member.
    expect(
      heatedIn([comment('1', 'You are a moron.'), comment('2', 'Et toi, espèce d’abruti, tais-toi.')]),
    ).toHaveLength(1);
  });
  it('is not raised for friends teasing with affection ("love you", "bisous")', () => {
    expect(
      heatedIn([
        comment('1', 'Haha you idiot, love you'),
        comment('2', "T'es vraiment nulle mdr, bisous ma grande"),
      ]),
    ).toHaveLength(0);
    expect(heatedIn([comment('1', 'Haha you idiot'), comment('2', "T'es vraiment nulle mdr")])).toHaveLength(
      1,
    );
  });
  it('is not raised for a friendly disagreement, nor for one angry comment', () => {
    const friendly = [
      comment('1', 'I see it differently: wet food worked better.'),
      comment('2', 'Fair point, both work!'),
    ];
    expect(run(friendly)).toHaveLength(0);
    expect(
      run([comment('1', 'You are an idiot.'), comment('2', 'Let us keep it kind please.')]),
    ).toHaveLength(0);
  });
});

describe('heated exchange: one member at another, talking down, exposure', () => {
  const comment = (memberId: string, text: string) =>
    item({ kind: 'comment', memberId, postId: '3744420902118815', text });
  const heatedIn = (thread: SignalItem[]) => run(thread).filter((s) => s.kind === 'heated-exchange');
  it('is raised when one member attacks another twice, naming both', () => {
    const [signal] = heatedIn([
      comment('1', 'We feed raw and she is thriving.'),
      comment('2', 'You are so clueless about cats.'),
      comment('1', 'My vet agrees with me.'),
      comment('2', 'You are pathetic, honestly.'),
    ]);
    expect(signal?.memberIds.sort()).toEqual(['1', '2']);
    // Control: one attack only.
    expect(
      heatedIn([comment('1', 'We feed raw.'), comment('2', 'You are so clueless about cats.')]),
    ).toHaveLength(0);
  });
  it('reads a condescending term of address with mockery as an attack, not a kind one', () => {
    expect(isHostile('Of course you did, hun. Maybe one with pictures next time 🙄')).toBe(true);
    expect(isHostile('Ma pauvre Jade... tu crois vraiment ça ?')).toBe(true);
    expect(isHostile("Wow bravo championne, t'as donné un chaton sans visite.")).toBe(true);
    expect(isHostile('Aw hun, so sorry, hope she is ok')).toBe(false);
    expect(isHostile('Hun, try wet food, it worked for us')).toBe(false);
    expect(isHostile('Bravo championne, super adoption 🎉')).toBe(false);
  });
  it('reads contempt for the mind told by shape: "if you have half a brain", "out of your depth", "nul c\'est toi"', () => {
    expect(isHostile('It is that simple if you have half a brain, Tom.')).toBe(true);
    expect(isHostile("You're out of your depth and it shows.")).toBe(true);
    expect(isHostile("Bete c'est toi, ca se voit.")).toBe(true);
    expect(isHostile("Le plus simple c'est toi qui le montres.")).toBe(false);
  });
  it('reads piling on (agreeing with an attack, running the target down by pronoun) as an attack, not a complaint about an outsider', () => {
    expect(isHostile('+1 Annick. Elle fait sa maligne mais elle y connait rien du tout.')).toBe(true);
    expect(isHostile('Exactly, she knows nothing about cats.')).toBe(true);
    expect(isHostile('+1, ce véto il y connait rien')).toBe(false);
    expect(isHostile('La véto ? elle y connait rien')).toBe(false);
  });
  it('reads a threat to expose what the other wrote in private, not an offer to share in private', () => {
    expect(isHostile("Continue pis j'vais publier tes messages privés dans le groupe.")).toBe(true);
    expect(isHostile("je montre a tout le monde les captures de ce que tu m'as ecrit")).toBe(true);
    expect(isHostile("I'm going to share your DMs with the whole group.")).toBe(true);
    expect(isHostile("I'll share the recipe in private if you want")).toBe(false);
    expect(isHostile('je vous partage les captures du refuge')).toBe(false);
  });
});

describe('group quiet', () => {
  const start = Date.parse('2026-09-01T00:00:00Z');
  /** Every day watched in full, with `perWeek[w]` items a week spread over its days. */
  const days = (perWeek: number[]): WatchDay[] =>
    perWeek.flatMap((count, week) =>
      Array.from({ length: 7 }, (_, d) => {
        const from = start + (week * 7 + d) * 86_400_000;
        return {
          day: new Date(from).toISOString().slice(0, 10),
          spans: [from, from + 86_400_000],
          items: d < count ? 1 : 0,
        };
      }),
    );
  const now = (weeks: number) => start + weeks * 7 * 86_400_000 - 1;
  const quiet = (perWeek: number[]) =>
    detectGroupQuiet(G, days(perWeek), now(perWeek.length), defaults['group-quiet']);
  it('is raised when both of the last two weeks fall well below the rhythm', () => {
    expect(quiet([7, 7, 6, 7, 7, 1, 1])).toMatchObject({ kind: 'group-quiet', memberIds: [] });
  });
  it('is not raised for a one-week dip, a group that is always quiet, or unwatched weeks', () => {
    expect(quiet([7, 7, 6, 7, 7, 7, 0])).toBeNull();
    expect(quiet([7, 7, 6, 7, 0, 7])).toBeNull();
    expect(quiet([2, 1, 2, 2, 1, 1, 1])).toBeNull();
    const unwatched = days([7, 7, 6, 7, 7]);
    expect(detectGroupQuiet(G, unwatched, now(7), defaults['group-quiet'])).toBeNull();
  });
});

describe('settings', () => {
  it('parses an empty section to the defaults (badge count off) and lets a group override one kind', () => {
    const settings = SignalSettings.parse({
      groups: { [G]: { 'heated-exchange': { enabled: false, minMembers: 2 } } },
    });
    expect(settings.badgeCount).toBe(false);
    expect(settingsForGroup(settings, G)['heated-exchange'].enabled).toBe(false);
    expect(settingsForGroup(settings, 'other')['heated-exchange'].enabled).toBe(true);
    expect(() =>
      SignalSettings.parse({
        defaults: { ...defaults, 'group-quiet': { enabled: true, belowShare: 2, baselineWeeks: 6 } },
      }),
    ).toThrow();
  });
});
