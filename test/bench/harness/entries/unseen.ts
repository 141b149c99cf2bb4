/** Browser side of `npm run bench -- unseen-query`. */
import { TendDatabase } from '@/storage/db';
import { tierCounts, unseenMembers } from '@/storage/queries';
import { defaultTierThresholds } from '@/storage/settings';
import { GROUP, START, makeDataset, populate } from '../dataset';

let db: TendDatabase;
const NOW = new Date(START + 120 * 86_400_000);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

const bench = {
  async setup(members: number, sightings: number) {
    db = new TendDatabase('bench-unseen');
    await db.delete();
    await db.open();
    const { ms } = await timed(() => populate(db, makeDataset(members, sightings)));
    return { ms, members: await db.members.count(), sightings: await db.sightings.count() };
  },
  async fullRead() {
    const { ms, result } = await timed(() => db.members.toArray());
    return { ms, rows: result.length };
  },
  async unseen(kind: 'went-quiet' | 'never-active') {
    const { ms, result } = await timed(() =>
      unseenMembers(db, GROUP, { now: NOW, kind, thresholdDays: 30, limit: 100 }),
    );
    return { ms, rows: result.ready ? result.members.length : -1 };
  },
  async tiers() {
    const { ms, result } = await timed(() => tierCounts(db, GROUP, defaultTierThresholds));
    return { ms, rows: result.total, counts: result };
  },
};
(window as unknown as { bench: typeof bench }).bench = bench;
