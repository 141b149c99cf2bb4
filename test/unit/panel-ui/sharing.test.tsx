/**
 * The sharing part of the panel: its status in plain words in English and French (never a raw code), the invite
 * opened before joining (so the click that joins can ask the browser for that one server), and the invite shown
 * once.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SharingInvite } from '@/components/SharingInvite';
import { SharingJoin } from '@/components/SharingJoin';
import { SharingStatusView } from '@/components/SharingStatusView';
import type { SharingStatus } from '@/storage/sharing/state';
import { createI18n, type UiLanguage } from '@/utils/i18n';
import { en } from '@/utils/i18n/en';
import { sharingStrings } from '@/utils/i18n/sections/sharing';

const NOW = new Date('2026-01-31T10:00:00.000Z');

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function render(node: ReactNode, language: UiLanguage = 'en'): HTMLElement {
  const container = document.createElement('div');
  root = createRoot(container);
  act(() => root!.render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>));
  return container;
}

const status = (extra: Partial<SharingStatus>): SharingStatus => ({
  connection: 'ok',
  pending: 0,
  refused: [],
  waitingForKey: 0,
  ...extra,
});

const statusText = (value: SharingStatus, language: UiLanguage) =>
  render(
    <SharingStatusView
      status={value}
      server="https://couch.example.org"
      since="2026-01-02T00:00:00.000Z"
      syncing={false}
      language={language}
      now={NOW}
      onSyncNow={() => undefined}
    />,
    language,
  ).textContent ?? '';

describe('sharing status', () => {
  it.each(['en', 'fr'] as const)(
    'says each state in words, with nothing left untranslated (%s)',
    (language) => {
      const texts = (['never', 'ok', 'unreachable', 'refused'] as const).map((connection) =>
        statusText(
          status({
            connection,
            lastSyncedAt: '2026-01-31T09:00:00.000Z',
            pending: 2,
            waitingForKey: 1,
            refused: [{ id: 'e1.x', reason: 'tampered', at: '2026-01-30T00:00:00.000Z' }],
            ...(connection === 'ok'
              ? {}
              : { error: 'The server refused (401): check the user and password.' }),
          }),
          language,
        ),
      );
      expect(new Set(texts).size).toBe(4);
      for (const text of texts) {
        expect(text).not.toMatch(/sharing\.|\{\{/);
        expect(text).toContain('couch.example.org');
      }
      expect(texts[1]).not.toContain('401');
      expect(texts[3]).toContain('401');
    },
  );

  it('has the same keys in French as in English, and none clashes with the rest of the panel', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'string'
        ? [prefix]
        : Object.entries(value as object).flatMap(([key, inner]) => keys(inner, `${prefix}.${key}`));
    expect(keys(sharingStrings.fr)).toEqual(keys(sharingStrings.en));
    expect(Object.keys(en)).not.toContain('sharing');
  });
});

describe('joining', () => {
  it('opens the invite first, then offers to join that group on that server', async () => {
    const calls: string[] = [];
    const join = (opened: { groupId: string; server: string } | null) => (
      <SharingJoin
        busy={false}
        opened={opened}
        onOpen={(code, passphrase) => calls.push(`open ${code} ${passphrase}`)}
        onJoin={(login) => calls.push(`join ${login.username}`)}
      />
    );
    const container = render(join(null));
    const [code, passphrase] = [
      ...container.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input'),
    ];
    const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
      setter.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    act(() => type(code!, 'tend-invite-1.abc'));
    act(() => type(passphrase!, 'KQ7ZM-2XHDP'));
    const submit = () =>
      container
        .querySelector('form')!
        .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(container.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false);
    await act(async () => submit());
    expect(calls).toEqual(['open tend-invite-1.abc KQ7ZM-2XHDP']);
    act(() =>
      root!.render(
        <I18nextProvider i18n={createI18n('en')}>
          {join({ groupId: '42', server: 'https://couch.example.org' })}
        </I18nextProvider>,
      ),
    );
    expect(container.textContent).toContain(
      'This invite is for the group 42, on the server https://couch.example.org.',
    );
    await act(async () => submit());
    expect(calls[1]).toBe('join ');
  });
});

describe('an invite', () => {
  it('is shown once: hidden, it is gone', () => {
    let hidden = false;
    const container = render(
      <SharingInvite
        invite={{ code: 'tend-invite-1.xyz', passphrase: 'AAAAA-BBBBB' }}
        busy={false}
        onCreate={() => undefined}
        onHide={() => (hidden = true)}
      />,
    );
    const values = [
      ...container.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input'),
    ].map((field) => field.value);
    expect(values).toEqual(['tend-invite-1.xyz', 'AAAAA-BBBBB']);
    act(() => container.querySelector('button')!.click());
    expect(hidden).toBe(true);
  });
});
