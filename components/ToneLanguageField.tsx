import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toneLangSchema, type ToneLang } from '@/utils/tone';

export type ToneLanguageChoice = 'auto' | ToneLang;
const languageChoices: readonly ToneLanguageChoice[] = ['auto', ...toneLangSchema.options];

interface ToneLanguageFieldProps {
  choice: ToneLanguageChoice;
  /** The language the last check used (detected or chosen); `undefined` before any text. */
  checkedLang: ToneLang | undefined;
  onChoice: (choice: ToneLanguageChoice) => void;
}

/** The message's language for the tone check: detected, or chosen; says which one the check used. */
export function ToneLanguageField({ choice, checkedLang, onChoice }: ToneLanguageFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const languageName = checkedLang ? t(`tone.languageName.${checkedLang}`) : '';
  return (
    <div className="field tone-language">
      <label htmlFor={id}>{t('tone.languageLabel')}</label>
      <select
        id={id}
        value={choice}
        onChange={(event) =>
          onChoice(languageChoices.find((option) => option === event.target.value) ?? 'auto')
        }
      >
        {languageChoices.map((option) => (
          <option key={option} value={option}>
            {t(`tone.languageOption.${option}`)}
          </option>
        ))}
      </select>
      {checkedLang && (
        <span className="help tone-detected">
          {choice === 'auto'
            ? t('tone.detected', { language: languageName })
            : t('tone.chosen', { language: languageName })}
        </span>
      )}
    </div>
  );
}
