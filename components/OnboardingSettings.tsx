import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '@/storage/live';
import { OnboardingSettings as OnboardingSettingsSchema, WeekStartSetting } from '@/storage/settings';
import type { OnboardingSettings as OnboardingSettingsValue } from '@/storage/settings';
import { send } from '@/utils/messaging';
import { Cadence, StepKind, addStep, removeStep, type CadenceStep } from '@/utils/onboarding/cadence';
import { browserTimeZone } from '@/utils/onboarding/queue';
import { BUILT_IN_SITUATIONS, Register, situationLabel } from '@/utils/templates/schema';
import { useUiLanguage } from './LanguageProvider';
import { OFFSET_UNITS, newCadenceStep, offsetOf, simpleOffset, type OffsetUnit } from './OnboardingModel';
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

const WEEKDAY_SAMPLE = Date.UTC(2026, 0, 4); // a Sunday

function OnboardingSettingsForm({ initial }: { initial: OnboardingSettingsValue }) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const headingId = useId();
  const ids = {
    weekStart: useId(),
    timeZone: useId(),
    zones: useId(),
    maxTags: useId(),
    maxTagsHelp: useId(),
    pointers: useId(),
  };
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const weekdays = useMemo(() => {
    const format = new Intl.DateTimeFormat(uiLanguage === 'fr' ? 'fr-FR' : 'en-GB', {
      weekday: 'long',
      timeZone: 'UTC',
    });
    return Array.from({ length: 7 }, (_, day) => format.format(new Date(WEEKDAY_SAMPLE + day * 86_400_000)));
  }, [uiLanguage]);
  const zones = useMemo(
    () => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []),
    [],
  );
  const timeZoneValid = OnboardingSettingsSchema.shape.timeZone.safeParse(draft.timeZone).success;

  const setStep = (stepId: string, change: (step: CadenceStep) => CadenceStep) =>
    setDraft({
      ...draft,
      cadence: { steps: draft.cadence.steps.map((step) => (step.id === stepId ? change(step) : step)) },
    });

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
      setStatus({
        ok: false,
        text: t('onboarding.settings.error', {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
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
      <fieldset>
        <legend>{t('onboarding.settings.steps')}</legend>
        {draft.cadence.steps.map((step) => (
          <StepRow
            key={step.id}
            step={step}
            onChange={(change) => setStep(step.id, change)}
            onRemove={() => setDraft({ ...draft, cadence: removeStep(draft.cadence, step.id) })}
          />
        ))}
        <button
          type="button"
          onClick={() =>
            setDraft({
              ...draft,
              cadence: addStep(
                draft.cadence,
                newCadenceStep(draft.cadence, {
                  en: t('onboarding.settings.newStep'),
                  fr: t('onboarding.settings.newStepFr'),
                }),
              ),
            })
          }
          disabled={draft.cadence.steps.length >= 20}
        >
          {t('onboarding.settings.add')}
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.weekStart}>{t('onboarding.settings.weekStart')}</label>
        <select
          id={ids.weekStart}
          value={String(draft.weekStartsOn)}
          onChange={(event) =>
            setDraft({
              ...draft,
              weekStartsOn: WeekStartSetting.parse(
                event.target.value === 'auto' ? 'auto' : Number(event.target.value),
              ),
            })
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
      <div className="field">
        <label htmlFor={ids.timeZone}>{t('onboarding.settings.timeZone')}</label>
        <input
          id={ids.timeZone}
          list={ids.zones}
          value={draft.timeZone}
          aria-invalid={!timeZoneValid}
          onChange={(event) => setDraft({ ...draft, timeZone: event.target.value.trim() })}
        />
        <datalist id={ids.zones}>
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p className={timeZoneValid ? 'help' : 'error'}>
          {timeZoneValid
            ? t('onboarding.settings.timeZoneHelp', { zone: browserTimeZone() })
            : t('onboarding.settings.timeZoneInvalid')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.maxTags}>{t('onboarding.settings.maxTags')}</label>
        <input
          id={ids.maxTags}
          type="number"
          min={1}
          max={1000}
          step={1}
          value={draft.maxTagsPerPost}
          aria-describedby={ids.maxTagsHelp}
          onChange={(event) =>
            setDraft({ ...draft, maxTagsPerPost: Math.floor(Number(event.target.value)) || 1 })
          }
        />
        <p id={ids.maxTagsHelp} className="help">
          {t('onboarding.settings.maxTagsHelp')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.pointers}>{t('onboarding.settings.pointers')}</label>
        <textarea
          id={ids.pointers}
          rows={4}
          maxLength={5000}
          value={draft.weeklyPointers}
          onChange={(event) => setDraft({ ...draft, weeklyPointers: event.target.value })}
        />
        <p className="help">{t('onboarding.settings.pointersHelp')}</p>
      </div>
      <fieldset>
        <legend>{t('onboarding.settings.register')}</legend>
        {Register.options.map((option) => (
          <label key={option} className="inline">
            <input
              type="radio"
              name="onboarding-register"
              value={option}
              checked={draft.frenchRegister === option}
              onChange={() => setDraft({ ...draft, frenchRegister: option })}
            />{' '}
            {t(`onboarding.settings.registers.${option}`)}
          </label>
        ))}
      </fieldset>
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

function StepRow({
  step,
  onChange,
  onRemove,
}: {
  step: CadenceStep;
  onChange: (change: (step: CadenceStep) => CadenceStep) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const ids = {
    enabled: useId(),
    en: useId(),
    fr: useId(),
    kind: useId(),
    amount: useId(),
    unit: useId(),
    situation: useId(),
  };
  const timing = simpleOffset(step.offset);
  const situations: string[] = [...BUILT_IN_SITUATIONS];
  if (!situations.includes(step.templateSituation)) situations.push(step.templateSituation);
  const setTiming = (amount: number, unit: OffsetUnit) =>
    onChange((current) => ({ ...current, offset: offsetOf(amount, unit) }));
  return (
    <div className="onboarding-step-row" data-step-id={step.id}>
      <span>
        <input
          id={ids.enabled}
          type="checkbox"
          checked={step.enabled}
          onChange={(event) => onChange((current) => ({ ...current, enabled: event.target.checked }))}
        />{' '}
        <label htmlFor={ids.enabled} className="inline">
          {t('onboarding.settings.enabled')}
        </label>
      </span>
      {(['en', 'fr'] as const).map((lang) => (
        <span className="field" key={lang}>
          <label htmlFor={ids[lang]}>
            {t('onboarding.settings.stepLabel', { lang: t(`onboarding.settings.langName.${lang}`) })}
          </label>
          <input
            id={ids[lang]}
            value={step.label[lang]}
            maxLength={80}
            required
            onChange={(event) =>
              onChange((current) => ({ ...current, label: { ...current.label, [lang]: event.target.value } }))
            }
          />
        </span>
      ))}
      <span className="field">
        <label htmlFor={ids.kind}>{t('onboarding.settings.kind')}</label>
        <select
          id={ids.kind}
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
      <span className="field">
        <label htmlFor={ids.amount}>{t('onboarding.settings.amount')}</label>
        <input
          id={ids.amount}
          type="number"
          min={0}
          max={1000}
          value={timing.amount}
          onChange={(event) => setTiming(Number(event.target.value), timing.unit)}
        />
      </span>
      <span className="field">
        <label htmlFor={ids.unit}>{t('onboarding.settings.unit')}</label>
        <select
          id={ids.unit}
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
      <span className="field">
        <label htmlFor={ids.situation}>{t('onboarding.settings.situation')}</label>
        <select
          id={ids.situation}
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
