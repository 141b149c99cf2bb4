import { useTranslation } from 'react-i18next';

export function PrivacySection() {
  const { t } = useTranslation();
  return (
    <div className="prose">
      <p>{t('privacy.reads')}</p>
      <p>{t('privacy.stores')}</p>
      <p>{t('privacy.control')}</p>
    </div>
  );
}
