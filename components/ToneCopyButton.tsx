import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ToneCopyButtonProps {
  text: string;
  /** Accessible name, saying what is copied. */
  label: string;
}

type CopyState = 'idle' | 'copied' | 'failed';
/** How long "Copied" stays visible. */
const STATUS_MS = 2_500;

/** Copies a suggestion to the clipboard and says so in a polite live region. */
export function ToneCopyButton({ text, label }: ToneCopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  const resetTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(resetTimer.current), []);

  const copy = async () => {
    window.clearTimeout(resetTimer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    resetTimer.current = window.setTimeout(() => setState('idle'), STATUS_MS);
  };

  return (
    <span className="tone-copy">
      <button type="button" className="tone-button" aria-label={label} onClick={() => void copy()}>
        {t('tone.copy')}
      </button>
      <span role="status" className={state === 'failed' ? 'error' : 'tone-copied'}>
        {state === 'copied' ? t('tone.copied') : state === 'failed' ? t('tone.copyFailed') : ''}
      </span>
    </span>
  );
}
