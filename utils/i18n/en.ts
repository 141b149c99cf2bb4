/** English interface strings. `fr.ts` must have exactly the same keys (the type checker enforces it). */
export const en = {
  app: {
    name: 'Tend',
    tagline: 'Look after your group, privately.',
    sections: 'Sections',
    language: 'Language',
  },
  language: { auto: 'Browser language', en: 'English', fr: 'Français' },
  group: {
    switch: 'Show group',
    current: 'Group {{groupId}}',
    none: 'No group yet',
    noneHint:
      'Open one of your Facebook groups in a tab. Tend reads the pages you look at and lists the members it sees here.',
    watchingSince: 'Watching since {{date}}',
    membersSeen_one: '{{count}} member seen',
    membersSeen_other: '{{count}} members seen',
    lastPage: 'Last page read: {{kind}}, {{read}} of {{expected}} items, {{when}}',
    unreadable:
      'Tend could not read this page ({{kind}}). Facebook may have changed its layout; nothing was recorded from it.',
  },
  pageKind: {
    'group-feed': 'group feed',
    'group-post': 'post',
    'group-members': 'members list',
    'group-member': 'member page',
    'member-requests': 'member requests',
    other: 'other page',
  },
  members: {
    title: 'Members',
    empty: 'No members seen yet in this group. Open the group’s Members page so Tend can see who is there.',
    lastSeen: 'last seen {{when}}',
    seenAs: { post: 'post', comment: 'comment', member: 'members list', request: 'member request' },
    posts_one: '{{count}} post',
    posts_other: '{{count}} posts',
    comments_one: '{{count}} comment',
    comments_other: '{{count}} comments',
    page: 'Page',
    listLabel: 'Members of this group, most recently seen first',
  },
  settings: {
    title: 'Settings',
    languageHelp: 'The language of Tend’s panel, popup and hints.',
    saved: 'Saved',
    error: 'Could not save: {{message}}',
  },
  privacy: {
    title: 'Privacy',
    reads:
      'Tend reads the Facebook group pages you open yourself: the members list, posts and comments. It never clicks, posts or sends anything on Facebook.',
    stores:
      'It stores who it saw, where and when, in this browser only (the extension’s own database). Nothing is sent anywhere: Tend makes no network request of its own.',
    control: 'You can export everything Tend holds, forget one member, or clear a whole group at any time.',
  },
  popup: {
    openPanel: 'Open Tend’s panel',
    summary_one: '{{count}} member seen in group {{groupId}}',
    summary_other: '{{count}} members seen in group {{groupId}}',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type UiStrings = Widen<typeof en>;
