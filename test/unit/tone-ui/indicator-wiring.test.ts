/**
 * The wiring on Facebook: reads the focused composer on input, shows the counter only on group pages and when the
 * settings allow, never changes the box, and leaves nothing behind when the content script is invalidated.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentConfig } from '@/storage/settings';

const config: ContentConfig = {
  language: 'en',
  toneCheck: { enabled: true, onFacebook: true },
  readMemberRequests: false,
  readScreeningAnswers: false,
  readPostContents: false,
};
const send = vi.fn<(message: { type: string }) => Promise<ContentConfig>>();
vi.mock('@/storage/messaging', () => ({ send: (message: { type: string }) => send(message) }));

const { CHECK_DELAY_MS, startToneIndicator } = await import('@/entrypoints/facebook.content/tone');

type HappyWindow = Window & { happyDOM: { setURL(url: string): void } };
const GROUP_URL = 'https://www.facebook.com/groups/693540230009363/';

let ctx: ContentScriptContext;
beforeEach(() => {
  send.mockReset().mockResolvedValue(config);
  (window as unknown as HappyWindow).happyDOM.setURL(GROUP_URL);
  ctx = new ContentScriptContext('tone-test');
});
afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
});

function composer(): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('role', 'textbox');
  box.setAttribute('aria-label', 'Write a comment…');
  const line = document.createElement('p');
  line.append(document.createElement('br'));
  box.append(line);
  document.body.append(box);
  return box;
}

/** What the admin's typing does to the box (the browser's job, not Tend's), then the input event. */
async function typeInto(box: HTMLElement, text: string) {
  box.firstElementChild!.replaceChildren(text);
  box.dispatchEvent(new InputEvent('input', { bubbles: true, cancelable: false }));
  await new Promise((resolve) => setTimeout(resolve, CHECK_DELAY_MS + 50));
}

const indicator = () =>
  document.querySelector('tend-tone-check')?.shadowRoot?.querySelector<HTMLButtonElement>('button.indicator');
const shown = () => indicator() && !indicator()!.closest<HTMLElement>('.tend-tone')!.hidden;
const focus = async (box: HTMLElement) => {
  box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('tone counter on Facebook', () => {
  it('counts the hints of the focused box as the admin types, without touching the box', async () => {
    startToneIndicator(ctx);
    const box = composer();
    await focus(box);
    await typeInto(box, 'Warning: you keep posting spam. LAST WARNING!!!');
    expect(shown()).toBe(true);
    expect(Number(indicator()!.querySelector('.count')!.textContent)).toBeGreaterThan(1);
    expect(box.textContent).toBe('Warning: you keep posting spam. LAST WARNING!!!');
    expect(box.querySelector('tend-tone-check')).toBeNull();
    expect(send).toHaveBeenCalledWith({ type: 'getContentConfig' });
    expect(send.mock.calls.every(([message]) => message.type === 'getContentConfig')).toBe(true);

    await typeInto(box, '');
    expect(shown()).toBe(false);
  });

  it('stays off when the settings turn it off, and off pages that are not group pages', async () => {
    send.mockResolvedValue({ ...config, toneCheck: { enabled: true, onFacebook: false } });
    startToneIndicator(ctx);
    const box = composer();
    await focus(box);
    await typeInto(box, 'STOP IT!!!');
    expect(shown()).toBeFalsy();

    send.mockResolvedValue(config);
    (window as unknown as HappyWindow).happyDOM.setURL('https://www.facebook.com/some.profile');
    await focus(box);
    await typeInto(box, 'STOP IT!!!');
    expect(shown()).toBeFalsy();
  });

  it('removes its element and stops listening when the content script is invalidated', async () => {
    startToneIndicator(ctx);
    const box = composer();
    await focus(box);
    await typeInto(box, 'You never read the rules!!!');
    expect(document.querySelectorAll('tend-tone-check')).toHaveLength(1);

    ctx.abort();
    expect(document.querySelector('tend-tone-check')).toBeNull();
    await focus(box);
    await typeInto(box, 'STOP!!!');
    expect(document.querySelector('tend-tone-check')).toBeNull();
  });
});
