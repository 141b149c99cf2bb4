/**
 * Member log version 4 carries what Tend watched (the watched days) and what it counted (the keys of counted posts
 * and comments, also those whose sightings retention pruned), so a backup restored elsewhere answers "who went
 * quiet" as the original did, and a post read again after the restore is not counted twice.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TendDatabase } from '@/storage/db';
import { exportLogText } from '@/storage/export';
import { MemberLogFileV3, MemberLogFileV5 } from '@/storage/files';
import { forgetMember } from '@/storage/forget';
import { applyImport, parseMemberLogText } from '@/storage/import';
import { pruneSightings } from '@/storage/retention';
import { GROUP, day, freshDb, hashAllTables, ingest, post } from './helpers';

let source: TendDatabase;
let target: TendDatabase;
beforeEach(async () => {
  source = await freshDb('watch-source');
  target = await freshDb('watch-target');
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

const NOW = new Date(day(420));
const hour = (n: number, h: number) => new Date(Date.parse(day(n)) + h * 3_600_000).toISOString();

/** Feed readings on days 0 and 1, a post pruned by retention at day 400, a members' group marked as sample. */
async function seed(database: TendDatabase) {
  await ingest(database, hour(0, 20), [
    post('100', 'p1', 'Ana', hour(0, 9)),
    post('200', 'p2', 'Ben', hour(0, 12)),
  ]);
  await ingest(database, hour(1, 18), [post('100', 'p3', 'Ana', hour(1, 10))]);
  await pruneSightings(database, new Date(day(400)), 365);
  await ingest(database, day(410), [post('200', 'p4', 'Ben', hour(409, 8))]);
}

async function importText(database: TendDatabase, text: string) {
  const parsed = parseMemberLogText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return applyImport(database, parsed);
}

describe('member log version 4: watched days and counted items', () => {
  it('round-trips the watched days and the counted keys, pruned items included', async () => {
    await seed(source);
    const text = await exportLogText(source, GROUP, NOW);
    const file = MemberLogFileV5.parse(JSON.parse(text));
    expect(file.header.version).toBe(5);
    expect(file.watch.map((row) => row.day)).toEqual(['2026-01-01', '2026-01-02', '2027-02-14']);
    expect(file.counted).toHaveLength(4);
    expect(file.sightings.filter((row) => row.kind === 'post')).toHaveLength(1);
    await importText(target, text);
    expect(await target.watch.toArray()).toEqual(await source.watch.toArray());
    expect(await target.counted.toArray()).toEqual(await source.counted.toArray());
    // Read again after the restore, a post pruned before the backup is still one post.
    await ingest(target, day(415), [post('100', 'p1', 'Ana', hour(0, 9))]);
    expect((await target.members.get([GROUP, '100']))?.postCount).toBe(2);
  });

  it('merging the same file twice changes nothing, and merging two logs unites their days', async () => {
    await seed(source);
    const text = await exportLogText(source, GROUP, NOW);
    // The target watched day 1 too, later in the day, and read one post of it.
    await ingest(target, hour(1, 23), [post('300', 'p5', 'Cy', hour(1, 21))]);
    const first = await importText(target, text);
    expect(first.changes.watch).toEqual({ added: 2, updated: 1, unchanged: 0 });
    const dayOne = await target.watch.get([GROUP, '2026-01-02']);
    const source1 = await source.watch.get([GROUP, '2026-01-02']);
    // Spans: the source's reading (10:00 → 18:00) and the target's (21:00 → 23:00); items: the larger count.
    expect(dayOne?.spans).toEqual([
      Date.parse(hour(1, 10)),
      Date.parse(hour(1, 18)),
      Date.parse(hour(1, 21)),
      Date.parse(hour(1, 23)),
    ]);
    expect(dayOne?.items).toBe(Math.max(1, source1!.items));
    const before = await hashAllTables(target);
    const again = await importText(target, text);
    expect(again.changes.watch).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(again.changes.counted).toEqual({ added: 0, updated: 0, unchanged: 4 });
    expect(await hashAllTables(target)).toBe(before);
  });

  it('still reads version 3 files, which have no watched days', async () => {
    await seed(source);
    const v4 = MemberLogFileV5.parse(JSON.parse(await exportLogText(source, GROUP, NOW)));
    const { watch: _watch, counted: _counted, fingerprints: _f, signals: _s, ...rest } = v4;
    const v3 = MemberLogFileV3.parse({ ...rest, header: { ...v4.header, version: 3 } });
    const parsed = parseMemberLogText(JSON.stringify(v3));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.fileVersion).toBe(3);
    await applyImport(target, parsed);
    expect(await target.members.count()).toBe(2);
    expect(await target.watch.count()).toBe(0);
  });

  it('refuses watched days that do not fit their day, and counted keys of an undescribed group', async () => {
    await seed(source);
    const file = MemberLogFileV5.parse(JSON.parse(await exportLogText(source, GROUP, NOW)));
    const [first, ...others] = file.watch;
    const outside = { ...first!, spans: [Date.parse(day(5)), Date.parse(day(5)) + 1] };
    const reversed = { ...first!, spans: [first!.spans[1]!, first!.spans[0]!] };
    for (const watch of [
      [outside, ...others],
      [reversed, ...others],
    ]) {
      const parsed = parseMemberLogText(JSON.stringify({ ...file, watch }));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.error).toMatch(/watch\.0\.spans: spans must be sorted, disjoint and within their day/);
    }
    const stranger = parseMemberLogText(JSON.stringify({ ...file, counted: [{ key: '999|1|post|x' }] }));
    expect(stranger.ok).toBe(false);
    if (!stranger.ok) expect(stranger.error).toMatch(/counted\.0: group 999 is not described/);
  });

  it('leaves out what was counted for a member the admin asked never to record again', async () => {
    await seed(source);
    await ingest(target, day(0), [post('100', 'p1', 'Ana')]);
    await forgetMember(target, GROUP, '100', { neverRecordAgain: true });
    await importText(target, await exportLogText(source, GROUP, NOW));
    expect((await target.counted.toArray()).map((row) => row.key)).toEqual([
      `${GROUP}|200|post|p2`,
      `${GROUP}|200|post|p4`,
    ]);
  });
});
