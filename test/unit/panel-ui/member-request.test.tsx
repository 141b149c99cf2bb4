/**
 * A member's detail shows how they came: when they asked to join (a date when understood, the card's words
 * otherwise) and their screening answers when the admin kept them, as plain text in both languages.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemberDetail } from '@/components/MemberDetail';
import { deriveMember } from '@/storage/derived';
import type { ProspectRow } from '@/storage/schema';
import { createI18n, type UiLanguage } from '@/utils/i18n';

const NOW = new Date('2024-08-12T10:00:00.000Z');
const member = deriveMember({
  groupId: '345769890781387',
  memberId: '61589982017085',
  name: 'Emily Barbier',
  previousNames: [],
  isPage: false,
  firstSeenAt: '2024-08-12T10:00:00.000Z',
  lastSeenAt: '2024-08-12T10:00:00.000Z',
  lastSeenKind: 'member',
  postCount: 0,
  commentCount: 0,
  badges: [],
});
const hostile = '<img src=x onerror="alert(1)">I foster two cats';
const request: ProspectRow = {
  groupId: member.groupId,
  memberId: member.memberId,
  name: member.name,
  status: 'requested',
  firstSeenAt: '2024-08-10T10:00:00.000Z',
  lastSeenAt: '2024-08-10T10:00:00.000Z',
  rawRequest: 'Requested 2 days ago',
  requestedAfter: '2024-08-08T10:00:00.000Z',
  requestedBefore: '2024-08-08T10:00:00.000Z',
  requestPrecision: 'day',
  answers: [{ question: 'Why would you like to join?', answer: hostile }],
};

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function render(node: ReactNode, language: UiLanguage = 'en') {
  const container = document.createElement('div');
  root = createRoot(container);
  act(() => root!.render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>));
  return container;
}

const detail = (row: ProspectRow | null, language: UiLanguage = 'en') =>
  render(
    <MemberDetail
      member={member}
      notes={[]}
      request={row}
      language={language}
      now={NOW}
      onBack={() => {}}
      onAddNote={async () => {}}
      onDeleteNote={async () => {}}
      onForget={async () => {}}
    />,
    language,
  );

describe('member detail: request to join', () => {
  it('shows when they asked and their answers, as text', () => {
    const view = detail(request);
    expect(view.textContent).toContain('Asked to join');
    expect(view.textContent).toContain('Why would you like to join?');
    expect(view.textContent).toContain(hostile);
    expect(view.querySelector('img')).toBeNull();
  });

  it('shows the card’s words when the time was not understood, in French too', () => {
    const unread: ProspectRow = { ...request, rawRequest: 'A demandé il y a longtemps', answers: [] };
    delete unread.requestedAfter;
    delete unread.requestedBefore;
    delete unread.requestPrecision;
    const view = detail(unread, 'fr');
    expect(view.textContent).toContain('Demande d’adhésion');
    expect(view.textContent).toContain('A demandé il y a longtemps');
    expect(view.textContent).not.toContain('Réponses aux questions du groupe');
  });

  it('shows nothing of the kind when Tend kept no request', () => {
    const view = detail(null);
    expect(view.textContent).not.toContain('Asked to join');
  });
});
