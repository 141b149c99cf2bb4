import { describe, expect, it } from 'vitest';
import {
  Cadence,
  CadenceEditError,
  addStep,
  defaultCadence,
  describeOffset,
  newStepId,
  removeStep,
  renameStep,
  retimeStep,
  setStepEnabled,
} from '@/utils/onboarding/cadence';

describe('default cadence', () => {
  it('welcomes at join, weekly, checks in privately at two months and marks one year', () => {
    expect(defaultCadence.steps.map((step) => [step.id, step.kind, step.offset, step.enabled])).toEqual([
      ['personal-welcome', 'personal', { days: 0 }, true],
      ['weekly-welcome', 'group-weekly', { days: 0 }, true],
      ['two-month-check-in', 'private', { months: 2 }, true],
      ['anniversary', 'private', { years: 1 }, true],
    ]);
  });
});

describe('editing the cadence', () => {
  it('adds a six-month check-in with an id derived from its label', () => {
    const id = newStepId(defaultCadence, 'Six mois, ça va ?');
    expect(id).toBe('six-mois-ca-va');
    const cadence = addStep(defaultCadence, {
      id,
      label: { en: 'Six-month check-in', fr: 'Six mois, ça va ?' },
      kind: 'private',
      offset: { months: 6 },
      templateSituation: 'two-month-check-in',
      enabled: true,
      overdueAfter: { days: 7 },
    });
    expect(cadence.steps).toHaveLength(5);
    expect(newStepId(cadence, 'six mois ca va')).toBe('six-mois-ca-va-2');
  });

  it('removes, renames (one language at a time), re-times and switches off', () => {
    let cadence = removeStep(defaultCadence, 'anniversary');
    expect(cadence.steps.map((step) => step.id)).not.toContain('anniversary');
    cadence = renameStep(cadence, 'two-month-check-in', { fr: 'Un petit mot après deux mois' });
    cadence = retimeStep(cadence, 'two-month-check-in', { months: 6 });
    cadence = setStepEnabled(cadence, 'weekly-welcome', false);
    const checkIn = cadence.steps.find((step) => step.id === 'two-month-check-in');
    expect(checkIn?.label).toEqual({ en: 'Two-month check-in', fr: 'Un petit mot après deux mois' });
    expect(checkIn?.offset).toEqual({ months: 6 });
    expect(cadence.steps.find((step) => step.id === 'weekly-welcome')?.enabled).toBe(false);
    // The default is never mutated.
    expect(defaultCadence.steps).toHaveLength(4);
  });

  it('refuses duplicate ids, unknown steps, empty labels and negative offsets', () => {
    const first = defaultCadence.steps[0];
    if (!first) throw new Error('fixture');
    expect(() => addStep(defaultCadence, first)).toThrow(/duplicate step id/);
    expect(() => removeStep(defaultCadence, 'nope')).toThrow(CadenceEditError);
    expect(() => renameStep(defaultCadence, 'anniversary', { en: '  ' })).toThrow();
    expect(Cadence.safeParse({ steps: [{ ...first, offset: { days: -1 } }] }).success).toBe(false);
  });

  it('describes offsets in both languages', () => {
    expect(describeOffset({ months: 2 }, 'en')).toBe('2 months');
    expect(describeOffset({ years: 1 }, 'fr')).toBe('1 an');
    expect(describeOffset({ days: 0 }, 'fr')).toBe('tout de suite');
  });
});
