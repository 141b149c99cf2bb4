import { useTranslation } from 'react-i18next';
import type { Hint, ToneLang } from '@/utils/tone';
import type { PlaceholderValues } from '@/utils/templates/render';
import { situationLabel } from '@/utils/templates/schema';
import type { UiLanguage } from '@/utils/i18n';
import { ToneCopyButton } from './ToneCopyButton';
import { severityIcon, suggestionView } from './ToneModel';
import './tone.css';

interface ToneHintListProps {
  hints: readonly Hint[];
  /** Language of the checked text: suggestions are written in it. */
  textLang: ToneLang;
  checkedText: string;
  uiLanguage: UiLanguage;
  /** Fill the gentle replies' placeholders (e.g. the admin's name); missing ones use the reply's fallbacks. */
  replyValues: PlaceholderValues;
  label: string;
  onShowInText: (hint: Hint) => void;
}

/** The hints, numbered as the marks in the text: severity (icon and word), category, passage, why, and a suggestion. */
export function ToneHintList({
  hints,
  textLang,
  checkedText,
  uiLanguage,
  replyValues,
  label,
  onShowInText,
}: ToneHintListProps) {
  const { t } = useTranslation();
  return (
    <ol className="tone-hints" aria-label={label}>
      {hints.map((hint, index) => {
        const number = index + 1;
        const suggestion =
          hint.suggestion && suggestionView(hint.suggestion, textLang, checkedText, replyValues);
        return (
          <li
            key={`${hint.category}-${hint.start}-${hint.end}`}
            className={`tone-hint tone-${hint.severity}`}
          >
            <p className="tone-hint-head">
              <span className={`tone-severity tone-${hint.severity}`}>
                <span aria-hidden="true">{severityIcon[hint.severity]}</span>{' '}
                {t(`tone.severity.${hint.severity}`)}
              </span>{' '}
              <strong className="tone-category">{t(`tone.category.${hint.category}`)}</strong>{' '}
              <q className="tone-excerpt" lang={textLang}>
                {hint.excerpt}
              </q>
            </p>
            <p className="tone-message">{hint.message}</p>
            {suggestion && (suggestion.kind === 'rephrase' || suggestion.text !== undefined) && (
              <div className="tone-suggestion">
                <p className="tone-suggestion-label">
                  {suggestion.kind === 'rephrase'
                    ? t('tone.rephrase')
                    : t('tone.gentleReply', { situation: situationLabel(suggestion.situation, uiLanguage) })}
                </p>
                <blockquote lang={textLang}>{suggestion.text}</blockquote>
                <ToneCopyButton text={suggestion.text ?? ''} label={t('tone.copyLabel', { number })} />
              </div>
            )}
            <button
              type="button"
              className="tone-button tone-show"
              onClick={() => onShowInText(hint)}
              onKeyDown={(event) => {
                // Enter clicks on keydown; its keypress would then land in the message box, now focused, and
                // replace the selected passage with a line break. Handle it here and stop the key instead.
                if (event.key !== 'Enter') return;
                event.preventDefault();
                onShowInText(hint);
              }}
            >
              {t('tone.showInText')}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
