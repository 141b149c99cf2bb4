/**
 * Issue 19, "What to do when the panel is empty": the first-run page and the empty group explain in two sentences
 * how Tend learns (the group's feed and its members list), in English and French; once Tend knows the group, a
 * plain link (the admin's click, a new tab) leads to its members list. A group with members shows none of it.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GroupHeader } from '@/components/GroupHeader';
import type { GroupRow } from '@/storage/schema';
import { createI18n, type UiLanguage } from '@/utils/i18n';

const NOW = new Date('2026-01-31T10:00:00.000Z');
const GROUP = {
  groupId: '345769890781387',
  name: 'Rescue Cats Network',
  firstWatchedAt: '2026-01-02T10:00:00.000Z',
} as GroupRow;
const WORDS = {
  en: { feed: /feed/, members: /members list/, link: 'Open the members list of Rescue Cats Network' },
  fr: {
    feed: /fil/,
    members: /liste des membres/,
    link: 'Ouvrir la liste des membres de Rescue Cats Network',
  },
};

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function renderHeader(
  language: UiLanguage,
  groupId: string | null,
  group: GroupRow | null,
  memberCount: number,
) {
  const container = document.createElement('div');
  root = createRoot(container);
  act(() =>
    root!.render(
      <I18nextProvider i18n={createI18n(language)}>
        <GroupHeader
          groupId={groupId}
          group={group}
          memberCount={memberCount}
          language={language}
          now={NOW}
          onRemoveSample={() => {}}
        />
      </I18nextProvider>,
    ),
  );
  return container;
}

const hintOf = (container: HTMLElement) => container.querySelector('[data-testid="how-tend-learns"]');
/** The explanation's sentences (a sentence ends with a full stop followed by a space or the end). */
const sentences = (text: string) => text.split(/(?<=\.)\s+/).filter((part) => part.trim() !== '');

describe.each(['en', 'fr'] as const)('how Tend learns (%s)', (language) => {
  it('the first-run page explains it in two sentences naming the feed and the members list, with no link', () => {
    const hint = hintOf(renderHeader(language, null, null, 0));
    const explanation = hint?.querySelector('p')?.textContent ?? '';
    const withoutLead = explanation.replace(/^(To begin:|Pour commencer :)\s*/, '');
    expect(sentences(withoutLead)).toHaveLength(2);
    expect(explanation).toMatch(WORDS[language].feed);
    expect(explanation).toMatch(WORDS[language].members);
    expect(hint?.querySelector('a')).toBeNull();
  });

  it('a known group with no member yet links to its members list, opened by the admin in a new tab', () => {
    const hint = hintOf(renderHeader(language, GROUP.groupId, GROUP, 0));
    const link = hint?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.facebook.com/groups/345769890781387/members');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toContain(WORDS[language].link);
  });

  it('a group Tend has not named yet still gets the link', () => {
    const link = hintOf(renderHeader(language, GROUP.groupId, null, 0))?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.facebook.com/groups/345769890781387/members');
  });

  it('control: a group with members seen shows no such explanation', () => {
    expect(hintOf(renderHeader(language, GROUP.groupId, GROUP, 12))).toBeNull();
  });
});
