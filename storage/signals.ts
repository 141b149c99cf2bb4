/**
 * Weak signals in storage (issue 17): the posts and comments just read go through the pure detectors
 * (utils/signals) with what storage knows around them (members' joins and badges, earlier posts' fingerprints),
 * and the signals they raise are kept with their state. Only a fingerprint (a lookup key) and a short excerpt are
 * stored, never a whole post; retention and "forget this member" remove them (signals-removal.ts).
 */
import { DAY_MS, type WatchDay } from '@/utils/activity/coverage';
import {
  detectGroupQuiet,
  detectOffTopicBalance,
  detectSignals,
  fingerprintsOf,
  imageKeys,
  isHostile,
  stemsOfTopicKey,
  topicPrintOf,
  TOPIC_KEY_RANGE,
  type Fingerprint,
  type SignalDraft,
  type SignalItem,
  type SignalKindSettings,
  type SignalMember,
} from '@/utils/signals';
import type { TendDatabase } from './db';
import type { MemberRow } from './schema';
import { FingerprintRow, SignalRow, memberKeyOf, type SignalState } from './signals-schema';

const STAFF_BADGE = /\b(?:admin|moderator|administrat|mod[eé]rat)/i;

function memberOf(row: MemberRow | undefined): SignalMember | undefined {
  if (!row) return undefined;
  return {
    memberId: row.memberId,
    ...(row.joinedAfter ? { joinedAfter: row.joinedAfter } : {}),
    ...(row.joinedBefore ? { joinedBefore: row.joinedBefore } : {}),
    firstSeenAt: row.firstSeenAt,
    ...(row.badges.some((badge) => STAFF_BADGE.test(badge)) ? { staff: true } : {}),
    isPage: row.isPage,
  };
}

/** The earlier fingerprints under the new items' keys: one index range per key. */
async function earlierPrints(
  db: TendDatabase,
  items: readonly SignalItem[],
): Promise<Map<string, Fingerprint[]>> {
  const wanted = new Set(
    items.flatMap((item) =>
      (item.kind === 'post' ? item.images.flatMap(imageKeys) : []).map((key) => `${item.groupId}\n${key}`),
    ),
  );
  const prints = new Map<string, Fingerprint[]>();
  for (const wantedKey of wanted) {
    const [groupId, key] = wantedKey.split('\n') as [string, string];
    const rows = await db.fingerprints
      .where('[groupId+key+itemId]')
      .between([groupId, key, ''], [groupId, key, '\uffff'])
      .toArray();
    prints.set(`${groupId}|${key}`, rows);
  }
  return prints;
}

/** The stored row for a raised signal: new, or the same signal raised again (its state and creation kept). */
function signalRowOf(draft: SignalDraft, known: SignalRow | undefined, now: string): SignalRow {
  return {
    key: draft.key,
    kind: draft.kind,
    groupId: draft.groupId,
    memberIds: draft.memberIds,
    memberKeys: draft.memberIds.map((id) => memberKeyOf(draft.groupId, id)),
    evidence: draft.evidence,
    state: known?.state ?? 'open',
    ...(known?.until ? { until: known.until } : {}),
    createdAt: known?.createdAt ?? now,
    updatedAt: now,
  };
}

async function saveDrafts(
  db: TendDatabase,
  drafts: readonly SignalDraft[],
  now: string,
): Promise<SignalRow[]> {
  const known = await db.signals.bulkGet(drafts.map((draft) => draft.key));
  const rows = drafts.map((draft, index) => SignalRow.parse(signalRowOf(draft, known[index], now)));
  await db.signals.bulkPut(rows);
  return rows;
}

/**
 * Runs the detectors on posts and comments just read (one page's batch) and stores their fingerprints and the
 * signals they raise. A heated exchange is judged on the comments of the batch (one thread as a page shows it).
 */
export async function recordSignalItems(
  db: TendDatabase,
  items: readonly SignalItem[],
  settingsOf: (groupId: string) => SignalKindSettings,
  now: string,
): Promise<SignalRow[]> {
  const sorted = [...items].sort((a, b) => a.at.localeCompare(b.at));
  return db.transaction('rw', db.fingerprints, db.signals, db.members, async () => {
    const members = await db.members.bulkGet(
      sorted.map((item) => [item.groupId, item.memberId] as [string, string]),
    );
    const byMember = new Map(
      sorted.map((item, index) => [`${item.groupId}|${item.memberId}`, memberOf(members[index])]),
    );
    const prints = await earlierPrints(db, sorted);
    const hostile = new Map<string, boolean>();
    const drafts = new Map<string, SignalDraft>();
    const fresh: FingerprintRow[] = [];
    for (const item of sorted) {
      const context = {
        settings: settingsOf(item.groupId),
        member: (id: string) => byMember.get(`${item.groupId}|${id}`),
        fingerprints: (groupId: string, key: string) => prints.get(`${groupId}|${key}`) ?? [],
        threadComments: (groupId: string, postId: string) =>
          sorted.filter((other) => other.groupId === groupId && other.postId === postId),
        hostile: (one: SignalItem) => {
          let known = hostile.get(one.itemId);
          if (known === undefined) hostile.set(one.itemId, (known = isHostile(one.text ?? one.excerpt)));
          return known;
        },
      };
      for (const draft of detectSignals([item], context)) drafts.set(draft.key, draft);
      for (const print of fingerprintsOf(item)) {
        const row = FingerprintRow.parse(print);
        fresh.push(row);
        prints.set(`${row.groupId}|${row.key}`, [...(prints.get(`${row.groupId}|${row.key}`) ?? []), row]);
      }
      // The off-topic balance is judged later, on the group's feed reading, from these prints.
      const topic = context.settings['off-topic-balance'].enabled ? topicPrintOf(item) : null;
      if (topic) fresh.push(FingerprintRow.parse(topic));
    }
    await db.fingerprints.bulkPut(fresh);
    return saveDrafts(db, [...drafts.values()], now);
  });
}

/** After a feed reading: the group-quiet signal from the group's watched days (at most one per day). */
export async function recordGroupQuiet(
  db: TendDatabase,
  groupId: string,
  settings: SignalKindSettings,
  now: Date,
): Promise<SignalRow | null> {
  if (!settings['group-quiet'].enabled) return null;
  return db.transaction('rw', db.watch, db.signals, async () => {
    const days: WatchDay[] = await db.watch
      .where('[groupId+day]')
      .between([groupId, ''], [groupId, '\uffff'])
      .toArray();
    const draft = detectGroupQuiet(groupId, days, +now, settings['group-quiet']);
    if (!draft) return null;
    const [row] = await saveDrafts(db, [draft], now.toISOString());
    return row ?? null;
  });
}

/**
 * After a feed reading: the off-topic balance of the group's last week against the weeks before, from the posts'
 * topic prints (see utils/signals/off-topic.ts `topicPrintOf`) and the admin's focus words. At most one a day.
 */
export async function recordOffTopicBalance(
  db: TendDatabase,
  groupId: string,
  settings: SignalKindSettings,
  now: Date,
): Promise<SignalRow | null> {
  const offTopic = settings['off-topic-balance'];
  if (!offTopic.enabled) return null;
  return db.transaction('rw', db.fingerprints, db.signals, async () => {
    // The weeks judged only, by time (the 'at' index): the work stays flat however many older prints are kept.
    const from = new Date(+now - (offTopic.baselineWeeks + 1) * 7 * DAY_MS).toISOString();
    const prints = await db.fingerprints
      .where('at')
      .between(from, now.toISOString(), true, true)
      .filter(
        (row) => row.groupId === groupId && row.key >= TOPIC_KEY_RANGE[0] && row.key < TOPIC_KEY_RANGE[1],
      )
      .toArray();
    const stems = new Map(prints.map((row) => [row.itemId, stemsOfTopicKey(row.key)]));
    const posts = prints.map((row): SignalItem => ({
      groupId,
      kind: 'post',
      memberId: row.memberId,
      itemId: row.itemId,
      ...(row.permalink ? { permalink: row.permalink } : {}),
      at: row.at,
      excerpt: '',
      domains: [],
      images: [],
    }));
    const draft = detectOffTopicBalance(
      groupId,
      posts,
      +now,
      offTopic,
      (post) => stems.get(post.itemId) ?? new Set(),
    );
    if (!draft) return null;
    const [row] = await saveDrafts(db, [draft], now.toISOString());
    return row ?? null;
  });
}

/** Done, dismissed, snoozed until a time, or open again. A bad state or a missing signal is refused. */
export async function setSignalState(
  db: TendDatabase,
  key: string,
  state: SignalState,
  now: string,
  until?: string,
): Promise<SignalRow> {
  return db.transaction('rw', db.signals, async () => {
    const row = await db.signals.get(key);
    if (!row) throw new Error(`no signal ${key}`);
    const next: SignalRow = { ...row, state, updatedAt: now };
    delete next.until;
    if (until !== undefined) next.until = until;
    const checked = SignalRow.parse(next);
    await db.signals.put(checked);
    return checked;
  });
}

/** Open signals of a group, newest first: open ones, and snoozed ones whose time has come. */
export async function openSignals(
  db: TendDatabase,
  groupId: string,
  now: string,
  limit = 200,
): Promise<SignalRow[]> {
  return db.signals
    .where('[groupId+updatedAt]')
    .between([groupId, ''], [groupId, '\uffff'])
    .reverse()
    .filter((row) => row.state === 'open' || (row.state === 'snoozed' && (row.until ?? '') <= now))
    .limit(limit)
    .toArray();
}

/** How many signals `openSignals` would list (without its limit): the toolbar badge's count, when it is on. */
export async function openSignalCount(db: TendDatabase, groupId: string, now: string): Promise<number> {
  return db.signals
    .where('[groupId+updatedAt]')
    .between([groupId, ''], [groupId, '\uffff'])
    .filter((row) => row.state === 'open' || (row.state === 'snoozed' && (row.until ?? '') <= now))
    .count();
}

export { pruneSignalData } from './signals-removal';
