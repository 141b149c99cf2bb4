/**
 * The tone check on Facebook: while the admin writes in a post or comment box on a group page, a small counter
 * beside the box shows how many hints the text raises, and opens their list. It only reads the box's text on
 * `input` events (passive listeners, no preventDefault, no change to the box or the page's layout), and sends
 * nothing: the check runs here, in the content script.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { TFunction } from 'i18next';
import type { ContentConfig } from '@/storage/settings';
import { detectPage } from '@/utils/facebook/pages';
import { createI18n, resolveLanguage, type UiLanguage } from '@/utils/i18n';
import { send } from '@/storage/messaging';
import { checkTone } from '@/utils/tone';
import { composerFrom, readComposerText } from '@/utils/facebook/composer';
import { INDICATOR_CSS } from './style';
import { createIndicatorView, type IndicatorView } from './view';

/** The check takes well under a millisecond; this only waits for a pause in typing. */
export const CHECK_DELAY_MS = 250;

export function startToneIndicator(ctx: ContentScriptContext): void {
  let config: ContentConfig | undefined;
  let composer: HTMLElement | undefined;
  let view: Promise<{ view: IndicatorView; host: HTMLElement } | undefined> | undefined;
  let checkTimer: number | undefined;
  let placeFrame: number | undefined;
  const translators = new Map<UiLanguage, TFunction>();

  const enabled = () => config !== undefined && config.toneCheck.enabled && config.toneCheck.onFacebook;
  const uiLanguage = (): UiLanguage => resolveLanguage(config?.language ?? 'auto', [navigator.language]);
  const translator = (language: UiLanguage): TFunction => {
    let t = translators.get(language);
    if (!t) {
      t = createI18n(language).t;
      translators.set(language, t);
    }
    return t;
  };

  const askConfig = async () => {
    try {
      config = await send({ type: 'getContentConfig' });
    } catch {
      // The background may be restarting; keep what we knew (nothing yet means: stay off).
    }
  };

  // The shadow root is made on first use, so pages where the admin writes nothing get no element at all.
  const ensureView = () => {
    view ??= createShadowRootUi(ctx, {
      name: 'tend-tone-check',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: INDICATOR_CSS,
      // Keys typed in Tend's list must not reach Facebook's keyboard shortcuts.
      isolateEvents: true,
      onMount: (container, shadow) => createIndicatorView(container, shadow),
    }).then((ui) => {
      if (ctx.isInvalid) return undefined;
      ui.mount();
      return ui.mounted ? { view: ui.mounted, host: ui.shadowHost } : undefined;
    });
    return view;
  };

  const hide = () => {
    window.clearTimeout(checkTimer);
    composer = undefined;
    void view?.then((ui) => ui?.view.hide());
  };

  const place = () => {
    placeFrame = undefined;
    const box = composer;
    if (!box) return;
    if (!box.isConnected) return hide();
    void view?.then((ui) =>
      ui?.view.place(box.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight }),
    );
  };
  const placeSoon = () => {
    if (composer && placeFrame === undefined) placeFrame = ctx.requestAnimationFrame(place);
  };

  const check = async () => {
    const box = composer;
    if (!box || !enabled()) return hide();
    const text = readComposerText(box);
    const ui = await ensureView();
    if (!ui || composer !== box) return;
    if (text.trim() === '') return ui.view.hide();
    const language = uiLanguage();
    const { lang, hints } = checkTone(text, { uiLang: language, fallbackLang: language });
    ui.view.show({ text, lang, hints }, translator(language), language);
    place();
  };
  const checkSoon = () => {
    window.clearTimeout(checkTimer);
    checkTimer = ctx.setTimeout(() => void check(), CHECK_DELAY_MS);
  };

  const isOwnHost = async (target: EventTarget | null) => target !== null && (await view)?.host === target;

  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      void (async () => {
        if (await isOwnHost(event.target)) return;
        const found = composerFrom(event.target);
        if (!found || detectPage(location.href).route === 'not-a-group') return hide();
        composer = found;
        // Asked again on each focus, so a change in the settings applies without reloading Facebook.
        await askConfig();
        if (composer === found) await check();
      })();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    document,
    'input',
    (event) => {
      if (composer && event.target instanceof Node && composer.contains(event.target)) {
        checkSoon();
        placeSoon();
      }
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    document,
    'focusout',
    () => {
      // Focus moving into Tend's own list keeps it; anywhere else but the composer hides it.
      ctx.setTimeout(() => {
        void view?.then((ui) => {
          const active = document.activeElement;
          const inComposer = composer !== undefined && active !== null && composer.contains(active);
          if (!inComposer && !ui?.view.hasFocus()) hide();
        });
      }, 0);
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(window, 'scroll', placeSoon, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', placeSoon, { passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (detectPage(location.href).route === 'not-a-group') hide();
  });
  ctx.onInvalidated(() => {
    window.clearTimeout(checkTimer);
    composer = undefined;
  });
  void askConfig();
}
