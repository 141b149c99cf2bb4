import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@/storage/settings';

/** A labelled field: the label names the control `children` draws with the id given. */
export function Field({
  label,
  help,
  children,
}: {
  label: string;
  help?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {help && <p className="help">{help}</p>}
    </div>
  );
}

/** A whole number saved when the field is left, or an error saying the range when it is outside it. */
export function NumberField(props: {
  label: string;
  help?: string;
  value: number;
  min: number;
  max: number;
  onSave: (value: number) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  return (
    <Field label={props.label} help={props.help}>
      {(id) => (
        <>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={props.min}
            max={props.max}
            defaultValue={props.value}
            aria-invalid={error ? true : undefined}
            onBlur={(event) => {
              const value = Number(event.target.value);
              if (!Number.isInteger(value) || value < props.min || value > props.max) {
                setError(t('settings.outOfRange', { min: props.min, max: props.max }));
                return;
              }
              setError('');
              void props.onSave(value);
            }}
          />
          {error && <span className="error">{error}</span>}
        </>
      )}
    </Field>
  );
}

/** The participation tiers' thresholds, saved only when they are in order. */
export function TierFields({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave: (tiers: Settings['tiers']) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [tiers, setTiers] = useState(settings.tiers);
  const ordered = tiers.occasional < tiers.regular && tiers.regular < tiers.core && tiers.occasional >= 1;
  return (
    <div className="field" role="group" aria-labelledby="tiers-label">
      <span id="tiers-label" className="label">
        {t('settings.tiers')}
      </span>
      <p className="help">{t('settings.tiersHelp')}</p>
      {(['occasional', 'regular', 'core'] as const).map((tier) => (
        <label key={tier} className="inline-number">
          {t(`glance.tier.${tier}`)}{' '}
          <input
            type="number"
            min={1}
            max={10000}
            value={tiers[tier]}
            onChange={(event) => setTiers({ ...tiers, [tier]: Number(event.target.value) })}
            onBlur={() => {
              if (ordered) void onSave(tiers);
            }}
          />
        </label>
      ))}
      {!ordered && <span className="error">{t('settings.tiersOrder')}</span>}
    </div>
  );
}

/** A labelled checkbox, with its help. */
export function Check(props: {
  label: string;
  help?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => Promise<void>;
}) {
  const id = useId();
  return (
    <div className="field check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => void props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.help && <p className="help">{props.help}</p>}
    </div>
  );
}
