import { describe, expect, it } from 'vitest';
import {
  membersPageUrl,
  memberItemText,
  newCadenceStep,
  offsetOf,
  simpleOffset,
  snoozeUntil,
  templateForSituation,
  templatesForSituation,
  weekItemWelcome,
} from '@/components/OnboardingModel';
import type { MemberRow } from '@/storage/schema';
import { defaultCadence, addStep } from '@/utils/onboarding/cadence';
import { dueItems, type WeekDueItem } from '@/utils/onboarding/schedule';
import { duplicateTemplate } from '@/utils/templates/catalog';
import { defaultLibrary, defaultTemplateFor } from '@/utils/templates/library';
import type { Template } from '@/utils/templates/schema';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const member = (memberId: string, name: string, after: string, before: string) =>
  ({ groupId: '42', memberId, name, joinedAfter: after, joinedBefore: before }) as MemberRow;

describe('choosing the template of a step', () => {
  const builtIn = defaultTemplateFor('personal-welcome');
  const mine = duplicateTemplate(builtIn, 'custom:mine', new Date('2026-11-01T00:00:00Z'));
  const newer = duplicateTemplate(builtIn, 'custom:newer', new Date('2026-11-10T00:00:00Z'));
  const frenchOnly: Template = {
    ...mine,
    id: 'custom:fr',
    bodies: { fr: { tu: 'Salut {firstName|toi} !' } },
  };

  it('prefers the admin’s own, most recently edited, then the built-in', () => {
    expect(templateForSituation([builtIn, mine, newer], 'personal-welcome', 'en')?.id).toBe('custom:newer');
    expect(templateForSituation([builtIn], 'personal-welcome', 'en')?.id).toBe(builtIn.id);
    expect(templatesForSituation([builtIn, mine, newer], 'personal-welcome', 'en').map((t) => t.id)).toEqual([
      'custom:newer',
      'custom:mine',
      builtIn.id,
    ]);
  });

  it('only offers templates with words in the language asked for', () => {
    expect(templateForSituation([frenchOnly], 'personal-welcome', 'en')).toBeUndefined();
    expect(templateForSituation([frenchOnly], 'personal-welcome', 'fr')?.id).toBe('custom:fr');
    expect(templateForSituation(defaultLibrary(), 'no-such-situation', 'en')).toBeUndefined();
  });
});

describe('the text of a member item', () => {
  const welcome = defaultTemplateFor('personal-welcome');
  const chloe = member('1', 'CHLOÉ Martin', '2026-11-18T08:00:00Z', '2026-11-18T09:00:00Z');

  it('fills the member’s first name and the admin’s name, in the chosen register', () => {
    const tu = memberItemText(chloe, welcome, { lang: 'fr', register: 'tu', now: NOW, adminName: 'Camille' });
    expect(tu).toMatchObject({ ok: true });
    expect(tu?.ok && tu.text).toMatch(
      /^Bonjour Chloé, et bienvenue dans le groupe ! Ici Camille : c’est un plaisir de t’accueillir/,
    );
    const vous = memberItemText(chloe, welcome, { lang: 'fr', register: 'vous', now: NOW });
    expect(vous?.ok && vous.text).toContain('de vous accueillir');
  });

  it('refuses to be copied when a placeholder has neither value nor fallback', () => {
    const strict: Template = {
      ...welcome,
      id: 'custom:strict',
      builtIn: false,
      bodies: { en: 'Hello {firstName}!' },
    };
    const initialOnly = member('2', 'J. Martin', '2026-11-18T08:00:00Z', '2026-11-18T09:00:00Z');
    const result = memberItemText(initialOnly, strict, { lang: 'en', register: 'vous', now: NOW });
    expect(result).toMatchObject({
      ok: false,
      preview: 'Hello {firstName}!',
      missing: [{ name: 'firstName' }],
    });
  });

  it('says when the template has no words in the language', () => {
    expect(
      memberItemText(chloe, { ...welcome, bodies: { en: 'Hi' } }, { lang: 'fr', register: 'tu', now: NOW }),
    ).toBe(undefined);
  });
});

describe('the weekly welcome of a week item', () => {
  const members = Array.from({ length: 205 }, (_, index) =>
    member(
      String(1000 + index),
      `Person ${String(index).padStart(3, '0')}`,
      '2026-11-04T10:00:00Z',
      '2026-11-04T11:00:00Z',
    ),
  );
  const items = dueItems(members, defaultCadence, [], NOW, 'Europe/Paris', { weekStartsOn: 1 });
  const week = items.find((item): item is WeekDueItem => item.type === 'week')!;
  const byId = new Map(members.map((row) => [row.memberId, row]));

  it('splits at the tag limit into even parts, with the pointers on every part', () => {
    const welcome = weekItemWelcome(
      week,
      byId,
      undefined,
      { maxTagsPerPost: 100, weeklyPointers: 'Rules: pinned post.' },
      {
        lang: 'en',
        register: 'vous',
      },
    );
    expect(welcome.posts.map((post) => post.joiners.length)).toEqual([69, 68, 68]);
    for (const post of welcome.posts) {
      expect(post.result.ok).toBe(true);
      expect(post.result.ok && post.result.text.endsWith('Rules: pinned post.')).toBe(true);
    }
  });

  it('only names the members of the item (those already welcomed are not in it)', () => {
    const fewer: WeekDueItem = { ...week, members: week.members.slice(0, 3) };
    const welcome = weekItemWelcome(
      fewer,
      byId,
      undefined,
      { maxTagsPerPost: 100, weeklyPointers: '' },
      {
        lang: 'fr',
        register: 'tu',
      },
    );
    expect(welcome.joiners.map((joiner) => joiner.name)).toEqual(['Person 000', 'Person 001', 'Person 002']);
    expect(welcome.posts).toHaveLength(1);
    expect(welcome.posts[0]!.result.ok && welcome.posts[0]!.result.text).toMatch(/^Bonjour et bienvenue/);
  });
});

describe('snoozing and steps in the settings', () => {
  it('snoozes by calendar day or week in the admin’s time zone, across a daylight-saving change', () => {
    // Paris leaves summer time on 25 October 2026: one calendar day later is 25 hours later.
    const before = new Date('2026-10-24T10:00:00.000Z');
    expect(snoozeUntil('day', before, 'Europe/Paris').toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(snoozeUntil('week', before, 'Europe/Paris').toISOString()).toBe('2026-10-31T11:00:00.000Z');
    expect(snoozeUntil('day', before, 'UTC').toISOString()).toBe('2026-10-25T10:00:00.000Z');
  });

  it('shows an offset as one amount and unit, and writes it back', () => {
    expect(simpleOffset({ months: 2 })).toEqual({ amount: 2, unit: 'months' });
    expect(simpleOffset({ days: 0 })).toEqual({ amount: 0, unit: 'days' });
    expect(simpleOffset({ weeks: 1, days: 3 })).toEqual({ amount: 10, unit: 'days' });
    expect(simpleOffset({ years: 1, months: 6 })).toEqual({ amount: 1, unit: 'years' });
    expect(offsetOf(6, 'months')).toEqual({ months: 6 });
    expect(offsetOf(-3, 'days')).toEqual({ days: 0 });
    expect(offsetOf(5000, 'days')).toEqual({ days: 1000 });
  });

  it('adds a new step with a unique id that the cadence schema accepts', () => {
    const step = newCadenceStep(defaultCadence, { en: 'Six months', fr: 'Six mois' });
    const twice = addStep(
      addStep(defaultCadence, step),
      newCadenceStep(addStep(defaultCadence, step), step.label),
    );
    expect(twice.steps.map((s) => s.id).slice(-2)).toEqual(['six-months', 'six-months-2']);
  });

  it('links to the group’s Members page', () => {
    expect(membersPageUrl('345769890781387')).toBe('https://www.facebook.com/groups/345769890781387/members');
  });
});
