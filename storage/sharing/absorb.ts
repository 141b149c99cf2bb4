/**
 * Absorbing what replication brought: read the local replica's changes, decrypt every revision of each changed
 * document (all of them when it is in conflict), apply forgets and clears, import the log slices with the import
 * rules (storage/import.ts, which merges with storage/merge.ts: the same rules as a co-admin's file), then settle
 * conflicts by removing the losing revisions (a forget or clear wins; a log conflict is rewritten by the next
 * publish from the merged log). A document that fails authentication or validation changes nothing.
 */
import { openEnvelope, sealBundle } from '@/utils/sharing/codec';
import type { Bundle } from '@/utils/sharing/documents';
import { clearGroup, forgetMember } from '../forget';
import { applyImport, parseMemberLogFile } from '../import';
import { dayMark, groupMark, markSlices, personMark } from '../slice-marks';
import { groupDocId, idOf, laterOf, type EngineContext } from './context';
import type { PouchDB } from './pouch';
import { aboutOf, assembleLog, sliceBelongs, type LogSlice, type SliceAbout } from './slices';
import { refuse, type EngineState } from './state';

/** Changes read, and imported, at a time: the import reads the group's keys once per call, so pages are large. */
const PAGE = 2_000;

interface Received {
  id: string;
  rev: string;
  /** The winning revision's bundle first, then the conflicting ones'. */
  bundles: Bundle[];
  losers: string[];
}

type Tombstone = Extract<Bundle, { kind: 'forgotten' | 'cleared' }>;
type Doc = PouchDB.Stored;

interface Page {
  received: Received[];
  /** Revisions to remove: documents of a retired key, stale after a clear, losing revisions. */
  removals: { _id: string; _rev: string; _deleted: true }[];
  lastSeq: number | string;
  more: boolean;
}

async function revisionsOf(local: PouchDB.Database, doc: Doc): Promise<Doc[]> {
  const others = await Promise.all((doc._conflicts ?? []).map((rev) => local.get(doc._id, { rev })));
  return [doc, ...others];
}

async function readPage(context: EngineContext, state: EngineState): Promise<Page> {
  const changes = await context.local.changes({
    since: state.seq,
    limit: PAGE,
    include_docs: true,
    conflicts: true,
  });
  const page: Page = {
    received: [],
    removals: [],
    lastSeq: changes.last_seq,
    more: changes.results.length >= PAGE,
  };
  const at = context.now().toISOString();
  for (const change of changes.results) {
    const doc = change.doc as Doc | undefined;
    // A deletion carries nothing: data leaves with the forget or clear documents that say so.
    if (!doc || doc._id.startsWith('_') || doc._deleted) continue;
    const revisions = await revisionsOf(context.local, doc);
    const opened = await Promise.all(
      revisions.map((revision) => openEnvelope(context.keys.current, revision)),
    );
    const failed = opened.find((result) => !result.ok);
    if (failed && !failed.ok) {
      if (failed.reason === 'retired')
        page.removals.push(...revisions.map((r) => ({ _id: r._id, _rev: r._rev, _deleted: true as const })));
      else if (failed.reason === 'newer') state.status.waitingForKey += 1;
      else refuse(state, { id: doc._id, reason: failed.reason, at });
      continue;
    }
    const bundles = opened.flatMap((result) => (result.ok ? [result.bundle] : []));
    if (revisions.length === 1 && bundles[0]!.origin === context.origin) continue;
    page.received.push({ id: doc._id, rev: doc._rev, bundles, losers: doc._conflicts ?? [] });
  }
  return page;
}

/** The newest forget or clear among a document's revisions, merged: the latest time, "never again" if any said so. */
function tombstoneOf(received: Received): Tombstone | undefined {
  let found: Tombstone | undefined;
  for (const bundle of received.bundles) {
    if (bundle.kind === 'log') continue;
    if (!found || found.kind !== bundle.kind) found = found?.kind === 'cleared' ? found : bundle;
    else if (found.kind === 'forgotten' && bundle.kind === 'forgotten')
      found = {
        ...found,
        at: laterOf(found.at, bundle.at)!,
        neverRecordAgain: found.neverRecordAgain || bundle.neverRecordAgain,
      };
    else found = { ...found, at: laterOf(found.at, bundle.at)! };
  }
  return found;
}

const logsOf = (received: Received): LogSlice[] =>
  received.bundles.flatMap((bundle) => (bundle.kind === 'log' ? [bundle.log as LogSlice] : []));

const resetsOf = (received: Received): string | undefined =>
  received.bundles.reduce<string | undefined>(
    (latest, bundle) => (bundle.kind === 'log' ? laterOf(latest, bundle.resets) : latest),
    undefined,
  );

/** A forget sits at its person's document, a clear at the group's. */
async function tombstoneFits(context: EngineContext, id: string, tombstone: Tombstone): Promise<boolean> {
  const expected =
    tombstone.kind === 'cleared'
      ? await groupDocId(context)
      : await idOf(context, ['person', context.groupId, tombstone.memberId]);
  return expected === id;
}

/**
 * Applies clears and forgets not applied here yet; returns the documents whose log slices must not be imported
 * (tombstones, and slices written before a clear applied here).
 */
async function applyResets(context: EngineContext, state: EngineState, page: Page): Promise<Set<string>> {
  const skip = new Set<string>();
  const groupId = await groupDocId(context);
  // The group first: a clear in this page applies before the people it came with.
  const ordered = [...page.received].sort((a, b) => Number(b.id === groupId) - Number(a.id === groupId));
  for (const received of ordered) {
    const tombstone = tombstoneOf(received);
    if (tombstone && !(await tombstoneFits(context, received.id, tombstone))) {
      refuse(state, { id: received.id, reason: 'mismatch', at: context.now().toISOString() });
      skip.add(received.id);
      continue;
    }
    const at = tombstone?.at ?? resetsOf(received);
    const about = tombstone ? undefined : aboutOf(logsOf(received)[0] ?? {});
    const isGroup = tombstone?.kind === 'cleared' || about?.[0] === 'group';
    if (tombstone) skip.add(received.id);
    const groupCleared = state.applied[groupId];
    if (!isGroup && groupCleared !== undefined && (at === undefined || at < groupCleared)) {
      // Written by someone who had not applied the group's clear yet: stale, removed.
      skip.add(received.id);
      page.removals.push({ _id: received.id, _rev: received.rev, _deleted: true });
      continue;
    }
    const applied = laterOf(state.applied[received.id], isGroup ? undefined : groupCleared);
    if (at === undefined || (applied !== undefined && at <= applied)) continue;
    if (isGroup) await clearGroup(context.db, context.groupId);
    else {
      const memberId =
        tombstone?.kind === 'forgotten' ? tombstone.memberId : about?.[0] === 'person' ? about[2] : undefined;
      const neverRecordAgain = tombstone?.kind === 'forgotten' && tombstone.neverRecordAgain;
      if (memberId !== undefined)
        await forgetMember(context.db, context.groupId, memberId, { neverRecordAgain });
    }
    state.applied[received.id] = at;
  }
  return skip;
}

/** The group's own slice, which every imported slice needs beside it (the import checks each row's group). */
async function groupSlice(context: EngineContext, items: { id: string; slice: LogSlice }[]) {
  const id = await groupDocId(context);
  const inPage = items.find((item) => item.id === id);
  if (inPage) return inPage.slice;
  try {
    const opened = await openEnvelope(context.keys.current, await context.local.get(id));
    if (opened.ok && opened.bundle.kind === 'log') return opened.bundle.log as LogSlice;
  } catch {
    // Not received yet: the group row stored here will do.
  }
  const row = await context.db.groups.get(context.groupId);
  return row ? ({ groups: [row] } satisfies LogSlice) : undefined;
}

const markOf = (about: SliceAbout): string =>
  about[0] === 'group'
    ? groupMark(about[1])
    : about[0] === 'person'
      ? personMark(about[1], about[2])
      : dayMark(about[1], about[2]);

/** Imports the slices that belong where they claim (their id is the hash of what they hold) and parse as a log. */
async function importSlices(context: EngineContext, state: EngineState, page: Page, skip: Set<string>) {
  const at = context.now().toISOString();
  const items: { id: string; slice: LogSlice }[] = [];
  for (const received of page.received) {
    if (skip.has(received.id)) continue;
    for (const slice of logsOf(received)) {
      const about = aboutOf(slice);
      const fits =
        about !== undefined &&
        about[1] === context.groupId &&
        sliceBelongs(slice, about) &&
        (await idOf(context, about)) === received.id;
      if (fits) items.push({ id: received.id, slice });
      else refuse(state, { id: received.id, reason: 'mismatch', at });
    }
  }
  if (items.length === 0) return true;
  const group = await groupSlice(context, items);
  if (!group) return false;
  const now = context.now();
  let parsed = parseMemberLogFile(assembleLog([group, ...items.map((item) => item.slice)], now));
  if (!parsed.ok) {
    // Find the slices that do not parse; the others are imported.
    const valid = items.filter((item) => {
      const ok = parseMemberLogFile(assembleLog([group, item.slice], now)).ok;
      if (!ok) refuse(state, { id: item.id, reason: 'invalid', at });
      return ok;
    });
    parsed = parseMemberLogFile(assembleLog([group, ...valid.map((item) => item.slice)], now));
  }
  if (parsed.ok) await applyImport(context.db, parsed);
  return true;
}

/**
 * Every document received holds a co-admin's version of its slice now (a forget already applied here too, that a
 * conflict left winning): the next publish compares each with the log here, and writes the merged slice over it.
 */
async function markReceived(context: EngineContext, page: Page): Promise<void> {
  const marks = page.received.flatMap((received) => {
    const tombstone = tombstoneOf(received);
    const about: SliceAbout | undefined = !tombstone
      ? aboutOf(logsOf(received)[0] ?? {})
      : tombstone.kind === 'cleared'
        ? ['group', context.groupId]
        : ['person', context.groupId, tombstone.memberId];
    return about && about[1] === context.groupId ? [markOf(about)] : [];
  });
  await markSlices(context.db, marks);
}

/** Removes losing revisions; a forget or clear among them becomes the document's one revision. */
async function settleConflicts(context: EngineContext, page: Page): Promise<void> {
  const writes: PouchDB.Writable[] = [...page.removals];
  for (const received of page.received) {
    if (received.losers.length === 0) continue;
    writes.push(...received.losers.map((rev) => ({ _id: received.id, _rev: rev, _deleted: true })));
    const tombstone = tombstoneOf(received);
    if (tombstone) {
      const bundle = { ...tombstone, origin: context.origin };
      writes.push({ ...(await sealBundle(context.keys.current, received.id, bundle)), _rev: received.rev });
    }
  }
  // A revision that changed meanwhile answers 409: the next round sees it again.
  if (writes.length > 0) await context.local.bulkDocs(writes);
}

export interface Absorbed {
  /** Documents received and applied. */
  applied: number;
  /** Of them, documents that were in conflict and were settled here. */
  settled: number;
  /** Every change of the replica was read (false when it stopped to wait for the group's document). */
  caughtUp: boolean;
}

/** Absorbs every change of the local replica not seen yet. */
export async function absorb(context: EngineContext, state: EngineState): Promise<Absorbed> {
  const done: Absorbed = { applied: 0, settled: 0, caughtUp: false };
  for (;;) {
    const page = await readPage(context, state);
    const skip = await applyResets(context, state, page);
    // Without the group's row, people's slices cannot be checked: wait for it (the change is read again).
    if (!(await importSlices(context, state, page, skip))) return done;
    await settleConflicts(context, page);
    await markReceived(context, page);
    done.applied += page.received.length;
    done.settled += page.received.filter((received) => received.losers.length > 0).length;
    state.seq = page.lastSeq;
    if (!page.more) return { ...done, caughtUp: true };
  }
}

/**
 * After a publish that followed a complete absorb, moves the read position past the documents this replica has
 * just written (`ours`: id to revision), so the next sync does not decrypt them again. It stops at the first
 * change that is not exactly one of them (or carries a conflict): that one, and all after it, are read as usual.
 */
export async function passOwnWrites(
  context: EngineContext,
  state: EngineState,
  ours: ReadonlyMap<string, string>,
): Promise<void> {
  if (ours.size === 0) return;
  for (;;) {
    const changes = await context.local.changes({ since: state.seq, limit: PAGE, conflicts: true });
    for (const change of changes.results) {
      const own = change.changes.length === 1 && ours.get(change.id) === change.changes[0]!.rev;
      if (!own || change.deleted) return;
      state.seq = change.seq;
    }
    if (changes.results.length < PAGE) return;
  }
}
