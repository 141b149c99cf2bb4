import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '@/storage/settings';
import { RhythmSettings } from '@/utils/activity/rhythm';
import { NumberField } from './SettingsFields';

type RhythmKey = keyof RhythmSettings;
/** The rhythm thresholds in the order shown, with their help when they have one. */
const FIELDS: { key: RhythmKey; help: boolean }[] = [
  { key: 'newMemberDays', help: true },
  { key: 'driftFactor', help: true },
  { key: 'quietFactor', help: true },
  { key: 'minActivities', help: true },
  { key: 'minDriftDays', help: false },
  { key: 'minSightings', help: true },
];

/** When a member is new, drifting or quiet for their own rhythm; bounds are the settings schema's. */
export function RhythmSettingsFields({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('activity.settingsTitle')}</legend>
      {FIELDS.map(({ key, help }) => {
        const bounds = RhythmSettings.shape[key];
        return (
          <NumberField
            key={key}
            label={t(`activity.${key}`)}
            {...(help ? { help: t(`activity.${key}Help`) } : {})}
            value={settings.activity[key]}
            min={bounds.minValue ?? 0}
            max={bounds.maxValue ?? 1_000}
            onSave={(value) => save({ activity: { [key]: value } })}
          />
        );
      })}
    </fieldset>
  );
}
