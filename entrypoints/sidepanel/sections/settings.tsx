import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OnboardingSettings } from '@/components/OnboardingSettings';
import { useSettings } from '@/storage/live';
import {
  CsvSeparatorSetting,
  UiLanguageSetting,
  type Settings,
  type SettingsPatch,
} from '@/storage/settings';
import { send } from '@/utils/messaging';

/** Everything the admin can tune, in one place. Each change is validated by the background before it is kept. */
export function SettingsSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (!settings) return null;

  const save = async (patch: SettingsPatch) => {
    try {
      await send({ type: 'updateSettings', patch });
      setStatus({ ok: true, text: t('settings.saved') });
    } catch (error) {
      setStatus({
        ok: false,
        text: t('settings.error', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  return (
    <form className="settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('settings.general')}</legend>
        <Field label={t('app.language')} help={t('settings.languageHelp')}>
          {(id) => (
            <select
              id={id}
              value={settings.language}
              onChange={(event) => void save({ language: UiLanguageSetting.parse(event.target.value) })}
            >
              {UiLanguageSetting.options.map((option) => (
                <option key={option} value={option}>
                  {t(`language.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('settings.adminName')} help={t('settings.adminNameHelp')}>
          {(id) => (
            <input
              id={id}
              type="text"
              defaultValue={settings.adminName}
              maxLength={200}
              onBlur={(event) => void save({ adminName: event.target.value })}
            />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('settings.members')}</legend>
        <NumberField
          label={t('settings.inactivityDays')}
          help={t('settings.inactivityDaysHelp')}
          value={settings.inactivityDays}
          min={1}
          max={3650}
          onSave={(inactivityDays) => save({ inactivityDays })}
        />
        <TierFields settings={settings} onSave={(tiers) => save({ tiers })} />
        <NumberField
          label={t('settings.retentionDays')}
          help={t('settings.retentionDaysHelp')}
          value={settings.retentionDays}
          min={7}
          max={36500}
          onSave={(retentionDays) => save({ retentionDays })}
        />
        <Field label={t('settings.csvSeparator')} help={t('settings.csvSeparatorHelp')}>
          {(id) => (
            <select
              id={id}
              value={settings.csvSeparator}
              onChange={(event) => void save({ csvSeparator: CsvSeparatorSetting.parse(event.target.value) })}
            >
              <option value="auto">{t('settings.csvAuto')}</option>
              <option value=",">{t('settings.csvComma')}</option>
              <option value=";">{t('settings.csvSemicolon')}</option>
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('settings.reading')}</legend>
        <Check
          label={t('settings.readRequests')}
          help={t('settings.readRequestsHelp')}
          checked={settings.memberRequests.read}
          onChange={(read) => save({ memberRequests: { read, ...(read ? {} : { readAnswers: false }) } })}
        />
        <Check
          label={t('settings.readAnswers')}
          help={t('settings.readAnswersHelp')}
          checked={settings.memberRequests.readAnswers}
          disabled={!settings.memberRequests.read}
          onChange={(readAnswers) => save({ memberRequests: { readAnswers } })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('settings.tone')}</legend>
        <Check
          label={t('settings.toneEnabled')}
          checked={settings.toneCheck.enabled}
          onChange={(enabled) => save({ toneCheck: { enabled } })}
        />
        <Check
          label={t('settings.toneOnFacebook')}
          help={t('settings.toneOnFacebookHelp')}
          checked={settings.toneCheck.onFacebook}
          disabled={!settings.toneCheck.enabled}
          onChange={(onFacebook) => save({ toneCheck: { onFacebook } })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('settings.onboarding')}</legend>
        <OnboardingSettings />
      </fieldset>

      <p role="status" className={status?.ok === false ? 'error' : 'saved'}>
        {status?.text}
      </p>
    </form>
  );
}

function Field({
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

function NumberField(props: {
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

function TierFields({
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

function Check(props: {
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
