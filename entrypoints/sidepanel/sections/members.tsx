import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { MemberCard } from '@/components/MemberCard';
import { MemberDetail } from '@/components/MemberDetail';
import { MembersToolbar } from '@/components/MembersToolbar';
import { useUiLanguage } from '@/components/LanguageProvider';
import { VirtualList } from '@/components/VirtualList';
import { coverageWords } from '@/components/GlanceSummaries';
import { useNow } from '@/components/useNow';
import { activitySettingsOf, memberAnswer } from '@/storage/activity';
import { db } from '@/storage/db';
import { TIERS } from '@/storage/derived';
import { useNotes, useSettings } from '@/storage/live';
import { send } from '@/storage/messaging';
import {
  PAGE_SIZE,
  useLatestNotes,
  useMemberListing,
  type ListedMember,
  type MemberView,
} from '../members-data';
import type { SectionProps } from './registry';

/** The views of the members list, in the order the admin sees them. */
const VIEWS: Record<string, MemberView> = {
  'all:lastSeen': { kind: 'all', order: 'lastSeen' },
  'all:lastActive': { kind: 'all', order: 'lastActive' },
  'all:name': { kind: 'all', order: 'name' },
  'unseen:went-quiet': { kind: 'unseen', unseen: 'went-quiet' },
  'unseen:never-active': { kind: 'unseen', unseen: 'never-active' },
  'unseen:drifting': { kind: 'unseen', unseen: 'drifting' },
  ...Object.fromEntries(TIERS.map((tier) => [`tier:${tier}`, { kind: 'tier', tier } satisfies MemberView])),
};
/** Their keys; each names its label `members.views.<key with _ for :>` (see MembersToolbar). */
export const VIEW_KEYS = Object.keys(VIEWS);

/** "Members": everyone Tend has seen in the group, by view or search, each opening their page. */
export function MembersSection({ groupId }: SectionProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const now = useNow();
  const settings = useSettings();
  const [viewKey, setViewKey] = useState('all:lastSeen');
  const [searchText, setSearchText] = useState('');
  const [inNotes, setInNotes] = useState(false);
  const [wanted, setWanted] = useState(PAGE_SIZE);
  const [openMemberId, setOpenMemberId] = useState<string | null>(null);
  const view = VIEWS[viewKey]!;
  const search = useMemo(() => ({ text: searchText, inNotes }), [searchText, inNotes]);
  const listing = useMemberListing(groupId, view, search, wanted, settings);
  const items = useMemo(() => (listing?.state === 'ready' ? listing.items : []), [listing]);
  const notesByMember = useLatestNotes(
    groupId,
    useMemo(() => items.map((item) => item.member.memberId), [items]),
  );
  const needMore = useCallback(() => setWanted((current) => current + PAGE_SIZE), []);

  if (!groupId) return null;
  if (openMemberId) {
    return <OpenMember groupId={groupId} memberId={openMemberId} onBack={() => setOpenMemberId(null)} />;
  }
  return (
    <div className="members">
      <MembersToolbar
        viewKeys={VIEW_KEYS}
        viewKey={viewKey}
        searchText={searchText}
        inNotes={inNotes}
        onView={(key) => {
          setViewKey(key);
          setWanted(PAGE_SIZE);
        }}
        onSearch={setSearchText}
        onInNotes={setInNotes}
      />
      {view.kind === 'unseen' && !searchText && (
        <p className="help">
          {view.unseen === 'drifting'
            ? t('activity.driftingHelp', {
                factor: settings?.activity.driftFactor,
                threshold: settings?.inactivityDays ?? 30,
              })
            : t('members.unseenHelp', { count: settings?.inactivityDays ?? 30 })}
          {listing?.state !== 'ready' || !listing.coverage ? null : ` ${coverageWords(listing.coverage, t)}`}
        </p>
      )}
      {listing === undefined ? null : listing.state === 'not-watched-long-enough' ? (
        <p className="banner info" role="status">
          {t('activity.notReady', { count: listing.watchedDays, threshold: listing.thresholdDays })}{' '}
          {coverageWords(listing.coverage, t)}
        </p>
      ) : items.length === 0 ? (
        <p className="empty">
          {searchText
            ? t('members.noMatch')
            : view.kind === 'all'
              ? t('members.empty')
              : t('members.noneInView')}
        </p>
      ) : (
        <>
          <p className="help" aria-live="polite">
            {listing.more
              ? t('members.shownMore', { count: items.length })
              : t('members.shown', { count: items.length })}
          </p>
          <VirtualList<ListedMember>
            items={items}
            more={listing.more}
            onNeedMore={needMore}
            keyOf={(item) => item.member.memberId}
            label={t('members.listLabel')}
            loadingLabel={t('common.loading')}
            renderItem={(item) => (
              <MemberCard
                member={item.member}
                notes={item.matchingNotes ?? notesByMember?.get(item.member.memberId) ?? []}
                quietForDays={item.quietForDays}
                usualGapDays={item.usualGapDays}
                unusualness={item.unusualness}
                expectedSightings={item.expectedSightings}
                language={language}
                now={now}
                onOpen={(member) => setOpenMemberId(member.memberId)}
              />
            )}
          />
        </>
      )}
    </div>
  );
}

function OpenMember({
  groupId,
  memberId,
  onBack,
}: {
  groupId: string;
  memberId: string;
  onBack: () => void;
}) {
  const language = useUiLanguage();
  const now = useNow();
  const member = useLiveQuery(
    async () => (await db().members.get([groupId, memberId])) ?? null,
    [groupId, memberId],
  );
  const notes = useNotes(groupId, memberId);
  // Their request to join or invitation, if Tend kept one (null: none).
  const request = useLiveQuery(
    async () => (await db().prospects.get([groupId, memberId])) ?? null,
    [groupId, memberId],
  );
  // Their "who went quiet" answer, for a long silence Tend has seen too little of to judge.
  const settings = useSettings();
  const activity = useLiveQuery(
    async () => (settings ? memberAnswer(db(), groupId, memberId, now, activitySettingsOf(settings)) : null),
    [groupId, memberId, now, settings],
  );
  // A forgotten member disappears from the database: go back to the list.
  useEffect(() => {
    if (member === null) onBack();
  }, [member, onBack]);
  if (!member || notes === undefined) return null;
  return (
    <MemberDetail
      member={member}
      notes={notes}
      request={request}
      activity={activity}
      language={language}
      now={now}
      onBack={onBack}
      onAddNote={async (text) => {
        await send({ type: 'addNote', groupId, memberId, text });
      }}
      onDeleteNote={async (note) => {
        await send({ type: 'deleteNote', id: note.id });
      }}
      onForget={async (neverRecordAgain) => {
        await send({ type: 'forgetMember', groupId, memberId, neverRecordAgain });
      }}
    />
  );
}
