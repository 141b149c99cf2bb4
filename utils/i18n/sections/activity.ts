/** Strings of "who went quiet": the coverage behind each answer, each member's rhythm, the drifting view, settings. */
import type { SameShape, SectionStrings } from './types';

const en = {
  activity: {
    coverage:
      'Tend read this group’s feed on {{read}} of the last {{days}} days, about {{percent}}% of its posts.',
    coverageNone: 'Tend has not read this group’s feed in the last {{days}} days.',
    feedNeverRead: 'Tend has not read this group’s feed yet, so it cannot say who went quiet.',
    notReady_one:
      'Tend has read about {{count}} day’s worth of this group’s feed; it calls someone quiet only after {{threshold}} watched days.',
    notReady_other:
      'Tend has read about {{count}} days’ worth of this group’s feed; it calls someone quiet only after {{threshold}} watched days.',
    unseenWatched:
      'Counted only on the days Tend read the feed: {{watched}} days’ worth of the group’s posts so far.',
    drifting_zero: 'No regular is drifting.',
    drifting_one: '{{formatted}} regular is drifting: silent far longer than their usual rhythm.',
    drifting_other: '{{formatted}} regulars are drifting: silent far longer than their usual rhythm.',
    driftingView: 'Drifting: silent far longer than usual',
    driftingHelp:
      'Regulars whose silence, on the days Tend watched, is already {{factor}} times their usual gap, before the {{threshold}}-day threshold. Most unusual first.',
    silentFor_one: 'silent for {{count}} watched day',
    silentFor_other: 'silent for {{count}} watched days',
    usualGap_one: 'usually every day or so',
    usualGap_other: 'usually every {{count}} days or so',
    lastActive: 'last post or comment {{when}}',
    timesUsual_one: 'about their usual gap',
    timesUsual_other: 'about {{count}} times their usual gap',
    expectedSightings_one: 'at their usual pace Tend would have seen them about once in this silence',
    expectedSightings_other:
      'at their usual pace Tend would have seen them about {{count}} times in this silence',
    neverSeenActive: 'no post or comment seen since joining',
    notEnoughSeenCount_zero: 'Nobody else is silent that long.',
    notEnoughSeenCount_one:
      '{{formatted}} more is silent that long but seen too few times to judge: not enough seen yet.',
    notEnoughSeenCount_other:
      '{{formatted}} more are silent that long but seen too few times to judge: not enough seen yet.',
    settingsTitle: 'Each member’s rhythm',
    newMemberDays: 'Call a member new for (days after joining)',
    newMemberDaysHelp: 'Members who joined this recently are new, whatever else Tend saw.',
    driftFactor: 'Call a regular drifting after (times their usual gap)',
    driftFactorHelp: 'Counted in days Tend watched the feed, before the fixed threshold is reached.',
    quietFactor: 'Call a member quiet only after (times their usual gap)',
    quietFactorHelp:
      'Besides the fixed threshold: someone who posts every other month is not quiet after 30 days.',
    minActivities: 'Posts and comments seen before speaking of a rhythm',
    minActivitiesHelp: 'Fewer than this, and a member is never called drifting.',
    minDriftDays: 'Never call anyone drifting before (watched days)',
    minSightings: 'Posts and comments seen before calling a member quiet',
    minSightingsHelp:
      'Fewer than this, and a long silence is “not enough seen yet”: one or two posts say too little of a rhythm.',
    notEnoughSeen:
      'Silent for a long time, but Tend has seen them post or comment too few times to say they went quiet: not enough seen yet.',
  },
};

const fr = {
  activity: {
    coverage:
      'Tend a lu le fil de ce groupe {{read}} jours sur les {{days}} derniers, environ {{percent}} % de ses publications.',
    coverageNone: 'Tend n’a pas lu le fil de ce groupe ces {{days}} derniers jours.',
    feedNeverRead:
      'Tend n’a pas encore lu le fil de ce groupe : il ne peut pas dire qui est devenu silencieux.',
    notReady_one:
      'Tend a lu environ {{count}} jour de publications de ce groupe ; il ne dit quelqu’un silencieux qu’après {{threshold}} jours observés.',
    notReady_other:
      'Tend a lu environ {{count}} jours de publications de ce groupe ; il ne dit quelqu’un silencieux qu’après {{threshold}} jours observés.',
    unseenWatched:
      'Compté seulement sur les jours où Tend a lu le fil : l’équivalent de {{watched}} jours de publications du groupe jusqu’ici.',
    drifting_zero: 'Aucun habitué ne s’éloigne.',
    drifting_one: '{{formatted}} habitué s’éloigne : silencieux bien plus longtemps que d’habitude.',
    drifting_other: '{{formatted}} habitués s’éloignent : silencieux bien plus longtemps que d’habitude.',
    driftingView: 'S’éloignent : silencieux bien plus longtemps que d’habitude',
    driftingHelp:
      'Les habitués dont le silence, sur les jours observés par Tend, dépasse déjà {{factor}} fois leur intervalle habituel, avant le seuil de {{threshold}} jours. Les plus inhabituels d’abord.',
    silentFor_one: 'silencieux depuis {{count}} jour observé',
    silentFor_other: 'silencieux depuis {{count}} jours observés',
    usualGap_one: 'd’habitude à peu près chaque jour',
    usualGap_other: 'd’habitude à peu près tous les {{count}} jours',
    lastActive: 'dernière publication ou commentaire {{when}}',
    timesUsual_one: 'à peu près son intervalle habituel',
    timesUsual_other: 'environ {{count}} fois son intervalle habituel',
    expectedSightings_one: 'à son rythme habituel, Tend l’aurait vu environ une fois pendant ce silence',
    expectedSightings_other:
      'à son rythme habituel, Tend l’aurait vu environ {{count}} fois pendant ce silence',
    neverSeenActive: 'aucune publication ni aucun commentaire vu depuis son arrivée',
    notEnoughSeenCount_zero: 'Personne d’autre n’est silencieux depuis si longtemps.',
    notEnoughSeenCount_one:
      '{{formatted}} autre est silencieux depuis aussi longtemps mais a été vu trop peu de fois pour en juger : pas encore assez vu.',
    notEnoughSeenCount_other:
      '{{formatted}} autres sont silencieux depuis aussi longtemps mais ont été vus trop peu de fois pour en juger : pas encore assez vu.',
    settingsTitle: 'Le rythme de chaque membre',
    newMemberDays: 'Considérer un membre nouveau pendant (jours après son arrivée)',
    newMemberDaysHelp: 'Les membres arrivés depuis si peu sont nouveaux, quoi que Tend ait vu d’autre.',
    driftFactor: 'Dire qu’un habitué s’éloigne après (fois son intervalle habituel)',
    driftFactorHelp: 'Compté en jours où Tend a lu le fil, avant que le seuil fixe soit atteint.',
    quietFactor: 'Ne dire un membre silencieux qu’après (fois son intervalle habituel)',
    quietFactorHelp:
      'En plus du seuil fixe : quelqu’un qui publie tous les deux mois n’est pas silencieux au bout de 30 jours.',
    minActivities: 'Publications et commentaires vus avant de parler d’un rythme',
    minActivitiesHelp: 'En dessous, un membre n’est jamais dit en train de s’éloigner.',
    minDriftDays: 'Ne jamais dire que quelqu’un s’éloigne avant (jours observés)',
    minSightings: 'Publications et commentaires vus avant de dire un membre silencieux',
    minSightingsHelp:
      'En dessous, un long silence est « pas encore assez vu » : une ou deux publications disent trop peu d’un rythme.',
    notEnoughSeen:
      'Silencieux depuis longtemps, mais Tend l’a vu publier ou commenter trop peu de fois pour dire qu’il est devenu silencieux : pas encore assez vu.',
  },
} satisfies SameShape<typeof en>;

export const activityStrings: SectionStrings = { en, fr };
