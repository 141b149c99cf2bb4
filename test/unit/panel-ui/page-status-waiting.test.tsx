/** The last-page line says how many items read there are still waiting to be stored, in English and French. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LastPageStatus } from '@/components/LastPageStatus';
import type { PageStatus } from '@/storage/schema';
import { createI18n, type UiLanguage } from '@/utils/i18n';

const NOW = new Date('2026-01-31T10:00:00.000Z');
const status = (waiting?: number): PageStatus => ({
  url: 'https://www.facebook.com/groups/1234567/',
  kind: 'group-feed',
  health: { status: 'ok', expected: 3, read: 3, seen: 3, timeDisagreements: 0, problems: [] },
  readAt: NOW.toISOString(),
  ...(waiting ? { waiting } : {}),
});

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function waitingLine(given: PageStatus, language: UiLanguage): string | null {
  const container = document.createElement('div');
  root = createRoot(container);
  act(() =>
    root!.render(
      <I18nextProvider i18n={createI18n(language)}>
        <LastPageStatus status={given} language={language} now={NOW} />
      </I18nextProvider>,
    ),
  );
  return container.querySelector('[data-testid="waiting"]')?.textContent?.trim() ?? null;
}

describe('the last-page line', () => {
  it('says nothing of waiting items when none wait', () => {
    expect(waitingLine(status(), 'en')).toBeNull();
  });

  it.each([
    ['en', 1, '1 item read on this page is waiting to be stored; Tend keeps trying.'],
    ['en', 12, '12 items read on this page are waiting to be stored; Tend keeps trying.'],
    ['fr', 1, '1 élément lu sur cette page attend d’être enregistré ; Tend réessaie.'],
    ['fr', 12, '12 éléments lus sur cette page attendent d’être enregistrés ; Tend réessaie.'],
  ] as const)('says how many wait (%s, %i)', (language, count, text) => {
    expect(waitingLine(status(count), language)).toBe(text);
  });
});
