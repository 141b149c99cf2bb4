/**
 * One weak signal in the panel: why it was raised, its evidence (only Facebook links), the gentle reply filled in
 * for the member in English and French, and done / dismiss / snooze. The replies pass Tend's own tone check.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SignalCard } from '@/components/SignalCard';
import type { SignalRow } from '@/storage/signals-schema';
import { createI18n, type UiLanguage } from '@/utils/i18n';
import { signalsStrings } from '@/utils/i18n/sections/signals';
import { SIGNAL_KINDS } from '@/utils/signals/schema';
import { checkTone } from '@/utils/tone';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const POST = 'https://www.facebook.com/groups/1234567/posts/4242424242/';
const signal: SignalRow = {
  key: 'brand-contest|1234567|4242424242',
  kind: 'brand-contest',
  groupId: '1234567',
  memberIds: ['300'],
  memberKeys: ['1234567|300'],
  evidence: {
    itemIds: ['4242424242'],
    links: [POST, 'javascript:alert(1)', 'https://evil.example/'],
    excerpt: 'Giveaway! Share and win',
    at: '2026-11-21T10:00:00.000Z',
  },
  state: 'open',
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
};

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function render(node: ReactNode, language: UiLanguage = 'en'): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>));
  return container;
}

function renderCard(language: UiLanguage, answers: string[] = []) {
  return render(
    <ul>
      <SignalCard
        signal={signal}
        names={new Map([['300', 'Ana Lefèvre']])}
        now={NOW}
        language={language}
        onAnswer={(key, state, until) => answers.push([key, state, until].filter(Boolean).join(' '))}
      />
    </ul>,
    language,
  );
}

const replyOf = (container: HTMLElement) => container.querySelector('.signal-reply-text')?.textContent ?? '';

describe('SignalCard', () => {
  it('says why, shows the evidence with Facebook links only, and fills the reply for the member', () => {
    const container = renderCard('en');
    expect(container.textContent).toContain('A post by Ana Lefèvre looks like a contest');
    expect(container.querySelector('blockquote')?.textContent).toBe('Giveaway! Share and win');
    const links = Array.from(container.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual([POST]);
    expect(replyOf(container)).toMatch(/^Hi Ana, thank you for thinking of the group/);
    expect(container.textContent).toContain('private message first');
  });

  it('gives the reply in the other language on request, and in French first in French', () => {
    const container = renderCard('en');
    const french = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Français');
    act(() => french!.click());
    expect(replyOf(container)).toMatch(/^Bonjour Ana, merci d’avoir pensé au groupe/);
    expect(container.querySelector('.signal-reply-text')?.getAttribute('lang')).toBe('fr');
    act(() => root?.unmount());
    expect(replyOf(renderCard('fr'))).toMatch(/^Bonjour Ana/);
  });

  it('hands done and dismiss to the caller, with the signal’s key', () => {
    const answers: string[] = [];
    const container = renderCard('en', answers);
    for (const name of ['Done', 'Dismiss'])
      act(() =>
        Array.from(container.querySelectorAll('button'))
          .find((b) => b.textContent === name)!
          .click(),
      );
    expect(answers).toEqual([`${signal.key} done`, `${signal.key} dismissed`]);
  });

  /** Sets a date field as a person typing would (React listens to the native value setter's input event). */
  const setDate = (input: HTMLInputElement, value: string) =>
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const localStart = (year: number, month: number, date: number) =>
    new Date(year, month - 1, date).toISOString();
  /** NOW's day in the machine's time zone, plus some days, as a date field writes it. */
  const fieldIn = (days: number) => {
    const date = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() + days);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  };

  it('snoozes until the start of the day chosen: a week from today unless changed, never a past day', () => {
    const answers: string[] = [];
    const container = renderCard('en', answers);
    const input = container.querySelector<HTMLInputElement>('input[type="date"]')!;
    const snooze = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Snooze')!;
    expect(input.value).toBe(fieldIn(7));
    expect(input.min).toBe(fieldIn(1));
    expect(snooze.getAttribute('aria-label')).toBe(
      'Snooze “A contest or a brand dropped in” about Ana Lefèvre until the date chosen',
    );
    act(() => snooze.click());
    setDate(input, '2026-12-15');
    act(() => snooze.click());
    expect(answers).toEqual([
      `${signal.key} snoozed ${localStart(...(fieldIn(7).split('-').map(Number) as [number, number, number]))}`,
      `${signal.key} snoozed ${localStart(2026, 12, 15)}`,
    ]);
    setDate(input, '2026-11-01');
    expect(snooze.disabled).toBe(true);
    setDate(input, '');
    expect(snooze.disabled).toBe(true);
  });

  it('offers the snooze in French', () => {
    const container = renderCard('fr');
    expect(container.textContent).toContain('Masqué jusqu’au');
    expect(Array.from(container.querySelectorAll('button')).some((b) => b.textContent === 'Reporter')).toBe(
      true,
    );
  });
});

describe('the signals’ replies', () => {
  const replies = (['en', 'fr'] as const).flatMap((lang) => {
    const strings = signalsStrings[lang] as { signals: { replies: Record<string, string> } };
    return SIGNAL_KINDS.map((kind) => ({ lang, kind, text: strings.signals.replies[kind]! }));
  });

  it.each(replies)('$kind ($lang) asks a question and raises no tone warning', ({ lang, text }) => {
    expect(text).toMatch(/\?/);
    const filled = text.replace('{{name}}', 'Ana');
    for (const context of [{}, { toNewcomer: true, firstReply: true }]) {
      const { hints } = checkTone(filled, { lang, uiLang: 'en', context });
      expect(hints.filter((hint) => hint.severity !== 'info')).toEqual([]);
    }
  });
});
