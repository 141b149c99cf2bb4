import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '@/storage/live';
import { OnboardingSettings as OnboardingSettingsSchema } from '@/storage/settings';
import type { OnboardingSettings as OnboardingSettingsValue } from '@/storage/settings';
import { send } from '@/storage/messaging';
import { Cadence } from '@/utils/onboarding/cadence';
import { OnboardingCadenceFields } from './OnboardingCadenceFields';
import { MaxTagsField, PointersField, RegisterField } from './OnboardingMessageFields';
import { TimeZoneField, WeekStartField } from './OnboardingWeekFields';
import './onboarding.css';

/**
 * The onboarding settings: the cadence (steps added, removed, renamed, re-timed, switched off), how weeks are cut,
 * the tag limit, the weekly pointers and the French register. Self-contained (reads the settings, saves through the
 * background), so the Settings section only places it.
 */
export function OnboardingSettings() {
  const settings = useSettings();
  if (!settings) return null;
  // A change saved elsewhere (another panel, an import) starts the form afresh from the stored value.
  return <OnboardingSettingsForm key={JSON.stringify(settings.onboarding)} initial={settings.onboarding} />;
}

/** The form: a draft of the settings, checked whole and saved only when valid. */
function OnboardingSettingsForm({ initial }: { initial: OnboardingSettingsValue }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const change = (patch: Partial<OnboardingSettingsValue>) => setDraft({ ...draft, ...patch });
  const timeZoneValid = OnboardingSettingsSchema.shape.timeZone.safeParse(draft.timeZone).success;

  const save = async () => {
    const parsed = OnboardingSettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setStatus({
        ok: false,
        text: t('onboarding.settings.invalid', { message: parsed.error.issues[0]?.message ?? '' }),
      });
      return;
    }
    try {
      await send({ type: 'updateSettings', patch: { onboarding: parsed.data } });
      setStatus({ ok: true, text: t('onboarding.settings.saved') });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ ok: false, text: t('onboarding.settings.error', { message }) });
    }
  };

  return (
    <form
      className="onboarding-settings"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={headingId}>{t('onboarding.settings.title')}</h2>
      <p className="help">{t('onboarding.settings.intro')}</p>
      <OnboardingCadenceFields cadence={draft.cadence} onChange={(cadence) => change({ cadence })} />
      <WeekStartField value={draft.weekStartsOn} onChange={(weekStartsOn) => change({ weekStartsOn })} />
      <TimeZoneField
        value={draft.timeZone}
        valid={timeZoneValid}
        onChange={(timeZone) => change({ timeZone })}
      />
      <MaxTagsField value={draft.maxTagsPerPost} onChange={(maxTagsPerPost) => change({ maxTagsPerPost })} />
      <PointersField value={draft.weeklyPointers} onChange={(weeklyPointers) => change({ weeklyPointers })} />
      <RegisterField value={draft.frenchRegister} onChange={(frenchRegister) => change({ frenchRegister })} />
      <button
        type="submit"
        className="primary"
        disabled={!timeZoneValid || !Cadence.safeParse(draft.cadence).success}
      >
        {t('onboarding.settings.save')}
      </button>
      <p role="status" className={status?.ok === false ? 'error' : 'saved'}>
        {status?.text}
      </p>
    </form>
  );
}
