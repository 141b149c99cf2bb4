/** Strings of the sharing section: co-admins share one group's log, end-to-end encrypted, on their own server. */
import type { SameShape, SectionStrings } from './types';

const en = {
  sharing: {
    title: 'Sharing with co-admins',
    intro:
      'Share this group’s log with your co-admins through a CouchDB server your team runs. Sharing is off until you turn it on: until then nothing leaves this browser.',
    whatShared:
      'What is shared: this group’s members, what Tend saw of them, your notes, onboarding marks and membership requests, encrypted on this computer before they leave it. The server cannot read a name, an id or a note; it can see how many documents there are, their sizes, when they change and which user reads or writes them.',
    noGroup: 'Open one of your group’s pages first: sharing is turned on for one group.',
    turnOnTitle: 'Start sharing this group',
    server: 'Server address',
    serverHint: 'https://… (plain http only for a server on this computer: 127.0.0.1 or localhost)',
    username: 'Your CouchDB user',
    password: 'Your CouchDB password',
    turnOn: 'Turn sharing on',
    joinTitle: 'Join with an invite from a co-admin',
    code: 'Invite code',
    passphrase: 'Passphrase',
    openInvite: 'Open the invite',
    inviteFor: 'This invite is for the group {{groupId}}, on the server {{server}}.',
    join: 'Join',
    working: 'Working…',
    problem: {
      invalid:
        'This is not an address Tend can use: it must start with https://, with no user or password in it.',
      insecure: 'Plain http is accepted only for a server on this computer (127.0.0.1 or localhost).',
      permission: 'The browser did not allow Tend to reach {{server}}, so sharing stays off.',
      notInvite: 'This is not a Tend invite code.',
      damaged: 'This invite code is damaged: part of it is missing or changed.',
      passphrase: 'Wrong passphrase, or the invite code was changed.',
      noKeys: 'This invite holds no usable group keys.',
      server: 'This invite names a server Tend cannot use.',
      failed: 'Sharing could not start: {{detail}}',
      notShared: 'This invite is for a group that is not shared on this computer.',
      otherDatabase: 'This invite is for another database than the one this group is shared through.',
      notNewer: 'This invite holds no newer key than the one already in use here.',
      keyChange: 'The key could not be changed here, and nothing was sent. Reload the panel and try again.',
      newerKey:
        'A co-admin has already changed the group’s key: enter the new invite they give you first, then remove the co-admin if they are still in.',
    },
    statusTitle: 'Status',
    sharedWith: 'Shared through {{server}} since {{since}}.',
    connection: {
      never: 'Not synced yet.',
      ok: 'Up to date with the server.',
      waiting:
        'The server answers, but a co-admin changed the group’s key: nothing is sent from here until you enter the new invite they give you.',
      unreachable: 'The server could not be reached. Tend keeps working here and will try again.',
      refused:
        'The server turned down your login: check your CouchDB user and password with whoever runs the server.',
      forbidden:
        'The server knows your CouchDB user but does not let it read or write this group’s database: ask whoever runs the server to give it access.',
    },
    lastSynced: 'Last synced {{when}}.',
    pending_one: '{{count}} change waiting to be sent.',
    pending_other: '{{count}} changes waiting to be sent.',
    refused_one:
      '{{count}} document from the server was refused: it failed the authenticity check, and nothing of it was applied.',
    refused_other:
      '{{count}} documents from the server were refused: they failed the authenticity check, and nothing of them was applied.',
    refusedInvalid_one:
      '{{count}} document from the server was refused: it is not a valid Tend document (damaged, or written by something other than Tend), and nothing of it was applied.',
    refusedInvalid_other:
      '{{count}} documents from the server were refused: they are not valid Tend documents (damaged, or written by something other than Tend), and nothing of them was applied.',
    waitingForKey_one: '{{count}} document is under a newer key: ask a co-admin for a new invite.',
    waitingForKey_other: '{{count}} documents are under a newer key: ask a co-admin for a new invite.',
    details: 'What the server or the network said: {{error}}',
    syncNow: 'Sync now',
    inviteTitle: 'Invite a co-admin',
    inviteExplain:
      'Each co-admin needs their own CouchDB user on the server, with access to this group’s database.',
    createInvite: 'Create an invite',
    inviteShown:
      'Give the code and the passphrase privately, by two different channels (say, the code by email, the passphrase by phone). They are shown only now.',
    inviteCode: 'Invite code',
    invitePassphrase: 'Passphrase',
    hideInvite: 'Done, hide it',
    turnOffTitle: 'Stop sharing',
    turnOff: 'Turn sharing off',
    turnOffExplain:
      'This computer stops sharing: the group’s keys, your login and the encrypted copy are removed, and the browser’s permission for the server is given back. The log stays here, and on the server for your co-admins.',
    turnOffConfirm: 'Turn sharing off',
    removeTitle: 'Remove a co-admin',
    removeExplain:
      'When someone stops being a co-admin, change the group’s key. Everything the server holds is encrypted again under the new key, and what you and the co-admins who stay write from then on is encrypted under it: the person removed cannot read any of it. Each co-admin who stays needs a new invite. Ask whoever runs the server to delete that person’s CouchDB user too.',
    removeCannot:
      'What removal cannot do: the person removed keeps everything they already had on their own computer, and any copy or export they made. It only stops them reading what is written from now on.',
    removeStart: 'Remove a co-admin…',
    removeConfirmExplain:
      'Tend makes a new key now. Until each co-admin who stays enters their new invite, their Tend says that documents wait for a newer key, and their changes wait too.',
    removeConfirm: 'Change the key',
    removeDone:
      'The key was changed and the server now holds only documents under it. A new invite is shown above: give it to each co-admin who stays, never to the person removed.',
    removeDoneLater:
      'The key was changed here. The server could not be reached, so its documents will be encrypted again at the next sync. A new invite is shown above: give it to each co-admin who stays, never to the person removed.',
    newKeyTitle: 'A new key from a co-admin',
    newKeyExplain:
      'When a co-admin removes someone, they give the others a new invite. Enter it here to go on sharing under the new key (your login stays the same).',
    newKeyUse: 'Use the new key',
    newKeyDone: 'The new key is in use.',
  },
};

const fr = {
  sharing: {
    title: 'Partage avec les co-admins',
    intro:
      'Partagez le journal de ce groupe avec vos co-admins par un serveur CouchDB que votre équipe tient. Le partage est désactivé tant que vous ne l’activez pas : jusque-là, rien ne quitte ce navigateur.',
    whatShared:
      'Ce qui est partagé : les membres de ce groupe, ce que Tend en a vu, vos notes, le suivi de l’accueil et les demandes d’adhésion, chiffrés sur cet ordinateur avant de le quitter. Le serveur ne peut lire ni un nom, ni un identifiant, ni une note ; il peut voir combien il y a de documents, leur taille, quand ils changent et quel utilisateur les lit ou les écrit.',
    noGroup: 'Ouvrez d’abord une page de votre groupe : le partage s’active pour un groupe.',
    turnOnTitle: 'Partager ce groupe',
    server: 'Adresse du serveur',
    serverHint:
      'https://… (le http simple seulement pour un serveur sur cet ordinateur : 127.0.0.1 ou localhost)',
    username: 'Votre utilisateur CouchDB',
    password: 'Votre mot de passe CouchDB',
    turnOn: 'Activer le partage',
    joinTitle: 'Rejoindre avec l’invitation d’un co-admin',
    code: 'Code d’invitation',
    passphrase: 'Phrase secrète',
    openInvite: 'Ouvrir l’invitation',
    inviteFor: 'Cette invitation est pour le groupe {{groupId}}, sur le serveur {{server}}.',
    join: 'Rejoindre',
    working: 'En cours…',
    problem: {
      invalid:
        'Tend ne peut pas utiliser cette adresse : elle doit commencer par https://, sans utilisateur ni mot de passe.',
      insecure:
        'Le http simple n’est accepté que pour un serveur sur cet ordinateur (127.0.0.1 ou localhost).',
      permission: 'Le navigateur n’a pas autorisé Tend à joindre {{server}} : le partage reste désactivé.',
      notInvite: 'Ce n’est pas un code d’invitation de Tend.',
      damaged: 'Ce code d’invitation est abîmé : une partie manque ou a changé.',
      passphrase: 'Phrase secrète incorrecte, ou le code d’invitation a été modifié.',
      noKeys: 'Cette invitation ne contient pas de clés de groupe utilisables.',
      server: 'Cette invitation indique un serveur que Tend ne peut pas utiliser.',
      failed: 'Le partage n’a pas pu démarrer : {{detail}}',
      notShared: 'Cette invitation est pour un groupe qui n’est pas partagé sur cet ordinateur.',
      otherDatabase: 'Cette invitation est pour une autre base que celle par laquelle ce groupe est partagé.',
      notNewer: 'Cette invitation ne contient pas de clé plus récente que celle déjà en service ici.',
      keyChange:
        'La clé n’a pas pu être changée ici, et rien n’a été envoyé. Rechargez le panneau et réessayez.',
      newerKey:
        'Un co-admin a déjà changé la clé du groupe : saisissez d’abord la nouvelle invitation qu’il vous donne, puis retirez le co-admin s’il est encore là.',
    },
    statusTitle: 'État',
    sharedWith: 'Partagé par {{server}} depuis le {{since}}.',
    connection: {
      never: 'Pas encore synchronisé.',
      ok: 'À jour avec le serveur.',
      waiting:
        'Le serveur répond, mais un co-admin a changé la clé du groupe : rien n’est envoyé d’ici tant que vous n’avez pas saisi la nouvelle invitation qu’il vous donne.',
      unreachable: 'Le serveur est injoignable. Tend continue de fonctionner ici et réessaiera.',
      refused:
        'Le serveur a refusé votre identifiant : vérifiez votre utilisateur et votre mot de passe CouchDB avec la personne qui tient le serveur.',
      forbidden:
        'Le serveur connaît votre utilisateur CouchDB mais ne le laisse pas lire ou écrire dans la base de ce groupe : demandez à la personne qui tient le serveur de lui en donner l’accès.',
    },
    lastSynced: 'Dernière synchronisation : {{when}}.',
    pending_one: '{{count}} changement en attente d’envoi.',
    pending_other: '{{count}} changements en attente d’envoi.',
    refused_one:
      '{{count}} document du serveur a été refusé : il n’a pas passé le contrôle d’authenticité, et rien n’en a été appliqué.',
    refused_other:
      '{{count}} documents du serveur ont été refusés : ils n’ont pas passé le contrôle d’authenticité, et rien n’en a été appliqué.',
    refusedInvalid_one:
      '{{count}} document du serveur a été refusé : ce n’est pas un document valide de Tend (abîmé, ou écrit par autre chose que Tend), et rien n’en a été appliqué.',
    refusedInvalid_other:
      '{{count}} documents du serveur ont été refusés : ce ne sont pas des documents valides de Tend (abîmés, ou écrits par autre chose que Tend), et rien n’en a été appliqué.',
    waitingForKey_one:
      '{{count}} document est sous une clé plus récente : demandez une nouvelle invitation à un co-admin.',
    waitingForKey_other:
      '{{count}} documents sont sous une clé plus récente : demandez une nouvelle invitation à un co-admin.',
    details: 'Ce qu’ont dit le serveur ou le réseau : {{error}}',
    syncNow: 'Synchroniser maintenant',
    inviteTitle: 'Inviter un co-admin',
    inviteExplain:
      'Chaque co-admin a besoin de son propre utilisateur CouchDB sur le serveur, avec accès à la base de ce groupe.',
    createInvite: 'Créer une invitation',
    inviteShown:
      'Donnez le code et la phrase secrète en privé, par deux moyens différents (par exemple le code par e-mail, la phrase par téléphone). Ils ne sont affichés que maintenant.',
    inviteCode: 'Code d’invitation',
    invitePassphrase: 'Phrase secrète',
    hideInvite: 'C’est fait, masquer',
    turnOffTitle: 'Arrêter le partage',
    turnOff: 'Désactiver le partage',
    turnOffExplain:
      'Cet ordinateur arrête de partager : les clés du groupe, votre identifiant et la copie chiffrée sont supprimés, et l’autorisation du navigateur pour le serveur est rendue. Le journal reste ici, et sur le serveur pour vos co-admins.',
    turnOffConfirm: 'Désactiver le partage',
    removeTitle: 'Retirer un co-admin',
    removeExplain:
      'Quand quelqu’un cesse d’être co-admin, changez la clé du groupe. Tout ce que le serveur garde est chiffré de nouveau sous la nouvelle clé, et ce que vous et les co-admins qui restent écrivez ensuite l’est aussi : la personne retirée ne peut rien en lire. Chaque co-admin qui reste a besoin d’une nouvelle invitation. Demandez aussi à la personne qui tient le serveur de supprimer l’utilisateur CouchDB de la personne retirée.',
    removeCannot:
      'Ce que le retrait ne peut pas faire : la personne retirée garde tout ce qu’elle avait déjà sur son ordinateur, et toute copie ou tout export qu’elle a faits. Le retrait l’empêche seulement de lire ce qui sera écrit désormais.',
    removeStart: 'Retirer un co-admin…',
    removeConfirmExplain:
      'Tend crée une nouvelle clé maintenant. Tant que chaque co-admin qui reste n’a pas saisi sa nouvelle invitation, son Tend indique que des documents attendent une clé plus récente, et ses changements attendent aussi.',
    removeConfirm: 'Changer la clé',
    removeDone:
      'La clé a changé et le serveur ne garde plus que des documents chiffrés avec elle. Une nouvelle invitation est affichée plus haut : donnez-la à chaque co-admin qui reste, jamais à la personne retirée.',
    removeDoneLater:
      'La clé a changé ici. Le serveur est injoignable : ses documents seront chiffrés de nouveau à la prochaine synchronisation. Une nouvelle invitation est affichée plus haut : donnez-la à chaque co-admin qui reste, jamais à la personne retirée.',
    newKeyTitle: 'Une nouvelle clé d’un co-admin',
    newKeyExplain:
      'Quand un co-admin retire quelqu’un, il donne aux autres une nouvelle invitation. Saisissez-la ici pour continuer à partager avec la nouvelle clé (votre identifiant reste le même).',
    newKeyUse: 'Utiliser la nouvelle clé',
    newKeyDone: 'La nouvelle clé est en service.',
  },
} satisfies SameShape<typeof en>;

export const sharingStrings: SectionStrings = { en, fr };
