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
    sample: 'Données d’exemple : un groupe simulé, pas un vrai.',
    removeSample: 'Supprimer les données d’exemple',
    membersSeen_one: '{{count, number}} membre vu',
    membersSeen_other: '{{count, number}} membres vus',
    waiting_one: '{{count}} élément lu sur cette page attend d’être enregistré ; Tend réessaie.',
    waiting_other: '{{count}} éléments lus sur cette page attendent d’être enregistrés ; Tend réessaie.',
    lastPage: 'Dernière page lue : {{kind}}, {{read}} éléments sur {{expected}}, {{when}}',
  },
  pageHealth: {
    'could-not-read':
      'Tend n’a pas pu lire cette page ({{kind}}). Facebook a peut-être changé sa mise en page ; rien n’en a été enregistré.',
    'not-logged-in':
      'Tend n’a pas pu lire cette page ({{kind}}) : Facebook l’a affichée comme à une personne non connectée. Connectez-vous à Facebook dans ce navigateur et rouvrez le groupe ; rien n’en a été enregistré.',
    unsupported:
      'Tend ne sait pas lire cette version de Facebook ({{kind}}). Il lit le site pour ordinateur, www.facebook.com, pas le site mobile basique ou « lite » : ouvrez-y le groupe ; rien n’a été enregistré de cette page.',
    copyHint:
      'Pour aider à corriger cela, vous pouvez enregistrer une copie anonymisée de la page et la joindre à un signalement : les noms, identifiants et textes sont remplacés dans ce navigateur, et rien n’est envoyé nulle part.',
    save: 'Enregistrer une copie anonymisée de cette page',
    saving: 'Préparation de la copie anonymisée…',
    saved:
      'Enregistrée dans votre dossier Téléchargements (ou là où votre navigateur enregistre les fichiers) sous le nom {{fileName}}.',
    failed: 'La copie n’a pas pu être faite : {{detail}}',
    noTab:
      'L’onglet Facebook de cette page est fermé ou affiche autre chose : rouvrez la page, puis enregistrez la copie.',
  },
  firstRun: {
    title: 'Bienvenue dans Tend',
    intro:
      'Tend vous aide à prendre soin des membres de votre groupe : qui vient d’arriver, qui s’est fait silencieux, et quoi leur dire.',
    reads:
      'Il lit les pages de groupes Facebook que vous ouvrez vous-même — rien d’autre, et il ne clique ni ne publie jamais à votre place.',
    local:
      'Tout ce qu’il apprend reste sur cet ordinateur, dans ce navigateur. Pas de serveur, pas de compte.',
    control:
      'Vous pouvez tout exporter, oublier un membre ou effacer un groupe à tout moment (voir « Confidentialité »).',
    next: 'Pour commencer :',
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
      unseen_drifting: 'En retrait : silencieux bien plus longtemps que d’habitude',
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
    shown_one: '{{count, number}} membre',
    shown_other: '{{count, number}} membres',
    shownMore: '{{count, number}} membres affichés, d’autres en faisant défiler',
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
    askedToJoin: 'Demande d’adhésion',
    askedToJoinAround: 'vers le {{date}}',
    wasInvited: 'Invité·e, pas encore membre quand Tend l’a vu·e',
    screeningAnswers: 'Réponses aux questions du groupe',
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
  glance: {
    title: 'En un coup d’œil',
    coverageTitle: 'Ce que Tend a vu',
    watching_one: 'Suivi de ce groupe depuis {{count}} jour, depuis le {{date}}.',
    watching_other: 'Suivi de ce groupe depuis {{count}} jours, depuis le {{date}}.',
    notWatched: 'Tend n’a encore lu aucune page de ce groupe.',
    membersListRead: 'Liste des membres lue pour la dernière fois {{when}}.',
    membersListNever: 'La liste des membres n’a pas encore été lue : ouvrez la page Membres du groupe.',
    feedReadSince: 'Publications et commentaires vus depuis le {{date}}.',
    feedNever: 'Aucune publication de ce groupe n’a encore été lue.',
    membersSeen_one:
      '{{formatted}} membre vu jusqu’ici (seulement ceux que votre navigation a montrés à Tend).',
    membersSeen_other:
      '{{formatted}} membres vus jusqu’ici (seulement ceux que votre navigation a montrés à Tend).',
    unseenTitle: 'Membres silencieux',
    unseen_one:
      '{{quiet}} sont devenus silencieux et {{never}} n’ont jamais été vus actifs, sur le dernier jour.',
    unseen_other:
      '{{quiet}} sont devenus silencieux et {{never}} n’ont jamais été vus actifs, sur les {{count}} derniers jours.',
    unseenNotYet:
      'Tend suit le groupe depuis {{count}} jours ; il comptera les membres silencieux après {{threshold}} jours.',
    activeTitle: 'Membres actifs par semaine',
    activeSummary:
      'Sur les {{weeks}} dernières semaines : {{last}} membres actifs cette semaine ; {{total}} semaines-membres d’activité en tout.',
    activeMembers: 'Membres actifs',
    joinersTitle: 'Arrivées par semaine',
    joinersSummary:
      '{{total}} membres sont arrivés sur les {{weeks}} dernières semaines, d’après ce que Tend a vu.',
    joiners: 'Arrivées',
    weekOf: 'Semaine du',
    showTable: 'Afficher en tableau',
    tiersTitle: 'Participation',
    tier: { lurker: 'Lecteurs silencieux', occasional: 'Occasionnels', regular: 'Réguliers', core: 'Noyau' },
    tierShare: '{{label}} : {{count}} ({{percent}} %)',
    tiersHelp:
      'Beaucoup de groupes suivent à peu près la règle 90-9-1 : la plupart des membres lisent sans écrire. C’est normal, pas un problème à corriger.',
  },
  data: {
    title: 'Export et import',
    exportTitle: 'Exporter',
    exportHelp:
      'Un fichier JSON contient tout ce que Tend conserve (membres, observations, notes, suivi d’accueil) et peut être réimporté, ici ou par un co-admin. Un fichier CSV liste les membres pour un tableur.',
    scope: 'Quoi exporter',
    thisGroup: 'Ce groupe ({{groupId}})',
    allGroups: 'Tous les groupes',
    format: 'Format',
    json: 'JSON (format de Tend, réimportable)',
    csv: 'CSV (membres, pour un tableur)',
    export: 'Exporter',
    progress: 'Progression de l’export',
    progressText: '{{done}} lignes sur {{total}}',
    exported: '{{fileName}} enregistré dans vos téléchargements.',
    importTitle: 'Importer',
    importHelp:
      'Restaurez une sauvegarde ou fusionnez le journal d’un co-admin. Vous verrez ce qui change avant toute écriture ; importer deux fois le même fichier ne change rien.',
    chooseFile: 'Choisir un fichier JSON de Tend',
    previewTitle: 'Ce que cet import va changer',
    previewIntro: '{{fileName}}, groupes : {{groups}}.',
    table: 'Type',
    added: 'Ajoutés',
    updated: 'Mis à jour',
    unchanged: 'Inchangés',
    tables: {
      groups: 'Groupes',
      coverage: 'Couverture',
      members: 'Membres',
      sightings: 'Observations',
      notes: 'Notes',
      onboarding: 'Suivi d’accueil',
      prospects: 'Demandes et invitations',
      watch: 'Jours observés',
      counted: 'Publications et commentaires comptés',
      fingerprints: 'Empreintes d’images (signaux faibles)',
      signals: 'Signaux faibles',
    },
    skippedForgotten_one: '{{count}} ligne concernant un membre oublié sera ignorée.',
    skippedForgotten_other: '{{count}} lignes concernant des membres oubliés seront ignorées.',
    mergedGroup: '« {{from}} » est le nom du groupe {{into}} : ses lignes sont rangées sous {{into}}.',
    apply: 'Importer',
    imported: '{{fileName}} importé.',
    clearTitle: 'Effacer ce groupe',
    clear: 'Tout effacer du groupe {{groupId}}…',
    clearExplain:
      'Tend supprimera de ce navigateur tous les membres, observations, notes et suivis d’accueil du groupe {{groupId}}. Exportez d’abord si vous pourriez en avoir besoin.',
    clearConfirm: 'Effacer le groupe',
    cleared: 'Groupe {{groupId}} effacé.',
  },
  settings: {
    general: 'Général',
    adminName: 'Votre nom d’admin',
    adminNameHelp:
      'Enregistré avec vos notes et vos actions d’accueil, pour que les co-admins qui fusionnent leurs journaux voient qui a fait quoi.',
    members: 'Membres',
    inactivityDays: 'Considérer un membre silencieux après (jours)',
    inactivityDaysHelp: 'Jours sans publication ni commentaire vus par Tend.',
    tiers: 'Niveaux de participation (publications et commentaires vus)',
    tiersHelp:
      'À partir de combien de publications et commentaires un membre est occasionnel, régulier, du noyau. En dessous : lecteur silencieux.',
    tiersOrder: 'Chaque seuil doit être plus élevé que le précédent.',
    retentionDays: 'Garder le détail des observations pendant (jours)',
    retentionDaysHelp:
      'Les observations plus anciennes sont supprimées ; les totaux et dates de chaque membre restent.',
    csvSeparator: 'Séparateur CSV',
    csvSeparatorHelp: 'Les tableurs en français attendent « ; », en anglais « , ».',
    csvAuto: 'Automatique (selon la langue)',
    csvComma: 'Virgule ,',
    csvSemicolon: 'Point-virgule ;',
    reading: 'Ce que Tend lit',
    readRequests: 'Lire la page des demandes d’adhésion',
    readRequestsHelp:
      'Qui a demandé à rejoindre et quand : la date d’arrivée la plus exacte possible. Désactivé par défaut.',
    readAnswers: 'Garder aussi leurs réponses aux questions du groupe',
    readAnswersHelp: 'Pour qu’un message d’accueil personnel puisse s’en inspirer. Désactivé par défaut.',
    tone: 'Vérification du ton',
    toneEnabled: 'Vérifier le ton de ce que j’écris',
    toneOnFacebook:
      'Afficher le compteur de conseils à côté des zones de commentaire et de publication de Facebook',
    toneOnFacebookHelp: 'Tend lit seulement ce que vous y tapez ; il ne le modifie ni ne l’envoie jamais.',
    onboarding: 'Accueil',
    outOfRange: 'Entrez un nombre entier de {{min}} à {{max}}.',
    title: 'Réglages',
    languageHelp: 'La langue du panneau, de la fenêtre et des conseils de Tend.',
    saved: 'Enregistré',
    error: 'Enregistrement impossible : {{message}}',
  },
  privacy: {
    title: 'Confidentialité',
    readsTitle: 'Ce que Tend lit',
    reads:
      'Seulement les pages de groupes Facebook que vous ouvrez vous-même : la liste des membres (noms, rubriques, badges, lignes « A rejoint… »), les auteurs des publications et des commentaires, et les heures affichées. Il lit la page telle qu’elle s’affiche ; il ne clique, ne fait défiler, ne publie, n’identifie et n’envoie jamais rien sur Facebook. Les autres pages sont ignorées. Les demandes d’adhésion ne sont lues que si vous l’activez dans les Réglages, et les réponses aux questions du groupe seulement si vous l’activez aussi. Ce que disent les publications et commentaires n’est lu que si vous activez les signaux faibles (Signaux, désactivé par défaut) : Tend garde alors un court extrait et des indices d’image de chaque publication ou commentaire parcouru, et les premières lettres des mots de sujet de chaque publication, jamais une publication ni une image entière.',
    storesTitle: 'Ce que Tend conserve, et où',
    stores:
      'Qui il a vu dans quel groupe, faisant quoi et quand, plus vos notes et votre suivi d’accueil, et à part des membres les personnes qui ont demandé à rejoindre le groupe ou qui y ont été invitées sans le rejoindre — uniquement dans ce navigateur, dans la base de données de l’extension. Tend n’a pas de serveur et ne fait aucune requête réseau : rien ne quitte cet ordinateur sauf si vous l’exportez.',
    counts:
      'Actuellement : {{groups}} groupes, {{members}} membres, {{sightings}} observations, {{notes}} notes.',
    retention_one:
      'Le détail des observations est gardé {{count}} jour (Réglages) ; les totaux de chaque membre restent jusqu’à ce que vous l’oubliiez ; la demande d’une personne qui n’a jamais rejoint le groupe est gardée aussi longtemps que les observations.',
    retention_other:
      'Le détail des observations est gardé {{count}} jours (Réglages) ; les totaux de chaque membre restent jusqu’à ce que vous l’oubliiez ; la demande d’une personne qui n’a jamais rejoint le groupe est gardée aussi longtemps que les observations.',
    controlTitle: 'Emporter vos données, et les effacer',
    control:
      'Exportez tout depuis « Export et import ». Oubliez un membre depuis sa fiche dans « Membres » (définitivement si vous le souhaitez). Effacez un groupe entier depuis « Export et import ».',
    uninstall: 'Désinstaller l’extension supprime tout ce que Tend conservait dans ce navigateur.',
  },
};
