import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '@/storage/live';
import { UiLanguageSetting, type SettingsPatch } from '@/storage/settings';
import { send } from '@/utils/messaging';

export function SettingsSection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const languageId = useId();
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
      <div className="field">
        <label htmlFor={languageId}>{t('app.language')}</label>
        <select
          id={languageId}
          value={settings.language}
          onChange={(event) => void save({ language: UiLanguageSetting.parse(event.target.value) })}
        >
          {UiLanguageSetting.options.map((option) => (
            <option key={option} value={option}>
              {t(`language.${option}`)}
            </option>
          ))}
        </select>
        <p className="help">{t('settings.languageHelp')}</p>
      </div>
      <p role="status" className={status?.ok === false ? 'error' : 'saved'}>
        {status?.text}
      </p>
    </form>
  );
}
