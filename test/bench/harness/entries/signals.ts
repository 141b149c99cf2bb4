/**
 * Browser side of `npm run bench -- signals`: two identical member logs (members, posts, comments, joins) whose weak
 * signal history differs only in length. The small one holds SMALL stored fingerprints, the large one LARGE, both
 * written at the same daily rate (a busy group's photos and topic prints) and with one watched day per day of that
 * history, so the large log is the same group read for ten times longer. The same feed readings then go through
 * Tend's real path (`submitPostContents`, validated and routed, the detectors, the off-topic balance and the group's
 * rhythm) into each, batch by batch, interleaved.
 */
import { createHandlers } from '@/entrypoints/background/handlers';
import { GROUP_JUDGING_INTERVAL_MS } from '@/entrypoints/background/signal-handlers';
import { routeMessage } from '@/entrypoints/background/router';
import { TendDatabase } from '@/storage/db';
import type { WatchRow } from '@/storage/schema';
import type { FingerprintRow } from '@/storage/signals-schema';
import { imageKeys, topicPrintOf, toSignalItem } from '@/utils/signals';
import type { PostContent } from '@/utils/facebook/post-content';
import { GROUP, START, makeDataset, memberName, populate, random } from '../dataset';

const DAY = 86_400_000;
/** The bench's clock: 120 days after the dataset's start, so its 90 days of posts and comments are behind it. */
const NOW = START + 120 * DAY;
/** A busy group: 100 posts a day, each with a photo (its id and Facebook's description: two keys) and a topic print. */
const POSTS_PER_DAY = 100;
const PRINTS_PER_POST = 3;

const WORDS = [
  'insuline',
  'glycémie',
  'croquettes',
  'vétérinaire',
  'dosage',
  'diabète',
  'chat',
  'insulin',
  'glucose',
  'vet',
  'curve',
  'food',
  'garden',
  'holiday',
  'recipe',
  'football',
  'concert',
  'weather',
  'kitten',
  'litter',
];
const ALTS = [
  'May be an image of cat',
  'May be an image of cat and text',
  'Peut être une image de chat',
  'May be an image of food',
];

const own = { id: 'bench', origin: 'chrome-extension://bench/' };
const panel = { id: 'bench', url: `${own.origin}sidepanel.html` };
const facebook = { id: 'bench', url: `https://www.facebook.com/groups/${GROUP}/` };

interface Log {
  db: TendDatabase;
  handlers: ReturnType<typeof createHandlers>;
  /** Photo ids posted in the last eight weeks, some of which the readings post again. */
  recentPhotos: string[];
}
const logs = new Map<string, Log>();
/**
 * The handlers' clock. Each sample's readings are one judging interval apart, so every one of them judges the
 * group's rhythm and balance again: the worst case (readings closer together judge at most every interval).
 */
let clock = NOW;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A picture's size as the feed shows it: the feed's width, a height from the photo's own shape. */
function sizeOf(next: () => number): { width: number; height: number } {
  return { width: 500, height: 280 + Math.floor(next() * 500) };
}

function textOf(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!).join(' ');
}

/** One post of the history as the reader would have sent it, for its fingerprint rows. */
function historyPost(next: () => number, index: number, at: number, memberCount: number): PostContent {
  const member = Math.floor(memberCount * next() ** 4);
  return {
    kind: 'post',
    memberId: String(100_000_000 + member),
    name: memberName(member),
    itemId: `h${index}`,
    permalink: `https://www.facebook.com/groups/${GROUP}/posts/h${index}/`,
    at: new Date(at).toISOString(),
    excerpt: textOf(next, 8),
    text: textOf(next, 30),
    domains: [],
    images: [{ photoId: String(900_000_000 + index), alt: ALTS[index % ALTS.length], ...sizeOf(next) }],
  };
}

/** `prints` fingerprints back from NOW at the daily rate, with a watched day per day; returns recent photo ids. */
async function writeHistory(db: TendDatabase, prints: number, memberCount: number): Promise<string[]> {
  const next = random(7);
  const posts = Math.ceil(prints / PRINTS_PER_POST);
  const rows: FingerprintRow[] = [];
  const recentPhotos: string[] = [];
  for (let index = 0; index < posts; index++) {
    const at = NOW - Math.floor((index / POSTS_PER_DAY) * DAY) - Math.floor(next() * 3_600_000);
    const item = toSignalItem(GROUP, historyPost(next, index, at, memberCount), new Date(at).toISOString());
    for (const key of new Set(item.images.flatMap(imageKeys)))
      rows.push({
        groupId: GROUP,
        key,
        itemId: item.itemId,
        memberId: item.memberId,
        at: item.at,
        excerpt: item.excerpt,
      });
    const topic = topicPrintOf(item);
    if (topic) rows.push(topic);
    if (NOW - at < 56 * DAY) recentPhotos.push(item.images[0]!.photoId!);
  }
  for (let i = 0; i < rows.length; i += 10_000) await db.fingerprints.bulkPut(rows.slice(i, i + 10_000));
  const days = Math.ceil(posts / POSTS_PER_DAY);
  const watch: WatchRow[] = Array.from({ length: days }, (_, back) => {
    const from = NOW - (back + 1) * DAY;
    return {
      groupId: GROUP,
      day: dayOf(from),
      spans: [from, from + 3_600_000],
      items: 60,
      posts: 40,
      comments: 120,
    };
  });
  await db.watch.bulkPut(watch);
  return recentPhotos;
}

/** One feed reading: `posts` posts (some reposting a recent photo) and two comments each. */
function reading(run: number, batch: number, posts: number, log: Log, memberCount: number): PostContent[] {
  const next = random(10_000 + run * 1_000 + batch);
  const at = new Date(NOW - 3_600_000 + batch * 60_000).toISOString();
  const contents: PostContent[] = [];
  for (let p = 0; p < posts; p++) {
    const member = Math.floor(memberCount * next() ** 4);
    const itemId = `r${run}b${batch}p${p}`;
    const repost = next() < 0.3 && log.recentPhotos.length > 0;
    const photoId = repost
      ? log.recentPhotos[Math.floor(next() * log.recentPhotos.length)]!
      : String(800_000_000 + run * 100_000 + batch * 100 + p);
    contents.push({
      kind: 'post',
      memberId: String(100_000_000 + member),
      name: memberName(member),
      itemId,
      permalink: `https://www.facebook.com/groups/${GROUP}/posts/${itemId}/`,
      at,
      excerpt: textOf(next, 8),
      text: textOf(next, 40),
      domains: next() < 0.1 ? ['example.org'] : [],
      images: [{ photoId, alt: ALTS[p % ALTS.length], ...sizeOf(next) }],
    });
    for (let c = 0; c < 2; c++) {
      const commenter = Math.floor(memberCount * next() ** 4);
      contents.push({
        kind: 'comment',
        memberId: String(100_000_000 + commenter),
        name: memberName(commenter),
        itemId: `${itemId}c${c}`,
        postId: itemId,
        at,
        excerpt: textOf(next, 6),
        text: textOf(next, 15),
        domains: [],
        images: [],
      });
    }
  }
  return contents;
}

const bench = {
  /** Two logs, `name → stored fingerprints`; returns what each holds. */
  async setup(members: number, sightings: number, sizes: Record<string, number>) {
    const start = performance.now();
    const data = makeDataset(members, sightings);
    const held: Record<string, { fingerprints: number; watchedDays: number; sightings: number }> = {};
    for (const [name, prints] of Object.entries(sizes)) {
      const db = new TendDatabase(`bench-signals-${name}`);
      await db.delete();
      await db.open();
      await populate(db, data);
      const handlers = createHandlers(db, () => new Date(clock));
      const reply = await routeMessage(
        { type: 'updateSettings', patch: { readPostContents: true } },
        panel,
        own,
        handlers,
      );
      if (!reply.ok) throw new Error(reply.error);
      const recentPhotos = await writeHistory(db, prints, members);
      logs.set(name, { db, handlers, recentPhotos });
      held[name] = {
        fingerprints: await db.fingerprints.count(),
        watchedDays: await db.watch.count(),
        sightings: await db.sightings.count(),
      };
    }
    return { ms: performance.now() - start, held };
  },
  /** One sample: `batches` feed readings into each log in turn; the milliseconds per post or comment, per log. */
  async run(run: number, batches: number, posts: number, members: number) {
    const perItem: Record<string, number[]> = {};
    let raised = 0;
    for (let batch = 0; batch < batches; batch++) {
      clock += GROUP_JUDGING_INTERVAL_MS;
      const names = [...logs.keys()];
      if (batch % 2 === 1) names.reverse(); // neither log always goes first
      for (const name of names) {
        const log = logs.get(name)!;
        const contents = reading(run, batch, posts, log, members);
        const message = {
          type: 'submitPostContents',
          url: facebook.url,
          groupId: GROUP,
          pageKind: 'group-feed',
          readAt: new Date(clock).toISOString(),
          contents,
        };
        const started = performance.now();
        const reply = await routeMessage(message, facebook, own, log.handlers);
        const elapsed = performance.now() - started;
        if (!reply.ok) throw new Error(reply.error);
        raised += (reply.value as { signals: number }).signals;
        (perItem[name] ??= []).push(elapsed / contents.length);
      }
    }
    return { perItem, raised };
  },
};
(window as unknown as { bench: typeof bench }).bench = bench;
