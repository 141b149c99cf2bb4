import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Lang } from '@/utils/templates/schema';

/** The language the onboarding texts are prepared in (the panel's own by default). */
export function OnboardingLanguageField({
  value,
  onChange,
}: {
  value: Lang;
  onChange: (lang: Lang) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field onboarding-language">
      <label htmlFor={id}>{t('onboarding.textLanguage')}</label>
      <select id={id} value={value} onChange={(event) => onChange(Lang.parse(event.target.value))}>
        {Lang.options.map((option) => (
          <option key={option} value={option}>
            {t(`onboarding.languageName.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
