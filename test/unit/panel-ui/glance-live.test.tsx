/**
 * "At a glance" is several live queries (one per week's active members, the joiners, the unseen summary, the
 * tiers), each re-run only when a change touches what it read. Whatever a newly read page touches, the glance then
 * says what reading everything again says: a post in a past week, one in this week, a member who joins.
 */
import 'fake-indexeddb/auto';
import { useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/storage/db';
import { activitySettingsOf } from '@/storage/activity';
import {
  activeMembersPerWeek,
  coverageOf,
  joinersPerWeek,
  tierCounts,
  unseenCounts,
} from '@/storage/queries';
import { defaultSettings } from '@/storage/settings';
import { lastWeeks, useGlance, type Glance } from '@/entrypoints/sidepanel/glance-data';
import { comment, ingest, listed, post } from '../storage/helpers';

const GROUP = '1234567';
const DAY = 86_400_000;
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let shown: Glance | null | undefined;
function Probe({ show }: { show: (glance: Glance | null | undefined) => void }) {
  const glance = useGlance(GROUP, defaultSettings);
  useEffect(() => show(glance), [glance, show]);
  return null;
}

/** The glance read again from scratch, in one go. */
async function readAgain(): Promise<Glance> {
  const now = new Date();
  const weeks = lastWeeks(now, timeZone);
  const [active, joiners, coverage, unseen, tiers] = await Promise.all([
    activeMembersPerWeek(db(), GROUP, weeks),
    joinersPerWeek(db(), GROUP, weeks),
    coverageOf(db(), GROUP, now),
    unseenCounts(db(), GROUP, now, activitySettingsOf(defaultSettings)),
    tierCounts(db(), GROUP, defaultSettings.tiers),
  ]);
  return {
    coverage,
    activity: unseen.coverage,
    unseen: unseen.counts,
    activePerWeek: weeks.map((week, index) => ({ weekStart: week.start, count: active[index]! })),
    joinersPerWeek: weeks.map((week, index) => ({ weekStart: week.start, count: joiners[index]! })),
    tiers,
  };
}

/** What the glance shows once it has caught up, and what reading everything again says. */
async function shownAndExpected() {
  const expected = await readAgain();
  await vi.waitFor(() => expect(shown).toEqual(expected), { timeout: 5_000 });
  return expected;
}

const weekOf = (glance: Glance, iso: string) =>
  glance.activePerWeek.findLast((week) => week.weekStart <= iso)!.count;

let root: Root;
beforeAll(async () => {
  // The live queries answer on their own time: the test waits for what is shown instead of wrapping in act().
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: false });
  await db().open();
  // A feed read every day, back to a post of the day before: enough watched days to speak of silences.
  for (let days = 80; days >= 1; days -= 1) {
    const at = ago(days + 0.9);
    await ingest(db(), ago(days), [
      post(`${days % 7}`, `p${days}`, undefined, at),
      comment(`${days % 5}`, `c${days}`),
      ...(days > 60 ? [post(`early-${days % 3}`, `e${days}`, undefined, at)] : []),
    ]);
  }
  root = createRoot(document.createElement('div'));
  root.render(
    <Probe
      show={(glance) => {
        shown = glance;
      }}
    />,
  );
});
afterAll(() => root.unmount());

describe('at a glance, live', () => {
  it('shows what reading everything says', async () => {
    const glance = await shownAndExpected();
    expect(glance.activePerWeek.some((week) => week.count > 1)).toBe(true);
    expect(glance.unseen).not.toBeNull();
  });

  it('follows a post read now in a past week, and only that week changes', async () => {
    const before = await shownAndExpected();
    const at = ago(40);
    await ingest(db(), ago(0), [post('new-member-1', 'old-post', 'New One', at)]);
    const after = await shownAndExpected();
    expect(weekOf(after, at)).toBe(weekOf(before, at) + 1);
    expect(
      after.activePerWeek.filter((week, index) => week.count !== before.activePerWeek[index]!.count),
    ).toHaveLength(1);
  });

  it("follows this week's posts and comments, the joiners and the tiers", async () => {
    const before = await shownAndExpected();
    await ingest(db(), ago(0), [
      post('new-member-2', 'new-post', 'New Two', ago(0)),
      comment('new-member-3', 'c-new'),
    ]);
    await ingest(db(), ago(0), [
      listed('new-member-4', 'New Four', { joinedAfter: ago(3), joinedBefore: ago(2) }),
    ]);
    const after = await shownAndExpected();
    expect(after.activePerWeek.at(-1)!.count).toBe(before.activePerWeek.at(-1)!.count + 2);
    expect(after.joinersPerWeek.reduce((sum, week) => sum + week.count, 0)).toBeGreaterThan(
      before.joinersPerWeek.reduce((sum, week) => sum + week.count, 0),
    );
    expect(after.tiers.total).toBeGreaterThan(before.tiers.total);
  });
});
