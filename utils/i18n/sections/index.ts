/**
 * Strings of the panel's feature sections, one file per section, each with the same keys in English and French
 * under the section's own top-level key (so sections never collide). Add a section's file here.
 */
import type { SectionStrings } from './types';
import { activityStrings } from './activity';
import { learnStrings } from './learn';
import { onboardingStrings } from './onboarding';
import { popupStrings } from './popup';
import { repliesStrings } from './replies';
import { signalsStrings } from './signals';
import { toneStrings } from './tone';

const bundles: SectionStrings[] = [
  toneStrings,
  onboardingStrings,
  repliesStrings,
  popupStrings,
  activityStrings,
  learnStrings,
  signalsStrings,
];

function merge(language: 'en' | 'fr'): Record<string, unknown> {
  return Object.assign({}, ...bundles.map((bundle) => bundle[language])) as Record<string, unknown>;
}

export const sectionStrings = { en: merge('en'), fr: merge('fr') };
