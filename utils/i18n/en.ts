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
    show: 'Show',
    views: {
      all_lastSeen: 'All members, most recently seen first',
      all_lastActive: 'All members, most recently active first',
      all_name: 'All members, by name',
      'unseen_went-quiet': 'Went quiet after being active',
      'unseen_never-active': 'Never seen active since joining',
      tier_lurker: 'Tier: lurkers',
      tier_occasional: 'Tier: occasional',
      tier_regular: 'Tier: regulars',
      tier_core: 'Tier: core',
    },
    search: 'Search by name',
    searchNotes: 'Search in notes instead',
    unseenHelp_one:
      'Members Tend has not seen posting or commenting for {{count}} day. Only what your browsing showed Tend counts; this list is for you alone.',
    unseenHelp_other:
      'Members Tend has not seen posting or commenting for {{count}} days. Only what your browsing showed Tend counts; this list is for you alone.',
    notWatchedLongEnough_one:
      'Tend has watched this group for {{count}} day. It will only call someone quiet after watching for {{threshold}} days.',
    notWatchedLongEnough_other:
      'Tend has watched this group for {{count}} days. It will only call someone quiet after watching for {{threshold}} days.',
    noMatch: 'No member matches.',
    noneInView: 'Nobody here yet.',
    shown_one: '{{count}} member',
    shown_other: '{{count}} members',
    shownMore: '{{count}} members shown, more as you scroll',
    quietFor_one: 'quiet for {{count}} day',
    quietFor_other: 'quiet for {{count}} days',
    joined: 'joined {{date}}',
    joinedAbout: 'joined {{when}} (approximately)',
    firstSeen: 'First seen',
    lastSeenLabel: 'Last seen',
    lastActive: 'Last post or comment',
    neverActive: 'never seen',
    activity: 'Activity seen',
    joinLine: 'Join line',
    section: 'Listed under',
    invitedBy: 'Invited or added by',
    previousNames: 'Earlier names',
    openProfile: 'Open their page in the group',
    openLastActivity: 'Open their last post or comment',
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
  notes: {
    title: 'Notes',
    latest: 'Latest note',
    more_one: '+{{count}} more note',
    more_other: '+{{count}} more notes',
    none: 'No notes yet. Notes stay on this computer and are only for you and the co-admins you share an export with.',
    add: 'Add a note',
    save: 'Save the note',
    added: 'Note saved.',
    deleted: 'Note deleted.',
    delete: 'Delete',
  },
  forget: {
    title: 'Forget this member',
    button: 'Forget this member…',
    explain:
      'Tend will delete everything it holds about {{name}} in this group: sightings, notes and onboarding history.',
    neverAgain: 'And never record them again (Tend keeps only an unreadable fingerprint of their id)',
    confirm: 'Forget',
    done: 'Forgotten.',
  },
  common: {
    error: 'Something went wrong: {{message}}',
    back: 'Back',
    cancel: 'Cancel',
    loading: 'Loading…',
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
