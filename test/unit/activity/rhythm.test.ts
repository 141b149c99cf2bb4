/** Each member's own rhythm: the five states, on a group Tend watched in full every day. */
import { describe, expect, it } from 'vitest';
import { DAY_MS, buildTimeline, dayOf, type WatchDay } from '@/utils/activity/coverage';
import {
  byUnusualness,
  classifyMember,
  defaultRhythmSettings,
  type MemberActivityFacts,
} from '@/utils/activity/rhythm';

const start = Date.UTC(2026, 2, 1);
const at = (day: number) => new Date(start + day * DAY_MS + 12 * 3_600_000).toISOString();
const now = start + 90 * DAY_MS + 20 * 3_600_000;

/** Days `from` to `to` watched in full, ten posts a day. */
function watched(from: number, to: number): WatchDay[] {
  return Array.from({ length: to - from + 1 }, (_, index) => {
    const dayStart = start + (from + index) * DAY_MS;
    return { day: dayOf(dayStart), spans: [dayStart, dayStart + DAY_MS], items: 10 };
  });
}
const settings = { ...defaultRhythmSettings, quietDays: 30 };
const fullTimeline = buildTimeline(watched(0, 90), now);

const member = (facts: Partial<MemberActivityFacts> & { lastActiveDay?: number }): MemberActivityFacts => {
  const { lastActiveDay, ...rest } = facts;
  const lastActiveAt = lastActiveDay === undefined ? undefined : at(lastActiveDay);
  return {
    activityCount: 0,
    quietSince: lastActiveAt ?? at(-100),
    ...(lastActiveAt ? { lastActiveAt } : {}),
    ...rest,
  };
};
const classify = (facts: MemberActivityFacts, timeline = fullTimeline) =>
  classifyMember(facts, timeline, settings);

describe('member states', () => {
  it('a member who joined days ago is new, posting or not', () => {
    expect(classify(member({ joinMiddle: at(87), quietSince: at(88) })).state).toBe('new');
    expect(classify(member({ joinMiddle: at(87), lastActiveDay: 88, activityCount: 1 })).state).toBe('new');
  });

  it('a daily regular silent for two watched weeks is drifting, before the 30-day threshold', () => {
    const regular = classify(member({ lastActiveDay: 76, activityCount: 76 }));
    expect(regular).toMatchObject({ state: 'drifting', quietForDays: 13 });
    expect(regular.usualGapDays).toBeCloseTo(1, 0);
    // Three days of silence is nothing unusual for them.
    expect(classify(member({ lastActiveDay: 87, activityCount: 87 })).state).toBe('active');
  });

  it('a regular silent past the threshold is quiet', () => {
    expect(classify(member({ lastActiveDay: 50, activityCount: 40 }))).toMatchObject({
      state: 'quiet',
      quietForDays: 39,
    });
  });

  it('someone who posts about monthly is not quiet after 35 days, but is once missing them is improbable', () => {
    // Three posts in their first 90 days: a usual gap of about a month.
    const monthly = member({ lastActiveDay: 90, activityCount: 3 });
    const till = (day: number) => buildTimeline(watched(0, day), start + day * DAY_MS + 20 * 3_600_000);
    expect(classifyMember(monthly, till(125), settings)).toMatchObject({
      state: 'active',
      notEnoughSeen: false,
    });
    // Five of their gaps, but three posts in 91 watched days, then 160 silent: (91/251)^3 = 4.8%, not under 3%.
    expect(classifyMember(monthly, till(250), settings)).toMatchObject({
      state: 'active',
      notEnoughSeen: true,
    });
    // 310 silent days: (91/401)^3 = 1.2%.
    expect(classifyMember(monthly, till(400), settings).state).toBe('quiet');
  });

  it('someone seen once or twice is "not enough seen yet", never quiet, however long the silence', () => {
    const rare = buildTimeline(watched(0, 170), start + 170 * DAY_MS + 20 * 3_600_000);
    for (const activityCount of [1, 2]) {
      expect(classifyMember(member({ lastActiveDay: 10, activityCount }), rare, settings)).toMatchObject({
        state: 'active',
        notEnoughSeen: true,
        quietForDays: null,
      });
    }
    // Nor drifting first, when the admin asks for more sightings than a rhythm needs.
    const strict = { ...settings, minSightings: 100 };
    const regular = member({ lastActiveDay: 76, activityCount: 76 });
    expect(classify(regular).state).toBe('drifting');
    expect(classifyMember(regular, fullTimeline, strict).state).toBe('active');
    // Before the fixed threshold, there is nothing to be unsure about.
    expect(classify(member({ lastActiveDay: 80, activityCount: 1 })).notEnoughSeen).toBe(false);
  });

  it('a few posts seen are no rhythm: never drifting, quiet only past the threshold', () => {
    const few = classify(member({ lastActiveDay: 78, activityCount: 3 }));
    expect(few.state).toBe('active');
  });

  it('never seen active over 30 watched days is never-active; over half of them watched, it is not', () => {
    expect(classify(member({ quietSince: at(40) })).state).toBe('never-active');
    const halfWatched = buildTimeline(
      watched(0, 90).filter((_, index) => index % 2 === 0),
      now,
    );
    expect(classify(member({ quietSince: at(40) }), halfWatched)).toMatchObject({
      state: 'active',
      quietForDays: null,
    });
  });

  it('days Tend did not watch are not days of silence', () => {
    const holiday = buildTimeline([...watched(0, 50), ...watched(80, 90)], now);
    // Silent since day 45: 45 calendar days, 16 watched.
    expect(classify(member({ lastActiveDay: 45, activityCount: 40 }), holiday)).toMatchObject({
      state: 'drifting',
      quietForDays: 15,
    });
    expect(classify(member({ lastActiveDay: 45, activityCount: 40 })).state).toBe('quiet');
  });

  it('sorts by how unusual the silence is for each member', () => {
    const daily = { id: 'daily', ...classify(member({ lastActiveDay: 80, activityCount: 80 })) };
    const weekly = { id: 'weekly', ...classify(member({ lastActiveDay: 70, activityCount: 12 })) };
    const rare = { id: 'rare', ...classify(member({ lastActiveDay: 40, activityCount: 2 })) };
    expect([rare, weekly, daily].sort(byUnusualness).map((m) => m.id)).toEqual(['daily', 'weekly', 'rare']);
  });
});

describe('each watched day counts by the member’s own mix of posts and comments', () => {
  /** Days watched in full, ten posts a day; `comments` read a day, and posts opened that showed three each. */
  const days = (from: number, to: number, comments: number): WatchDay[] =>
    watched(from, to).map((day) => ({ ...day, posts: 10, comments, threads: 4, threadComments: 12 }));
  // Comments read in full for 70 days (30 a day: three per post), then barely any while the feed was still read.
  const fewCommentsRead = buildTimeline([...days(0, 70, 30), ...days(71, 90, 1)], now);
  const regular = { lastActiveDay: 75, activityCount: 75 };

  it('someone who only comments is not drifting on days Tend read the posts but hardly any comments', () => {
    const commenter = classifyMember(
      member({ ...regular, postCount: 0, commentCount: 75 }),
      fewCommentsRead,
      settings,
    );
    expect(commenter.state).toBe('active');
    // The words still say how long the feed was watched since.
    expect(commenter.silentWatchedDays).toBeCloseTo(15, 0);
  });

  it('someone who only posts is drifting on the same days, since their posts were read', () => {
    const poster = classifyMember(
      member({ ...regular, postCount: 75, commentCount: 0 }),
      fewCommentsRead,
      settings,
    );
    expect(poster.state).toBe('drifting');
    expect(poster.silentWatchedDays).toBeCloseTo(15, 0);
  });

  it('with comments read as usual, the commenter is drifting too (the mix alone changes nothing)', () => {
    const usual = buildTimeline(days(0, 90, 30), now);
    const commenter = classifyMember(member({ ...regular, postCount: 0, commentCount: 75 }), usual, settings);
    expect(commenter.state).toBe('drifting');
  });
});

describe('the claim is effort-normalised: silence counts only as far as Tend would have seen the member', () => {
  // Watched in full from day 0; the member joined on day 45 and was seen three times by day 59.
  const newcomer = member({ joinedAfter: at(45), lastActiveDay: 59, activityCount: 3, postCount: 3 });

  it('three sightings in two weeks, then 30 silent days: five usual gaps, but too probable a miss to say quiet', () => {
    const answer = classifyMember(newcomer, fullTimeline, settings);
    // The old rule called this quiet (31 watched days, more than five gaps of five days).
    expect(answer.silentWatchedDays).toBeGreaterThan(30);
    expect(answer).toMatchObject({ state: 'active', notEnoughSeen: true });
    // At their pace over the 45 watched days Tend followed them, it expected about two sightings in the silence.
    expect(answer.expectedSightings).toBeCloseTo((3 * 30.8) / 45.8, 1);
    expect(answer.missChance).toBeGreaterThan(0.03);
    // Once the silence makes a miss improbable, they are quiet.
    const later = buildTimeline(watched(0, 110), start + 110 * DAY_MS + 20 * 3_600_000);
    expect(classifyMember(newcomer, later, settings)).toMatchObject({ state: 'quiet' });
  });

  it('the bound is a setting of the rules: a looser one says quiet sooner', () => {
    expect(classifyMember(newcomer, fullTimeline, { ...settings, missChance: 0.1 }).state).toBe('quiet');
  });

  it('a regular whose comments Tend stopped reading is not drifting, however long their silence in posts read', () => {
    const days = (from: number, to: number, comments: number, threads: number): WatchDay[] =>
      watched(from, to).map((day) => ({ ...day, posts: 10, comments, threads, threadComments: 3 * threads }));
    // Threads opened and their comments read for 70 days, then the feed alone (its one comment per post shown).
    const feedOnly = buildTimeline([...days(0, 70, 30, 10), ...days(71, 90, 3, 0)], now);
    const commenter = member({ lastActiveDay: 75, activityCount: 40, postCount: 4, commentCount: 36 });
    const answer = classifyMember(commenter, feedOnly, settings);
    expect(answer.state).toBe('active');
    expect(answer.missChance).toBeGreaterThan(0.03);
  });
});
