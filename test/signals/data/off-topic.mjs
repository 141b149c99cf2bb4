// Off-topic balance: weekly visits where the share of posts outside the focus tips well above the group's usual
// share in the last week; look-alikes: a normal off-topic share, a busy on-topic week.
import { weekly } from './weekly.mjs';

const en = { kind: 'off-topic-balance', lang: 'en', tz: 'Europe/London' };
const fr = { kind: 'off-topic-balance', lang: 'fr', tz: 'Europe/Paris' };
const tip = { lookalike: false, evidence: 'off' };
const calm = { lookalike: true };

export default [
  weekly({
    ...en,
    ...tip,
    id: 'off-topic-tips-cats-01',
    pool: 'cats-en',
    firstVisit: '2026-09-06T20:00',
    weeks: [
      [3, 0],
      [3, 1],
      [4, 0],
      [1, 4],
    ],
    notes:
      'A rescue-cats group where about one post in twelve was off-topic; in the last week four of five are local chatter (plumber, car boot, match, roadworks).',
  }),
  weekly({
    ...en,
    ...tip,
    id: 'off-topic-tips-sourdough-02',
    pool: 'sourdough-en',
    firstVisit: '2026-10-04T19:30',
    weeks: [
      [3, 1],
      [4, 0],
      [3, 0],
      [2, 4],
    ],
    notes: 'Baking group: one off-topic post in three weeks, then four of six in the last week.',
  }),
  weekly({
    ...en,
    ...tip,
    id: 'off-topic-tips-allotment-03',
    pool: 'allotment-en',
    firstVisit: '2026-05-03T18:00',
    weeks: [
      [2, 0],
      [3, 0],
      [2, 1],
      [3, 0],
      [1, 3],
    ],
    notes: 'Five weeks of a small allotment group, off-topic share about 9% before, 75% in the last week.',
  }),
  weekly({
    ...en,
    ...tip,
    id: 'off-topic-tips-runners-04',
    pool: 'runners-en',
    firstVisit: '2026-11-01T21:00',
    weeks: [
      [4, 1],
      [4, 0],
      [2, 4],
    ],
    notes: 'Only three weeks of history: one off-topic post of nine, then four of six.',
  }),
  weekly({
    ...fr,
    ...tip,
    id: 'off-topic-tips-chats-05',
    pool: 'chats-fr',
    firstVisit: '2026-09-13T20:30',
    weeks: [
      [3, 1],
      [3, 0],
      [3, 1],
      [1, 4],
    ],
    notes:
      'Groupe de chats lyonnais : environ 18 % hors sujet d’habitude, 80 % la dernière semaine (plombier, vide-grenier, covoit…).',
  }),
  weekly({
    ...fr,
    ...tip,
    id: 'off-topic-tips-levain-06',
    pool: 'levain-fr',
    firstVisit: '2026-10-11T08:00',
    weeks: [
      [4, 0],
      [3, 0],
      [2, 3],
    ],
    notes: 'Aucun message hors sujet pendant deux semaines, puis trois sur cinq.',
  }),
  weekly({
    ...fr,
    ...tip,
    id: 'off-topic-tips-potager-07',
    pool: 'potager-fr',
    firstVisit: '2026-06-07T19:00',
    weeks: [
      [2, 1],
      [3, 0],
      [3, 0],
      [3, 0],
      [1, 4],
    ],
    notes: 'Cinq semaines de potager, un seul hors sujet au début, puis quatre sur cinq la dernière semaine.',
  }),
  weekly({
    ...fr,
    ...tip,
    id: 'off-topic-tips-rando-08',
    pool: 'rando-fr',
    firstVisit: '2026-03-01T19:00',
    weeks: [
      [3, 0],
      [3, 1],
      [1, 5],
    ],
    notes: 'Groupe de rando : un hors sujet sur sept, puis cinq sur six.',
  }),
  weekly({
    ...en,
    ...calm,
    id: 'off-topic-lookalike-usual-09',
    pool: 'knitting-en',
    firstVisit: '2026-09-20T18:00',
    weeks: [
      [3, 1],
      [3, 1],
      [4, 0],
      [3, 1],
    ],
    notes: 'A knitting group with its usual quarter of off-topic posts, the same in the last week.',
  }),
  weekly({
    ...en,
    ...calm,
    id: 'off-topic-lookalike-usual-10',
    pool: 'parents-en',
    firstVisit: '2026-10-11T20:00',
    weeks: [
      [2, 1],
      [3, 1],
      [3, 0],
      [3, 1],
    ],
    notes:
      'A school parents’ group where local questions are common (about 25%); the last week is like the others.',
  }),
  weekly({
    ...fr,
    ...calm,
    id: 'off-topic-lookalike-usual-11',
    pool: 'tricot-fr',
    firstVisit: '2026-01-11T15:00',
    weeks: [
      [3, 0],
      [3, 1],
      [3, 0],
      [3, 1],
    ],
    notes: 'Groupe de tricot : un hors sujet une semaine sur deux, la dernière semaine comprise.',
  }),
  weekly({
    ...fr,
    ...calm,
    id: 'off-topic-lookalike-usual-12',
    pool: 'parents-fr',
    firstVisit: '2026-03-08T20:00',
    weeks: [
      [3, 1],
      [2, 1],
      [3, 1],
      [2, 1],
    ],
    notes: 'Parents d’élèves : un hors sujet par semaine sur trois ou quatre messages, sans changement.',
  }),
  weekly({
    ...en,
    ...calm,
    id: 'off-topic-lookalike-busy-13',
    pool: 'aquarium-en',
    firstVisit: '2026-07-05T21:00',
    weeks: [
      [2, 0],
      [2, 1],
      [2, 0],
      [7, 1],
    ],
    notes:
      'An aquarium group with a busy on-topic last week (eight posts, one off-topic): more posts, not more off-topic share.',
  }),
  weekly({
    ...en,
    ...calm,
    id: 'off-topic-lookalike-busy-14',
    pool: 'vintage-en',
    firstVisit: '2026-04-12T20:00',
    weeks: [
      [3, 1],
      [2, 0],
      [7, 1],
    ],
    notes: 'Classic Mini club before a show: the last week doubles, with one off-topic post.',
  }),
  weekly({
    ...fr,
    ...calm,
    id: 'off-topic-lookalike-busy-15',
    pool: 'chiens-fr',
    firstVisit: '2026-05-10T20:00',
    weeks: [
      [2, 1],
      [3, 0],
      [2, 0],
      [6, 1],
    ],
    notes: 'Groupe de chiens : une semaine chargée de questions sur le sujet, un seul hors sujet.',
  }),
  weekly({
    ...fr,
    ...calm,
    id: 'off-topic-lookalike-busy-16',
    pool: 'aquarium-fr',
    firstVisit: '2026-02-01T21:00',
    weeks: [
      [3, 0],
      [2, 1],
      [8, 0],
    ],
    notes: 'Aquariophilie : huit messages sur le sujet la dernière semaine, aucun hors sujet.',
  }),
];
