import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StepKind, type CadenceStep } from '@/utils/onboarding/cadence';
import { BUILT_IN_SITUATIONS, situationLabel } from '@/utils/templates/schema';
import { useUiLanguage } from './LanguageProvider';
import { OFFSET_UNITS, offsetOf, simpleOffset, type OffsetUnit } from './OnboardingModel';

/** A change to one step, applied to its latest value. */
export type StepChange = (change: (step: CadenceStep) => CadenceStep) => void;

interface StepRowProps {
  step: CadenceStep;
  onChange: StepChange;
  onRemove: () => void;
}

/** One step of the cadence: on or off, its names, its kind, when it falls due, its template, and Remove. */
export function OnboardingStepRow({ step, onChange, onRemove }: StepRowProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const enabledId = useId();
  return (
    <div className="onboarding-step-row" data-step-id={step.id}>
      <span>
        <input
          id={enabledId}
          type="checkbox"
          checked={step.enabled}
          onChange={(event) => onChange((current) => ({ ...current, enabled: event.target.checked }))}
        />{' '}
        <label htmlFor={enabledId} className="inline">
          {t('onboarding.settings.enabled')}
        </label>
      </span>
      <StepLabelField step={step} lang="en" onChange={onChange} />
      <StepLabelField step={step} lang="fr" onChange={onChange} />
      <StepKindField step={step} onChange={onChange} />
      <StepTimingFields step={step} onChange={onChange} />
      <StepSituationField step={step} onChange={onChange} />
      <button
        type="button"
        aria-label={t('onboarding.settings.removeStep', { label: step.label[uiLanguage] })}
        onClick={onRemove}
      >
        {t('onboarding.settings.remove')}
      </button>
    </div>
  );
}

interface StepFieldProps {
  step: CadenceStep;
  onChange: StepChange;
}

function StepLabelField({ step, lang, onChange }: StepFieldProps & { lang: 'en' | 'fr' }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="field">
      <label htmlFor={id}>
        {t('onboarding.settings.stepLabel', { lang: t(`onboarding.settings.langName.${lang}`) })}
      </label>
      <input
        id={id}
        value={step.label[lang]}
        maxLength={80}
        required
        onChange={(event) =>
          onChange((current) => ({ ...current, label: { ...current.label, [lang]: event.target.value } }))
        }
      />
    </span>
  );
}

function StepKindField({ step, onChange }: StepFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="field">
      <label htmlFor={id}>{t('onboarding.settings.kind')}</label>
      <select
        id={id}
        value={step.kind}
        onChange={(event) =>
          onChange((current) => ({ ...current, kind: StepKind.parse(event.target.value) }))
        }
      >
        {StepKind.options.map((kind) => (
          <option key={kind} value={kind}>
            {t(`onboarding.settings.kinds.${kind}`)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** When the step falls due, as an amount and a unit. */
function StepTimingFields({ step, onChange }: StepFieldProps) {
  const { t } = useTranslation();
  const amountId = useId();
  const unitId = useId();
  const timing = simpleOffset(step.offset);
  const setTiming = (amount: number, unit: OffsetUnit) =>
    onChange((current) => ({ ...current, offset: offsetOf(amount, unit) }));
  return (
    <>
      <span className="field">
        <label htmlFor={amountId}>{t('onboarding.settings.amount')}</label>
        <input
          id={amountId}
          type="number"
          min={0}
          max={1000}
          value={timing.amount}
          onChange={(event) => setTiming(Number(event.target.value), timing.unit)}
        />
      </span>
      <span className="field">
        <label htmlFor={unitId}>{t('onboarding.settings.unit')}</label>
        <select
          id={unitId}
          value={timing.unit}
          onChange={(event) =>
            setTiming(timing.amount, OFFSET_UNITS.find((unit) => unit === event.target.value) ?? 'days')
          }
        >
          {OFFSET_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`onboarding.settings.units.${unit}`)}
            </option>
          ))}
        </select>
        <span className="help">
          {step.kind === 'group-weekly'
            ? t('onboarding.settings.whenHelpWeekly')
            : t('onboarding.settings.whenHelp')}
        </span>
      </span>
    </>
  );
}

/** The situation whose template the step offers; a custom one already chosen stays in the list. */
function StepSituationField({ step, onChange }: StepFieldProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const id = useId();
  const situations: string[] = [...BUILT_IN_SITUATIONS];
  if (!situations.includes(step.templateSituation)) situations.push(step.templateSituation);
  return (
    <span className="field">
      <label htmlFor={id}>{t('onboarding.settings.situation')}</label>
      <select
        id={id}
        value={step.templateSituation}
        onChange={(event) => onChange((current) => ({ ...current, templateSituation: event.target.value }))}
      >
        {situations.map((situation) => (
          <option key={situation} value={situation}>
            {situationLabel(situation, uiLanguage)}
          </option>
        ))}
      </select>
    </span>
  );
}
