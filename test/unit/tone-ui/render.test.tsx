/** The panel's tone components rendered into happy-dom: text stays text, severity is never colour alone. */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ToneHighlighted } from '@/components/ToneHighlighted';
import { ToneHintList } from '@/components/ToneHintList';
import { createI18n, type UiLanguage } from '@/utils/i18n';
import { checkTone, type Hint } from '@/utils/tone';

let root: Root | undefined;
let container: HTMLElement;

beforeAll(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container?.remove();
});

function render(node: ReactNode, language: UiLanguage = 'en') {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>));
  return container;
}

const hostile = '<img src=x onerror="alert(1)"> STOP <b>now</b>';
const hostileHints: Hint[] = [
  {
    category: 'shouting',
    severity: 'warn',
    start: 31,
    end: 35,
    excerpt: 'STOP',
    message: 'Capitals read as shouting.',
  },
  {
    category: 'insult',
    severity: 'alert',
    start: 0,
    end: 30,
    excerpt: '<img src=x onerror="alert(1)">',
    message: 'An insult <script>',
  },
];

describe('ToneHighlighted', () => {
  it('shows the admin’s text as text, with numbered marks, and builds no element from it', () => {
    const view = render(
      <ToneHighlighted
        text={hostile}
        hints={hostileHints}
        label="Marked"
        referenceTitle={(numbers) => `hint ${numbers.join(', ')}`}
      />,
    );
    expect(view.querySelector('img, b, script')).toBeNull();
    const marks = Array.from(view.querySelectorAll('mark'));
    expect(marks.map((mark) => [mark.textContent, mark.className, mark.dataset.hints])).toEqual([
      ['<img src=x onerror="alert(1)">', 'tone-mark tone-alert', '2'],
      ['STOP', 'tone-mark tone-warn', '1'],
    ]);
    expect(Array.from(view.querySelectorAll('sup')).map((sup) => [sup.textContent, sup.title])).toEqual([
      ['2', 'hint 2'],
      ['1', 'hint 1'],
    ]);
    const withoutReferences = Array.from(view.querySelector('.tone-highlighted')!.childNodes)
      .filter((node) => node.nodeName !== 'SUP')
      .map((node) => node.textContent)
      .join('');
    expect(withoutReferences).toBe(hostile);
    expect(view.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Marked');
  });
});

describe('ToneHintList', () => {
  const text = "Ça suffit ! Tu n'as pas lu les règles, t'es ridicule. Dernier avertissement.";

  it('lists each hint with severity in icon and words, category and explanation in the interface language', () => {
    const { lang, hints } = checkTone(text, { uiLang: 'fr' });
    const view = render(
      <ToneHintList
        hints={hints}
        textLang={lang}
        checkedText={text}
        uiLanguage="fr"
        replyValues={{}}
        label="Remarques"
        onShowInText={() => undefined}
      />,
      'fr',
    );
    const items = Array.from(view.querySelectorAll('ol.tone-hints > li'));
    expect(items).toHaveLength(hints.length);
    items.forEach((item, index) => {
      const hint = hints[index]!;
      const severity = item.querySelector('.tone-severity')!;
      expect(severity.querySelector('[aria-hidden="true"]')?.textContent).toMatch(/^[ℹ⚠‼]$/);
      expect(severity.textContent).toMatch(/À noter|Attention|Fort/);
      expect(item.querySelector('.tone-excerpt')?.textContent).toBe(hint.excerpt);
      expect(item.querySelector('.tone-message')?.textContent).toBe(hint.message);
    });
    expect(view.querySelector('.tone-category')?.textContent).toBe('Entrée en matière sèche');
    // Every suggestion shown can be copied, with a name saying which.
    const copyButtons = Array.from(view.querySelectorAll('button[aria-label^="Copier la suggestion"]'));
    expect(copyButtons.length).toBe(view.querySelectorAll('.tone-suggestion').length);
    expect(copyButtons.length).toBeGreaterThan(0);
  });

  it('copies a suggestion with the clipboard and says "Copied" in a live status, or that it could not', async () => {
    const hint: Hint = {
      category: 'threat',
      severity: 'alert',
      start: 0,
      end: 12,
      excerpt: 'Last warning',
      message: 'This reads as an ultimatum.',
      suggestion: { kind: 'rephrase', text: 'Could we talk about it in private?' },
    };
    const writeText = vi
      .fn<(text: string) => Promise<void>>()
      .mockResolvedValueOnce()
      .mockRejectedValueOnce(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onShowInText = vi.fn();
    const view = render(
      <ToneHintList
        hints={[hint]}
        textLang="en"
        checkedText="Last warning."
        uiLanguage="en"
        replyValues={{}}
        label="Hints"
        onShowInText={onShowInText}
      />,
    );
    const copy = view.querySelector<HTMLButtonElement>('button[aria-label="Copy the suggestion of hint 1"]')!;
    const status = view.querySelector('.tone-suggestion [role="status"]')!;
    expect(status.textContent).toBe('');
    await act(async () => copy.click());
    expect(writeText).toHaveBeenCalledWith('Could we talk about it in private?');
    expect(status.textContent).toBe('Copied');
    await act(async () => copy.click());
    expect(view.querySelector('.tone-suggestion [role="status"]')!.textContent).toMatch(/Could not copy/);

    act(() => view.querySelector<HTMLButtonElement>('.tone-show')!.click());
    expect(onShowInText).toHaveBeenCalledWith(hint);
  });
});
