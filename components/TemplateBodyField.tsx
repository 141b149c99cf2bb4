import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@/utils/i18n';
import { describeLintError, type TemplateLintError } from '@/utils/templates/render';
import { bodyKeyLabels, type BodyKey } from '@/utils/templates/schema';
import { errorSegments, lineAndColumn } from './TemplateModel';

interface TemplateBodyFieldProps {
  bodyKey: BodyKey;
  text: string;
  errors: readonly TemplateLintError[];
  uiLanguage: UiLanguage;
  onChange: (text: string) => void;
}

/** One of a template's texts (English, French tu, French vous…), with its errors listed and marked in place. */
export function TemplateBodyField({ bodyKey, text, errors, uiLanguage, onChange }: TemplateBodyFieldProps) {
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
