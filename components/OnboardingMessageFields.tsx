import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Register } from '@/utils/templates/schema';

/** How many members one weekly welcome may tag before it is split into several posts. */
export function MaxTagsField({ value, onChange }: { value: number; onChange: (value: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const helpId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('onboarding.settings.maxTags')}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={1000}
        step={1}
        value={value}
        aria-describedby={helpId}
        onChange={(event) => onChange(Math.floor(Number(event.target.value)) || 1)}
      />
      <p id={helpId} className="help">
        {t('onboarding.settings.maxTagsHelp')}
      </p>
    </div>
  );
}

/** The pointers the weekly welcome gives newcomers (rules, guides…). */
export function PointersField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('onboarding.settings.pointers')}</label>
      <textarea
        id={id}
        rows={4}
        maxLength={5000}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="help">{t('onboarding.settings.pointersHelp')}</p>
    </div>
  );
}

/** French "tu" or "vous" for the onboarding texts. */
export function RegisterField({ value, onChange }: { value: Register; onChange: (value: Register) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('onboarding.settings.register')}</legend>
      {Register.options.map((option) => (
        <label key={option} className="inline">
          <input
            type="radio"
            name="onboarding-register"
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />{' '}
          {t(`onboarding.settings.registers.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
