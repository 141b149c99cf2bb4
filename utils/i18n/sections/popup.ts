/** Strings of the toolbar popup: a summary of the group the panel follows, and the way to the panel. */
import type { SameShape, SectionStrings } from './types';

const en = {
  popup: {
    openPanel: 'Open Tend’s panel',
    openFailed: 'The panel could not be opened: {{message}}',
    unseenTitle: 'Unseen members',
    unseen:
      '{{quiet}} went quiet, {{never}} never seen active (no post or comment seen for {{count}} days or more)',
    watchingFor_one: 'Watching for {{count}} day: Tend counts unseen members after {{threshold}} days.',
    watchingFor_other: 'Watching for {{count}} days: Tend counts unseen members after {{threshold}} days.',
    onboardingTitle: 'Onboarding',
    due_zero: 'nothing due now',
    due_one: '{{formatted}} due now',
    due_other: '{{formatted}} due now',
    overdue: '{{formatted}} overdue',
    laterThisWeek_zero: 'nothing more this week',
    laterThisWeek_one: '{{formatted}} more this week',
    laterThisWeek_other: '{{formatted}} more this week',
  },
};

const fr = {
  popup: {
    openPanel: 'Ouvrir le panneau de Tend',
    openFailed: 'Le panneau n’a pas pu s’ouvrir : {{message}}',
    unseenTitle: 'Membres silencieux',
    unseen:
      '{{quiet}} devenus silencieux, {{never}} jamais vus actifs (aucune publication ni commentaire vu depuis {{count}} jours ou plus)',
    watchingFor_one:
      'Observé depuis {{count}} jour : Tend compte les membres silencieux après {{threshold}} jours.',
    watchingFor_other:
      'Observé depuis {{count}} jours : Tend compte les membres silencieux après {{threshold}} jours.',
    onboardingTitle: 'Accueil',
    due_zero: 'rien à faire maintenant',
    due_one: '{{formatted}} à faire maintenant',
    due_other: '{{formatted}} à faire maintenant',
    overdue: '{{formatted}} en retard',
    laterThisWeek_zero: 'rien d’autre cette semaine',
    laterThisWeek_one: '{{formatted}} de plus cette semaine',
    laterThisWeek_other: '{{formatted}} de plus cette semaine',
  },
} satisfies SameShape<typeof en>;

export const popupStrings: SectionStrings = { en, fr };
