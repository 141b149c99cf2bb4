import { useTranslation } from 'react-i18next';
import {
  CsvSeparatorSetting,
  UiLanguageSetting,
  type Settings,
  type SettingsPatch,
} from '@/storage/settings';
import { Check, Field, NumberField, TierFields } from './SettingsFields';

/** One group of settings: the current values, and a save that the background validates before keeping. */
interface SettingsGroupProps {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<void>;
}

/** The panel's language and the admin's name. */
export function GeneralSettings({ settings, save }: SettingsGroupProps) {
  const { t } = useTranslation();
  return (
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
  );
}

/** When a member counts as quiet, the participation tiers, how long sightings are kept, the CSV separator. */
export function MemberSettings({ settings, save }: SettingsGroupProps) {
  const { t } = useTranslation();
  return (
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
  );
}

/** Whether member requests are read, and their screening answers (only when requests are). */
export function ReadingSettings({ settings, save }: SettingsGroupProps) {
  const { t } = useTranslation();
  return (
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
  );
}

/** The tone check on or off, in the panel and beside Facebook's composers. */
export function ToneSettings({ settings, save }: SettingsGroupProps) {
  const { t } = useTranslation();
  return (
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
  );
}
