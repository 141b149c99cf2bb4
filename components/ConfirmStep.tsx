import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmStepProps {
  /** Whether the confirmation shows (else the button that asks for it). */
  confirming: boolean;
  onConfirmingChange: (confirming: boolean) => void;
  askLabel: string;
  /** The confirmation's name for assistive technology: the action's title. */
  title: string;
  /** What goes and what stays, said before the admin confirms. */
  explain: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** While something runs, neither button starts the action again. */
  busy?: boolean;
  /** More choices shown with the explanation (e.g. "never record them again"). */
  children?: ReactNode;
}

/** An action that removes something: a button, then a confirmation saying what it does, then confirm or cancel. */
export function ConfirmStep({
  confirming,
  onConfirmingChange,
  askLabel,
  title,
  explain,
  confirmLabel,
  onConfirm,
  busy = false,
  children,
}: ConfirmStepProps) {
  const { t } = useTranslation();
  if (!confirming)
    return (
      <button type="button" disabled={busy} onClick={() => onConfirmingChange(true)}>
        {askLabel}
      </button>
    );
  return (
    <div className="confirm" role="group" aria-label={title}>
      <p>{explain}</p>
      {children}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={() => onConfirmingChange(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
