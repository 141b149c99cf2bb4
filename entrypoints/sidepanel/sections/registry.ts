/**
 * The panel is a list of sections, each in its own file and registered here, in the order shown.
 * A new section is one file and one line below; tests walk this list.
 */
import type { ComponentType } from 'react';
import type { SectionIconName } from '@/components/SectionIcons';
import { DataSection } from './data';
import { GlanceSection } from './glance';
import { MembersSection } from './members';
import { OnboardingSection } from './onboarding';
import { RepliesSection } from './replies';
import { PrivacySection } from './privacy';
import { SettingsSection } from './settings';
import { SignalsSection } from './signals';
import { ToneSection } from './tone';

export interface SectionProps {
  /** The group the panel follows, or null before any group was seen. */
  groupId: string | null;
}

export interface PanelSection {
  id: string;
  /** i18n key of the section's title. */
  titleKey: `${string}.title`;
  /** Its icon in the tab row (components/SectionIcons.tsx). */
  icon: SectionIconName;
  Component: ComponentType<SectionProps>;
}

export const sections: readonly PanelSection[] = [
  { id: 'glance', titleKey: 'glance.title', icon: 'glance', Component: GlanceSection },
  { id: 'members', titleKey: 'members.title', icon: 'members', Component: MembersSection },
  { id: 'onboarding', titleKey: 'onboarding.title', icon: 'onboarding', Component: OnboardingSection },
  { id: 'replies', titleKey: 'replies.title', icon: 'replies', Component: RepliesSection },
  { id: 'tone', titleKey: 'tone.title', icon: 'tone', Component: ToneSection },
  { id: 'signals', titleKey: 'signals.title', icon: 'signals', Component: SignalsSection },
  { id: 'data', titleKey: 'data.title', icon: 'data', Component: DataSection },
  { id: 'settings', titleKey: 'settings.title', icon: 'settings', Component: SettingsSection },
  { id: 'privacy', titleKey: 'privacy.title', icon: 'privacy', Component: PrivacySection },
];
