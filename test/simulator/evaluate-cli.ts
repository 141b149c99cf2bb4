/**
 * `npx tsx test/simulator/evaluate-cli.ts [--seeds a,b] [--browsing daily,weekends] [--members N] [--days D]
 *   [--holiday FROM:TO]`
 *
 * Scores "who went quiet" on simulated groups of your choosing, one line per group and a total: to check a change
 * of the rules on groups it was not tuned on (the simulation test's seeds are "quiet-daily", "quiet-weekends" and "quiet-weekdays";
 * pick others). Every seed is run with every browsing pattern given.
 */
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import '@/utils/zod-config';
import { defaultActivitySettings } from '@/storage/activity';
import { TendDatabase } from '@/storage/db';
import { BROWSING_PATTERNS, type BrowsingPattern } from './browsing';
import { evaluateGroup, figuresOf } from './evaluate';
import { score } from './scoring';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'held-1,held-2' },
    browsing: { type: 'string', default: BROWSING_PATTERNS.join(',') },
    members: { type: 'string', default: '800' },
    days: { type: 'string', default: '120' },
    holiday: { type: 'string' },
  },
});
const patterns = values.browsing.split(',') as BrowsingPattern[];
for (const pattern of patterns) {
  if (!BROWSING_PATTERNS.includes(pattern)) throw new Error(`unknown browsing pattern: ${pattern}`);
}
const whole = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
};
const members = whole('members', values.members);
const days = whole('days', values.days);
const [from, to] = values.holiday?.split(':') ?? [];
const total = { flagged: 0, trulySilent: 0, visibleStops: 0, flaggedInTime: 0 };
for (const seed of values.seeds.split(',')) {
  for (const browsing of patterns) {
    const db = new TendDatabase(`evaluate-${seed}-${browsing}`);
    await db.open();
    const options = {
      members,
      days,
      seed,
      browsing,
      ...(from && to ? { holiday: { from, to } } : {}),
    };
    const { checkpoints, truth, watched } = await evaluateGroup(db, options);
    const result = score(checkpoints, truth, watched, defaultActivitySettings.quietDays);
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += result[key];
    const { precision, recall } = figuresOf(result);
    console.log(
      `${seed} ${browsing}: precision ${precision.toFixed(3)} (${result.trulySilent}/${result.flagged}), ` +
        `recall ${recall.toFixed(3)} (${result.flaggedInTime}/${result.visibleStops})`,
    );
    db.close();
  }
}
const { precision, recall } = figuresOf(total);
console.log(`total: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
