import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WeekStartSetting } from '@/storage/settings';
import { browserTimeZone } from '@/storage/onboarding-queue';
import { useUiLanguage } from './LanguageProvider';

const WEEKDAY_SAMPLE = Date.UTC(2026, 0, 4); // a Sunday

/** The day weeks start on: the locale's own, or a weekday named in the panel's language. */
export function WeekStartField({
  value,
  onChange,
}: {
  value: WeekStartSetting;
  onChange: (value: WeekStartSetting) => void;
}) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const id = useId();
  const weekdays = useMemo(() => {
    const format = new Intl.DateTimeFormat(uiLanguage === 'fr' ? 'fr-FR' : 'en-GB', {
      weekday: 'long',
      timeZone: 'UTC',
    });
    return Array.from({ length: 7 }, (_, day) => format.format(new Date(WEEKDAY_SAMPLE + day * 86_400_000)));
  }, [uiLanguage]);
  return (
    <div className="field">
      <label htmlFor={id}>{t('onboarding.settings.weekStart')}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(event) =>
          onChange(
            WeekStartSetting.parse(event.target.value === 'auto' ? 'auto' : Number(event.target.value)),
          )
        }
      >
        <option value="auto">{t('onboarding.settings.weekStartAuto')}</option>
        {weekdays.map((name, day) => (
          <option key={day} value={String(day)}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The time zone weeks and due dates are counted in, with the browser's zones to pick from. */
export function TimeZoneField({
  value,
  valid,
  onChange,
}: {
  value: string;
  valid: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const zonesId = useId();
  const zones = useMemo(
    () => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []),
    [],
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('onboarding.settings.timeZone')}</label>
      <input
        id={id}
        list={zonesId}
        value={value}
        aria-invalid={!valid}
        onChange={(event) => onChange(event.target.value.trim())}
      />
      <datalist id={zonesId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <p className={valid ? 'help' : 'error'}>
        {valid
          ? t('onboarding.settings.timeZoneHelp', { zone: browserTimeZone() })
          : t('onboarding.settings.timeZoneInvalid')}
      </p>
    </div>
  );
}
