/**
 * `npm run signals:eval [-- <situations dir>] [--floor <file>] [--json] [--errors]`: replays each labelled situation
 * (format: test/signals/README.md) through the real reader (`readPage`), the post content extraction
 * (`readPostContents`) and the detectors (utils/signals), not the browser, and prints per kind precision and recall
 * against each situation's `expect`. Each kind is scored over the situations written for it. Exits 1 when a
 * figure is below the floor file's, or on a bad argument or a malformed situation.
 *
 * The default directory is the evaluator's held-out set (test/signals/situations): there only figures are
 * printed, never which situation missed (`--errors` is refused). `--dev` builds the dev situations
 * (test/unit/signals/dev-situations.ts) into a temporary directory and scores those.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { readPage } from '@/utils/facebook';
import { readPostContents } from '@/utils/facebook/post-content';
import { addSpan, readingSpan, splitByDay, dayOf, type WatchDay } from '@/utils/activity/coverage';
import {
  defaultSignalKindSettings,
  detectGroupQuiet,
  detectOffTopicBalance,
  detectSignals,
  fingerprintsOf,
  isHostile,
  toSignalItem,
  type Fingerprint,
  type SignalDraft,
  type SignalItem,
  type SignalMember,
} from '@/utils/signals';
import { situationSchema, type Situation } from '../signals/situation-schema';
import { DEV_DIR, DEV_SITUATIONS } from '../unit/signals/dev-situations';
import { write } from '../unit/signals/build-dev-situations';

const HELD_OUT = resolve('test/signals/situations');
const DEFAULT_FLOOR = 'test/unit/signals/floor.json';
const GROUP_KINDS: ReadonlySet<string> = new Set(['group-quiet', 'off-topic-balance']);
const DETECTED = [
  'repeated-image',
  'newcomer-selling',
  'brand-contest',
  'heated-exchange',
  'group-quiet',
  'off-topic-balance',
] as const;

export const KindFloor = z.record(z.string(), z.strictObject({ precision: z.number(), recall: z.number() }));
/** The lowest figures each set may give: `heldOut` as last measured there, `dev` on the dev situations. */
export const Floor = z.strictObject({ heldOut: KindFloor, dev: KindFloor });

/** One situation's replay: the signals raised over all its visits. */
export function replaySituation(
  situation: Situation,
  folder: string,
  settings = defaultSignalKindSettings,
): SignalDraft[] {
  const groupId = situation.group.id;
  const members = new Map<string, SignalMember>(
    situation.members.map((m) => [
      m.uid,
      {
        memberId: m.uid,
        joinedAfter: m.joinedAt,
        joinedBefore: m.joinedAt,
        ...(m.role ? { staff: true } : {}),
      },
    ]),
  );
  const items = new Map<string, SignalItem>();
  const prints = new Map<string, Fingerprint[]>();
  const hostile = new Map<string, boolean>();
  const watch = new Map<string, WatchDay>();
  const raised = new Map<string, SignalDraft>();
  // The admin's few words on the group's focus, as they would type them in the settings.
  const offTopic = { ...settings['off-topic-balance'], focus: situation.group.focus };
  const context = {
    settings: { ...settings, 'off-topic-balance': offTopic },
    member: (id: string) => members.get(id),
    fingerprints: (group: string, key: string) => prints.get(`${group}|${key}`) ?? [],
    threadComments: (group: string, postId: string) =>
      [...items.values()].filter((i) => i.groupId === group && i.postId === postId),
    hostile: (item: SignalItem) => {
      let known = hostile.get(item.itemId);
      if (known === undefined) hostile.set(item.itemId, (known = isHostile(item.text ?? item.excerpt)));
      return known;
    },
  };
  for (const visit of situation.visits) {
    const html = readFileSync(join(folder, visit.page), 'utf8');
    const document = parseHTML(html).document as unknown as Document;
    const options = { now: new Date(visit.now), timeZone: visit.tz };
    const reading = readPage(document, visit.url, options);
    const fresh = readPostContents(document, visit.url, options)
      .map((content) => toSignalItem(groupId, content, visit.now))
      .filter((item) => !items.has(`${item.kind}|${item.itemId}`))
      .sort((a, b) => a.at.localeCompare(b.at));
    if (reading.page.kind === 'group-feed') addFeedReading(watch, visit.now, reading, fresh);
    for (const item of fresh) {
      items.set(`${item.kind}|${item.itemId}`, item);
      for (const draft of detectSignals([item], context)) raised.set(draft.key, draft);
      for (const print of fingerprintsOf(item)) {
        const key = `${print.groupId}|${print.key}`;
        prints.set(key, [...(prints.get(key) ?? []), print]);
      }
    }
    const quiet = detectGroupQuiet(
      groupId,
      [...watch.values()],
      Date.parse(visit.now),
      context.settings['group-quiet'],
    );
    if (quiet) raised.set(quiet.key, quiet);
    if (offTopic.enabled) {
      const posts = [...items.values()].filter((item) => item.kind === 'post');
      const tipped = detectOffTopicBalance(groupId, posts, Date.parse(visit.now), offTopic);
      if (tipped) raised.set(tipped.key, tipped);
    }
  }
  return [...raised.values()];
}

/** What one feed reading adds to the watched days, as storage/activity.ts records it. */
function addFeedReading(
  watch: Map<string, WatchDay>,
  readAt: string,
  reading: ReturnType<typeof readPage>,
  fresh: readonly SignalItem[],
): void {
  const postTimes = reading.sightings.flatMap((s) => (s.kind === 'post' && s.at ? [Date.parse(s.at)] : []));
  const [from, to] = readingSpan(Date.parse(readAt), postTimes);
  const dayRow = (day: string) => {
    let row = watch.get(day);
    if (!row) watch.set(day, (row = { day, spans: [], items: 0, posts: 0, comments: 0 }));
    return row;
  };
  for (const part of splitByDay(from, to)) {
    const row = dayRow(part.day);
    row.spans = addSpan(row.spans, part.from, part.to);
  }
  for (const item of fresh) {
    const row = dayRow(dayOf(Math.min(Date.parse(item.at), to)));
    row.items += 1;
    if (item.kind === 'post') row.posts = (row.posts ?? 0) + 1;
    else row.comments = (row.comments ?? 0) + 1;
  }
}

/** Whether a raised signal is the expected one: its kind, at least its members, one of its items if it names any. */
function matches(draft: SignalDraft, expected: Situation['expect'][number]): boolean {
  if (draft.kind !== expected.kind) return false;
  if (!expected.memberUids.every((uid) => draft.memberIds.includes(uid))) return false;
  // The group-level kinds name no member and need no item (their evidence is the week's posts).
  if (GROUP_KINDS.has(expected.kind)) return true;
  return expected.evidenceItemIds.some((id) => draft.evidence.itemIds.includes(id));
}

interface KindScore {
  expected: number;
  found: number;
  raised: number;
  right: number;
  situations: number;
  misses: string[];
}

/** A kind's precision and recall: raising nothing where nothing was expected is right. */
export function figures(s: Pick<KindScore, 'expected' | 'found' | 'raised' | 'right'>) {
  return {
    precision: s.raised === 0 ? (s.expected === 0 ? 1 : 0) : s.right / s.raised,
    recall: s.expected === 0 ? 1 : s.found / s.expected,
  };
}

export function score(situations: readonly { situation: Situation; raised: SignalDraft[] }[]) {
  const scores = new Map<string, KindScore>();
  for (const { situation, raised } of situations) {
    const kind = situation.kind;
    const entry = scores.get(kind) ?? {
      expected: 0,
      found: 0,
      raised: 0,
      right: 0,
      situations: 0,
      misses: [],
    };
    scores.set(kind, entry);
    entry.situations += 1;
    const ofKind = raised.filter((draft) => draft.kind === kind);
    entry.raised += ofKind.length;
    entry.right += ofKind.filter((draft) => situation.expect.some((e) => matches(draft, e))).length;
    for (const expected of situation.expect) {
      entry.expected += 1;
      if (ofKind.some((draft) => matches(draft, expected))) entry.found += 1;
      else entry.misses.push(`${situation.id}: missed`);
    }
    const wrong = ofKind.filter((draft) => !situation.expect.some((e) => matches(draft, e)));
    for (const draft of wrong)
      entry.misses.push(`${situation.id}: raised ${draft.key} [${draft.evidence.excerpt}]`);
  }
  return scores;
}

export function loadSituations(dir: string): { situation: Situation; folder: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = join(dir, name);
      const parsed = situationSchema.safeParse(
        JSON.parse(readFileSync(join(folder, 'situation.json'), 'utf8')),
      );
      if (!parsed.success) throw new Error(`${name}/situation.json: ${parsed.error.issues[0]?.message}`);
      return { situation: parsed.data, folder };
    });
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const errors = argv.includes('--errors');
  const floorAt = argv.indexOf('--floor');
  const floorFile = floorAt >= 0 ? argv[floorAt + 1] : DEFAULT_FLOOR;
  const given = argv.find((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--floor');
  if (argv.includes('--dev')) write(DEV_SITUATIONS, given ?? DEV_DIR);
  const dir = resolve(given ?? (argv.includes('--dev') ? DEV_DIR : HELD_OUT));
  if (!existsSync(dir)) throw new Error(`no situations directory ${dir}`);
  if (errors && dir === HELD_OUT)
    throw new Error('--errors is for dev situations: the held-out set prints figures only');
  const replayed = loadSituations(dir).map(({ situation, folder }) => ({
    situation,
    raised: replaySituation(situation, folder),
  }));
  const scores = score(replayed);
  const floors =
    floorFile && existsSync(floorFile) ? Floor.parse(JSON.parse(readFileSync(floorFile, 'utf8'))) : null;
  const floor = (dir === HELD_OUT ? floors?.heldOut : argv.includes('--dev') ? floors?.dev : undefined) ?? {};
  let failed = false;
  const rows = [...scores].map(([kind, s]) => {
    const { precision, recall } = figures(s);
    const min = floor[kind];
    const below = min !== undefined && (precision < min.precision || recall < min.recall);
    failed ||= below;
    return {
      kind,
      situations: s.situations,
      expected: s.expected,
      raised: s.raised,
      precision,
      recall,
      below,
      s,
    };
  });
  if (json) console.log(JSON.stringify(rows.map(({ s: _s, ...row }) => row)));
  else {
    console.log('kind               situations  expected  raised  precision  recall');
    for (const r of rows) {
      const built = (DETECTED as readonly string[]).includes(r.kind) ? '' : '  (no detector yet)';
      console.log(
        `${r.kind.padEnd(18)} ${String(r.situations).padStart(10)} ${String(r.expected).padStart(9)} ${String(r.raised).padStart(7)} ${r.precision.toFixed(2).padStart(10)} ${r.recall.toFixed(2).padStart(7)}${r.below ? '  BELOW FLOOR' : ''}${built}`,
      );
      if (errors) for (const miss of r.s.misses) console.log(`    ${miss}`);
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('test/tools/signals-eval.ts')) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
