import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RenderedText } from './RenderedText';
import type { MemberRow } from '@/storage/schema';
import { formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';
import { renderTemplate } from '@/utils/templates/render';
import {
  pickBody,
  situationLabel,
  templateTitle,
  type Lang,
  type Register,
  type Template,
} from '@/utils/templates/schema';
import { placeholderValuesFor } from '@/utils/templates/values';
import { TemplateCopyButton } from './TemplateCopyButton';

interface TemplateItemProps {
  template: Template;
  member: MemberRow | null;
  lang: Lang;
  register: Register;
  uiLanguage: UiLanguage;
  now: Date;
  adminName: string;
  /** The group's name as its pages show it, for {group}. */
  groupName?: string | undefined;
  allowAnswers: boolean;
  lastUsedAt: string | undefined;
  confirmingDelete: boolean;
  onCopied: (template: Template) => void;
  onEdit: (template: Template) => void;
  onDuplicate: (template: Template) => void;
  onAskDelete: (template: Template | null) => void;
  onDelete: (template: Template) => void;
}

/** One template: its filled text for the chosen member, Copy, and Edit / Duplicate / Delete. */
export function TemplateItem(props: TemplateItemProps) {
  const { template, member, lang, register, uiLanguage, now } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const title = templateTitle(template, uiLanguage);
  const body = pickBody(template, lang, register);
  const values = placeholderValuesFor({
    now,
    lang,
    ...(member ? { member } : {}),
    ...(props.adminName ? { adminName: props.adminName } : {}),
    ...(props.groupName ? { groupName: props.groupName } : {}),
  });
  const result = body ? renderTemplate(body.text, values, { allowAnswers: props.allowAnswers }) : undefined;

  return (
    <li className="template-item" data-template-id={template.id} aria-labelledby={headingId}>
      <h3 id={headingId} className="template-title">
        {title}
        <span className="badge">{template.builtIn ? t('replies.builtIn') : t('replies.custom')}</span>
      </h3>
      <p className="help">
        {situationLabel(template.situation, uiLanguage)} · {t(`replies.audience.${template.audience}`)}
        {props.lastUsedAt &&
          ` · ${t('replies.lastUsed', { when: formatRelative(props.lastUsedAt, now, uiLanguage) })}`}
      </p>
      {!body || !result ? (
        <p className="empty">{t('replies.noBody')}</p>
      ) : (
        <>
          {body.register && body.register !== register && (
            <p className="help">{t('replies.registerFallback', { register: body.register })}</p>
          )}
          <RenderedText
            result={result}
            className="template-text"
            label={title}
            uiLanguage={uiLanguage}
            problem={(detail) => t('replies.missing', { detail })}
          />
        </>
      )}
      <TemplateButtons {...props} title={title} copyText={result?.ok ? result.text : undefined} />
    </li>
  );
}

/** Copy, then Edit, Duplicate and Delete (one's own templates only), and the delete confirmation. */
type TemplateButtonsProps = Pick<
  TemplateItemProps,
  'template' | 'confirmingDelete' | 'onCopied' | 'onEdit' | 'onDuplicate' | 'onAskDelete' | 'onDelete'
> & { title: string; copyText: string | undefined };

function TemplateButtons(props: TemplateButtonsProps) {
  const { template, title, copyText } = props;
  const { t } = useTranslation();
  return (
    <>
      <div className="template-buttons">
        <TemplateCopyButton
          text={copyText}
          label={t('replies.copyLabel', { title })}
          copiedText={t('replies.copied')}
          failedText={t('replies.copyFailed')}
          onCopied={() => props.onCopied(template)}
        >
          {t('replies.copy')}
        </TemplateCopyButton>
        {!template.builtIn && (
          <button
            type="button"
            aria-label={t('replies.editLabel', { title })}
            onClick={() => props.onEdit(template)}
          >
            {t('replies.edit')}
          </button>
        )}
        <button
          type="button"
          aria-label={t('replies.duplicateLabel', { title })}
          onClick={() => props.onDuplicate(template)}
        >
          {t('replies.duplicate')}
        </button>
        {!template.builtIn && !props.confirmingDelete && (
          <button
            type="button"
            aria-label={t('replies.deleteLabel', { title })}
            onClick={() => props.onAskDelete(template)}
          >
            {t('replies.delete')}
          </button>
        )}
      </div>
      {props.confirmingDelete && (
        <div className="banner warning" role="alert">
          <p>{t('replies.confirmDelete', { title })}</p>
          <button type="button" className="primary" onClick={() => props.onDelete(template)}>
            {t('replies.confirmYes')}
          </button>{' '}
          <button type="button" onClick={() => props.onAskDelete(null)}>
            {t('replies.confirmNo')}
          </button>
        </div>
      )}
    </>
  );
}
