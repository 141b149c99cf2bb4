/**
 * The counter and its list, built with DOM nodes and `textContent` only: hints quote the admin's text, which is
 * never read as HTML. Lives inside Tend's shadow root; knows nothing of Facebook's page.
 */
import type { TFunction } from 'i18next';
import { severityIcon, strongestSeverity, suggestionView } from '@/components/ToneModel';
import type { UiLanguage } from '@/utils/i18n';
import { situationLabel } from '@/utils/templates/schema';
import type { Hint, ToneLang } from '@/utils/tone';
import { GAP, placeIndicator, placePopover, type Rect, type Size } from './placement';

export interface CheckedComposer {
  text: string;
  lang: ToneLang;
  hints: readonly Hint[];
}

export interface IndicatorView {
  /** Shows the counter for a check; the list, if open, follows. */
  show(checked: CheckedComposer, t: TFunction, uiLanguage: UiLanguage): void;
  /** Puts the counter (and the open list) beside the composer; hides it while the composer is out of view. */
  place(composer: Rect, viewport: Size): void;
  hide(): void;
  /** True when focus is inside Tend's counter or list. */
  hasFocus(): boolean;
}

/** How long "Copied" stays visible. */
const STATUS_MS = 2_500;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createIndicatorView(container: HTMLElement, shadow: ShadowRoot): IndicatorView {
  const root = element('div', { class: 'tend-tone' });
  const indicator = element('button', {
    type: 'button',
    class: 'indicator',
    'aria-haspopup': 'dialog',
    'aria-expanded': 'false',
    'aria-controls': 'tend-tone-list',
  });
  const brand = element('span', { class: 'brand', 'aria-hidden': 'true' }, 'Tend');
  const count = element('span', { class: 'count', 'aria-hidden': 'true' });
  indicator.append(brand, count);
  const popover = element('div', {
    id: 'tend-tone-list',
    class: 'popover',
    role: 'dialog',
    'aria-labelledby': 'tend-tone-title',
    tabindex: '-1',
  });
  const title = element('h2', { id: 'tend-tone-title' });
  const close = element('button', { type: 'button', class: 'close' });
  const head = element('div', { class: 'head' });
  head.append(title, close);
  const advice = element('p', { class: 'advice' });
  const body = element('div');
  popover.append(head, advice, body);
  root.append(indicator, popover);
  root.hidden = true;
  popover.hidden = true;
  container.append(root);

  let current: { checked: CheckedComposer; t: TFunction; uiLanguage: UiLanguage } | undefined;
  let renderedKey = '';
  let lastComposer: { rect: Rect; viewport: Size } | undefined;
  const copyTimers = new Set<number>();

  const renderList = () => {
    if (!current) return;
    const { checked, t, uiLanguage } = current;
    const key = JSON.stringify([checked, uiLanguage]);
    if (key === renderedKey) return;
    renderedKey = key;
    title.textContent = t('tone.indicator.title');
    close.textContent = t('tone.indicator.close');
    advice.textContent = t('tone.advisesOnly');
    if (checked.hints.length === 0) {
      body.replaceChildren(element('p', {}, t('tone.indicator.none')));
      return;
    }
    const list = element('ol');
    checked.hints.forEach((hint, index) => list.append(renderHint(hint, index + 1, checked, t, uiLanguage)));
    body.replaceChildren(list);
  };

  const renderHint = (
    hint: Hint,
    number: number,
    checked: CheckedComposer,
    t: TFunction,
    uiLanguage: UiLanguage,
  ) => {
    const item = element('li');
    const severity = element('span', { class: `severity ${hint.severity}` });
    severity.append(
      element('span', { 'aria-hidden': 'true' }, severityIcon[hint.severity]),
      ` ${t(`tone.severity.${hint.severity}`)}`,
    );
    const head = element('p');
    head.append(
      severity,
      ' ',
      element('strong', {}, t(`tone.category.${hint.category}`)),
      ' ',
      element('q', { lang: checked.lang }, hint.excerpt),
    );
    item.append(head, element('p', {}, hint.message));
    const suggestion = hint.suggestion && suggestionView(hint.suggestion, checked.lang, checked.text);
    if (suggestion?.text !== undefined) {
      const label =
        suggestion.kind === 'rephrase'
          ? t('tone.rephrase')
          : t('tone.gentleReply', { situation: situationLabel(suggestion.situation, uiLanguage) });
      const text = suggestion.text;
      const copy = element(
        'button',
        { type: 'button', 'aria-label': t('tone.copyLabel', { number }) },
        t('tone.copy'),
      );
      const status = element('span', { role: 'status', class: 'copied' });
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(text).then(
          () => (status.textContent = t('tone.copied')),
          () => (status.textContent = t('tone.copyFailed')),
        );
        const timer = window.setTimeout(() => {
          status.textContent = '';
          copyTimers.delete(timer);
        }, STATUS_MS);
        copyTimers.add(timer);
      });
      const block = element('div', { class: 'suggestion' });
      block.append(element('p', {}, label), element('p', { lang: checked.lang }, text), copy, status);
      item.append(block);
    }
    return item;
  };

  const placeAll = () => {
    if (!lastComposer || root.hidden) return;
    indicator.hidden = false;
    const point = placeIndicator(lastComposer.rect, sizeOf(indicator), lastComposer.viewport);
    if (!point) {
      // The composer scrolled out of view: so do the counter and its list.
      indicator.hidden = true;
      setOpen(false);
      return;
    }
    indicator.style.top = `${point.top}px`;
    indicator.style.left = `${point.left}px`;
    if (!popover.hidden) {
      // Shorter rather than over the text being written: the list scrolls within the larger room beside the box.
      const counter = indicator.getBoundingClientRect();
      const room = Math.max(
        Math.min(counter.top, lastComposer.rect.top),
        lastComposer.viewport.height - Math.max(counter.bottom, lastComposer.rect.bottom),
      );
      popover.style.maxHeight = `min(60vh, 420px, ${Math.max(room - 2 * GAP, 120)}px)`;
      const spot = placePopover(counter, lastComposer.rect, sizeOf(popover), lastComposer.viewport);
      popover.style.top = `${spot.top}px`;
      popover.style.left = `${spot.left}px`;
    }
  };

  const setOpen = (open: boolean) => {
    popover.hidden = !open;
    indicator.setAttribute('aria-expanded', String(open));
    if (open) {
      renderList();
      placeAll();
    }
  };

  indicator.addEventListener('click', () => {
    const open = popover.hidden === true;
    setOpen(open);
    if (open) popover.focus();
  });
  close.addEventListener('click', () => {
    setOpen(false);
    indicator.focus();
  });
  close.addEventListener('keydown', (event) => {
    // Enter would otherwise go on to press the counter, focused meanwhile, and open the list again.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    setOpen(false);
    indicator.focus();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || popover.hidden) return;
    setOpen(false);
    indicator.focus();
  });

  return {
    show(checked, t, uiLanguage) {
      current = { checked, t, uiLanguage };
      const strongest = strongestSeverity(checked.hints);
      indicator.className = `indicator ${strongest ?? 'none'}`;
      count.textContent = checked.hints.length === 0 ? '✓' : String(checked.hints.length);
      indicator.setAttribute('aria-label', t('tone.indicator.button', { count: checked.hints.length }));
      indicator.title = t('tone.indicator.button', { count: checked.hints.length });
      root.hidden = false;
      if (!popover.hidden) renderList();
      placeAll();
    },
    place(rect, viewport) {
      lastComposer = { rect, viewport };
      placeAll();
    },
    hide() {
      setOpen(false);
      root.hidden = true;
      for (const timer of copyTimers) window.clearTimeout(timer);
      copyTimers.clear();
    },
    hasFocus() {
      return shadow.activeElement !== null;
    },
  };
}

function sizeOf(node: HTMLElement): Size {
  const rect = node.getBoundingClientRect();
  return { width: rect.width, height: rect.height };
}
