import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '@/components/LanguageProvider';
import { useNow } from '@/components/useNow';
import type { MarkRequest } from '@/components/OnboardingActions';
import { OnboardingGapBanner } from '@/components/OnboardingGapBanner';
import { OnboardingLanguageField } from '@/components/OnboardingLanguageField';
import { OnboardingQueue } from '@/components/OnboardingQueue';
import { formatZonedDate } from '@/components/OnboardingWhen';
import { snoozeUntil } from '@/components/OnboardingModel';
import '@/components/onboarding.css';
import { useGroup, useSettings } from '@/storage/live';
import { send } from '@/storage/messaging';
import { markItem, type DueItem } from '@/utils/onboarding/schedule';
import { Lang } from '@/utils/templates/schema';
import { useLatestNotes } from '../members-data';
import { useOnboardingQueue } from '../onboarding-data';
import type { SectionProps } from './registry';
import { useTemplateLibrary } from '../replies-data';

/** Items shown at first; more on request, so a first reading of a large group stays quick. */
const PAGE = 30;

/** Records an item as done, skipped or snoozed through the background; returns when a snooze ends. */
async function sendMark(
  item: DueItem,
  request: MarkRequest,
  templateId: string | undefined,
  adminName: string,
  timeZone: string,
): Promise<Date | undefined> {
  const at = new Date();
  const until = request.status === 'snoozed' ? snoozeUntil(request.choice, at, timeZone) : undefined;
  const entries = markItem(item, {
    status: request.status,
    at,
    // The background fills in the name from the settings when none is given.
    by: adminName || 'admin',
    ...(until ? { until } : {}),
    ...(templateId && request.status === 'done' ? { templateId } : {}),
  });
  await send({
    type: 'markOnboarding',
    entries: adminName ? entries : entries.map(({ by: _by, ...entry }) => entry),
  });
  return until;
}

/** The latest notes of the members in the items shown, by member id. */
function useNotesOfShown(groupId: string | null, items: readonly DueItem[] | undefined, shown: number) {
  // Notes stay in view while preparing a message ("cat diagnosed in March" matters for a check-in).
  const shownMemberIds = useMemo(
    () =>
      (items ?? [])
        .slice(0, shown)
        .flatMap((item) =>
          item.type === 'member' ? [item.memberId] : item.members.map((joiner) => joiner.memberId),
        ),
    [items, shown],
  );
  return useLatestNotes(groupId, shownMemberIds);
}

/**
 * "Onboarding": the due queue of the current group, oldest first. Each item carries the prepared words and is
 * marked done, skipped or snoozed through the background, with the admin's name, so nobody is welcomed twice.
 */
export function OnboardingSection({ groupId }: SectionProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const settings = useSettings();
  const now = useNow();
  const group = useGroup(groupId);
  const groupName = group?.name;
  const library = useTemplateLibrary();
  const [chosenLang, setChosenLang] = useState<Lang | undefined>(undefined);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [shown, setShown] = useState(PAGE);
  const list = useRef<HTMLOListElement>(null);
  const queue = useOnboardingQueue(groupId, settings, uiLanguage, now);
  const textLang = chosenLang ?? uiLanguage;
  const notesByMember = useNotesOfShown(groupId, queue?.items, shown);
  const stepLabels = useMemo(
    () => new Map((queue?.resolved.cadence.steps ?? []).map((step) => [step.id, step.label[uiLanguage]])),
    [queue, uiLanguage],
  );

  if (!groupId) return <p className="empty">{t('onboarding.noGroup')}</p>;
  if (!settings || group === undefined || !queue || !library) return null;

  const { items, members, resolved } = queue;
  const allowAnswers = settings.memberRequests.read && settings.memberRequests.readAnswers;
  const overdue = items.filter((item) => item.overdue).length;

  const mark = async (item: DueItem, request: MarkRequest, templateId: string | undefined) => {
    try {
      const until = await sendMark(item, request, templateId, settings.adminName, resolved.timeZone);
      setStatus({
        ok: true,
        text:
          request.status === 'snoozed' && until
            ? t('onboarding.marked.snoozed', {
                date: formatZonedDate(until.toISOString(), resolved.timeZone, uiLanguage),
              })
            : t(`onboarding.marked.${request.status}`),
      });
      // The item leaves the list: keep the keyboard in the queue rather than lost at the top of the page.
      list.current?.focus();
    } catch (error) {
      setStatus({
        ok: false,
        text: t('onboarding.markFailed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  return (
    <div className="onboarding">
      <p className="help">{t('onboarding.intro')}</p>
      <OnboardingGapBanner
        groupId={groupId}
        lastMembersReadAt={group?.lastMembersReadAt}
        now={now}
        language={uiLanguage}
      />
      {!settings.adminName && <p className="banner warning">{t('onboarding.noAdminName')}</p>}
      <OnboardingLanguageField value={textLang} onChange={setChosenLang} />
      <p className="onboarding-count">
        {t('onboarding.count', { count: items.length })}
        {overdue > 0 && ` (${t('onboarding.overdueCount', { count: overdue })})`}
      </p>
      <p role="status" aria-live="polite" className={status?.ok === false ? 'error' : 'onboarding-status'}>
        {status?.text}
      </p>
      {items.length > 0 && (
        <OnboardingQueue
          items={items.slice(0, shown)}
          stepLabels={stepLabels}
          members={members}
          notesByMember={notesByMember}
          templates={library.templates}
          resolved={resolved}
          textLang={textLang}
          register={settings.onboarding.frenchRegister}
          uiLanguage={uiLanguage}
          now={now}
          adminName={settings.adminName}
          groupName={groupName}
          allowAnswers={allowAnswers}
          listRef={list}
          onMark={mark}
        />
      )}
      {items.length > shown && (
        <button type="button" onClick={() => setShown((count) => count + PAGE)}>
          {t('onboarding.showMore', { count: Math.min(PAGE, items.length - shown) })}
        </button>
      )}
    </div>
  );
}
