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
