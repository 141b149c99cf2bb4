/**
 * The panel is a list of sections, each in its own file and registered here, in the order shown.
 * A new section is one file and one line below; tests walk this list.
 */
import type { ComponentType } from 'react';
import { DataSection } from './data';
import { GlanceSection } from './glance';
import { MembersSection } from './members';
import { OnboardingSection } from './onboarding';
import { RepliesSection } from './replies';
import { PrivacySection } from './privacy';
import { SettingsSection } from './settings';
import { ToneSection } from './tone';

export interface SectionProps {
  /** The group the panel follows, or null before any group was seen. */
  groupId: string | null;
}

export interface PanelSection {
  id: string;
  /** i18n key of the section's title. */
  titleKey: `${string}.title`;
  Component: ComponentType<SectionProps>;
}

export const sections: readonly PanelSection[] = [
  { id: 'glance', titleKey: 'glance.title', Component: GlanceSection },
  { id: 'members', titleKey: 'members.title', Component: MembersSection },
  { id: 'onboarding', titleKey: 'onboarding.title', Component: OnboardingSection },
  { id: 'replies', titleKey: 'replies.title', Component: RepliesSection },
  { id: 'tone', titleKey: 'tone.title', Component: ToneSection },
  { id: 'data', titleKey: 'data.title', Component: DataSection },
  { id: 'settings', titleKey: 'settings.title', Component: SettingsSection },
  { id: 'privacy', titleKey: 'privacy.title', Component: PrivacySection },
];
