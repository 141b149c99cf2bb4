import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SNOOZE_CHOICES, type SnoozeChoice } from './OnboardingModel';

export type MarkRequest =
  { status: 'done' } | { status: 'skipped' } | { status: 'snoozed'; choice: SnoozeChoice };

interface OnboardingActionsProps {
  /** The step's name and who it is for, for the buttons' accessible names. */
  step: string;
  name: string;
  onMark: (request: MarkRequest) => Promise<void>;
}

/** Done, Skip and Snooze for one due item; recorded by the background with the admin's name. */
export function OnboardingActions({ step, name, onMark }: OnboardingActionsProps) {
  const { t } = useTranslation();
  const snoozeId = useId();
  const [choice, setChoice] = useState<SnoozeChoice>('day');
  const [busy, setBusy] = useState(false);
  const mark = async (request: MarkRequest) => {
    setBusy(true);
    try {
      await onMark(request);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="onboarding-actions" role="group" aria-label={`${step}: ${name}`}>
      <button
        type="button"
        className="primary"
        disabled={busy}
        aria-label={t('onboarding.doneFor', { step, name })}
        onClick={() => void mark({ status: 'done' })}
      >
        {t('onboarding.done')}
      </button>
      <button
        type="button"
        disabled={busy}
        aria-label={t('onboarding.skipFor', { step, name })}
        onClick={() => void mark({ status: 'skipped' })}
      >
        {t('onboarding.skip')}
      </button>
      <span className="onboarding-snooze">
        <label htmlFor={snoozeId} className="visually-hidden">
          {t('onboarding.snoozeLength')}
        </label>
        <select
          id={snoozeId}
          value={choice}
          onChange={(event) =>
            setChoice(SNOOZE_CHOICES.find((option) => option === event.target.value) ?? 'day')
          }
        >
          {SNOOZE_CHOICES.map((option) => (
            <option key={option} value={option}>
              {t(`onboarding.snoozeChoice.${option}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={busy}
          aria-label={t('onboarding.snoozeFor', { step, name })}
          onClick={() => void mark({ status: 'snoozed', choice })}
        >
          {t('onboarding.snooze')}
        </button>
      </span>
    </div>
  );
}
