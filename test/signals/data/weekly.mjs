// Weekly feed visits for the group-level kinds: each visit shows the posts of the seven days before it, drawn in
// order from a pool (weekly-pools.mjs), so that a situation is written as counts per week.
import { POOLS } from './weekly-pools.mjs';

const DAY = 24 * 60 * 60 * 1000;
const stamp = (ms) => new Date(ms).toISOString().slice(0, 16);

const offPositions = (count, off) =>
  new Set(Array.from({ length: off }, (_, k) => Math.floor(((k + 0.5) * count) / off)));

/** weeks: [[on, off], ...] per visit, oldest first; `start` shifts where the pool's texts are taken from. */
export function weekly({
  id,
  kind,
  lookalike,
  lang,
  pool: poolKey,
  tz,
  firstVisit,
  weeks,
  start = 0,
  evidence,
  notes,
}) {
  const pool = POOLS[poolKey];
  if (!pool) throw new Error(`${id}: unknown pool ${poolKey}`);
  const members = Object.fromEntries(
    pool.people.map(([name, joined], index) => [`m${index}`, [name, joined]]),
  );
  const take = { on: start, off: start };
  const next = (topic) => {
    const list = pool[topic];
    if (take[topic] - start >= list.length)
      throw new Error(`${id}: pool ${poolKey} has too few ${topic} texts`);
    const text = list[take[topic] % list.length];
    take[topic] += 1;
    return text;
  };
  const first = Date.parse(`${firstVisit}:00Z`);
  const visits = [];
  const byWeek = [];
  weeks.forEach(([on, off], week) => {
    const now = first + week * 7 * DAY;
    const count = on + off;
    const posts = [];
    for (let index = 0; index < count; index += 1) {
      // Off-topic posts spread evenly among the week's posts; times spread over the week, newest first.
      const kept = offPositions(count, off).has(index) ? 'off' : 'on';
      const at = now - ((index + 0.5) * 6.5 * DAY) / count - ((index * 37 + week * 11) % 180) * 60000;
      const key = `w${week + 1}p${index + 1}`;
      posts.push({
        key,
        by: `m${(index + week * 2 + start) % pool.people.length}`,
        at: stamp(at),
        text: next(kept),
        topic: kept,
      });
    }
    // A feed never shows nothing: under three new posts, the newest older ones (already seen) fill the page.
    const seenBefore = byWeek.flat().sort((a, b) => b.at.localeCompare(a.at));
    const shown = [...posts, ...seenBefore.slice(0, Math.max(0, 3 - count))];
    if (!shown.length) throw new Error(`${id}: visit ${week + 1} would show an empty feed`);
    byWeek.push(posts);
    visits.push({ now: stamp(now), posts: shown.map(({ key, by, at, text }) => ({ key, by, at, text })) });
  });
  const last = byWeek[byWeek.length - 1];
  const evidenceKeys =
    evidence === 'off' ? last.filter((p) => p.topic === 'off').map((p) => p.key) : last.map((p) => p.key);
  return {
    id,
    kind,
    lookalike,
    lang,
    tz,
    group: pool.group,
    members,
    visits,
    ...(lookalike ? {} : { expect: [{ members: [], evidence: evidenceKeys }] }),
    notes: `${notes} Posts per weekly visit (on-topic/off-topic): ${weeks.map(([on, off]) => `${on}/${off}`).join(', ')}.`,
  };
}
