import { useTranslation } from 'react-i18next';
import { addStep, removeStep, type Cadence } from '@/utils/onboarding/cadence';
import { newCadenceStep } from './OnboardingModel';
import { OnboardingStepRow } from './OnboardingStepRow';

interface CadenceFieldsProps {
  cadence: Cadence;
  onChange: (cadence: Cadence) => void;
}

/** The cadence's steps, one row each, and the button that adds one (up to twenty). */
export function OnboardingCadenceFields({ cadence, onChange }: CadenceFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('onboarding.settings.steps')}</legend>
      {cadence.steps.map((step) => (
        <OnboardingStepRow
          key={step.id}
          step={step}
          onChange={(change) =>
            onChange({ steps: cadence.steps.map((each) => (each.id === step.id ? change(each) : each)) })
          }
          onRemove={() => onChange(removeStep(cadence, step.id))}
        />
      ))}
      <button
        type="button"
        onClick={() =>
          onChange(
            addStep(
              cadence,
              newCadenceStep(cadence, {
                en: t('onboarding.settings.newStep'),
                fr: t('onboarding.settings.newStepFr'),
              }),
            ),
          )
        }
        disabled={cadence.steps.length >= 20}
      >
        {t('onboarding.settings.add')}
      </button>
    </fieldset>
  );
}
