import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OnboardingSettings } from '@/components/OnboardingSettings';
import { RhythmSettingsFields } from '@/components/RhythmSettingsFields';
import { GeneralSettings, MemberSettings, ReadingSettings, ToneSettings } from '@/components/SettingsGroups';
import { useSettings } from '@/storage/live';
import type { SettingsPatch } from '@/storage/settings';
import { send } from '@/storage/messaging';

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
      <GeneralSettings settings={settings} save={save} />
      <MemberSettings settings={settings} save={save} />
      <RhythmSettingsFields settings={settings} save={save} />
      <ReadingSettings settings={settings} save={save} />
      <ToneSettings settings={settings} save={save} />
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
