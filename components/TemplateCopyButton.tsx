import { useEffect, useRef, useState } from 'react';

interface TemplateCopyButtonProps {
  /** The text to copy; `undefined` means "not ready" and the button is disabled. */
  text: string | undefined;
  /** Visible text of the button. */
  children: string;
  /** Accessible name, saying what is copied. */
  label: string;
  copiedText: string;
  failedText: string;
  onCopied?: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';
/** How long the confirmation stays visible. */
const STATUS_MS = 4_000;

/** Copies prepared text to the clipboard and says so in a polite live region beside the button. */
export function TemplateCopyButton({
  text,
  children,
  label,
  copiedText,
  failedText,
  onCopied,
}: TemplateCopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const resetTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(resetTimer.current), []);

  const copy = async () => {
    if (text === undefined) return;
    window.clearTimeout(resetTimer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
      onCopied?.();
    } catch {
      setState('failed');
    }
    resetTimer.current = window.setTimeout(() => setState('idle'), STATUS_MS);
  };

  return (
    <span className="copy-control">
      <button
        type="button"
        className="primary"
        aria-label={label}
        disabled={text === undefined}
        onClick={() => void copy()}
      >
        {children}
      </button>
      <span role="status" className={state === 'failed' ? 'error' : 'copy-status'}>
        {state === 'copied' ? copiedText : state === 'failed' ? failedText : ''}
      </span>
    </span>
  );
}
