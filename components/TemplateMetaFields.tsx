import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@/utils/i18n';
import { TemplateAudience, situationLabel } from '@/utils/templates/schema';
import type { TemplateDraft } from './TemplateModel';

interface TemplateMetaFieldsProps {
  draft: TemplateDraft;
  /** Situations already used, offered as suggestions. */
  situations: readonly string[];
  uiLanguage: UiLanguage;
  onChange: (patch: Partial<TemplateDraft>) => void;
}

/** What a template is called (English and French), the situation it is for, and whom it addresses. */
export function TemplateMetaFields({ draft, situations, uiLanguage, onChange }: TemplateMetaFieldsProps) {
  const { t } = useTranslation();
  const ids = {
    titleEn: useId(),
    titleFr: useId(),
    situation: useId(),
    situations: useId(),
    audience: useId(),
  };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.titleEn}>{t('replies.editor.titleEn')}</label>
        <input
          id={ids.titleEn}
          value={draft.titleEn}
          maxLength={200}
          onChange={(event) => onChange({ titleEn: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.titleFr}>{t('replies.editor.titleFr')}</label>
        <input
          id={ids.titleFr}
          value={draft.titleFr}
          maxLength={200}
          onChange={(event) => onChange({ titleFr: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.situation}>{t('replies.editor.situation')}</label>
        <input
          id={ids.situation}
          list={ids.situations}
          value={draft.situation}
          maxLength={60}
          onChange={(event) => onChange({ situation: event.target.value })}
        />
        <datalist id={ids.situations}>
          {situations.map((situation) => (
            <option key={situation} value={situation}>
              {situationLabel(situation, uiLanguage)}
            </option>
          ))}
        </datalist>
        <p className="help">{t('replies.editor.situationHelp')}</p>
      </div>
      <div className="field">
        <label htmlFor={ids.audience}>{t('replies.editor.audience')}</label>
        <select
          id={ids.audience}
          value={draft.audience}
          onChange={(event) => onChange({ audience: TemplateAudience.parse(event.target.value) })}
        >
          {TemplateAudience.options.map((audience) => (
            <option key={audience} value={audience}>
              {t(`replies.audience.${audience}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
