/**
 * Tend's default library, written for Tend in its own words.
 *
 * House rules for every text (the tone check enforces most of them): a greeting and a thank-you; "I" sentences
 * rather than "you did"; no reprimand openers, bans, ultimatums, "never/always" about people, capitals or "!!!";
 * nobody named next to a concern in public. French group posts only have "vous" (the plural fits both registers).
 */
import type { BuiltInSituation, Localized, Template, TemplateAudience, TemplateBodies } from './schema';

/** Bump when a default text changes, so the panel can offer the new wording without touching edited copies. */
export const LIBRARY_UPDATED_AT = '2026-11-22T00:00:00.000Z';

interface DefaultText {
  situation: BuiltInSituation;
  audience: TemplateAudience;
  title: Localized;
  bodies: TemplateBodies;
}

const defaults: DefaultText[] = [
  {
    situation: 'personal-welcome',
    audience: 'private-message',
    title: { en: 'Personal welcome', fr: 'Accueil personnel' },
    bodies: {
      en:
        "Hi {firstName|there}, welcome to {group|the group}! I'm {admin|one of the admins here} and I'm really glad " +
        'to have you with us. Whenever you feel like it, tell us a little about yourself: what brought you here? ' +
        'If anything is unclear, send me a message and I will gladly help. Thank you for joining us!',
      fr: {
        tu:
          'Bonjour {firstName|à toi}, et bienvenue dans {group|le groupe} ! Ici {admin|l’équipe d’animation} : ' +
          'c’est un plaisir de t’accueillir. Quand tu en as envie, présente-toi en quelques mots : qu’est-ce qui ' +
          't’amène parmi nous ? Si quelque chose te semble flou, écris-moi, je t’aiderai avec plaisir. ' +
          'Merci de nous avoir rejoints !',
        vous:
          'Bonjour {firstName|à vous}, et bienvenue dans {group|le groupe} ! Ici {admin|l’équipe d’animation} : ' +
          'c’est un plaisir de vous accueillir. Quand vous en avez envie, présentez-vous en quelques mots : ' +
          'qu’est-ce qui vous amène parmi nous ? Si quelque chose vous semble flou, écrivez-moi, je vous aiderai ' +
          'avec plaisir. Merci de nous avoir rejoints !',
      },
    },
  },
  {
    situation: 'weekly-welcome',
    audience: 'group-post',
    title: { en: 'Weekly group welcome', fr: 'Accueil collectif de la semaine' },
    bodies: {
      en:
        'Hello and a warm welcome to the people who joined {group|our group} this week! 🌱\n\n{names}\n\n' +
        "I'm so glad you're here. When you have a moment, introduce yourself in the comments: who you are and " +
        'what brought you here. Thank you for joining us!',
      fr: {
        vous:
          'Bonjour et bienvenue aux personnes qui ont rejoint {group|notre groupe} cette semaine ! 🌱\n\n{names}\n\n' +
          'C’est une joie de vous compter parmi nous, et j’ai hâte de vous lire. Quand vous aurez un moment, présentez-vous en commentaire : ' +
          'qui vous êtes, ce qui vous amène. Merci de nous avoir rejoints !',
      },
    },
  },
  {
    situation: 'two-month-check-in',
    audience: 'private-message',
    title: { en: 'Two-month check-in', fr: 'Nouvelles après deux mois' },
    bodies: {
      en:
        'Hi {firstName|there}, I hope you are well! You joined {group|the group} {joinedAgo|a little while} ago and ' +
        'I wanted to hear how it is going for you. Is the group what you hoped for? Is there anything that would ' +
        'make it more useful to you? I would love to hear from you, whenever it suits you. Thanks for being with us!',
      fr: {
        tu:
          'Bonjour {firstName|à toi}, j’espère que tu vas bien ! Tu as rejoint {group|le groupe} il y a ' +
          '{joinedAgo|quelque temps} et je voulais prendre de tes nouvelles. Le groupe correspond-il à ce que tu ' +
          'espérais ? Y a-t-il quelque chose qui le rendrait plus utile pour toi ? J’aimerais beaucoup avoir ton ' +
          'avis, quand tu veux. Merci d’être avec nous !',
        vous:
          'Bonjour {firstName|à vous}, j’espère que vous allez bien ! Vous avez rejoint {group|le groupe} il y a ' +
          '{joinedAgo|quelque temps} et je voulais prendre de vos nouvelles. Le groupe correspond-il à ce que vous ' +
          'espériez ? Y a-t-il quelque chose qui le rendrait plus utile pour vous ? J’aimerais beaucoup avoir votre ' +
          'avis, quand vous voulez. Merci d’être avec nous !',
      },
    },
  },
  {
    situation: 'anniversary',
    audience: 'private-message',
    title: { en: 'One year in the group', fr: 'Un an dans le groupe' },
    bodies: {
      en:
        'Hi {firstName|there}! It has been a year since you joined {group|the group}, and I wanted to say thank you. ' +
        'I really appreciate having you with us. Happy group anniversary! 🎉',
      fr: {
        tu:
          'Bonjour {firstName|à toi} ! Cela fait un an que tu as rejoint {group|le groupe}, et je voulais te dire ' +
          'merci. J’apprécie beaucoup ta présence parmi nous. Joyeux anniversaire dans le groupe ! 🎉',
        vous:
          'Bonjour {firstName|à vous} ! Cela fait un an que vous avez rejoint {group|le groupe}, et je voulais vous ' +
          'dire merci. J’apprécie beaucoup votre présence parmi nous. Joyeux anniversaire dans le groupe ! 🎉',
      },
    },
  },
  {
    situation: 'quiet-member-check',
    audience: 'private-message',
    title: { en: 'Checking on a quiet member', fr: 'Prendre des nouvelles d’un membre discret' },
    bodies: {
      en:
        'Hi {firstName|there}, I hope you are doing well. I have not heard from you in {group|the group} for a ' +
        'while, so I simply wanted to say hello. Reply only if you feel like it; the door stays open whenever ' +
        'you want to come by. If something would make the group better for you, I would be glad to hear it. ' +
        'Thank you, and take care!',
      fr: {
        tu:
          'Bonjour {firstName|à toi}, j’espère que tu vas bien. Cela fait un moment que je n’ai pas eu de tes ' +
          'nouvelles dans {group|le groupe}, alors je voulais simplement te dire bonjour. Réponds seulement si tu ' +
          'en as envie ; la porte reste ouverte quand tu veux. Si quelque chose pouvait rendre le groupe plus ' +
          'agréable pour toi, j’aimerais le savoir. Merci, et prends soin de toi !',
        vous:
          'Bonjour {firstName|à vous}, j’espère que vous allez bien. Cela fait un moment que je n’ai pas eu de vos ' +
          'nouvelles dans {group|le groupe}, alors je voulais simplement vous dire bonjour. Répondez seulement si ' +
          'vous en avez envie ; la porte reste ouverte quand vous voulez. Si quelque chose pouvait rendre le groupe ' +
          'plus agréable pour vous, j’aimerais le savoir. Merci, et prenez soin de vous !',
      },
    },
  },
  {
    situation: 'self-promotion',
    audience: 'public-reply',
    title: {
      en: 'An introduction that reads like an advert',
      fr: 'Une présentation qui ressemble à une publicité',
    },
    bodies: {
      en:
        'Hi {firstName|there}, welcome, and thank you for introducing yourself! I can tell your work means a lot ' +
        'to you. What matters most in {group|this group} is members sharing their own experience, so I would love ' +
        'to get to know you a little: what brought you here, and what would you like to find or share with us?',
      fr: {
        tu:
          'Bonjour {firstName|à toi}, bienvenue, et merci pour ta présentation ! Je vois que ton activité te ' +
          'tient à cœur. Ce qui compte le plus dans {group|ce groupe}, c’est le partage d’expériences entre ' +
          'membres, alors j’aimerais mieux te connaître : qu’est-ce qui t’amène parmi nous, et qu’aimerais-tu y ' +
          'trouver ou y partager ?',
        vous:
          'Bonjour {firstName|à vous}, bienvenue, et merci pour votre présentation ! Je vois que votre activité ' +
          'vous tient à cœur. Ce qui compte le plus dans {group|ce groupe}, c’est le partage d’expériences entre ' +
          'membres, alors j’aimerais mieux vous connaître : qu’est-ce qui vous amène parmi nous, et qu’aimeriez-vous ' +
          'y trouver ou y partager ?',
      },
    },
  },
  {
    situation: 'off-topic-balance',
    audience: 'group-post',
    title: { en: 'Bringing the group back to its purpose', fr: 'Revenir à ce qui nous réunit' },
    bodies: {
      en:
        'Hello all, and thank you for keeping {group|this group} so lively! I have noticed that a good number of ' +
        'recent posts drift away from what brings us together here, and I would like us to gently find our way ' +
        'back to it. Before posting, I find it helps to ask: will this help or interest someone who came here for ' +
        'our shared subject? Thank you for the care you put into this place.',
      fr: {
        vous:
          'Bonjour à toutes et à tous, et merci de faire vivre {group|ce groupe} ! J’ai remarqué que bon nombre ' +
          'de publications récentes s’éloignent de ce qui nous réunit, et j’aimerais qu’on y revienne en douceur. ' +
          'Avant de publier, je trouve utile de me demander : est-ce que cela aidera ou intéressera quelqu’un venu ' +
          'pour notre sujet commun ? Merci pour le soin que vous apportez à ce groupe.',
      },
    },
  },
  {
    situation: 'repeated-image',
    audience: 'private-message',
    title: { en: 'The same image posted again', fr: 'La même image publiée plusieurs fois' },
    bodies: {
      en:
        'Hi {firstName|there}, thanks for sharing with the group! I noticed this image has come up several times ' +
        'recently. So that each post gets a fair chance to be seen, I would suggest keeping a single post and ' +
        'adding any news in its comments. Thanks a lot for your understanding!',
      fr: {
        tu:
          'Bonjour {firstName|à toi}, merci pour tes partages dans le groupe ! J’ai remarqué que cette image est ' +
          'revenue plusieurs fois ces derniers temps. Pour que chaque publication ait sa chance d’être vue, je te ' +
          'propose de garder une seule publication et d’ajouter les nouvelles en commentaire. Merci beaucoup pour ' +
          'ta compréhension !',
        vous:
          'Bonjour {firstName|à vous}, merci pour vos partages dans le groupe ! J’ai remarqué que cette image est ' +
          'revenue plusieurs fois ces derniers temps. Pour que chaque publication ait sa chance d’être vue, je vous ' +
          'propose de garder une seule publication et d’ajouter les nouvelles en commentaire. Merci beaucoup pour ' +
          'votre compréhension !',
      },
    },
  },
  {
    situation: 'heated-exchange',
    audience: 'public-reply',
    title: { en: 'Back to ideas, not people', fr: 'Revenir aux idées plutôt qu’aux personnes' },
    bodies: {
      en:
        'Hello, and thank you for caring so much about this subject; I can see it matters to you. I would like us ' +
        'to keep the discussion on the ideas rather than on each other. What is the one point you would most like ' +
        'the others to understand? Thanks for helping keep this a place where we can disagree kindly.',
      fr: {
        vous:
          'Bonjour, et merci de tenir autant à ce sujet ; je vois qu’il compte pour vous. J’aimerais que l’on garde ' +
          'la discussion sur les idées plutôt que sur les personnes. Quel est le point que vous aimeriez le plus ' +
          'faire comprendre ? Merci de contribuer à faire de ce groupe un endroit où l’on peut être en désaccord ' +
          'avec bienveillance.',
      },
    },
  },
  {
    situation: 'move-to-private',
    audience: 'public-reply',
    title: { en: 'Moving to a private message', fr: 'Passer en message privé' },
    bodies: {
      en:
        'Hi {firstName|there}, thanks for bringing this up. I think it will be easier to talk it through in a ' +
        'private message, so I am writing to you there. Talk soon, and thank you!',
      fr: {
        tu:
          'Bonjour {firstName|à toi}, merci d’en parler. Je pense qu’il sera plus simple d’en discuter en message ' +
          'privé : je t’écris tout de suite. À très vite, et merci !',
        vous:
          'Bonjour {firstName|à vous}, merci d’en parler. Je pense qu’il sera plus simple d’en discuter en message ' +
          'privé : je vous écris tout de suite. À très vite, et merci !',
      },
    },
  },
  {
    situation: 'brand-contest',
    audience: 'private-message',
    title: { en: 'Contest or brand promotion dropped in', fr: 'Un concours ou une marque de passage' },
    bodies: {
      en:
        'Hi {firstName|there}, thank you for thinking of the group. I noticed your post is a contest, and I ' +
        'wondered: could you tell me how it connects with what we share here? I would like to keep the feed for ' +
        'members’ own experiences, and I am glad to talk it over with you.',
      fr: {
        tu:
          'Bonjour {firstName|à toi}, merci d’avoir pensé au groupe. J’ai remarqué que ta publication est un ' +
          'concours, et je me demandais : pourrais-tu me dire en quoi il rejoint ce que nous partageons ici ? ' +
          'J’aimerais garder le fil pour les expériences des membres, et j’en parle volontiers avec toi.',
        vous:
          'Bonjour {firstName|à vous}, merci d’avoir pensé au groupe. J’ai remarqué que votre publication est un ' +
          'concours, et je me demandais : pourriez-vous me dire en quoi il rejoint ce que nous partageons ici ? ' +
          'J’aimerais garder le fil pour les expériences des membres, et j’en parle volontiers avec vous.',
      },
    },
  },
  {
    situation: 'group-quiet',
    audience: 'group-post',
    title: { en: 'Reviving a quiet group', fr: 'Redonner vie à un groupe silencieux' },
    bodies: {
      en:
        'Hello all! I have missed hearing from you in {group|the group} lately, and I wondered: what has been on ' +
        'your mind this week? I would love to read about one thing you discovered, tried or wondered about ' +
        'recently. Thank you for making this place what it is!',
      fr: {
        vous:
          'Bonjour à toutes et à tous ! Vos échanges dans {group|le groupe} m’ont manqué ces derniers temps, et je ' +
          'me demandais : qu’est-ce qui vous a occupé cette semaine ? J’aimerais beaucoup lire une chose que vous ' +
          'avez découverte, essayée ou que vous vous êtes demandée récemment. Merci de faire vivre ce lieu !',
      },
    },
  },
];

export const builtInTemplateId = (situation: BuiltInSituation): string => `tend:${situation}`;

/** The default library, one template per built-in situation. Returns fresh objects the caller may store. */
export function defaultLibrary(): Template[] {
  return defaults.map((text) => ({
    id: builtInTemplateId(text.situation),
    situation: text.situation,
    audience: text.audience,
    title: { ...text.title },
    bodies: structuredClone(text.bodies),
    builtIn: true,
    updatedAt: LIBRARY_UPDATED_AT,
  }));
}

export function defaultTemplateFor(situation: BuiltInSituation): Template {
  const found = defaultLibrary().find((template) => template.situation === situation);
  if (!found) throw new Error(`No default template for ${situation}`);
  return found;
}
