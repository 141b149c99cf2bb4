import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupHeader } from '@/components/GroupHeader';
import { GroupSwitcher } from '@/components/GroupSwitcher';
import { send } from '@/storage/messaging';
import { useGroupRow, useGroups, useMembersSeen } from './data';
import { LanguageProvider, useUiLanguage } from '@/components/LanguageProvider';
import { useNow } from '@/components/useNow';
import { useCurrentState, useSettings } from '@/storage/live';
import { sections } from './sections/registry';

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
  const [activeId, setActiveId] = useState(sections[0]!.id);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const active = sections.find((section) => section.id === activeId) ?? sections[0]!;

  // Tabs follow the WAI-ARIA pattern: arrow keys move between tabs, Home/End jump to the ends.
  const onTabKey = (event: KeyboardEvent) => {
    const index = sections.findIndex((section) => section.id === activeId);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    let next: number | undefined;
    if (step !== undefined) next = (index + step + sections.length) % sections.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = sections.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    const id = sections[next]!.id;
    setActiveId(id);
    tabRefs.current.get(id)?.focus();
  };

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
      <nav>
        <div role="tablist" aria-label={t('app.sections')} onKeyDown={onTabKey}>
          {sections.map((section) => (
            <button
              key={section.id}
              ref={(element) => {
                if (element) tabRefs.current.set(section.id, element);
              }}
              role="tab"
              id={`tab-${section.id}`}
              aria-selected={section.id === active.id}
              aria-controls={`section-${section.id}`}
              tabIndex={section.id === active.id ? 0 : -1}
              onClick={() => setActiveId(section.id)}
            >
              {t(section.titleKey)}
            </button>
          ))}
        </div>
      </nav>
      <main role="tabpanel" id={`section-${active.id}`} aria-labelledby={`tab-${active.id}`} tabIndex={0}>
        <active.Component groupId={groupId} />
      </main>
    </div>
  );
}
