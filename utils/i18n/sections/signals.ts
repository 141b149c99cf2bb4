/**
 * The weak signals section (issue 17): what was noticed, why, its evidence, and a gentle reply to copy. The
 * replies set the tone rather than police it: a question rather than a rebuke, "I" sentences, nobody named in
 * public, a private word first. French replies use "vous".
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
    reply: 'A gentle reply',
    replyLanguage: 'Language of the reply',
    privateFirst:
      'I would send this as a private message first: a private word is kinder than a remark in front of everyone.',
    groupPost: 'A post for the whole group, naming nobody.',
    copy: 'Copy',
    copyLabel: 'Copy the reply for {{name}}',
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
    replies: {
      'repeated-image':
        'Hi {{name}}, thank you for sharing with us! I noticed this picture has come up a few times lately, and I wondered: is something still waiting for an answer? If so, I would like to help it get seen, perhaps by adding the news in the comments of the first post. What do you think?',
      'newcomer-selling':
        'Hi {{name}}, welcome to the group, and thank you for introducing yourself! I can see your work matters to you. I would love to know you a little better: what brought you here, and what would you like to find or share with us?',
      'brand-contest':
        'Hi {{name}}, thank you for thinking of the group. I noticed your post is a contest, and I wondered: could you tell me how it connects with what we share here? I would like to keep the feed for members’ own experiences, and I am glad to talk it over with you.',
      'heated-exchange':
        'Hi {{name}}, I saw the discussion under this post and I can tell the subject matters to you. I would like us to keep it on the ideas rather than on each other. What is the one point you would most like the others to understand? I am glad to talk it through with you here.',
      'group-quiet':
        'Hello everyone! I have missed hearing from you lately, and I wondered: what has been on your mind this week? I would love to read about one thing you discovered, tried or wondered about recently.',
      'off-topic-balance':
        'Hello everyone, and thank you for keeping the group so lively! I have noticed that many recent posts drift away from what brings us together here, and I wondered: what would help us come back to it? I would love to hear your ideas.',
    },
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
    reply: 'Une réponse bienveillante',
    replyLanguage: 'Langue de la réponse',
    privateFirst:
      'J’enverrais d’abord ceci en message privé : un mot en privé est plus doux qu’une remarque devant tout le monde.',
    groupPost: 'Une publication pour tout le groupe, qui ne nomme personne.',
    copy: 'Copier',
    copyLabel: 'Copier la réponse pour {{name}}',
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
    replies: {
      'repeated-image':
        'Bonjour {{name}}, merci pour votre partage ! J’ai remarqué que cette image est revenue plusieurs fois ces derniers temps, et je me demandais : attendez-vous encore une réponse ? Si c’est le cas, j’aimerais vous aider à la rendre visible, peut-être en ajoutant les nouvelles en commentaire de la première publication. Qu’en pensez-vous ?',
      'newcomer-selling':
        'Bonjour {{name}}, bienvenue dans le groupe, et merci pour votre présentation ! Je vois que votre activité vous tient à cœur. J’aimerais mieux vous connaître : qu’est-ce qui vous amène parmi nous, et qu’aimeriez-vous y trouver ou y partager ?',
      'brand-contest':
        'Bonjour {{name}}, merci d’avoir pensé au groupe. J’ai remarqué que votre publication est un concours, et je me demandais : pourriez-vous me dire en quoi il rejoint ce que nous partageons ici ? J’aimerais garder le fil pour les expériences des membres, et j’en parle volontiers avec vous.',
      'heated-exchange':
        'Bonjour {{name}}, j’ai vu la discussion sous cette publication et je vois que le sujet compte pour vous. J’aimerais que l’on reste sur les idées plutôt que sur les personnes. Quel est le point que vous aimeriez le plus faire comprendre aux autres ? J’en parle volontiers avec vous ici.',
      'group-quiet':
        'Bonjour à toutes et à tous ! Vos échanges m’ont manqué ces derniers temps, et je me demandais : qu’est-ce qui vous a occupé cette semaine ? J’aimerais beaucoup lire une chose que vous avez découverte, essayée ou que vous vous êtes demandée récemment.',
      'off-topic-balance':
        'Bonjour à toutes et à tous, et merci de faire vivre le groupe ! J’ai remarqué que bon nombre de publications récentes s’éloignent de ce qui nous réunit, et je me demandais : qu’est-ce qui nous aiderait à y revenir ? J’aimerais beaucoup connaître vos idées.',
    },
  },
} satisfies SameShape<typeof en>;

export const signalsStrings: SectionStrings = { en, fr };
