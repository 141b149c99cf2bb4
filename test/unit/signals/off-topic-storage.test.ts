/**
 * The off-topic balance wired to storage: each post read leaves a topic print (its topic stems, no text), and the
 * group's feed reading judges the last week against the weeks before from those prints and the admin's focus.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { applyImport, parseMemberLogText } from '@/storage/import';
import { canonicalJson } from '@/storage/merge';
import { GROUP_JUDGING_INTERVAL_MS } from '@/entrypoints/background/signal-handlers';
import { createHandlers } from '@/entrypoints/background/handlers';
import { routeMessage } from '@/entrypoints/background/router';
import { updateSettings } from '@/storage/settings-store';
import { recordOffTopicBalance, recordSignalItems } from '@/storage/signals';
import {
  defaultSignalKindSettings,
  detectOffTopicBalance,
  type SignalItem,
  type SignalKindSettings,
} from '@/utils/signals';
import { freshDb, GROUP, ingest, listed } from '../storage/helpers';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const withFocus = (en: string, fr = ''): SignalKindSettings => ({
  ...defaultSignalKindSettings,
  'off-topic-balance': { ...defaultSignalKindSettings['off-topic-balance'], focus: { en, fr } },
});
const CATS = withFocus('cats: care, adoption, health');

let counter = 0;
function post(text: string, weeksAgo: number, dayInWeek = 1): SignalItem {
  counter += 1;
  const itemId = String(200000 + counter);
  return {
    groupId: GROUP,
    kind: 'post',
    memberId: String(700 + (counter % 5)),
    itemId,
    permalink: `https://www.facebook.com/groups/${GROUP}/posts/${itemId}/`,
    at: new Date(+NOW - (weeksAgo * 7 + dayInWeek) * DAY).toISOString(),
    excerpt: text.slice(0, 200),
    text,
    domains: [],
    images: [],
  };
}
const ON = [
  'Our new cat will not use the litter box, any advice on litter?',
  'Adoption day at the shelter: two kittens found a home',
  'My cat is sneezing, should I take her to the vet for her health?',
  'Which brushes do you use for long-haired cats? Care tips welcome',
  'Kitten vaccination schedule at the vet: what did yours get?',
  'The litter we switched to is much better for our old cat',
];
const OFF = [
  'Selling my car, 2015 hatchback, low mileage, message me',
  'Who watched the football final on Sunday? What a match',
  'Any plumbers around the city centre? Our kitchen sink is leaking',
  'Election debate tonight on the television, thoughts on the candidates?',
];
const usualWeeks = () =>
  [1, 2, 3, 4].flatMap((week) => [
    post(ON[week % ON.length]!, week),
    post(ON[(week + 2) % ON.length]!, week, 3),
  ]);

let db: TendDatabase;
afterEach(async () => db?.delete());

/** Reads `posts` as the content script sends them, then the feed reading's judgement. */
async function read(posts: SignalItem[], settings: SignalKindSettings) {
  await db?.delete();
  db = await freshDb('off-topic');
  await recordSignalItems(db, posts, () => settings, NOW.toISOString());
  return recordOffTopicBalance(db, GROUP, settings, NOW);
}

describe('off-topic balance from stored topic prints', () => {
  it('raises the same signal from the prints as the detector does from the posts’ texts', async () => {
    const posts = [...usualWeeks(), ...OFF.map((text, index) => post(text, 0, index))];
    const signal = await read(posts, CATS);
    const fromTexts = detectOffTopicBalance(GROUP, posts, +NOW, CATS['off-topic-balance']);
    expect(fromTexts).not.toBeNull();
    expect(signal).toMatchObject({
      key: fromTexts!.key,
      kind: 'off-topic-balance',
      memberIds: [],
      state: 'open',
    });
    expect(new Set(signal!.evidence.itemIds)).toEqual(new Set(fromTexts!.evidence.itemIds));
    expect(signal!.evidence.excerpt).toBe(fromTexts!.evidence.excerpt);
  });

  it('keeps no text: a print holds the topic stems and no excerpt', async () => {
    await read([post('Adoption day at the shelter: two kittens found a home', 0)], CATS);
    const [print] = await db.fingerprints.toArray();
    expect(print).toMatchObject({ key: 't:adopt home kitte shelt', excerpt: '' });
  });

  it('travels in the export file: imported elsewhere, the prints give the same signal', async () => {
    const posts = [...usualWeeks(), ...OFF.map((text, index) => post(text, 0, index))];
    const signal = await read(posts, CATS);
    await ingest(db, NOW.toISOString(), [listed('700', 'Ana')]);
    const parsed = parseMemberLogText(await exportLogText(db, GROUP, NOW));
    if (!parsed.ok) throw new Error(parsed.error);
    const target = await freshDb('off-topic-import');
    try {
      await applyImport(target, parsed);
      const rows = async (one: TendDatabase) => (await one.fingerprints.toArray()).map(canonicalJson);
      expect(await rows(target)).toEqual(await rows(db));
      await target.signals.clear();
      const again = await recordOffTopicBalance(target, GROUP, CATS, NOW);
      expect(again?.evidence).toEqual(signal!.evidence);
    } finally {
      await target.delete();
    }
  });

  it('stays quiet for an on-topic week, and when the kind is turned off', async () => {
    expect(
      await read([...usualWeeks(), ...ON.slice(0, 4).map((text, i) => post(text, 0, i))], CATS),
    ).toBeNull();
    const off = { ...CATS, 'off-topic-balance': { ...CATS['off-topic-balance'], enabled: false } };
    expect(await read([...usualWeeks(), ...OFF.map((text, i) => post(text, 0, i))], off)).toBeNull();
    expect(await db.fingerprints.count()).toBe(0);
  });
});

describe('judging the balance on feed readings', () => {
  const own = { id: 'tend', origin: 'chrome-extension://tend/' };
  const facebook = { id: own.id, url: `https://www.facebook.com/groups/${GROUP}/` };
  /** A feed reading of `texts`, as the content script sends it. */
  const feedReading = (texts: string[], at: Date) => ({
    type: 'submitPostContents',
    url: facebook.url,
    groupId: GROUP,
    pageKind: 'group-feed',
    readAt: at.toISOString(),
    contents: texts.map((text) => {
      const { kind, memberId, itemId, permalink, excerpt, domains, images } = post(text, 0);
      return {
        kind,
        memberId,
        name: 'Ana',
        itemId,
        permalink,
        at: at.toISOString(),
        excerpt,
        text,
        domains,
        images,
      };
    }),
  });
  const offTopicSignals = async () =>
    (await db.signals.toArray()).filter((row) => row.kind === 'off-topic-balance');

  it('judges a group at most every 10 minutes, however often its feed is read (control: 10 minutes later it does)', async () => {
    await db?.delete();
    db = await freshDb('off-topic-judging');
    await updateSettings(db, { readPostContents: true, signals: { defaults: CATS } });
    await recordSignalItems(db, usualWeeks(), () => CATS, NOW.toISOString());
    let clock = NOW;
    const handlers = createHandlers(db, () => clock);
    const read = async (texts: string[]) => {
      const reply = await routeMessage(feedReading(texts, clock), facebook, own, handlers);
      expect(reply.ok).toBe(true);
    };

    await read(OFF.slice(0, 3));
    expect(await offTopicSignals()).toHaveLength(1);
    await db.signals.clear();
    clock = new Date(+NOW + 60_000);
    await read(OFF.slice(3));
    expect(await offTopicSignals()).toHaveLength(0);
    clock = new Date(+NOW + GROUP_JUDGING_INTERVAL_MS);
    await read([OFF[0]!]);
    expect(await offTopicSignals()).toHaveLength(1);
  });
});
