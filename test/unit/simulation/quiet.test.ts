/**
 * "Who went quiet", proven on simulated groups: a few hundred members over 120 days, browsed daily, browsed at
 * weekends with a two-week holiday, and browsed on weekdays with the same holiday. The browsing goes through the background's handlers into a fresh database;
 * Tend's answers (storage/activity.ts) are taken every week and scored against what really happened, with the
 * coverage worked out from the browsing itself (test/simulator/scoring.ts). The figures are printed.
 */
import { describe, expect, it } from 'vitest';
import { defaultActivitySettings } from '@/storage/activity';
import floors from './floors.json';
import { freshDb } from '../storage/helpers';
import { evaluateGroup, shareOf as share } from '../../simulator/evaluate';
import { score, type Checkpoint, type Score } from '../../simulator/scoring';
import type { SimulationOptions } from '../../simulator/simulate';

const DAY_MS = 24 * 60 * 60 * 1000;
const QUIET_DAYS = defaultActivitySettings.quietDays;

const SCENARIOS: { name: string; options: SimulationOptions }[] = [
  { name: 'daily', options: { members: 800, days: 120, seed: 'quiet-daily', browsing: 'daily' } },
  {
    name: 'weekends, holiday',
    options: {
      members: 800,
      days: 120,
      seed: 'quiet-weekends',
      browsing: 'weekends',
      holiday: { from: '2026-03-02', to: '2026-03-15' },
    },
  },
  {
    name: 'weekdays, holiday',
    options: {
      members: 800,
      days: 120,
      seed: 'quiet-weekdays',
      browsing: 'weekdays',
      holiday: { from: '2026-03-02', to: '2026-03-15' },
    },
  },
];

async function run(options: SimulationOptions) {
  return evaluateGroup(await freshDb('simulation'), options);
}

/** The same answers as if silence were counted in calendar days since the last activity Tend saw. */
function calendarDays(checkpoints: readonly Checkpoint[]): Checkpoint[] {
  return checkpoints.map(({ at, members }) => ({
    at,
    members: members.map((member) => {
      const days = Math.floor((at.getTime() - Date.parse(member.quietSince)) / DAY_MS);
      const wasActive = member.state !== 'never-active' && member.state !== 'new';
      return { ...member, state: wasActive && days >= QUIET_DAYS ? 'quiet' : 'active', quietForDays: days };
    }),
  }));
}

/** The targets; until they are met, each scenario must stay at or above its recorded floor (floors.json). */
const TARGETS = { precision: floors.targets.precision, recall: floors.targets.recall };
type ScenarioName = keyof typeof floors.scenarios;
function print(name: string, result: Score) {
  const percent = (part: number, whole: number) => `${(100 * share(part, whole)).toFixed(1)}%`;
  const examples = Object.entries(result.examples).flatMap(([kind, lines]) =>
    lines.map((line) => `  ${kind}: ${line}`),
  );
  console.log(
    [
      `simulation (${name}): ${result.trulySilent}/${result.flagged} quiet or drifting answers truly silent ` +
        `(${percent(result.trulySilent, result.flagged)}), ${result.countedUnwatched} counting unwatched days, ` +
        `${result.flaggedInTime}/${result.visibleStops} visible stops flagged within 14 days ` +
        `(${percent(result.flaggedInTime, result.visibleStops)})`,
      ...examples,
    ].join('\n'),
  );
}

describe.each(SCENARIOS)('who went quiet, simulated ($name)', ({ name, options }) => {
  it('is right when it flags, never counts unwatched days, and flags most visible stops in time', async () => {
    const { checkpoints, truth, watched } = await run(options);
    const result = score(checkpoints, truth, watched, QUIET_DAYS);
    print(name, result);
    // The simulation must give the rules something to find, or the figures below prove nothing.
    expect(result.flagged).toBeGreaterThan(20);
    expect(result.visibleStops).toBeGreaterThanOrEqual(5);
    // Never a day Tend did not watch: strict, whatever the other figures.
    expect(result.countedUnwatched).toBe(0);
    const precision = share(result.trulySilent, result.flagged);
    const recall = share(result.flaggedInTime, result.visibleStops);
    if (precision < TARGETS.precision || recall < TARGETS.recall) {
      console.log(
        `simulation (${name}): targets MISSED: precision ${precision.toFixed(3)} (target ${TARGETS.precision}), ` +
          `recall ${recall.toFixed(3)} (target ${TARGETS.recall})`,
      );
    }
    const floor = floors.scenarios[name as ScenarioName];
    expect(floor, `no floor recorded for ${name}`).toBeDefined();
    expect(precision).toBeGreaterThanOrEqual(floor.precision);
    expect(recall).toBeGreaterThanOrEqual(floor.recall);
    // Control: counting calendar days instead of watched ones is caught on the same browsing.
    const control = score(calendarDays(checkpoints), truth, watched, QUIET_DAYS);
    print(`${name}, control counting calendar days`, control);
    if (options.holiday) expect(control.countedUnwatched).toBeGreaterThan(0);
  });
});
