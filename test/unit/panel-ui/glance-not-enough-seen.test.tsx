/**
 * At a glance says, in English and in French, how many members are silent for the threshold but seen too few
 * times to judge ("not enough seen yet"), beside who went quiet, who was never seen active and who is drifting.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GlanceUnseen } from '@/components/GlanceSummaries';
import type { ActivityCoverage } from '@/storage/activity';
import { createI18n, type UiLanguage } from '@/utils/i18n';

const window = { windowDays: 30, daysRead: 28, postsShare: 0.9, watchedDays: 27 };
const activity: ActivityCoverage = {
  groupId: '345769890781387',
  firstWatchedDay: '2026-01-05',
  lastFeedReadAt: '2026-04-12T08:00:00.000Z',
  usualPerDay: 12,
  recent: window,
  all: { ...window, windowDays: 97, daysRead: 95, watchedDays: 94 },
  quietDays: 30,
  ready: true,
  quietCutoff: '2026-03-10T00:00:00.000Z',
};

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function glance(notEnoughSeen: number, language: UiLanguage) {
  const container = document.createElement('div');
  root = createRoot(container);
  const unseen = { wentQuiet: 4, neverActive: 1200, drifting: 2, notEnoughSeen };
  act(() =>
    root!.render(
      <I18nextProvider i18n={createI18n(language)}>
        <GlanceUnseen unseen={unseen} activity={activity} inactivityDays={30} language={language} />
      </I18nextProvider>,
    ),
  );
  return container.querySelector('[data-testid="not-enough-seen"]')?.textContent ?? '';
}

describe('at a glance: not enough seen yet', () => {
  it('gives the count in English', () => {
    expect(glance(1234, 'en')).toMatch(/^1,234 more are silent .*not enough seen yet\.$/);
    expect(glance(1, 'en')).toMatch(/^1 more is silent/);
  });

  it('gives the count in French', () => {
    expect(glance(1234, 'fr')).toMatch(/^1\s234 autres sont silencieux .*pas encore assez vu\.$/);
    expect(glance(1, 'fr')).toMatch(/^1 autre est silencieux/);
  });

  it('says nobody else when there is none', () => {
    expect(glance(0, 'en')).toBe('Nobody else is silent that long.');
    expect(glance(0, 'fr')).toContain('Personne d’autre');
  });
});
