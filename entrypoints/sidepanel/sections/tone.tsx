import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneHighlighted } from '@/components/ToneHighlighted';
import { ToneHintList } from '@/components/ToneHintList';
import { ToneLanguageField, type ToneLanguageChoice } from '@/components/ToneLanguageField';
import { useUiLanguage } from '@/components/LanguageProvider';
import { useSettings } from '@/storage/live';
import { checkTone, type Hint } from '@/utils/tone';
import '@/components/tone.css';

/** The check is fast; this only spares work between keystrokes of a fast typist. */
const CHECK_DELAY_MS = 120;

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** "Tone check": the admin types or pastes a message and sees gentle hints, marked in the text. Nothing is sent. */
export function ToneSection() {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const settings = useSettings();
  const inputId = useId();
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<ToneLanguageChoice>('auto');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const checkedText = useDebounced(text, CHECK_DELAY_MS);
  const result = useMemo(
    () =>
      checkedText.trim() === ''
        ? undefined
        : checkTone(checkedText, { uiLang: uiLanguage, ...(choice === 'auto' ? {} : { lang: choice }) }),
    [checkedText, uiLanguage, choice],
  );
  const adminName = settings?.adminName ?? '';
  const replyValues = useMemo(() => (adminName ? { admin: adminName } : {}), [adminName]);

  if (!settings) return null;
  if (!settings.toneCheck.enabled) return <p className="empty">{t('tone.disabled')}</p>;

  const showInText = (hint: Hint) => {
    const input = textarea.current;
    if (!input) return;
    input.focus();
    // The admin may have typed on since this check; only select when the offsets still mean the same text.
    if (input.value === checkedText) input.setSelectionRange(hint.start, hint.end);
  };

  return (
    <div className="tone">
      <p className="help">{t('tone.intro')}</p>
      <p className="tone-advises-only">{t('tone.advisesOnly')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('tone.inputLabel')}</label>
        <textarea
          id={inputId}
          ref={textarea}
          className="tone-input"
          rows={6}
          value={text}
          spellCheck
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <ToneLanguageField choice={choice} checkedLang={result?.lang} onChoice={setChoice} />
      <p role="status" aria-live="polite" className="tone-count">
        {result ? t('tone.count', { count: result.hints.length }) : t('tone.empty')}
      </p>
      {result && result.hints.length > 0 && (
        <>
          <ToneHighlighted
            text={checkedText}
            hints={result.hints}
            label={t('tone.highlighted')}
            referenceTitle={(numbers) => t('tone.hintReference', { numbers: numbers.join(', ') })}
          />
          <ToneHintList
            hints={result.hints}
            textLang={result.lang}
            checkedText={checkedText}
            uiLanguage={uiLanguage}
            replyValues={replyValues}
            label={t('tone.hintList')}
            onShowInText={showInText}
          />
        </>
      )}
    </div>
  );
}
