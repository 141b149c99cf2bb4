/**
 * The banner of a page Tend could not read: its own words for each reason, in English and French, and the
 * anonymised copy it saves (where it went, or why it could not be made).
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LastPageStatus } from '@/components/LastPageStatus';
import { PageCopyError } from '@/components/page-copy';
import { UnreadablePageBanner, type PageProblem } from '@/components/UnreadablePageBanner';
import type { PageStatus } from '@/storage/schema';
import { createI18n, type UiLanguage } from '@/utils/i18n';

const NOW = new Date('2026-01-31T10:00:00.000Z');
const PROBLEMS: PageProblem[] = ['could-not-read', 'not-logged-in', 'unsupported'];

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function render(node: ReactNode, language: UiLanguage = 'en'): HTMLElement {
  const container = document.createElement('div');
  root = createRoot(container);
  act(() => root!.render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>));
  return container;
}

const firstLine = (container: HTMLElement) => container.querySelector('[role="alert"] p')?.textContent ?? '';

async function clickSave(container: HTMLElement): Promise<string> {
  const button = container.querySelector('button');
  await act(async () => button?.click());
  return container.querySelector('[data-testid="page-copy-result"]')?.textContent ?? '';
}

describe('UnreadablePageBanner', () => {
  it.each(['en', 'fr'] as const)('says each reason in its own words (%s)', (language) => {
    const lines = PROBLEMS.map((problem) =>
      firstLine(render(<UnreadablePageBanner problem={problem} kind="feed" />, language)),
    );
    expect(new Set(lines).size).toBe(3);
    for (const line of lines) expect(line).toContain('(feed)');
  });

  it('speaks English and French', () => {
    const english = render(<UnreadablePageBanner problem="could-not-read" kind="feed" />);
    expect(firstLine(english)).toMatch(/^Tend could not read this page \(feed\)\. Facebook may have changed/);
    expect(english.querySelector('button')?.textContent).toBe('Save an anonymised copy of this page');
    const french = render(<UnreadablePageBanner problem="not-logged-in" kind="fil" />, 'fr');
    expect(firstLine(french)).toMatch(/^Tend n’a pas pu lire cette page \(fil\) : Facebook l’a affichée/);
    expect(french.querySelector('button')?.textContent).toBe(
      'Enregistrer une copie anonymisée de cette page',
    );
  });

  it('says where the copy went', async () => {
    const save = () => Promise.resolve('tend-page-copy-group-feed-2026-01-31.html');
    const container = render(<UnreadablePageBanner problem="could-not-read" kind="feed" save={save} />);
    expect(await clickSave(container)).toBe(
      'Saved to your Downloads folder (or wherever your browser saves files) as tend-page-copy-group-feed-2026-01-31.html.',
    );
  });

  it('says why no copy was made', async () => {
    const gone = () => Promise.reject(new PageCopyError('no-tab'));
    const closed = render(<UnreadablePageBanner problem="unsupported" kind="feed" save={gone} />);
    expect(await clickSave(closed)).toMatch(/^The Facebook tab of this page is closed/);
    const failed = () =>
      Promise.reject(new PageCopyError('failed', 'could not anonymise the page (TypeError)'));
    const broken = render(<UnreadablePageBanner problem="unsupported" kind="feed" save={failed} />, 'fr');
    expect(await clickSave(broken)).toBe(
      'La copie n’a pas pu être faite : could not anonymise the page (TypeError)',
    );
  });
});

describe('LastPageStatus', () => {
  const status = (health: Partial<PageStatus['health']>): PageStatus => ({
    url: 'https://www.facebook.com/groups/1/',
    kind: 'group-feed',
    readAt: NOW.toISOString(),
    health: { expected: 3, read: 3, problems: [], ...health },
  });
  const shown = (value: PageStatus) => render(<LastPageStatus status={value} language="en" now={NOW} />);

  it('shows the banner for a page whose health is not ok, with the reason it gives', () => {
    expect(firstLine(shown(status({ status: 'not-logged-in', expected: 0, read: 0 })))).toMatch(
      /not logged in/,
    );
    expect(firstLine(shown(status({ status: 'could-not-read', read: 1 })))).toMatch(/could not read/);
  });

  it('shows the banner for a status stored before health said why, when nothing was read', () => {
    expect(firstLine(shown(status({ read: 0 })))).toMatch(/could not read/);
  });

  it('shows the counts, and no banner, for a page read well', () => {
    const container = shown(status({ status: 'ok' }));
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toContain('3 of 3 items');
  });
});
