import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RenderedText } from './RenderedText';
import type { MemberRow, NoteRow } from '@/storage/schema';
import type { MemberDueItem } from '@/utils/onboarding/schedule';
import { templateTitle, type Lang, type Register, type Template } from '@/utils/templates/schema';
import type { UiLanguage } from '@/utils/i18n';
import { OnboardingActions, type MarkRequest } from './OnboardingActions';
import { OnboardingWhen } from './OnboardingWhen';
import { LatestNote } from './LatestNote';
import { memberItemText } from './OnboardingModel';
import { TemplateCopyButton } from './TemplateCopyButton';

interface OnboardingMemberItemProps {
  item: MemberDueItem;
  stepLabel: string;
  member: MemberRow | undefined;
  /** Templates for this step, preferred first. */
  templates: readonly Template[];
  textLang: Lang;
  register: Register;
  uiLanguage: UiLanguage;
  now: Date;
  timeZone: string;
  adminName: string;
  /** The moderators' notes about this member, oldest first. */
  notes: readonly NoteRow[];
  /** The group's name as its pages show it, for {group}. */
  groupName?: string | undefined;
  allowAnswers: boolean;
  onMark: (item: MemberDueItem, request: MarkRequest, templateId: string | undefined) => Promise<void>;
}

/** One member's due step: the filled personal text, Copy, and Done / Skip / Snooze. */
export function OnboardingMemberItem(props: OnboardingMemberItemProps) {
  const { item, stepLabel, member, templates, textLang, register, uiLanguage, now } = props;
  const { t } = useTranslation();
  const templateSelectId = useId();
  const headingId = useId();
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const template = templates.find((candidate) => candidate.id === chosenId) ?? templates[0];
  const result = template
    ? memberItemText(member ?? { name: item.name }, template, {
        lang: textLang,
        register,
        now,
        allowAnswers: props.allowAnswers,
        ...(props.adminName ? { adminName: props.adminName } : {}),
        ...(props.groupName ? { groupName: props.groupName } : {}),
      })
    : undefined;

  return (
    <li
      className={`onboarding-item${item.overdue ? ' overdue' : ''}`}
      data-item-id={item.id}
      data-member-id={item.memberId}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="onboarding-item-title">
        <span className="member-name">{item.name}</span>
        <span className="onboarding-step"> · {stepLabel}</span>
      </h3>
      <LatestNote notes={props.notes} language={uiLanguage} />
      <OnboardingWhen item={item} now={now} timeZone={props.timeZone} language={uiLanguage} />
      <p className="help">
        {item.stepKind === 'private' ? t('onboarding.privateOnly') : t('onboarding.personalHint')}
      </p>
      {templates.length > 1 && (
        <div className="field">
          <label htmlFor={templateSelectId}>{t('onboarding.template')}</label>
          <select
            id={templateSelectId}
            value={template?.id}
            onChange={(event) => setChosenId(event.target.value)}
          >
            {templates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {templateTitle(candidate, uiLanguage)}
              </option>
            ))}
          </select>
        </div>
      )}
      {result === undefined ? (
        <p className="empty">{t('onboarding.noTemplate')}</p>
      ) : (
        <>
          <RenderedText
            result={result}
            className="onboarding-text"
            label={t('onboarding.text', { name: item.name })}
            uiLanguage={uiLanguage}
            problem={(detail) => t('onboarding.missing', { detail })}
          />
        </>
      )}
      <div className="onboarding-buttons">
        <TemplateCopyButton
          text={result?.ok ? result.text : undefined}
          label={t('onboarding.copyFor', { name: item.name })}
          copiedText={t('onboarding.copied')}
          failedText={t('onboarding.copyFailed')}
        >
          {t('onboarding.copy')}
        </TemplateCopyButton>
        <OnboardingActions
          step={stepLabel}
          name={item.name}
          onMark={(request) => props.onMark(item, request, template?.id)}
        />
      </div>
    </li>
  );
}
