import { useTranslation } from 'react-i18next';
import { formatRelative } from '@/utils/format';
import type { UiLanguage } from '@/utils/i18n';
import { membersListGap } from '@/utils/onboarding/schedule';
import { membersPageUrl } from './OnboardingModel';

interface OnboardingGapBannerProps {
  groupId: string;
  lastMembersReadAt: string | undefined;
  now: Date;
  language: UiLanguage;
}

/**
 * Honest about gaps: joiners are only known from the members list, so when it has not been read for more than a
 * week the queue says who may be missing, and offers to open the Members page (a new tab; Tend never acts there).
 */
export function OnboardingGapBanner({ groupId, lastMembersReadAt, now, language }: OnboardingGapBannerProps) {
  const { t } = useTranslation();
  const gap = membersListGap(lastMembersReadAt, now);
  if (!gap.stale) return null;
  return (
    <div className="banner warning onboarding-gap">
      <p>
        {gap.lastReadAt
          ? t('onboarding.gap.stale', { when: formatRelative(gap.lastReadAt, now, language) })
          : t('onboarding.gap.never')}
      </p>
      <p>
        <a href={membersPageUrl(groupId)} target="_blank" rel="noopener noreferrer">
          {t('onboarding.gap.open')}
        </a>{' '}
        <span className="help">{t('onboarding.gap.openHint')}</span>
      </p>
    </div>
  );
}
