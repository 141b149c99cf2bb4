import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalSettingsPatch } from '@/utils/signals/schema';
import { settingsForGroup, type SignalSettings } from '@/utils/signals/schema';
import { Field } from './SettingsFields';

const MAX_FOCUS = 300;

/**
 * The group's focus in a few words per language, for the off-topic balance: saved when a field is left, as the
 * group's own override (the group's other overrides kept). Either may stay empty: the posts then tell.
 */
export function SignalFocusFields(props: {
  groupId: string;
  settings: SignalSettings;
  save: (patch: SignalSettingsPatch) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const { groupId, settings } = props;
  const offTopic = settingsForGroup(settings, groupId)['off-topic-balance'];
  const saveFocus = (language: 'en' | 'fr', words: string) => {
    const focus = { ...offTopic.focus, [language]: words.trim().slice(0, MAX_FOCUS) };
    if (focus[language] === offTopic.focus[language]) return;
    const overrides = { ...(settings.groups[groupId] ?? {}), 'off-topic-balance': { ...offTopic, focus } };
    props.save({ groups: { ...settings.groups, [groupId]: overrides } }).then(
      () => setError(null),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };
  return (
    <fieldset className="signal-focus">
      <legend>{t('signals.focus')}</legend>
      <p className="help">{t('signals.focusHelp')}</p>
      {(['en', 'fr'] as const).map((language) => (
        <Field key={language} label={t(`signals.focusIn.${language}`)}>
          {(id) => (
            <input
              id={id}
              type="text"
              lang={language}
              maxLength={MAX_FOCUS}
              defaultValue={offTopic.focus[language]}
              onBlur={(event) => saveFocus(language, event.target.value)}
            />
          )}
        </Field>
      ))}
      {error && (
        <p role="alert" className="error">
          {t('signals.failed', { message: error })}
        </p>
      )}
    </fieldset>
  );
}
