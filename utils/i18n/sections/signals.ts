/**
 * The weak signals section (issue 17): what was noticed, why, its evidence, and the gentle replies to copy. The
 * replies themselves are the template library's (utils/templates/library.ts, or the admin's own copies), chosen
 * by utils/signals/replies.ts; these strings only frame them.
 */
import type { SameShape, SectionStrings } from './types';

const en = {
  signals: {
    title: 'Signals',
    intro:
      'What may need a gentle touch, noticed on the pages you read: only you see this list, and nothing is said to anyone unless you choose to.',
    readContents: 'Notice weak signals: read what posts and comments say',
    readContentsHelp:
      'Off until you turn it on. Tend then keeps a short excerpt, picture cues and the first letters of topic words of the posts you browse (never whole posts) for as long as your retention setting says, on this computer only.',
    badgeCount: 'Count open signals on the toolbar badge',
    badgeCountHelp:
      'Off until you turn it on: the badge then adds this group’s open signals to the onboarding steps due.',
    focus: 'What this group is about',
    focusHelp:
      'A few words per language, for noticing when posts drift from the group’s subject (for example: cats, care, adoption). Either may stay empty: the group’s own posts then tell.',
    focusIn: { en: 'In English', fr: 'In French' },
    off: 'Reading what posts say is off, so Tend notices no signals.',
    none: 'Nothing needs a gentle touch right now.',
    noGroup: 'Open one of your groups on Facebook: its signals will show here.',
    list: 'Open signals, newest first',
    someone: 'a member',
    everyone: 'the group',
    kind: {
      'repeated-image': 'The same picture again',
      'newcomer-selling': 'A newcomer’s introduction that sells',
      'brand-contest': 'A contest or a brand dropped in',
      'heated-exchange': 'A heated exchange',
      'group-quiet': 'The group is growing quiet',
      'off-topic-balance': 'The group drifting from its subject',
    },
    why: {
      'repeated-image': '{{name}} posted a picture already posted in the group in the last weeks.',
      'newcomer-selling':
        '{{name}} joined recently, and their post reads like self-promotion (a link out, prices, “contact me”).',
      'brand-contest': 'A post by {{name}} looks like a contest or a brand’s promotion (“share and win”).',
      'heated-exchange': '{{name}} and others are trading personal remarks in one thread.',
      'group-quiet': 'Posts and comments these last two weeks are well below the group’s usual rhythm.',
      'off-topic-balance':
        'This week, a larger share of posts than usual is about something else than the group’s focus.',
    },
    evidence: 'What Tend saw',
    seen: 'Seen {{when}}',
    openItem: 'Open on Facebook ({{index}})',
    newTab: '(opens in a new tab)',
    reply: 'Gentle replies from your library',
    replyLanguage: 'Language of the reply',
    audience: {
      'private-message':
        'Send it as a private message: a private word is kinder than a remark in front of everyone.',
      'public-reply': 'A reply in the thread, where the others read it too.',
      'group-post': 'A post for the whole group, naming nobody.',
    },
    inLanguage: { en: 'in English', fr: 'in French' },
    noTemplate:
      'Your reply library has no template {{language}} for “{{situation}}” yet: you can write one in Replies & templates, under that situation.',
    notReady: 'Not ready to copy: {{detail}}',
    copy: 'Copy',
    copyLabel: 'Copy “{{title}}” for {{name}}',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
    done: 'Done',
    dismiss: 'Dismiss',
    doneLabel: 'Mark “{{kind}}” about {{name}} as done',
    dismissLabel: 'Dismiss “{{kind}}” about {{name}}',
    snooze: 'Snooze',
    snoozeUntil: 'Hidden until',
    snoozeLabel: 'Snooze “{{kind}}” about {{name}} until the date chosen',
    snoozeHelp: 'Snoozed, it comes back when that day begins.',
    failed: 'That did not work: {{message}}',
  },
};

const fr = {
  signals: {
    title: 'Signaux',
    intro:
      'Ce qui demande peut-être une attention délicate, remarqué sur les pages que vous lisez : vous seul voyez cette liste, et rien n’est dit à personne sans que vous le choisissiez.',
    readContents: 'Remarquer les signaux faibles : lire ce que disent les publications et commentaires',
    readContentsHelp:
      'Désactivé tant que vous ne l’activez pas. Tend garde alors un court extrait, des indices d’image et les premières lettres des mots de sujet des publications que vous parcourez (jamais une publication entière), aussi longtemps que le dit votre durée de conservation, sur cet ordinateur seulement.',
    badgeCount: 'Compter les signaux ouverts sur le badge de la barre d’outils',
    badgeCountHelp:
      'Désactivé tant que vous ne l’activez pas : le badge ajoute alors les signaux ouverts de ce groupe aux étapes d’accueil à faire.',
    focus: 'Le sujet de ce groupe',
    focusHelp:
      'Quelques mots par langue, pour remarquer quand les publications s’éloignent du sujet du groupe (par exemple : chats, soins, adoption). L’un ou l’autre peut rester vide : les publications du groupe le disent alors.',
    focusIn: { en: 'En anglais', fr: 'En français' },
    off: 'La lecture des publications est désactivée : Tend ne remarque aucun signal.',
    none: 'Rien ne demande d’attention délicate pour le moment.',
    noGroup: 'Ouvrez l’un de vos groupes sur Facebook : ses signaux s’afficheront ici.',
    list: 'Signaux ouverts, du plus récent au plus ancien',
    someone: 'un membre',
    everyone: 'le groupe',
    kind: {
      'repeated-image': 'La même image, encore',
      'newcomer-selling': 'Une présentation de nouveau membre qui vend',
      'brand-contest': 'Un concours ou une marque de passage',
      'heated-exchange': 'Un échange qui s’échauffe',
      'group-quiet': 'Le groupe devient silencieux',
      'off-topic-balance': 'Le groupe s’éloigne de son sujet',
    },
    why: {
      'repeated-image': '{{name}} a publié une image déjà publiée dans le groupe ces dernières semaines.',
      'newcomer-selling':
        '{{name}} est arrivé récemment, et sa publication ressemble à de l’autopromotion (un lien extérieur, des prix, « contactez-moi »).',
      'brand-contest':
        'Une publication de {{name}} ressemble à un concours ou à la promotion d’une marque (« partagez et gagnez »).',
      'heated-exchange':
        '{{name}} et d’autres échangent des remarques personnelles dans une même discussion.',
      'group-quiet':
        'Les publications et commentaires de ces deux dernières semaines sont bien en dessous du rythme habituel du groupe.',
      'off-topic-balance':
        'Cette semaine, une part des publications plus grande que d’habitude parle d’autre chose que du sujet du groupe.',
    },
    evidence: 'Ce que Tend a vu',
    seen: 'Vu {{when}}',
    openItem: 'Ouvrir sur Facebook ({{index}})',
    newTab: '(s’ouvre dans un nouvel onglet)',
    reply: 'Réponses bienveillantes de votre bibliothèque',
    replyLanguage: 'Langue de la réponse',
    audience: {
      'private-message':
        'À envoyer en message privé : un mot en privé est plus doux qu’une remarque devant tout le monde.',
      'public-reply': 'Une réponse dans la discussion, que les autres lisent aussi.',
      'group-post': 'Une publication pour tout le groupe, qui ne nomme personne.',
    },
    inLanguage: { en: 'en anglais', fr: 'en français' },
    noTemplate:
      'Votre bibliothèque de réponses n’a pas encore de modèle {{language}} pour « {{situation}} » : vous pouvez en écrire un dans Réponses et modèles, sous cette situation.',
    notReady: 'Pas prêt à copier : {{detail}}',
    copy: 'Copier',
    copyLabel: 'Copier « {{title}} » pour {{name}}',
    copied: 'Copié.',
    copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le vous-même.',
    done: 'Fait',
    dismiss: 'Écarter',
    doneLabel: 'Marquer « {{kind}} » au sujet de {{name}} comme fait',
    dismissLabel: 'Écarter « {{kind}} » au sujet de {{name}}',
    snooze: 'Reporter',
    snoozeUntil: 'Masqué jusqu’au',
    snoozeLabel: 'Reporter « {{kind}} » au sujet de {{name}} jusqu’à la date choisie',
    snoozeHelp: 'Reporté, il revient au début de ce jour-là.',
    failed: 'Cela n’a pas fonctionné : {{message}}',
  },
} satisfies SameShape<typeof en>;

export const signalsStrings: SectionStrings = { en, fr };
