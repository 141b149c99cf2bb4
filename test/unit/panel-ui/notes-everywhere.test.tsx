/**
 * Member notes next to the member everywhere the panel names one: the members list, the onboarding queue (personal
 * items and the weekly welcome's joiners) and the replies' member picker, through one component that shows the
 * latest note as text, dated, with how many older notes there are.
 */
import 'fake-indexeddb/auto';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LatestNote } from '@/components/LatestNote';
import { MemberCard } from '@/components/MemberCard';
import { OnboardingMemberItem } from '@/components/OnboardingMemberItem';
import { OnboardingWeekItem } from '@/components/OnboardingWeekItem';
import { TemplateMemberPicker } from '@/components/TemplateMemberPicker';
import { TendDatabase } from '@/storage/db';
import { ingestSightings } from '@/storage/ingest';
import { addNote, notesOf } from '@/storage/records';
import type { MemberRow, NoteRow } from '@/storage/schema';
import { applySettingsPatch, defaultSettings } from '@/storage/settings';
import { createI18n, type UiLanguage } from '@/utils/i18n';
import { groupQueue } from '@/storage/onboarding-queue';
import type { MemberDueItem, WeekDueItem } from '@/utils/onboarding/schedule';

const GROUP = '4242424242';
const NOW = new Date('2026-11-18T12:00:00.000Z');
const hostile = '<img src=x onerror="alert(1)"> on insulin since March';

let db: TendDatabase;
let members: Map<string, MemberRow>;
let notes: Map<string, NoteRow[]>;
let memberItem: MemberDueItem;
let weekItem: WeekDueItem;

beforeAll(async () => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
  db = new TendDatabase(`notes-ui-${crypto.randomUUID()}`);
  await db.open();
  // Three people who joined last week: each due for a personal welcome and in last week's group welcome.
  await ingestSightings(db, {
    groupId: GROUP,
    pageKind: 'group-members',
    readAt: NOW.toISOString(),
    sightings: [
      ['101', 'Chloé Martin', '2026-11-10T09:00:00.000Z'],
      ['102', 'Ana Lima', '2026-11-11T09:00:00.000Z'],
      ['103', 'Bob Stone', '2026-11-12T09:00:00.000Z'],
    ].map(([memberId, name, joinedAfter]) => ({
      memberId: memberId!,
      name: name!,
      kind: 'member' as const,
      joinedAfter,
      joinedBefore: new Date(Date.parse(joinedAfter!) + 3_600_000).toISOString(),
      joinPrecision: 'hour' as const,
    })),
  });
  await addNote(
    db,
    { groupId: GROUP, memberId: '101', text: 'Cat diagnosed in March', author: 'Sam' },
    new Date('2026-03-02T10:00:00Z'),
  );
  await addNote(
    db,
    { groupId: GROUP, memberId: '101', text: hostile, author: 'Sam' },
    new Date('2026-11-03T10:00:00Z'),
  );
  await addNote(
    db,
    { groupId: GROUP, memberId: '103', text: 'Asked not to be tagged', author: 'Sam' },
    new Date('2026-11-15T10:00:00Z'),
  );
  members = new Map(
    (await db.members.where('groupId').equals(GROUP).toArray()).map((row) => [row.memberId, row]),
  );
  notes = new Map();
  for (const memberId of members.keys()) notes.set(memberId, await notesOf(db, GROUP, memberId));
  const settings = applySettingsPatch(defaultSettings, { onboarding: { timeZone: 'UTC' } });
  const queue = await groupQueue(db, GROUP, settings, 'en', NOW);
  memberItem = queue.items.find(
    (item): item is MemberDueItem => item.type === 'member' && item.memberId === '101',
  )!;
  weekItem = queue.items.find((item): item is WeekDueItem => item.type === 'week')!;
  expect(memberItem).toBeDefined();
  expect(weekItem.members.map((joiner) => joiner.memberId).sort()).toEqual(['101', '102', '103']);
});
afterAll(async () => db.delete());

let root: Root | undefined;
let container: HTMLElement;
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

/** What the note next to a member says: its text, the date shown, and the whole text read aloud. */
function noteNextTo(scope: Element) {
  const note = scope.querySelector('.member-note');
  if (!note) return null;
  return {
    text: note.querySelector('.member-note-text')?.textContent,
    meta: note.querySelector('.member-note-meta')?.textContent,
    dateTime: note.querySelector('time')?.getAttribute('datetime'),
    spoken: note.textContent,
  };
}

const noop = async () => undefined;

describe('LatestNote', () => {
  it('shows the latest note as text, dated, with the number of older notes, and a label for screen readers', () => {
    const view = render(<LatestNote notes={notes.get('101')!} language="en" />);
    expect(noteNextTo(view)).toEqual({
      text: hostile,
      meta: '3 Nov 2026 · +1 more note',
      dateTime: '2026-11-03T10:00:00.000Z',
      spoken: `Latest note: ${hostile}3 Nov 2026 · +1 more note`,
    });
    // The admin's words are text: no element is built from them.
    expect(view.querySelector('img')).toBeNull();
  });

  it('dates and counts in French', () => {
    const view = render(<LatestNote notes={notes.get('101')!} language="fr" />, 'fr');
    expect(noteNextTo(view)?.meta).toBe('3 nov. 2026 · +1 autre note');
    expect(view.querySelector('.visually-hidden')?.textContent).toBe('Dernière note: ');
  });

  it('shows nothing for a member without notes', () => {
    expect(render(<LatestNote notes={[]} language="en" />).childNodes).toHaveLength(0);
  });
});

describe('next to the member, everywhere', () => {
  it('in the members list', () => {
    const view = render(
      <MemberCard
        member={members.get('101')!}
        notes={notes.get('101')!}
        language="en"
        now={NOW}
        onOpen={() => undefined}
      />,
    );
    expect(noteNextTo(view)?.text).toBe(hostile);
    const bare = render(
      <MemberCard member={members.get('102')!} notes={[]} language="en" now={NOW} onOpen={() => undefined} />,
    );
    expect(noteNextTo(bare)).toBeNull();
  });

  it('in the onboarding queue, on a personal item', () => {
    const view = render(
      <ol>
        <OnboardingMemberItem
          item={memberItem}
          stepLabel="Personal welcome"
          member={members.get('101')}
          notes={notes.get('101')!}
          templates={[]}
          textLang="en"
          register="vous"
          uiLanguage="en"
          now={NOW}
          timeZone="UTC"
          adminName="Sam"
          allowAnswers={false}
          onMark={noop}
        />
      </ol>,
    );
    const item = view.querySelector('.onboarding-item')!;
    expect(item.querySelector('.member-name')?.textContent).toBe('Chloé Martin');
    expect(noteNextTo(item)).toMatchObject({ text: hostile, meta: '3 Nov 2026 · +1 more note' });
  });

  it('in the weekly welcome: each joiner with a note, in the order of the names, before they are tagged', () => {
    const view = render(
      <ol>
        <OnboardingWeekItem
          item={weekItem}
          stepLabel="Weekly welcome"
          members={members}
          template={undefined}
          resolved={{ maxTagsPerPost: 50, weeklyPointers: '', timeZone: 'UTC' }}
          textLang="en"
          uiLanguage="en"
          now={NOW}
          adminName="Sam"
          notesByMember={notes}
          onMark={noop}
        />
      </ol>,
    );
    const list = view.querySelector('ul[aria-label="Notes about this week’s joiners"]')!;
    const rows = [...list.querySelectorAll('li')].map((row) => [
      row.getAttribute('data-member-id'),
      row.querySelector('.member-name')?.textContent,
      noteNextTo(row)?.text,
    ]);
    expect(rows).toEqual([
      ['103', 'Bob Stone', 'Asked not to be tagged'],
      ['101', 'Chloé Martin', hostile],
    ]);
  });

  it('in the replies’ member picker: beside each member found, and beside the member chosen', () => {
    const found = [members.get('101')!, members.get('102')!];
    const picking = render(
      <TemplateMemberPicker
        query="a"
        onQuery={() => undefined}
        results={found}
        more={false}
        chosen={null}
        onPick={() => undefined}
        disabled={false}
        notesByMember={notes}
        language="en"
      />,
    );
    const rows = [...picking.querySelectorAll('.member-results li')];
    expect(rows.map((row) => row.querySelector('button')?.textContent)).toEqual(['Chloé Martin', 'Ana Lima']);
    expect(rows.map((row) => noteNextTo(row)?.text ?? null)).toEqual([hostile, null]);

    const chosen = render(
      <TemplateMemberPicker
        query=""
        onQuery={() => undefined}
        results={undefined}
        more={false}
        chosen={members.get('103')!}
        onPick={() => undefined}
        disabled={false}
        notesByMember={notes}
        language="en"
      />,
    );
    expect(chosen.querySelector('.member-picker [role="status"]')?.textContent).toBe(
      'Filling in for Bob Stone',
    );
    expect(noteNextTo(chosen.querySelector('.member-picker')!)).toMatchObject({
      text: 'Asked not to be tagged',
      meta: '15 Nov 2026',
    });
  });
});
