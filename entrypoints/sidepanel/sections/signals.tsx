import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/components/LanguageProvider';
import { SignalCard } from '@/components/SignalCard';
import { SignalFocusFields } from '@/components/SignalFocusFields';
import { Check } from '@/components/SettingsFields';
import { useNow } from '@/components/useNow';
import '@/components/signals.css';
import { useSettings } from '@/storage/live';
import { send } from '@/storage/messaging';
import { useGroupRow } from '../data';
import { useTemplateLibrary } from '../replies-data';
import { useOpenSignals, useSignalAnswers } from '../signals-data';
import type { SectionProps } from './registry';

/**
 * Weak signals (issue 17): the group's open signals, newest first, each with why it was raised, its evidence and
 * the template library's gentle replies filled in for its member, to copy. Private: the list is the admin's alone. Reading what posts say is off until turned on
 * here.
 */
export function SignalsSection({ groupId }: SectionProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const settings = useSettings();
  const now = useNow();
  const open = useOpenSignals(groupId, now);
  const { answer, error } = useSignalAnswers();
  const library = useTemplateLibrary();
  const groupName = useGroupRow(groupId)?.name;
  if (!settings || !library) return null;
  const reading = settings.readPostContents;
  // Filled in as the Replies section does: the onboarding setting's French register, the admin's name.
  const replies = {
    templates: library.templates,
    register: settings.onboarding.frenchRegister,
    groupName,
    adminName: settings.adminName,
    allowAnswers: settings.memberRequests.read && settings.memberRequests.readAnswers,
  };
  return (
    <div className="signals">
      <p className="help">{t('signals.intro')}</p>
      <Check
        label={t('signals.readContents')}
        help={t('signals.readContentsHelp')}
        checked={reading}
        onChange={async (readPostContents) => {
          await send({ type: 'updateSettings', patch: { readPostContents } });
        }}
      />
      <Check
        label={t('signals.badgeCount')}
        help={t('signals.badgeCountHelp')}
        checked={settings.signals.badgeCount}
        onChange={async (badgeCount) => {
          await send({ type: 'updateSettings', patch: { signals: { badgeCount } } });
        }}
      />
      {groupId && (
        <SignalFocusFields
          key={groupId}
          groupId={groupId}
          settings={settings.signals}
          save={async (signals) => {
            await send({ type: 'updateSettings', patch: { signals } });
          }}
        />
      )}
      {!reading && <p className="empty">{t('signals.off')}</p>}
      {error && (
        <p role="alert" className="error">
          {t('signals.failed', { message: error })}
        </p>
      )}
      {!groupId ? (
        <p className="empty">{t('signals.noGroup')}</p>
      ) : open && open.signals.length === 0 ? (
        reading && <p className="empty">{t('signals.none')}</p>
      ) : (
        <ul className="signal-list" aria-label={t('signals.list')}>
          {open?.signals.map((signal) => (
            <SignalCard
              key={signal.key}
              signal={signal}
              members={open.members}
              now={now}
              language={language}
              replies={replies}
              onAnswer={(key, state, until) => void answer(key, state, until)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
