/**
 * The evaluation pipeline (test/tools/signals-eval.ts) on the dev situations: real reader, extraction and detectors
 * raise every expected signal and nothing else of the situation's kind. Control: with the repeated-image detector
 * turned off, its situations are missed (the check can fail).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSignalKindSettings } from '@/utils/signals';
import { loadSituations, replaySituation, score } from '../../tools/signals-eval';
import { write } from './build-dev-situations';
import { DEV_SITUATIONS } from './dev-situations';

const dir = mkdtempSync(join(tmpdir(), 'tend-signals-eval-'));
write(DEV_SITUATIONS, dir);
const situations = loadSituations(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('signals eval on the dev situations', () => {
  it('finds every expected signal and raises none wrongly, per kind', () => {
    const scores = score(
      situations.map(({ situation, folder }) => ({ situation, raised: replaySituation(situation, folder) })),
    );
    for (const [kind, entry] of scores) {
      expect({ kind, found: entry.found, right: entry.right }).toEqual({
        kind,
        found: entry.expected,
        right: entry.raised,
      });
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
