/**
 * Publishing: the group's log, cut into slices (see slices.ts), encrypted into the local replica where a slice
 * differs from what the replica holds (compared by keyed digest, without decrypting). Replication then sends
 * those documents only.
 */
import { digestOf, openEnvelope, sealBundle } from '@/utils/sharing/codec';
import type { Bundle, Envelope } from '@/utils/sharing/documents';
import { forgetMember } from '../forget';
import { groupDocId, idOf, laterOf, type EngineContext } from './context';
import { readGroupSlices, type LogSlice, type SliceAbout } from './slices';
import type { EngineState } from './state';

const PAGE = 500;

interface Entry {
  about: SliceAbout;
  slice: LogSlice;
  id: string;
}

async function entriesOf(context: EngineContext): Promise<Entry[]> {
  const { group, people, days } = await readGroupSlices(context.db, context.groupId);
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

/**
 * Writes every changed slice into the local replica. Returns how many documents were written; `ours`, when given,
 * receives the revision written for each (see `passOwnWrites`).
 */
export async function publish(
  context: EngineContext,
  state: EngineState,
  ours?: Map<string, string>,
): Promise<number> {
  const entries = await entriesOf(context);
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
  state.status.pending += written;
  return written;
}
