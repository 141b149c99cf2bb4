/**
 * Each row of an unseen list carries its evidence, in English and in French: the watched silence, how many of the
 * member's usual gaps it is, their usual rhythm, and their last post with its link, or that none was seen.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemberCard } from '@/components/MemberCard';
import { deriveMember } from '@/storage/derived';
import { createI18n, type UiLanguage } from '@/utils/i18n';

const NOW = new Date('2026-04-12T10:00:00.000Z');
const LINK = 'https://www.facebook.com/groups/345769890781387/posts/998877/';
const base = {
  groupId: '345769890781387',
  previousNames: [],
  isPage: false,
  firstSeenAt: '2026-01-12T10:00:00.000Z',
  lastSeenAt: '2026-03-01T10:00:00.000Z',
  badges: [],
};
const quiet = deriveMember({
  ...base,
  memberId: '61589982017085',
  name: 'Emily Barbier',
  lastSeenKind: 'post',
  lastActiveAt: '2026-03-01T09:00:00.000Z',
  lastActiveLink: LINK,
  postCount: 30,
  commentCount: 4,
});
const lurker = deriveMember({
  ...base,
  memberId: '61589982017086',
  name: 'Louis Petit',
  lastSeenKind: 'member',
  postCount: 0,
  commentCount: 0,
});

let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function card(
  member: typeof quiet,
  gap: number | null,
  unusualness: number,
  language: UiLanguage,
  expectedSightings: number | null = null,
) {
  const container = document.createElement('div');
  root = createRoot(container);
  act(() =>
    root!.render(
      <I18nextProvider i18n={createI18n(language)}>
        <MemberCard
          member={member}
          notes={[]}
          quietForDays={41}
          usualGapDays={gap}
          unusualness={unusualness}
          expectedSightings={expectedSightings}
          language={language}
          now={NOW}
          onOpen={() => {}}
        />
      </I18nextProvider>,
    ),
  );
  return container.querySelector('[data-testid="silence-evidence"]')!;
}

describe('the evidence of an unseen row', () => {
  it('says the silence, how unusual it is, the usual rhythm and links the last post (EN)', () => {
    const evidence = card(quiet, 1.6, 25.4, 'en');
    expect(evidence.textContent).toContain('silent for 41 watched days');
    expect(evidence.textContent).toContain('about 25 times their usual gap');
    expect(evidence.textContent).toContain('usually every 2 days or so');
    expect(evidence.querySelector('a')?.getAttribute('href')).toBe(LINK);
  });

  it('says the same in French', () => {
    const evidence = card(quiet, 1.6, 25.4, 'fr');
    expect(evidence.textContent).toContain('silencieux depuis 41 jours observés');
    expect(evidence.textContent).toContain('environ 25 fois son intervalle habituel');
    expect(evidence.querySelector('a')?.textContent).toContain('dernière publication');
  });

  it('says no post or comment was seen for a never-active member, with no rhythm claimed', () => {
    expect(card(lurker, null, 1.4, 'en').textContent).toContain('no post or comment seen since joining');
    const french = card(lurker, null, 1.4, 'fr');
    expect(french.textContent).toContain('aucune publication');
    expect(french.textContent).not.toContain('intervalle habituel');
    expect(french.querySelector('a')).toBeNull();
  });

  it('says how often Tend would have seen them in the silence at their own pace, when it can say', () => {
    expect(card(quiet, 1.6, 25.4, 'en', 18.6).textContent).toContain(
      'at their usual pace Tend would have seen them about 19 times in this silence',
    );
    expect(card(quiet, 1.6, 25.4, 'fr', 18.6).textContent).toContain(
      'à son rythme habituel, Tend l’aurait vu environ 19 fois pendant ce silence',
    );
    expect(card(quiet, 1.6, 25.4, 'en', 1.2).textContent).toContain('about once in this silence');
    // Less than one expected sighting, or none known: no claim.
    expect(card(quiet, 1.6, 25.4, 'en', 0.4).textContent).not.toContain('usual pace');
    expect(card(lurker, null, 1.4, 'fr').textContent).not.toContain('rythme habituel');
  });
});
