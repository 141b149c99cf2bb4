import type { UiStrings } from './en';

/** Interface en français. Mêmes clés que `en.ts`. */
export const fr: UiStrings = {
  app: {
    name: 'Tend',
    tagline: 'Prenez soin de votre groupe, en toute discrétion.',
    sections: 'Rubriques',
    language: 'Langue',
  },
  language: { auto: 'Langue du navigateur', en: 'English', fr: 'Français' },
  group: {
    switch: 'Afficher le groupe',
    current: 'Groupe {{groupId}}',
    none: 'Aucun groupe pour l’instant',
    noneHint:
      'Ouvrez l’un de vos groupes Facebook dans un onglet. Tend lit les pages que vous consultez et liste ici les membres qu’il y voit.',
    watchingSince: 'Suivi depuis le {{date}}',
    membersSeen_one: '{{count}} membre vu',
    membersSeen_other: '{{count}} membres vus',
    lastPage: 'Dernière page lue : {{kind}}, {{read}} éléments sur {{expected}}, {{when}}',
    unreadable:
      'Tend n’a pas pu lire cette page ({{kind}}). Facebook a peut-être changé sa mise en page ; rien n’en a été enregistré.',
  },
  pageKind: {
    'group-feed': 'fil du groupe',
    'group-post': 'publication',
    'group-members': 'liste des membres',
    'group-member': 'page d’un membre',
    'member-requests': 'demandes d’adhésion',
    other: 'autre page',
  },
  members: {
    show: 'Afficher',
    views: {
      all_lastSeen: 'Tous les membres, vus récemment d’abord',
      all_lastActive: 'Tous les membres, actifs récemment d’abord',
      all_name: 'Tous les membres, par nom',
      'unseen_went-quiet': 'Devenus silencieux après avoir participé',
      'unseen_never-active': 'Jamais vus actifs depuis leur arrivée',
      tier_lurker: 'Niveau : lecteurs silencieux',
      tier_occasional: 'Niveau : occasionnels',
      tier_regular: 'Niveau : réguliers',
      tier_core: 'Niveau : noyau',
    },
    search: 'Rechercher par nom',
    searchNotes: 'Rechercher plutôt dans les notes',
    unseenHelp_one:
      'Membres dont Tend n’a vu ni publication ni commentaire depuis {{count}} jour. Seul ce que votre navigation a montré à Tend compte ; cette liste n’est que pour vous.',
    unseenHelp_other:
      'Membres dont Tend n’a vu ni publication ni commentaire depuis {{count}} jours. Seul ce que votre navigation a montré à Tend compte ; cette liste n’est que pour vous.',
    notWatchedLongEnough_one:
      'Tend suit ce groupe depuis {{count}} jour. Il ne dira de personne qu’il est silencieux avant {{threshold}} jours de suivi.',
    notWatchedLongEnough_other:
      'Tend suit ce groupe depuis {{count}} jours. Il ne dira de personne qu’il est silencieux avant {{threshold}} jours de suivi.',
    noMatch: 'Aucun membre ne correspond.',
    noneInView: 'Personne ici pour l’instant.',
    shown_one: '{{count}} membre',
    shown_other: '{{count}} membres',
    shownMore: '{{count}} membres affichés, d’autres en faisant défiler',
    quietFor_one: 'silencieux depuis {{count}} jour',
    quietFor_other: 'silencieux depuis {{count}} jours',
    joined: 'arrivé·e le {{date}}',
    joinedAbout: 'arrivé·e {{when}} (environ)',
    firstSeen: 'Vu pour la première fois',
    lastSeenLabel: 'Vu pour la dernière fois',
    lastActive: 'Dernière publication ou dernier commentaire',
    neverActive: 'jamais vu',
    activity: 'Activité vue',
    joinLine: 'Ligne d’arrivée',
    section: 'Listé sous',
    invitedBy: 'Invité·e ou ajouté·e par',
    previousNames: 'Noms précédents',
    openProfile: 'Ouvrir sa page dans le groupe',
    openLastActivity: 'Ouvrir sa dernière publication ou son dernier commentaire',
    title: 'Membres',
    empty:
      'Aucun membre vu pour l’instant dans ce groupe. Ouvrez la page Membres du groupe pour que Tend voie qui en fait partie.',
    lastSeen: 'vu {{when}}',
    seenAs: {
      post: 'publication',
      comment: 'commentaire',
      member: 'liste des membres',
      request: 'demande d’adhésion',
    },
    posts_one: '{{count}} publication',
    posts_other: '{{count}} publications',
    comments_one: '{{count}} commentaire',
    comments_other: '{{count}} commentaires',
    page: 'Page',
    listLabel: 'Membres de ce groupe, vus le plus récemment en premier',
  },
  notes: {
    title: 'Notes',
    latest: 'Dernière note',
    more_one: '+{{count}} autre note',
    more_other: '+{{count}} autres notes',
    none: 'Aucune note pour l’instant. Les notes restent sur cet ordinateur, pour vous et les co-admins à qui vous confiez un export.',
    add: 'Ajouter une note',
    save: 'Enregistrer la note',
    added: 'Note enregistrée.',
    deleted: 'Note supprimée.',
    delete: 'Supprimer',
  },
  forget: {
    title: 'Oublier ce membre',
    button: 'Oublier ce membre…',
    explain:
      'Tend supprimera tout ce qu’il conserve sur {{name}} dans ce groupe : observations, notes et suivi d’accueil.',
    neverAgain:
      'Et ne plus jamais l’enregistrer (Tend ne garde qu’une empreinte illisible de son identifiant)',
    confirm: 'Oublier',
    done: 'Oublié·e.',
  },
  common: {
    error: 'Un problème est survenu : {{message}}',
    back: 'Retour',
    cancel: 'Annuler',
    loading: 'Chargement…',
  },
  settings: {
    title: 'Réglages',
    languageHelp: 'La langue du panneau, de la fenêtre et des conseils de Tend.',
    saved: 'Enregistré',
    error: 'Enregistrement impossible : {{message}}',
  },
  privacy: {
    title: 'Confidentialité',
    reads:
      'Tend lit les pages de groupes Facebook que vous ouvrez vous-même : la liste des membres, les publications et les commentaires. Il ne clique, ne publie et n’envoie jamais rien sur Facebook.',
    stores:
      'Il enregistre qui il a vu, où et quand, uniquement dans ce navigateur (la base de données de l’extension). Rien n’est envoyé nulle part : Tend ne fait aucune requête réseau.',
    control:
      'Vous pouvez à tout moment exporter tout ce que Tend conserve, oublier un membre ou effacer un groupe entier.',
  },
  popup: {
    openPanel: 'Ouvrir le panneau de Tend',
    summary_one: '{{count}} membre vu dans le groupe {{groupId}}',
    summary_other: '{{count}} membres vus dans le groupe {{groupId}}',
  },
};
