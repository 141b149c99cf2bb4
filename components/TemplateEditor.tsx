import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@/utils/i18n';
import { describeLintError, type TemplateLintError } from '@/utils/templates/render';
import {
  TemplateAudience,
  bodyKeyLabels,
  situationLabel,
  type BodyKey,
  type Template,
} from '@/utils/templates/schema';
import {
  BODY_KEYS,
  draftLint,
  errorSegments,
  lineAndColumn,
  templateFromDraft,
  type TemplateDraft,
} from './TemplateModel';

interface TemplateEditorProps {
  initial: TemplateDraft;
  isNew: boolean;
  situations: readonly string[];
  uiLanguage: UiLanguage;
  allowAnswers: boolean;
  onSave: (template: Template) => Promise<void>;
  onCancel: () => void;
}

/**
 * Create or edit a custom template. Errors are shown live at their positions (line and column, marked in a copy of
 * the text, and selectable in the field); Save stays disabled until every text is clean, so nothing broken is saved.
 */
export function TemplateEditor({
  initial,
  isNew,
  situations,
  uiLanguage,
  allowAnswers,
  onSave,
  onCancel,
}: TemplateEditorProps) {
  const { t } = useTranslation();
  const ids = {
    titleEn: useId(),
    titleFr: useId(),
    situation: useId(),
    situations: useId(),
    audience: useId(),
  };
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const lint = useMemo(() => draftLint(draft, allowAnswers), [draft, allowAnswers]);
  const errorCount = BODY_KEYS.reduce((sum, key) => sum + lint[key].length, 0);
  const headingId = useId();

  const save = async () => {
    const result = templateFromDraft(draft, new Date());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await onSave(result.template);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="template-editor"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={headingId}>{isNew ? t('replies.editor.titleNew') : t('replies.editor.titleEdit')}</h3>
      <div className="field">
        <label htmlFor={ids.titleEn}>{t('replies.editor.titleEn')}</label>
        <input
          id={ids.titleEn}
          value={draft.titleEn}
          maxLength={200}
          onChange={(event) => setDraft({ ...draft, titleEn: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.titleFr}>{t('replies.editor.titleFr')}</label>
        <input
          id={ids.titleFr}
          value={draft.titleFr}
          maxLength={200}
          onChange={(event) => setDraft({ ...draft, titleFr: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.situation}>{t('replies.editor.situation')}</label>
        <input
          id={ids.situation}
          list={ids.situations}
          value={draft.situation}
          maxLength={60}
          onChange={(event) => setDraft({ ...draft, situation: event.target.value })}
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
          onChange={(event) => setDraft({ ...draft, audience: TemplateAudience.parse(event.target.value) })}
        >
          {TemplateAudience.options.map((audience) => (
            <option key={audience} value={audience}>
              {t(`replies.audience.${audience}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="help">{t('replies.editor.bodyHelp')}</p>
      {BODY_KEYS.map((key) => (
        <TemplateBodyField
          key={key}
          bodyKey={key}
          text={draft.bodies[key]}
          errors={lint[key]}
          uiLanguage={uiLanguage}
          onChange={(text) => setDraft({ ...draft, bodies: { ...draft.bodies, [key]: text } })}
        />
      ))}
      {problems.length > 0 && (
        <div className="error" role="alert">
          <p>{t('replies.editor.problems')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="template-buttons">
        <button type="submit" className="primary" disabled={saving || errorCount > 0}>
          {t('replies.editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('replies.editor.cancel')}
        </button>
      </div>
    </form>
  );
}

interface TemplateBodyFieldProps {
  bodyKey: BodyKey;
  text: string;
  errors: readonly TemplateLintError[];
  uiLanguage: UiLanguage;
  onChange: (text: string) => void;
}

function TemplateBodyField({ bodyKey, text, errors, uiLanguage, onChange }: TemplateBodyFieldProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const errorsId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const select = (error: TemplateLintError) => {
    const input = textarea.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(error.start, error.end);
  };
  return (
    <div className="field template-body" data-body={bodyKey}>
      <label htmlFor={fieldId}>
        {t('replies.editor.body', { which: bodyKeyLabels[bodyKey][uiLanguage] })}
      </label>
      <textarea
        id={fieldId}
        ref={textarea}
        rows={5}
        value={text}
        maxLength={10_000}
        spellCheck
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? errorsId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <div id={errorsId} aria-live="polite">
        {errors.length > 0 && (
          <>
            <p className="error">{t('replies.editor.errors', { count: errors.length })}</p>
            <ul className="template-errors">
              {errors.map((error, index) => {
                const { line, column } = lineAndColumn(text, error.start);
                return (
                  <li key={`${error.start}-${index}`} className="error">
                    <span className="template-error-number">{index + 1}. </span>
                    {describeLintError(error, uiLanguage)} ({t('replies.editor.at', { line, column })}){' '}
                    <button type="button" onClick={() => select(error)}>
                      {t('replies.editor.select')}
                    </button>
                  </li>
                );
              })}
            </ul>
            <p className="template-text template-marked" aria-label={t('replies.editor.marked')}>
              {errorSegments(text, errors).map((segment, index) =>
                segment.error === undefined ? (
                  <span key={index}>{segment.text}</span>
                ) : (
                  <mark key={index} title={describeLintError(errors[segment.error]!, uiLanguage)}>
                    {segment.text}
                    <sup>{segment.error + 1}</sup>
                  </mark>
                ),
              )}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
