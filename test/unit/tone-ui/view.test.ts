/** The counter and its list on Facebook, built in a shadow root with text nodes only. */
import { afterEach, describe, expect, it } from 'vitest';
import { createIndicatorView } from '@/entrypoints/facebook.content/tone/view';
import { createI18n } from '@/utils/i18n';
import { checkTone, type Hint } from '@/utils/tone';

function mountView() {
  const host = document.createElement('tend-tone-check');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  return { host, shadow, view: createIndicatorView(container, shadow) };
}
afterEach(() => document.body.replaceChildren());

const en = createI18n('en').t;
const fr = createI18n('fr').t;

describe('indicator view', () => {
  it('starts hidden, then shows the number of hints with a full accessible name', () => {
    const { shadow, view } = mountView();
    const indicator = shadow.querySelector<HTMLButtonElement>('button.indicator')!;
    expect(shadow.querySelector<HTMLElement>('.tend-tone')!.hidden).toBe(true);
    const text = 'Warning: you keep posting spam. This is your LAST WARNING!!!';
    const { lang, hints } = checkTone(text, { uiLang: 'en' });
    view.show({ text, lang, hints }, en, 'en');
    expect(shadow.querySelector<HTMLElement>('.tend-tone')!.hidden).toBe(false);
    expect(indicator.querySelector('.count')?.textContent).toBe(String(hints.length));
    expect(indicator.getAttribute('aria-label')).toBe(`Tend: ${hints.length} tone hints. Open the list.`);
    expect(indicator.className).toBe('indicator alert');
    expect(indicator.getAttribute('aria-expanded')).toBe('false');

    view.show({ text: 'Thanks!', lang: 'en', hints: [] }, fr, 'fr');
    expect(indicator.querySelector('.count')?.textContent).toBe('✓');
    expect(indicator.getAttribute('aria-label')).toBe('Tend : aucune remarque sur le ton. Ouvrir la liste.');
  });

  it('opens and closes its list from the button, the close button and Escape, and lists the hints as text', () => {
    const { shadow, view } = mountView();
    const hint: Hint = {
      category: 'insult',
      severity: 'alert',
      start: 0,
      end: 23,
      excerpt: '<img src=x onerror=a()>',
      message: 'An insult <b>here</b>',
      suggestion: { kind: 'situation', situation: 'heated-exchange' },
    };
    view.show({ text: '<img src=x onerror=a()> is rude', lang: 'en', hints: [hint] }, en, 'en');
    const indicator = shadow.querySelector<HTMLButtonElement>('button.indicator')!;
    const list = shadow.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(list.hidden).toBe(true);

    indicator.click();
    expect(list.hidden).toBe(false);
    expect(indicator.getAttribute('aria-expanded')).toBe('true');
    expect(list.querySelector('img, b')).toBeNull();
    expect(list.querySelector('q')?.textContent).toBe('<img src=x onerror=a()>');
    expect(list.textContent).toContain('An insult <b>here</b>');
    expect(list.textContent).toContain('A gentle reply for this situation (A heated exchange):');
    expect(list.querySelector('.severity')?.textContent).toBe('‼ Strong');
    expect(list.querySelector('h2')?.textContent).toBe('Tend: tone hints');

    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(list.hidden).toBe(true);
    indicator.click();
    shadow.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(list.hidden).toBe(true);
    expect(indicator.getAttribute('aria-expanded')).toBe('false');
  });

  it('says when there is nothing to point out, and hides everything on hide()', () => {
    const { shadow, view } = mountView();
    view.show({ text: 'Thank you all!', lang: 'en', hints: [] }, en, 'en');
    shadow.querySelector<HTMLButtonElement>('button.indicator')!.click();
    expect(shadow.querySelector('[role="dialog"]')?.textContent).toContain(
      'No tone hints: this reads gently.',
    );
    view.hide();
    expect(shadow.querySelector<HTMLElement>('.tend-tone')!.hidden).toBe(true);
    expect(shadow.querySelector<HTMLElement>('[role="dialog"]')!.hidden).toBe(true);
  });
});
