/**
 * Publishing: the group's log, cut into slices (see slices.ts), encrypted into the local replica where a slice
 * differs from what the replica holds (compared by keyed digest, without decrypting). Replication then sends
 * those documents only.
 *
 * Only the slices marked as changed since the last publish are read and compared (storage/slice-marks.ts), so a
 * sync costs what changed, not the size of the log. The whole log is read instead the first time, under a new key,
 * after a schema upgrade, when a range was deleted, or while a refused document waits to be written over.
 */
import { digestOf, openEnvelope, sealBundle } from '@/utils/sharing/codec';
import type { Bundle, Envelope } from '@/utils/sharing/documents';
import type { TendDatabase } from '../db';
import { forgetMember } from '../forget';
import { allMark, trackedKey, type SliceMarkRow } from '../slice-marks';
import { groupDocId, idOf, laterOf, type EngineContext } from './context';
import { readGroupSlices, type LogSlice, type SliceAbout, type SliceChoice } from './slices';
import type { EngineState } from './state';

const PAGE = 500;

interface Entry {
  about: SliceAbout;
  slice: LogSlice;
  id: string;
}

async function entriesOf(context: EngineContext, only: SliceChoice | undefined): Promise<Entry[]> {
  const { group, people, days } = await readGroupSlices(context.db, context.groupId, only);
  const { groupId } = context;
  const listed: Omit<Entry, 'id'>[] = [
    ...(group ? [{ about: ['group', groupId] as SliceAbout, slice: group }] : []),
    ...[...people].map(([memberId, slice]) => ({
      about: ['person', groupId, memberId] as SliceAbout,
      slice,
    })),
    ...[...days].map(([day, slice]) => ({ about: ['day', groupId, day] as SliceAbout, slice })),
  ];
  const ids = await Promise.all(listed.map((entry) => idOf(context, entry.about)));
  return listed.map((entry, index) => ({ ...entry, id: ids[index]! }));
}

type Row = { doc?: Envelope & { _rev: string }; value?: { rev: string; deleted?: boolean } };

interface Decision {
  write?: Envelope & { _rev?: string };
  /** A person another admin asked never to record again, seen here since: forgotten here too. */
  forgetForGood?: string;
}

/** What to do with one entry, given the replica's current document for it. */
async function decide(context: EngineContext, state: EngineState, entry: Entry, row: Row): Promise<Decision> {
  const keys = context.keys.current;
  const groupCleared = entry.about[0] === 'group' ? undefined : state.applied[await groupDocId(context)];
  const bundle: Extract<Bundle, { kind: 'log' }> = { kind: 'log', origin: context.origin, log: entry.slice };
  const resets = laterOf(state.applied[entry.id], groupCleared);
  if (resets !== undefined) bundle.resets = resets;
  const doc = row.doc;
  const refused = state.status.refused.some((refusal) => refusal.id === entry.id && !refusal.replaced);
  // The usual case: the replica already holds this very content (no decryption needed to tell).
  if (doc && !refused && doc.h === (await digestOf(keys, bundle))) return {};
  if (doc && !refused) {
    // It differs: what is there may be a forget, or carry a reset this computer has not recorded.
    const opened = await openEnvelope(keys, doc);
    if (opened.ok && opened.bundle.kind === 'forgotten' && opened.bundle.neverRecordAgain)
      return entry.about[0] === 'person' ? { forgetForGood: entry.about[2] } : {};
    const theirs = opened.ok
      ? opened.bundle.kind === 'log'
        ? opened.bundle.resets
        : opened.bundle.at
      : undefined;
    const latest = laterOf(resets, theirs);
    if (latest !== undefined) bundle.resets = latest;
    if (latest !== resets && doc.h === (await digestOf(keys, bundle))) return {};
  }
  const envelope = await sealBundle(keys, entry.id, bundle);
  const rev = doc?._rev ?? row.value?.rev;
  return { write: rev ? { ...envelope, _rev: rev } : envelope };
}

/** Above this many marked slices (a co-admin's whole log just absorbed), one read of the whole log is quicker. */
const MARKS_READ_ONE_BY_ONE = 1_000;

interface Plan {
  /** The slices to read; undefined: all of them. */
  only: SliceChoice | undefined;
  /** The marks read: taken back once their slices are in the replica. */
  marks: SliceMarkRow[];
}

/** Which slices to read: those marked since the last publish, or all of them (see the file's comment). */
async function planOf(context: EngineContext, state: EngineState, whole: boolean): Promise<Plan> {
  const { db, groupId } = context;
  const marks = await db.transaction('rw', db.sliceMarks, async () => {
    // From now on every write to this group's log leaves a mark (before the slices are read: none is missed).
    if (!(await db.sliceMarks.get(trackedKey(groupId))))
      await db.sliceMarks.put({ key: trackedKey(groupId), token: '' });
    return db.sliceMarks.where('key').between(`${groupId}|`, `${groupId}|\uffff`).toArray();
  });
  const { tracked } = state;
  // A document refused since the whole log was last read is written over by its slice, if this log has it.
  const newRefusal = state.status.refused.some(
    (refusal) => !refusal.replaced && (!tracked || refusal.at >= tracked.wholeAt),
  );
  const readAll =
    whole ||
    marks.length > MARKS_READ_ONE_BY_ONE ||
    tracked?.verno !== db.verno ||
    newRefusal ||
    marks.some((mark) => mark.key === allMark(groupId));
  if (readAll) return { only: undefined, marks };
  const only = { people: new Set<string>(), days: new Set<string>(), group: false };
  for (const { key } of marks) {
    const [, kind, ...rest] = key.split('|');
    const of = rest.join('|');
    if (kind === 'person') only.people.add(of);
    else if (kind === 'day') only.days.add(of);
    else if (kind === 'group') only.group = true;
  }
  return { only, marks };
}

/** Takes back the marks a publish read, unless a write marked their slice again since. */
async function takeBack(db: TendDatabase, marks: SliceMarkRow[]): Promise<void> {
  if (marks.length === 0) return;
  await db.transaction('rw', db.sliceMarks, async () => {
    const now = await db.sliceMarks.bulkGet(marks.map((mark) => mark.key));
    const unchanged = marks.filter((mark, index) => now[index]?.token === mark.token);
    await db.sliceMarks.bulkDelete(unchanged.map((mark) => mark.key));
  });
}

/**
 * Writes every changed slice into the local replica. Returns how many documents were written; `ours`, when given,
 * receives the revision written for each (see `passOwnWrites`).
 */
export async function publish(
  context: EngineContext,
  state: EngineState,
  ours?: Map<string, string>,
  { whole = false }: { whole?: boolean } = {},
): Promise<number> {
  const plan = await planOf(context, state, whole);
  const entries = await entriesOf(context, plan.only);
  let written = 0;
  const forgetForGood: string[] = [];
  for (let start = 0; start < entries.length; start += PAGE) {
    const page = entries.slice(start, start + PAGE);
    const found = await context.local.allDocs({ keys: page.map((entry) => entry.id), include_docs: true });
    const decisions = await Promise.all(
      page.map((entry, index) => decide(context, state, entry, found.rows[index] as unknown as Row)),
    );
    const writes = decisions.flatMap((decision) => (decision.write ? [decision.write] : []));
    forgetForGood.push(...decisions.flatMap((decision) => decision.forgetForGood ?? []));
    if (writes.length === 0) continue;
    const results = await context.local.bulkDocs(writes);
    for (const result of results) if ('ok' in result && result.ok) ours?.set(result.id, result.rev);
    written += results.filter((result) => 'ok' in result && result.ok).length;
    const rewritten = new Set(writes.map((write) => write._id));
    state.status.refused = state.status.refused.map((refusal) =>
      rewritten.has(refusal.id) ? { ...refusal, replaced: true } : refusal,
    );
  }
  for (const memberId of forgetForGood)
    await forgetMember(context.db, context.groupId, memberId, { neverRecordAgain: true });
  await takeBack(context.db, plan.marks);
  // The replica now holds every slice as of the marks taken back; later writes leave new ones.
  const wholeAt = plan.only ? state.tracked!.wholeAt : context.now().toISOString();
  state.tracked = { verno: context.db.verno, wholeAt };
  state.status.pending += written;
  return written;
}
