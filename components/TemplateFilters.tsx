import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@/utils/i18n';
import { Lang, Register, situationLabel } from '@/utils/templates/schema';

interface TemplateFiltersProps {
  text: string;
  /** A situation id, or '' for all. */
  situation: string;
  situations: readonly string[];
  /** The language the texts are filled in; French also offers tu or vous. */
  lang: Lang;
  register: Register;
  uiLanguage: UiLanguage;
  onText: (text: string) => void;
  onSituation: (situation: string) => void;
  onLang: (lang: Lang) => void;
  onRegister: (register: Register) => void;
}

/** Which templates are listed (search, situation) and how they are filled in (language, French register). */
export function TemplateFilters({
  text,
  situation,
  situations,
  lang,
  register,
  uiLanguage,
  ...on
}: TemplateFiltersProps) {
  const { t } = useTranslation();
  const ids = { search: useId(), searchHint: useId(), situation: useId(), language: useId() };
  return (
    <div className="templates-toolbar">
      <div className="field">
        <label htmlFor={ids.search}>{t('replies.search')}</label>
        <input
          id={ids.search}
          type="search"
          value={text}
          aria-describedby={ids.searchHint}
          onChange={(event) => on.onText(event.target.value)}
        />
        <span id={ids.searchHint} className="help">
          {t('replies.searchHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor={ids.situation}>{t('replies.situation')}</label>
        <select id={ids.situation} value={situation} onChange={(event) => on.onSituation(event.target.value)}>
          <option value="">{t('replies.allSituations')}</option>
          {situations.map((id) => (
            <option key={id} value={id}>
              {situationLabel(id, uiLanguage)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.language}>{t('replies.language')}</label>
        <select
          id={ids.language}
          value={lang}
          onChange={(event) => on.onLang(Lang.parse(event.target.value))}
        >
          {Lang.options.map((option) => (
            <option key={option} value={option}>
              {t(`replies.languageName.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {lang === 'fr' && (
        <fieldset className="field">
          <legend>{t('replies.register')}</legend>
          {Register.options.map((option) => (
            <label key={option} className="inline">
              <input
                type="radio"
                name="replies-register"
                value={option}
                checked={register === option}
                onChange={() => on.onRegister(option)}
              />{' '}
              {t(`replies.registers.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
