import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupHeader } from '@/components/GroupHeader';
import { GroupSwitcher } from '@/components/GroupSwitcher';
import { SectionNav } from '@/components/SectionNav';
import { send } from '@/storage/messaging';
import { useGroupRow, useGroups, useMembersSeen } from './data';
import { LanguageProvider, useUiLanguage } from '@/components/LanguageProvider';
import { useNow } from '@/components/useNow';
import { useCurrentState, useSettings } from '@/storage/live';
import { sections } from './sections/registry';
import { SharingContext, useSharing } from './sharing-data';

export function App() {
  const settings = useSettings();
  if (!settings) return null;
  return (
    <LanguageProvider setting={settings.language}>
      <Panel />
    </LanguageProvider>
  );
}

function Panel() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const now = useNow();
  const current = useCurrentState();
  const groupId = current?.groupId ?? null;
  const group = useGroupRow(groupId);
  const memberCount = useMembersSeen(groupId);
  const groups = useGroups();
  const sharing = useSharing(groupId);
  const [activeId, setActiveId] = useState(sections[0]!.id);
  const active = sections.find((section) => section.id === activeId) ?? sections[0]!;

  if (current === undefined || group === undefined || memberCount === undefined || groups === undefined)
    return null;
  return (
    <div className="panel">
      <header className="panel-header">
        <h1>{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </header>
      <GroupSwitcher
        groups={groups}
        currentGroupId={groupId}
        onChange={(id) => void send({ type: 'setCurrentGroup', groupId: id })}
      />
      <GroupHeader
        groupId={groupId}
        group={group}
        memberCount={memberCount}
        language={language}
        now={now}
        onRemoveSample={() => groupId && void send({ type: 'removeSampleGroup', groupId })}
      />
      <SectionNav
        sections={sections.map(({ id, titleKey, icon }) => ({ id, title: t(titleKey), icon }))}
        activeId={active.id}
        label={t('app.sections')}
        onSelect={setActiveId}
      />
      <main role="tabpanel" id={`section-${active.id}`} aria-labelledby={`tab-${active.id}`} tabIndex={0}>
        <SharingContext.Provider value={sharing}>
          <active.Component groupId={groupId} />
        </SharingContext.Provider>
      </main>
    </div>
  );
}
