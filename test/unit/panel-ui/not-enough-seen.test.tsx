/**
 * A member's detail says in words, in both languages, when Tend has seen a long-silent member post or comment too
 * few times to call them quiet ("not enough seen yet"), and says nothing of the kind otherwise.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemberDetail } from '@/components/MemberDetail';
import { deriveMember } from '@/storage/derived';
import { createI18n, type UiLanguage } from '@/utils/i18n';

const NOW = new Date('2026-04-12T10:00:00.000Z');
const member = deriveMember({
  groupId: '345769890781387',
  memberId: '61589982017085',
  name: 'Emily Barbier',
  previousNames: [],
  isPage: false,
  firstSeenAt: '2026-01-12T10:00:00.000Z',
  lastSeenAt: '2026-01-12T10:00:00.000Z',
  lastSeenKind: 'post',
  lastActiveAt: '2026-01-12T09:00:00.000Z',
  postCount: 1,
  commentCount: 0,
  badges: [],
});

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function detail(notEnoughSeen: boolean | null, language: UiLanguage = 'en') {
  const container = document.createElement('div');
  root = createRoot(container);
  const node: ReactNode = (
    <MemberDetail
      member={member}
      notes={[]}
      activity={notEnoughSeen === null ? null : { notEnoughSeen }}
      language={language}
      now={NOW}
      onBack={() => {}}
      onAddNote={async () => {}}
      onDeleteNote={async () => {}}
      onForget={async () => {}}
    />
  );
  act(() => root!.render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>));
  return container.textContent ?? '';
}

describe('member detail: not enough seen yet', () => {
  it('says so in English and in French', () => {
    expect(detail(true)).toContain('not enough seen yet');
    expect(detail(true, 'fr')).toContain('pas encore assez vu');
  });

  it('says nothing of the kind for another answer, or before the answer is known', () => {
    expect(detail(false)).not.toContain('not enough seen yet');
    expect(detail(null, 'fr')).not.toContain('pas encore assez vu');
  });
});
