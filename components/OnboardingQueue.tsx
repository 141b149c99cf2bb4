import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow, NoteRow } from '@/storage/schema';
import type { UiLanguage } from '@/utils/i18n';
import type { ResolvedOnboarding } from '@/storage/onboarding-queue';
import type { DueItem } from '@/utils/onboarding/schedule';
import type { Lang, Register, Template } from '@/utils/templates/schema';
import type { MarkRequest } from './OnboardingActions';
import { OnboardingMemberItem } from './OnboardingMemberItem';
import { templateForSituation, templatesForSituation } from './OnboardingModel';
import { OnboardingWeekItem } from './OnboardingWeekItem';

const NO_NOTES: ReadonlyMap<string, readonly NoteRow[]> = new Map();

interface OnboardingQueueProps {
  /** The items shown, oldest first. */
  items: readonly DueItem[];
  /** Each step's name in the panel's language, by step id. */
  stepLabels: ReadonlyMap<string, string>;
  members: ReadonlyMap<string, MemberRow>;
  notesByMember: ReadonlyMap<string, readonly NoteRow[]> | undefined;
  templates: readonly Template[];
  resolved: ResolvedOnboarding;
  textLang: Lang;
  register: Register;
  uiLanguage: UiLanguage;
  now: Date;
  adminName: string;
  groupName?: string | undefined;
  allowAnswers: boolean;
  /** The list itself, focusable, so the keyboard stays in the queue when an item leaves it. */
  listRef: Ref<HTMLOListElement>;
  onMark: (item: DueItem, request: MarkRequest, templateId: string | undefined) => Promise<void>;
}

/** The due queue: a personal item per member step, a weekly welcome per week, each with its template's text. */
export function OnboardingQueue({
  items,
  stepLabels,
  templates,
  textLang,
  listRef,
  ...shared
}: OnboardingQueueProps) {
  const { t } = useTranslation();
  const { members, notesByMember, resolved, uiLanguage, now, adminName, groupName, onMark } = shared;
  return (
    <ol className="onboarding-queue" aria-label={t('onboarding.queueLabel')} ref={listRef} tabIndex={-1}>
      {items.map((item) => {
        const stepLabel = stepLabels.get(item.stepId) ?? item.stepId;
        return item.type === 'member' ? (
          <OnboardingMemberItem
            key={item.id}
            item={item}
            stepLabel={stepLabel}
            member={members.get(item.memberId)}
            notes={notesByMember?.get(item.memberId) ?? []}
            templates={templatesForSituation(templates, item.templateSituation, textLang)}
            textLang={textLang}
            register={shared.register}
            uiLanguage={uiLanguage}
            now={now}
            timeZone={resolved.timeZone}
            adminName={adminName}
            groupName={groupName}
            allowAnswers={shared.allowAnswers}
            onMark={onMark}
          />
        ) : (
          <OnboardingWeekItem
            key={item.id}
            item={item}
            stepLabel={stepLabel}
            members={members}
            template={templateForSituation(templates, item.templateSituation, textLang)}
            resolved={resolved}
            textLang={textLang}
            uiLanguage={uiLanguage}
            now={now}
            adminName={adminName}
            groupName={groupName}
            notesByMember={notesByMember ?? NO_NOTES}
            onMark={onMark}
          />
        );
      })}
    </ol>
  );
}
