/**
 * The evaluation pipeline (test/tools/signals-eval.ts) on the dev situations: real reader, extraction and detectors
 * reach, per kind, at least the precision and recall recorded as the dev floor in floor.json (so a detector change
 * that loses a dev situation fails here). Control: with the repeated-image detector turned off, its situations are
 * missed (the check can fail).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSignalKindSettings } from '@/utils/signals';
import { Floor, figures, loadSituations, replaySituation, score } from '../../tools/signals-eval';
import { write } from './build-dev-situations';
import { DEV_SITUATIONS } from './dev-situations';

const dir = mkdtempSync(join(tmpdir(), 'tend-signals-eval-'));
write(DEV_SITUATIONS, dir);
const situations = loadSituations(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const floor = Floor.parse(JSON.parse(readFileSync('test/unit/signals/floor.json', 'utf8'))).dev;

describe('signals eval on the dev situations', () => {
  it('reaches the dev floor of precision and recall, per kind', () => {
    const scores = score(
      situations.map(({ situation, folder }) => ({ situation, raised: replaySituation(situation, folder) })),
    );
    expect([...scores.keys()].sort()).toEqual(Object.keys(floor).sort());
    for (const [kind, entry] of scores) {
      const { precision, recall } = figures(entry);
      const min = floor[kind]!;
      expect(precision, `${kind} precision`).toBeGreaterThanOrEqual(min.precision);
      expect(recall, `${kind} recall`).toBeGreaterThanOrEqual(min.recall);
      expect(entry.expected).toBeGreaterThan(0);
    }
  });
  it('misses the repeated images with that detector off (control)', () => {
    const off = { ...defaultSignalKindSettings, 'repeated-image': { enabled: false, windowDays: 56 } };
    const repeats = situations.filter(({ situation }) => situation.kind === 'repeated-image');
    const scores = score(
      repeats.map(({ situation, folder }) => ({
        situation,
        raised: replaySituation(situation, folder, off),
      })),
    );
    expect(scores.get('repeated-image')?.found).toBe(0);
  });
});
