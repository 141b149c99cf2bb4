/**
 * Removing a co-admin and taking a new key, in the panel: what removal does and cannot do is said in plain words
 * in English and French, the key changes only after a confirmation, and a new invite's code and passphrase go to
 * the handler as typed.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SharingNewKey } from '@/components/SharingNewKey';
import { SharingRemove } from '@/components/SharingRemove';
import { SharingStatusView } from '@/components/SharingStatusView';
import { createI18n, type UiLanguage } from '@/utils/i18n';

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function render(node: ReactNode, language: UiLanguage = 'en'): HTMLElement {
  const container = document.createElement('div');
  root = createRoot(container);
  act(() => root!.render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>));
  return container;
}

const buttonNamed = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll('button')].find((button) => button.textContent === name)!;

describe('removing a co-admin', () => {
  it.each([
    ['en', /keeps everything they already had/, 'Remove a co-admin…', 'Change the key'],
    ['fr', /garde tout ce qu’elle avait déjà/, 'Retirer un co-admin…', 'Changer la clé'],
  ] as const)(
    'says what it cannot do and asks before changing the key (%s)',
    (language, keeps, start, confirm) => {
      let removals = 0;
      const container = render(
        <SharingRemove busy={false} done={null} onRemove={() => (removals += 1)} />,
        language,
      );
      expect(container.textContent).toMatch(keeps);
      expect(container.textContent).not.toMatch(/sharing\.|\{\{/);
      act(() => buttonNamed(container, start).click());
      expect(removals).toBe(0);
      act(() => buttonNamed(container, confirm).click());
      expect(removals).toBe(1);
    },
  );

  it('says when the server still holds documents under the old key', () => {
    const said = (synced: boolean) =>
      render(<SharingRemove busy={false} done={{ synced }} onRemove={() => undefined} />).querySelector(
        '[data-testid="sharing-removed"]',
      )?.textContent;
    expect(said(true)).toMatch(/now holds only documents under it/);
    expect(said(false)).toMatch(/next sync/);
  });
});

describe('taking a new key', () => {
  it('sends the new invite as typed, and says when it is in use', async () => {
    const taken: string[] = [];
    const container = render(
      <SharingNewKey busy={false} taken={false} onTake={(code, phrase) => taken.push(`${code} ${phrase}`)} />,
      'fr',
    );
    const [code, passphrase] = [
      ...container.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input'),
    ];
    const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
      setter.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const submit = container.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(submit.disabled).toBe(true);
    act(() => type(code!, 'tend-invite-1.new'));
    act(() => type(passphrase!, 'AAAAA-BBBBB'));
    expect(submit.textContent).toBe('Utiliser la nouvelle clé');
    await act(async () =>
      container
        .querySelector('form')!
        .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })),
    );
    expect(taken).toEqual(['tend-invite-1.new AAAAA-BBBBB']);
    act(() =>
      root!.render(
        <I18nextProvider i18n={createI18n('en')}>
          <SharingNewKey busy={false} taken onTake={() => undefined} />
        </I18nextProvider>,
      ),
    );
    expect(container.textContent).toContain('The new key is in use.');
  });
});

describe('waiting for a new key', () => {
  it.each([
    ['en', 'nothing is sent from here until you enter the new invite', 'Up to date'],
    ['fr', 'rien n’est envoyé d’ici tant que vous n’avez pas saisi la nouvelle invitation', 'À jour'],
  ] as const)('is not called up to date (%s)', (language, waiting, upToDate) => {
    const text = (waitingForKey: number) =>
      render(
        <SharingStatusView
          status={{ connection: 'ok', pending: 0, refused: [], waitingForKey }}
          server="https://couch.example.org"
          since="2026-01-02T00:00:00.000Z"
          syncing={false}
          language={language}
          now={new Date('2026-01-31T10:00:00.000Z')}
          onSyncNow={() => undefined}
        />,
        language,
      ).querySelector('[data-testid="sharing-connection"]')!.textContent;
    expect(text(3)).toContain(waiting);
    expect(text(3)).not.toContain(upToDate);
    expect(text(0)).toContain(upToDate);
  });
});
