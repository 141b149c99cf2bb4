/**
 * Member log version 5: the weak signals' tables (fingerprints, signals with their states: dismissed, done,
 * snoozed) go out in the export file and come back on import, validated whole, and respect "never record again"
 * and retention as rows read here do.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { MemberLogFileV4, MemberLogFileV5 } from '@/storage/files';
import { forgetMember } from '@/storage/forget';
import { applyImport, parseMemberLogText, previewImport } from '@/storage/import';
import { canonicalJson } from '@/storage/merge';
import { pruneSignalData, recordSignalItems, setSignalState } from '@/storage/signals';
import { defaultSignalKindSettings, type SignalItem } from '@/utils/signals';
import { GROUP, freshDb, hashAllTables, ingest, listed, post } from './helpers';

const NOW = new Date('2026-10-20T10:00:00.000Z');
const photo = {
  photoId: '1700000000000011',
  alt: 'May be an image of cat lying on a red sofa',
  width: 720,
  height: 1241,
};
const item = (memberId: string, itemId: string, at: string): SignalItem => ({
  groupId: GROUP,
  kind: 'post',
  memberId,
  itemId,
  permalink: `https://www.facebook.com/groups/${GROUP}/posts/${itemId}/`,
  at,
  excerpt: 'Have you seen him?',
  domains: [],
  images: [photo],
});

let source: TendDatabase;
let target: TendDatabase;
beforeEach(async () => {
  source = await freshDb('signals-source');
  target = await freshDb('signals-target');
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

/** Two members reposting one photo: three posts' fingerprints, two repeated-image signals, one dismissed, one snoozed. */
async function seed(database: TendDatabase) {
  await ingest(database, '2026-10-01T08:00:00.000Z', [listed('100', 'Ana'), listed('200', 'Bo')]);
  await ingest(database, '2026-10-01T10:00:00.000Z', [post('100', '11', 'Ana', '2026-10-01T09:00:00.000Z')]);
  const settings = () => defaultSignalKindSettings;
  await recordSignalItems(
    database,
    [item('100', '11', '2026-10-01T09:00:00.000Z')],
    settings,
    NOW.toISOString(),
  );
  const [first] = await recordSignalItems(
    database,
    [item('200', '12', '2026-10-08T09:00:00.000Z')],
    settings,
    '2026-10-08T10:00:00.000Z',
  );
  const [second] = await recordSignalItems(
    database,
    [item('100', '13', '2026-10-15T09:00:00.000Z')],
    settings,
    '2026-10-15T10:00:00.000Z',
  );
  await setSignalState(database, first!.key, 'dismissed', '2026-10-09T10:00:00.000Z');
  await setSignalState(
    database,
    second!.key,
    'snoozed',
    '2026-10-16T10:00:00.000Z',
    '2026-10-23T10:00:00.000Z',
  );
}

const rowsOf = async (database: TendDatabase) => ({
  fingerprints: (await database.fingerprints.toArray()).map(canonicalJson),
  signals: (await database.signals.toArray()).map(canonicalJson),
});

function parse(text: string) {
  const parsed = parseMemberLogText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed;
}

describe('member log version 5: weak signals', () => {
  it('round-trips fingerprints and signals with their states: export, clear, import gives identical rows', async () => {
    await seed(source);
    const before = await rowsOf(source);
    // Each picture has two lookup keys (its photo id, its specific alt text with its size), each post a topic print.
    expect(before.fingerprints).toHaveLength(9);
    expect(before.signals).toHaveLength(2);
    const text = await exportLogText(source, GROUP, NOW);
    const file = MemberLogFileV5.parse(JSON.parse(text));
    expect(file.header.version).toBe(5);
    expect(file.signals.map((row) => row.state).sort()).toEqual(['dismissed', 'snoozed']);
    // The index field is derived, never written.
    expect(text).not.toContain('memberKeys');
    await source.fingerprints.clear();
    await source.signals.clear();
    const result = await applyImport(source, parse(text));
    expect(result.changes.fingerprints).toEqual({ added: 9, updated: 0, unchanged: 0 });
    expect(result.changes.signals).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await rowsOf(source)).toEqual(before);
    // Into another Tend too, and merging the same file again changes nothing.
    await applyImport(target, parse(text));
    expect(await rowsOf(target)).toEqual(before);
    const hash = await hashAllTables(target);
    const again = await applyImport(target, parse(text));
    expect(again.changes.signals).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(again.changes.fingerprints).toEqual({ added: 0, updated: 0, unchanged: 9 });
    expect(await hashAllTables(target)).toBe(hash);
  });

  it('exports one group’s signals only', async () => {
    await seed(source);
    const file = MemberLogFileV5.parse(JSON.parse(await exportLogText(source, '999', NOW)));
    expect(file.fingerprints).toEqual([]);
    expect(file.signals).toEqual([]);
  });

  it('keeps what the admin did last: a later dismissal wins over an older open signal, whichever log is merged', async () => {
    await seed(source);
    const text = await exportLogText(source, GROUP, NOW);
    const file = MemberLogFileV5.parse(JSON.parse(text));
    const dismissed = file.signals.find((row) => row.state === 'dismissed')!;
    // The target has the same signal still open, from before the dismissal.
    const older = { ...dismissed, state: 'open' as const, updatedAt: '2026-10-08T11:00:00.000Z' };
    const withOlder = { ...file, signals: [older] };
    await applyImport(target, parse(JSON.stringify(withOlder)));
    expect((await target.signals.get(dismissed.key))?.state).toBe('open');
    const result = await applyImport(target, parse(text));
    expect(result.changes.signals).toMatchObject({ updated: 1 });
    expect((await target.signals.get(dismissed.key))?.state).toBe('dismissed');
    // The older file merged again does not reopen it.
    await applyImport(target, parse(JSON.stringify(withOlder)));
    expect((await target.signals.get(dismissed.key))?.state).toBe('dismissed');
  });

  it('still imports a version 4 file, which has no signal tables', async () => {
    await seed(source);
    const v5 = MemberLogFileV5.parse(JSON.parse(await exportLogText(source, GROUP, NOW)));
    const { fingerprints: _f, signals: _s, ...rest } = v5;
    const v4 = MemberLogFileV4.parse({ ...rest, header: { ...v5.header, version: 4 } });
    const parsed = parse(JSON.stringify(v4));
    expect(parsed.fileVersion).toBe(4);
    const result = await applyImport(target, parsed);
    expect(result.changes.members.added).toBe(2);
    expect(await target.signals.count()).toBe(0);
    expect(await target.fingerprints.count()).toBe(0);
  });

  it.each([
    ['a signal of an unknown state', { state: 'ignored' }, /damaged: signals\.0\.state/],
    [
      'a snoozed signal with no time to come back',
      { state: 'snoozed', until: undefined },
      /signals\.0\.until/,
    ],
    [
      'an evidence link to another site',
      {
        evidence: { itemIds: ['12'], links: ['https://evil.example/x'], excerpt: 'x', at: NOW.toISOString() },
      },
      /signals\.0\.evidence\.links\.0/,
    ],
    ['a signal of an undescribed group', { groupId: '424242' }, /signals\.0: group 424242 is not described/],
    [
      'a signal keyed in another group',
      { key: 'repeated-image|424242|13' },
      /signals\.0: key repeated-image\|424242\|13 is not of its kind and group/,
    ],
  ])('refuses the whole file for %s, writing nothing', async (_label, change, message) => {
    await seed(source);
    const file = MemberLogFileV5.parse(JSON.parse(await exportLogText(source, GROUP, NOW)));
    const broken = { ...file, signals: [{ ...file.signals[0]!, ...change }, ...file.signals.slice(1)] };
    await ingest(target, '2026-10-01T08:00:00.000Z', [listed('300', 'Cy')]);
    const before = await hashAllTables(target);
    const parsed = parseMemberLogText(JSON.stringify(broken));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).toMatch(/Nothing was imported/);
    }
    expect(await hashAllTables(target)).toBe(before);
    // Control: the same file unbroken is accepted.
    expect(parseMemberLogText(JSON.stringify(file)).ok).toBe(true);
  });

  it('refuses a fingerprint whose link is not a post link Tend writes', async () => {
    await seed(source);
    const file = MemberLogFileV5.parse(JSON.parse(await exportLogText(source, GROUP, NOW)));
    const broken = {
      ...file,
      fingerprints: [{ ...file.fingerprints[0]!, permalink: 'javascript:alert(1)' }],
    };
    const parsed = parseMemberLogText(JSON.stringify(broken));
    expect(parsed.ok ? '' : parsed.error).toMatch(/damaged: fingerprints\.0\.permalink/);
  });

  it('leaves out the fingerprints of a member the admin asked never to record again, and every signal naming them', async () => {
    await seed(source);
    const text = await exportLogText(source, GROUP, NOW);
    await ingest(target, '2026-10-01T08:00:00.000Z', [listed('200', 'Bo')]);
    await forgetMember(target, GROUP, '200', { neverRecordAgain: true });
    const preview = await previewImport(target, parse(text));
    await applyImport(target, parse(text));
    // Bo's fingerprints (post 12) and the signals naming Bo (both: post 13's names the earlier posters) stay out.
    const prints = await target.fingerprints.toArray();
    expect([...new Set(prints.map((row) => row.itemId))].sort()).toEqual(['11', '13']);
    expect(prints.every((row) => row.memberId === '100')).toBe(true);
    const signals = await target.signals.toArray();
    expect(signals.some((row) => row.memberIds.includes('200'))).toBe(false);
    expect(signals).toHaveLength(0);
    // Three fingerprints (two picture keys, a topic print) and two signals; Bo's member row and sighting too.
    expect(preview.skippedForgotten).toBe(7);
    // Control: without the forgetting, both come in.
    const other = await freshDb('signals-control');
    await applyImport(other, parse(text));
    expect(await other.signals.count()).toBe(2);
    await other.delete();
  });

  it('moves the signals of a group the file names by its vanity to the numeric id this log knows it by', async () => {
    await seed(source);
    const file = MemberLogFileV5.parse(JSON.parse(await exportLogText(source, GROUP, NOW)));
    const signal = file.signals.find((row) => row.key === `repeated-image|${GROUP}|13`)!;
    const vanity = 'catsitters.exchange';
    const byVanity = {
      ...file,
      groups: file.groups.map((group) => ({ ...group, groupId: vanity })),
      coverage: [],
      members: [],
      sightings: [],
      watch: [],
      counted: [],
      fingerprints: file.fingerprints.slice(0, 1).map((row) => ({ ...row, groupId: vanity })),
      signals: [{ ...signal, groupId: vanity, key: `repeated-image|${vanity}|13` }],
    };
    await target.groups.put({ ...(await source.groups.get(GROUP))!, aliases: [vanity] });
    await applyImport(target, parse(JSON.stringify(byVanity)));
    expect(await target.signals.toCollection().primaryKeys()).toEqual([`repeated-image|${GROUP}|13`]);
    const [moved] = await target.signals.toArray();
    expect(moved).toMatchObject({
      groupId: GROUP,
      memberKeys: signal.memberIds.map((id) => `${GROUP}|${id}`),
    });
    expect((await target.fingerprints.toArray()).map((row) => row.groupId)).toEqual([GROUP]);
  });

  it('keeps the file’s times, so retention prunes imported signal rows as it prunes those read here', async () => {
    await seed(source);
    await applyImport(target, parse(await exportLogText(source, GROUP, NOW)));
    // 30 days' retention on 2026-11-10: fingerprints of posts before 2026-10-11 and signals last updated before it go.
    await pruneSignalData(target, new Date('2026-11-10T10:00:00.000Z'), 30);
    expect(new Set((await target.fingerprints.toArray()).map((row) => row.itemId))).toEqual(new Set(['13']));
    expect(await target.signals.toCollection().primaryKeys()).toEqual([`repeated-image|${GROUP}|13`]);
  });
});
