/** What the hints say, in both UI languages, and the gentler wordings they offer, kept as data. */
import type { Severity, Suggestion, ToneCategory, ToneLang } from './schema.ts';

export const categoryMessages: Readonly<Record<ToneCategory, Readonly<Record<ToneLang, string>>>> = {
  'frontal-opener': {
    en: 'Opening with a reprimand sets a hard tone. A greeting or a question invites the reader in.',
    fr: 'Commencer par un rappel à l’ordre donne un ton dur. Un bonjour ou une question invite à lire la suite.',
  },
  prohibition: {
    en: 'Ban wording can feel like a closed door. Say what the group is for, and what you did, with an “I”.',
    fr: 'Les mots d’interdiction ferment la porte. Dites à quoi sert le groupe, et ce que vous avez fait, avec un « je ».',
  },
  'you-blame': {
    en: 'This makes the person the subject of a fault. An “I” or “we” sentence says the same without blame.',
    fr: 'La personne devient le sujet d’une faute. Une phrase en « je » ou en « on » dit la même chose sans reproche.',
  },
  'personal-attack': {
    en: 'This is about the person, not the idea. Speak about what was written instead.',
    fr: 'Cela vise la personne, pas l’idée. Parlez plutôt de ce qui a été écrit.',
  },
  insult: {
    en: 'An insult or a swear word: it will be read before anything else in the message.',
    fr: 'Une insulte ou un gros mot : c’est ce qu’on lira avant tout le reste du message.',
  },
  shouting: {
    en: 'Capitals and runs of “!” or “?!” read as shouting.',
    fr: 'Les majuscules et les « !!! » ou « ?! » se lisent comme des cris.',
  },
  absolute: {
    en: '“Always”, “never”, “everyone” aimed at a person generalise; speak about this one time.',
    fr: '« Toujours », « jamais », « tout le monde » adressés à quelqu’un généralisent ; parlez de cette fois-ci.',
  },
  threat: {
    en: 'This reads as an ultimatum. If a consequence is needed, explain it calmly, ideally in private.',
    fr: 'Cela se lit comme un ultimatum. Si une suite est nécessaire, expliquez-la calmement, de préférence en privé.',
  },
  condescension: {
    en: 'This can sound condescending. Answer as if the question were new; it is, for someone.',
    fr: 'Cela peut sembler condescendant. Répondez comme si la question était nouvelle : elle l’est pour quelqu’un.',
  },
  'missing-warmth': {
    en: 'A first reply or a newcomer gets no greeting and no thanks here. A “Welcome!” or a “Thanks for asking” helps.',
    fr: 'Ni bonjour ni merci pour un premier échange ou un nouveau membre. Un « Bienvenue ! » ou un « Merci pour ta question » aide.',
  },
  'public-callout': {
    en: 'Someone is named next to a reproach, in public. A private message may serve better.',
    fr: 'Quelqu’un est nommé à côté d’un reproche, en public. Un message privé conviendrait peut-être mieux.',
  },
};

/** Why a hint was lowered to `info`, appended to its message. */
export const infoNotes: Readonly<Record<'quoted' | 'softened' | 'mild', Readonly<Record<ToneLang, string>>>> =
  {
    quoted: {
      en: 'It is inside a quotation, so this is only a note.',
      fr: 'C’est dans une citation : simple remarque.',
    },
    softened: {
      en: 'The warmth around it softens it; just a note.',
      fr: 'La chaleur du message l’adoucit : simple remarque.',
    },
    mild: { en: 'Only a note.', fr: 'Simple remarque.' },
  };

/** Gentler wordings, in the language of the checked text. */
export const rephrasings: Readonly<Partial<Record<ToneCategory, Readonly<Record<ToneLang, string>>>>> = {
  'frontal-opener': {
    en: 'Hi everyone, could we take a breath and come back to the topic?',
    fr: 'Bonjour à toutes et à tous, on pourrait souffler un peu et revenir au sujet ?',
  },
  prohibition: {
    en: 'In this group we keep this space for …, so I’ve moved the post. Thanks for understanding!',
    fr: 'Dans ce groupe, on garde cet espace pour …, alors j’ai déplacé la publication. Merci de votre compréhension !',
  },
  'you-blame': {
    en: 'I noticed …; could we …?',
    fr: 'J’ai remarqué que … ; est-ce qu’on pourrait … ?',
  },
  absolute: {
    en: 'This time, I noticed …',
    fr: 'Cette fois-ci, j’ai remarqué que …',
  },
  condescension: {
    en: 'Good question! You’ll find the answer in …',
    fr: 'Bonne question ! La réponse se trouve dans …',
  },
  'missing-warmth': {
    en: 'Welcome, and thanks for your post! …',
    fr: 'Bienvenue, et merci pour ta publication ! …',
  },
};

/** A reply from the gentle-reply library fits these better than a rephrasing. */
export const defaultSituations: Readonly<Partial<Record<ToneCategory, Suggestion>>> = {
  'personal-attack': { kind: 'situation', situation: 'heated-exchange' },
  insult: { kind: 'situation', situation: 'heated-exchange' },
  threat: { kind: 'situation', situation: 'move-to-private' },
  'public-callout': { kind: 'situation', situation: 'move-to-private' },
};

/** Default severity of each category before any softening. */
export const categorySeverity: Readonly<Record<ToneCategory, Severity>> = {
  'frontal-opener': 'warn',
  prohibition: 'warn',
  'you-blame': 'warn',
  'personal-attack': 'alert',
  insult: 'alert',
  shouting: 'warn',
  absolute: 'warn',
  threat: 'alert',
  condescension: 'warn',
  'missing-warmth': 'warn',
  'public-callout': 'warn',
};
