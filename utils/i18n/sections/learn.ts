/** How Tend learns, for the first run and the empty panel: two sentences, and the way to the group's members page. */
import type { SameShape, SectionStrings } from './types';

const en = {
  learn: {
    how: 'Open your group on Facebook and browse it as usual: scroll through its feed and Tend sees who posts and comments; open its members list and Tend sees who belongs and who just joined. Tend learns only from the pages you browse yourself, a little more each time, and it never clicks or posts anything.',
    openMembers: 'Open the members list of {{group}}',
    openMembersUnnamed: 'Open this group’s members list',
    newTab: '(opens in a new tab)',
  },
};

const fr = {
  learn: {
    how: 'Ouvrez votre groupe sur Facebook et parcourez-le comme d’habitude : en faisant défiler son fil, Tend voit qui publie et commente ; en ouvrant la liste des membres, il voit qui en fait partie et qui vient d’arriver. Tend n’apprend que des pages que vous parcourez vous-même, un peu plus à chaque fois, et il ne clique ni ne publie jamais rien.',
    openMembers: 'Ouvrir la liste des membres de {{group}}',
    openMembersUnnamed: 'Ouvrir la liste des membres de ce groupe',
    newTab: '(s’ouvre dans un nouvel onglet)',
  },
} satisfies SameShape<typeof en>;

export const learnStrings: SectionStrings = { en, fr };
