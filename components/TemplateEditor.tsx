import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@/utils/i18n';
import type { Template } from '@/utils/templates/schema';
import { TemplateBodyField } from './TemplateBodyField';
import { TemplateMetaFields } from './TemplateMetaFields';
import { BODY_KEYS, draftLint, templateFromDraft, type TemplateDraft } from './TemplateModel';

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
      <TemplateMetaFields
        draft={draft}
        situations={situations}
        uiLanguage={uiLanguage}
        onChange={(patch) => setDraft({ ...draft, ...patch })}
      />
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
