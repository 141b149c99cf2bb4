/**
 * One weak signal in the panel: why it was raised, its evidence (only Facebook links), the template library's
 * replies filled in for the member in English and French (the admin's own copy first, a private word first, a
 * missing template said in words), copied with one click, and done / dismiss / snooze.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignalCard, type SignalReplySource } from '@/components/SignalCard';
import type { SignalRow } from '@/storage/signals-schema';
import { createI18n, type UiLanguage } from '@/utils/i18n';
import { defaultLibrary, defaultTemplateFor } from '@/utils/templates/library';
import { renderTemplate } from '@/utils/templates/render';
import type { Template } from '@/utils/templates/schema';

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

const library = defaultLibrary();
const source = (templates: readonly Template[] = library): SignalReplySource => ({
  templates,
  register: 'vous',
  groupName: 'Chats du quartier',
  adminName: 'Léa',
  allowAnswers: false,
});

function renderCard(
  language: UiLanguage,
  answers: string[] = [],
  shown: SignalRow = signal,
  replies: SignalReplySource = source(),
) {
  return render(
    <ul>
      <SignalCard
        signal={shown}
        members={
          new Map([
            ['300', { name: 'Ana Lefèvre' }],
            ['301', { name: 'Bruno Petit' }],
          ])
        }
        now={NOW}
        language={language}
        replies={replies}
        onAnswer={(key, state, until) => answers.push([key, state, until].filter(Boolean).join(' '))}
      />
    </ul>,
    language,
  );
}

const replyOf = (container: HTMLElement) => container.querySelector('.signal-reply-text')?.textContent ?? '';
const repliesOf = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.signal-reply-offer')).map((offer) => ({
    id: offer.getAttribute('data-template-id'),
    help: offer.querySelector('.help')?.textContent,
    text: offer.querySelector('.signal-reply-text')?.textContent,
  }));
/** The library's body of a situation, filled in for Ana in the group. */
const libraryText = (
  situation: 'brand-contest' | 'move-to-private' | 'heated-exchange',
  lang: 'en' | 'fr',
) => {
  const bodies = defaultTemplateFor(situation).bodies;
  const body = lang === 'en' ? bodies.en! : (bodies.fr?.vous ?? '');
  const result = renderTemplate(body, { firstName: 'Ana', name: 'Ana Lefèvre', group: 'Chats du quartier' });
  if (!result.ok) throw new Error(`${situation} does not fill`);
  return result.text;
};

describe('SignalCard', () => {
  it('says why, shows the evidence with Facebook links only, and fills the reply for the member', () => {
    const container = renderCard('en');
    expect(container.textContent).toContain('A post by Ana Lefèvre looks like a contest');
    expect(container.querySelector('blockquote')?.textContent).toBe('Giveaway! Share and win');
    const links = Array.from(container.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual([POST]);
    expect(repliesOf(container)).toEqual([
      {
        id: 'tend:brand-contest',
        help: 'Send it as a private message: a private word is kinder than a remark in front of everyone.',
        text: libraryText('brand-contest', 'en'),
      },
    ]);
    expect(replyOf(container)).toMatch(/^Hi Ana, thank you for thinking of the group/);
  });

  it('gives the library’s reply in the other language on request, and in French first in French', () => {
    const container = renderCard('en');
    const french = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === 'Français');
    act(() => french!.click());
    expect(replyOf(container)).toBe(libraryText('brand-contest', 'fr'));
    expect(replyOf(container)).toMatch(/^Bonjour Ana, merci d’avoir pensé au groupe/);
    expect(container.querySelector('.signal-reply-text')?.getAttribute('lang')).toBe('fr');
    act(() => root?.unmount());
    const inFrench = renderCard('fr');
    expect(replyOf(inFrench)).toBe(libraryText('brand-contest', 'fr'));
    expect(inFrench.textContent).toContain('À envoyer en message privé');
  });

  it('copies the filled reply with one click, its button naming the reply and the member', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const container = renderCard('en');
    const copy = container.querySelector<HTMLButtonElement>(
      'button[aria-label="Copy “Contest or brand promotion dropped in” for Ana Lefèvre"]',
    )!;
    await act(async () => copy.click());
    expect(writeText).toHaveBeenCalledWith(libraryText('brand-contest', 'en'));
    expect(container.querySelector('.signal-reply-offer [role="status"]')?.textContent).toBe('Copied.');
  });

  it('uses the admin’s own copy of the situation rather than Tend’s', () => {
    const mine: Template = {
      ...defaultTemplateFor('brand-contest'),
      id: 'custom:contest',
      builtIn: false,
      title: { en: 'My contest words' },
      bodies: { en: 'Hi {firstName|there}, thank you! Is this contest for {group|the group}?' },
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    const container = renderCard('en', [], signal, source([...library, mine]));
    expect(repliesOf(container).map((offer) => [offer.id, offer.text])).toEqual([
      ['custom:contest', 'Hi Ana, thank you! Is this contest for Chats du quartier?'],
    ]);
  });

  it('offers the private word before the thread reply for a heated exchange', () => {
    const heated: SignalRow = {
      ...signal,
      key: 'heated-exchange|1234567|1',
      kind: 'heated-exchange',
      memberIds: ['300', '301'],
    };
    const container = renderCard('en', [], heated);
    expect(repliesOf(container).map((offer) => [offer.id, offer.text])).toEqual([
      ['tend:move-to-private', libraryText('move-to-private', 'en')],
      ['tend:heated-exchange', libraryText('heated-exchange', 'en')],
    ]);
    expect(container.textContent).toContain('Ana Lefèvre and others are trading personal remarks');
  });

  it('says in words when the library has no template for the situation, with nothing to copy', () => {
    const withoutContest = library.filter((template) => template.situation !== 'brand-contest');
    const container = renderCard('en', [], signal, source(withoutContest));
    expect(repliesOf(container)).toEqual([]);
    expect(container.querySelector('.signal-reply')?.textContent).toContain(
      'Your reply library has no template in English for “A contest or a brand dropped in” yet',
    );
    expect(container.querySelector('button[aria-label^="Copy"]')).toBeNull();
    act(() => root?.unmount());
    expect(renderCard('fr', [], signal, source(withoutContest)).textContent).toContain(
      'Votre bibliothèque de réponses n’a pas encore de modèle en français pour « Un concours ou une marque de passage »',
    );
  });

  it('shows a reply that cannot be filled without letting it be copied', () => {
    const strict: Template = {
      ...defaultTemplateFor('brand-contest'),
      id: 'custom:strict',
      builtIn: false,
      bodies: { en: 'Hi {firstName}, thank you! Could we talk?' },
      updatedAt: '2026-12-01T10:00:00.000Z',
    };
    const nobody: SignalRow = { ...signal, memberIds: ['999'] };
    const container = renderCard('en', [], nobody, source([...library, strict]));
    expect(replyOf(container)).toBe('Hi {firstName}, thank you! Could we talk?');
    expect(container.querySelector('.signal-reply-offer .error')?.textContent).toMatch(
      /^Not ready to copy: No value for \{firstName\}/,
    );
    expect(container.querySelector<HTMLButtonElement>('.signal-reply-offer button.primary')?.disabled).toBe(
      true,
    );
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
