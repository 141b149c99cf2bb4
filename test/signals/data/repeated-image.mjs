// Repeated image: the same picture posted again within 8 weeks (reshare: same photo id; new upload: same alt
// text Facebook generated and same dimensions), and look-alikes that must stay quiet.
import { post, photo, feed } from './dsl.mjs';

const base = { kind: 'repeated-image' };
const en = { ...base, lang: 'en', tz: 'Europe/London' };
const fr = { ...base, lang: 'fr', tz: 'Europe/Paris' };

export default [
  {
    ...en,
    id: 'repeat-photo-reshare-01',
    lookalike: false,
    group: 'cats',
    members: { ana: ['Ana Whitfield', '2023-02-11'], bea: ['Beatrix Colley', '2024-07-30'] },
    visits: [
      feed(
        '2026-09-07T19:30',
        post(
          'p1',
          'ana',
          '2026-09-06T10:12',
          ['Mochi is still looking for a home 😿', 'shes 2, spayed, fine with other cats. Please share!!'],
          [photo('f1', "May be an image of cat and text that says 'ADOPT ME MOCHI 2 YRS'", 960, 1280)],
        ),
      ),
      feed(
        '2026-09-28T20:05',
        post(
          'p2',
          'bea',
          '2026-09-28T08:40',
          'sharing again for Mochi, come on guys someone must have room',
          [
            photo('f1', "May be an image of cat and text that says 'ADOPT ME MOCHI 2 YRS'", 960, 1280, {
              set: 'p1',
            }),
          ],
        ),
      ),
    ],
    expect: [{ members: ['bea'], evidence: ['p2'] }],
    notes:
      'Reshare three weeks later by another member: the second post links the same photo id (fbid), with set=pcb.<first post> as a shared attachment would (assumed); alt text and dimensions are the same too.',
  },
  {
    ...en,
    id: 'repeat-photo-reshare-02',
    lookalike: false,
    group: 'knitting',
    members: { gwen: ['Gwen Harrowby', '2022-05-03'], tilly: ['Tilly Okafor', '2025-11-19'] },
    visits: [
      feed(
        '2026-10-02T18:00',
        post(
          'p1',
          'gwen',
          '2026-09-30T21:15',
          ['Free pattern for the little fox hat, chart below', 'took me ages to get the ears right lol'],
          [photo('f1', "May be an image of knitting chart and text that says 'FOX HAT CHART'", 1080, 1350)],
        ),
      ),
      feed(
        '2026-11-06T18:20',
        post('p2', 'gwen', '2026-11-05T09:02', 'bumping my fox hat chart since a few of you asked again 🦊', [
          photo('f1', "May be an image of knitting chart and text that says 'FOX HAT CHART'", 1080, 1350, {
            set: 'p1',
          }),
        ]),
      ),
    ],
    expect: [{ members: ['gwen'], evidence: ['p2'] }],
    notes:
      'The same member reposts her own chart five weeks later: same photo id in the link (reshare of her own post), same alt and dimensions.',
  },
  {
    ...en,
    id: 'repeat-photo-upload-03',
    lookalike: false,
    group: 'sourdough',
    members: { rory: ['Rory Blackwood', '2024-01-09'] },
    visits: [
      feed(
        '2026-09-15T07:50',
        post(
          'p1',
          'rory',
          '2026-09-14T17:33',
          'crumb shot from sundays loaf, 78% hydration, pretty chuffed',
          [photo('f1', "May be an image of bread and text that says 'DAY 3 78%'", 1080, 1440)],
        ),
      ),
      feed(
        '2026-09-29T08:10',
        post(
          'p2',
          'rory',
          '2026-09-28T19:01',
          ['ok is this crumb under-proofed or fine?', 'be honest'],
          [photo('f2', "May be an image of bread and text that says 'DAY 3 78%'", 1080, 1440)],
        ),
      ),
    ],
    expect: [{ members: ['rory'], evidence: ['p2'] }],
    notes:
      'New upload two weeks later (a new photo id): the cues are the identical generated alt text (with the text written on the picture) and the identical dimensions 1080x1440.',
  },
  {
    ...en,
    id: 'repeat-photo-upload-04',
    lookalike: false,
    group: 'allotment',
    members: { mags: ['Maggie Threlfall', '2021-03-14'], dev: ['Devesh Carrow', '2025-02-02'] },
    visits: [
      feed(
        '2026-08-20T12:00',
        post('p1', 'mags', '2026-08-18T16:45', 'this is me every single august 😂🥒', [
          photo(
            'f1',
            "May be a meme of vegetable and text that says 'WHEN YOU PLANTED 2 COURGETTES AND NOW YOU HAVE 400'",
            720,
            720,
          ),
        ]),
      ),
      feed(
        '2026-09-30T12:10',
        post('p2', 'dev', '2026-09-29T13:20', 'found this and thought of you lot', [
          photo(
            'f2',
            "May be a meme of vegetable and text that says 'WHEN YOU PLANTED 2 COURGETTES AND NOW YOU HAVE 400'",
            720,
            720,
          ),
        ]),
      ),
    ],
    expect: [{ members: ['dev'], evidence: ['p2'] }],
    notes:
      'Another member uploads the same meme six weeks later as a new file: same alt text with the meme’s words and the same 720x720 size; the photo id differs.',
  },
  {
    ...en,
    id: 'repeat-photo-reshare-05',
    lookalike: false,
    group: 'runners',
    members: {
      jo: ['Jo Pemberton', '2020-09-01'],
      sam: ['Sami Rahal', '2024-04-22'],
      kit: ['Kit Munro', '2025-08-08'],
    },
    visits: [
      feed(
        '2026-10-04T09:00',
        post(
          'p1',
          'jo',
          '2026-10-03T18:00',
          ['Riverside 10k is ON 🏃‍♀️', 'sign up link in comments, club entry closes 1st nov'],
          [
            photo(
              'f1',
              "May be an image of 2 people, running and text that says 'RIVERSIDE 10K 15 NOV'",
              1200,
              628,
            ),
          ],
        ),
      ),
      feed(
        '2026-10-18T09:05',
        post('p2', 'sam', '2026-10-17T07:30', 'who else is doing this??', [
          photo(
            'f1',
            "May be an image of 2 people, running and text that says 'RIVERSIDE 10K 15 NOV'",
            1200,
            628,
            { set: 'p1' },
          ),
        ]),
      ),
      feed(
        '2026-10-25T09:10',
        post('p3', 'kit', '2026-10-24T20:14', 'reminder!! 1 week to sign up', [
          photo(
            'f1',
            "May be an image of 2 people, running and text that says 'RIVERSIDE 10K 15 NOV'",
            1200,
            628,
            { set: 'p1' },
          ),
        ]),
      ),
    ],
    expect: [{ members: ['sam', 'kit'], evidence: ['p2', 'p3'] }],
    notes:
      'The race poster goes round three times in three weeks, reshared twice (same photo id each time) by two other members: one signal naming both reposts.',
  },
  {
    ...en,
    id: 'repeat-photo-upload-06',
    lookalike: false,
    group: 'aquarium',
    members: { nell: ['Nell Ashdown', '2023-10-10'], ollie: ['Ollie Brandt', '2022-12-01'] },
    visits: [
      feed(
        '2026-09-03T21:00',
        post(
          'p1',
          'nell',
          '2026-09-02T20:11',
          'my test results after the cycle, is nitrite too high? ammonia looks ok',
          [
            photo(
              'f1',
              "May be an image of text that says 'AMMONIA 0 NITRITE 0.5 NITRATE 20 PH 7.4'",
              1080,
              1350,
            ),
          ],
        ),
      ),
      feed(
        '2026-10-15T21:10',
        post(
          'p2',
          'ollie',
          '2026-10-15T10:40',
          'saw this posted before, is 0.5 nitrite actually dangerous?',
          [
            photo(
              'f2',
              "May be an image of text that says 'AMMONIA 0 NITRITE 0.5 NITRATE 20 PH 7.4'",
              1080,
              1080,
            ),
          ],
        ),
      ),
    ],
    expect: [{ members: ['ollie'], evidence: ['p2'] }],
    notes:
      'A screenshot uploaded again six weeks later, cropped square: only the long generated alt text (the numbers written on it) matches; dimensions differ (1080x1350 then 1080x1080), the photo id is new.',
  },
  {
    ...fr,
    id: 'repeat-photo-reshare-07',
    lookalike: false,
    group: 'chats',
    members: { lea: ['Léa Fournival', '2022-06-18'], karim: ['Karim Baudrier', '2025-03-27'] },
    visits: [
      feed(
        '2026-10-10T18:45',
        post(
          'p1',
          'lea',
          '2026-10-09T07:55',
          ['CHAT PERDU secteur Croix-Rousse 😭', 'il s’appelle Pistache, tatoué, très peureux. partagez svp'],
          [
            photo(
              'f1',
              'Peut être une image de chat et texte qui dit « PERDU PISTACHE CROIX-ROUSSE »',
              1080,
              1350,
            ),
          ],
        ),
      ),
      feed(
        '2026-10-20T19:00',
        post('p2', 'karim', '2026-10-19T12:02', 'je repartage, tjs pas retrouvé apparemment', [
          photo(
            'f1',
            'Peut être une image de chat et texte qui dit « PERDU PISTACHE CROIX-ROUSSE »',
            1080,
            1350,
            { set: 'p1' },
          ),
        ]),
      ),
    ],
    expect: [{ members: ['karim'], evidence: ['p2'] }],
    notes:
      'Avis de chat perdu repartagé dix jours après par un autre membre : même identifiant de photo (fbid), même texte alternatif (formulation française supposée), mêmes dimensions.',
  },
  {
    ...fr,
    id: 'repeat-photo-upload-08',
    lookalike: false,
    group: 'levain',
    members: { mathilde: ['Mathilde Roussel', '2023-09-05'] },
    visits: [
      feed(
        '2026-09-20T08:30',
        post(
          'p1',
          'mathilde',
          '2026-09-19T15:10',
          'ma 1ere miche au levain !!! bon elle est un peu plate mais jsuis fière 🥖',
          [photo('f1', 'Peut être une image de pain et texte qui dit « MA 1ÈRE MICHE »', 1536, 2048)],
        ),
      ),
      feed(
        '2026-10-18T08:40',
        post(
          'p2',
          'mathilde',
          '2026-10-17T17:25',
          'je remets ma miche pcq personne m’a répondu : pourquoi elle s’étale ??',
          [photo('f2', 'Peut être une image de pain et texte qui dit « MA 1ÈRE MICHE »', 1536, 2048)],
        ),
      ),
    ],
    expect: [{ members: ['mathilde'], evidence: ['p2'] }],
    notes:
      'La même personne remet la même photo quatre semaines plus tard en la téléversant à nouveau : nouvel identifiant, mais texte alternatif et dimensions (1536x2048) identiques.',
  },
  {
    ...fr,
    id: 'repeat-photo-reshare-09',
    lookalike: false,
    group: 'potager',
    members: {
      gerard: ['Gérard Pelletan', '2019-04-02'],
      nadia: ['Nadia Chérif', '2024-05-14'],
      paul: ['Paul-Henri Vasseur', '2021-08-30'],
    },
    visits: [
      feed(
        '2026-08-12T20:00',
        post('p1', 'gerard', '2026-08-11T18:30', 'Récolte du jour, les cœurs de bœuf ont enfin rougi', [
          photo('f1', 'Peut être une image de tomate, légume et plein air', 2048, 1536),
        ]),
      ),
      feed(
        '2026-08-19T20:10',
        post('p2', 'nadia', '2026-08-18T09:12', 'regardez les tomates de Gérard 😍 jalouse', [
          photo('f1', 'Peut être une image de tomate, légume et plein air', 2048, 1536, { set: 'p1' }),
        ]),
        post('p3', 'paul', '2026-08-18T21:40', 'Pareil je partage, magnifique récolte', [
          photo('f1', 'Peut être une image de tomate, légume et plein air', 2048, 1536, { set: 'p1' }),
        ]),
      ),
    ],
    expect: [{ members: ['nadia', 'paul'], evidence: ['p2', 'p3'] }],
    notes:
      'Deux membres repartagent la même semaine la photo de récolte d’un troisième : même identifiant de photo dans les deux liens ; le texte alternatif est générique, c’est l’identifiant qui suffit.',
  },
  {
    ...fr,
    id: 'repeat-photo-upload-10',
    lookalike: false,
    group: 'rando',
    members: { sylvie: ['Sylvie Marchetti', '2022-02-21'], theo: ['Théo Lagrange', '2025-06-06'] },
    visits: [
      feed(
        '2026-07-28T19:00',
        post(
          'p1',
          'sylvie',
          '2026-07-27T17:50',
          ['Lac Blanc ce matin, personne à 6h 😮', 'montée par les Lacs des Chéserys, 3h tranquille'],
          [photo('f1', 'Peut être une image de montagne, lac, nature et ciel', 4032, 1816)],
        ),
      ),
      feed(
        '2026-09-14T19:10',
        post('p2', 'theo', '2026-09-13T10:05', 'trouvé sur insta, c où exactement ? ça donne envie', [
          photo('f2', 'Peut être une image de montagne, lac, nature et ciel', 4032, 1816),
        ]),
      ),
    ],
    expect: [{ members: ['theo'], evidence: ['p2'] }],
    notes:
      'La même photo de panorama re-téléversée sept semaines plus tard par un autre membre : nouvel identifiant, texte alternatif identique (quatre objets, sans texte cité) et dimensions inhabituelles identiques (4032x1816).',
  },
  {
    ...fr,
    id: 'repeat-photo-upload-11',
    lookalike: false,
    group: 'tricot',
    members: { odile: ['Odile Ferrand', '2024-11-11'], chloe: ['Chloé Berthier', '2026-01-15'] },
    visits: [
      feed(
        '2026-10-01T13:00',
        post('p1', 'odile', '2026-09-30T14:22', 'Grille du point de riz double pour celles qui demandaient', [
          photo(
            'f1',
            'Peut être une image de texte qui dit « POINT DE RIZ DOUBLE RANG 1 : 2M 2ENV »',
            1179,
            2556,
          ),
        ]),
      ),
      feed(
        '2026-11-12T13:10',
        post('p2', 'chloe', '2026-11-11T20:48', 'qqn comprend cette grille ? jsuis perdue au rang 3 🙈', [
          photo(
            'f2',
            'Peut être une image de texte qui dit « POINT DE RIZ DOUBLE RANG 1 : 2M 2ENV »',
            1179,
            2556,
          ),
        ]),
      ),
    ],
    expect: [{ members: ['chloe'], evidence: ['p2'] }],
    notes:
      'Capture d’écran d’une grille remise six semaines après par une autre membre, en nouveau fichier : texte alternatif (avec le texte de la grille) et dimensions (1179x2556) identiques.',
  },
  {
    ...fr,
    id: 'repeat-photo-reshare-12',
    lookalike: false,
    group: 'chiens',
    members: { manon: ['Manon Tessier', '2023-03-03'], hugo: ['Hugo Delacroix', '2024-09-09'] },
    visits: [
      feed(
        '2026-09-08T21:00',
        post(
          'p1',
          'manon',
          '2026-09-07T18:00',
          'Balade au parc de la Tête d’Or avec les copains de Rocky 🐕',
          [
            photo('f1', 'Peut être une image de 3 chiens, herbe et arbre', 1536, 2048),
            photo('f2', 'Peut être une image de chien et herbe', 2048, 1536),
            photo('f3', 'Peut être une image de 2 personnes et chien', 1536, 2048),
          ],
        ),
      ),
      feed(
        '2026-09-29T21:10',
        post('p2', 'hugo', '2026-09-29T08:30', 'la photo de groupe de Manon 😂 on refait ça quand ?', [
          photo('f1', 'Peut être une image de 3 chiens, herbe et arbre', 1536, 2048, { set: 'p1' }),
        ]),
      ),
    ],
    expect: [{ members: ['hugo'], evidence: ['p2'] }],
    notes:
      'Une photo d’un album de trois est repartagée seule trois semaines plus tard : même identifiant de photo que la première de l’album.',
  },
  {
    ...en,
    id: 'repeat-photo-album-25',
    lookalike: false,
    group: 'vintage',
    members: { dilys: ['Dilys Roper', '2021-04-04'], nat: ['Nat Okonjo', '2023-12-12'] },
    visits: [
      feed(
        '2026-06-08T20:00',
        post('p1', 'dilys', '2026-06-07T16:00', 'Whitby run yesterday, 23 Minis on the front 🚗💨', [
          photo(
            'f1',
            "May be an image of 6 cars, road and text that says 'WHITBY MINI RUN 2026'",
            2048,
            1365,
          ),
        ]),
      ),
      feed(
        '2026-07-13T20:05',
        post(
          'p2',
          'nat',
          '2026-07-12T18:30',
          ['my pics from the summer so far', 'thanks Dilys for the first one'],
          [
            photo(
              'f2',
              "May be an image of 6 cars, road and text that says 'WHITBY MINI RUN 2026'",
              2048,
              1365,
            ),
            photo('f3', 'May be an image of car', 1536, 2048),
            photo('f4', 'May be an image of car and grass', 2048, 1536),
          ],
        ),
      ),
    ],
    expect: [{ members: ['nat'], evidence: ['p2'] }],
    notes:
      'Five weeks later, another member’s album of three new uploads starts with the same picture (same long alt text with the banner’s words, same 2048x1365); the other two photos are new.',
  },
  {
    ...fr,
    id: 'repeat-photo-album-26',
    lookalike: false,
    group: 'chats',
    members: { colette: ['Colette Vernier', '2020-02-02'], bruno: ['Bruno Maillet', '2025-09-01'] },
    visits: [
      feed(
        '2026-11-15T19:00',
        post(
          'p1',
          'colette',
          '2026-11-14T10:00',
          'Collecte de croquettes samedi devant la supérette 🐾 on compte sur vous',
          [
            photo(
              'f1',
              'Peut être une image de chat et texte qui dit « COLLECTE SAMEDI 10H-17H »',
              1080,
              1350,
            ),
          ],
        ),
      ),
      feed(
        '2026-11-22T19:10',
        post(
          'p2',
          'bruno',
          '2026-11-21T18:00',
          ['Merci à tous pour la collecte !!! 🙏', 'l’affiche et les photos de la journée'],
          [
            photo(
              'f2',
              'Peut être une image de chat et texte qui dit « COLLECTE SAMEDI 10H-17H »',
              1080,
              1350,
            ),
            photo('f3', 'Peut être une image de 3 personnes', 2048, 1536),
            photo('f4', 'Peut être une image de nourriture pour animaux', 1536, 2048),
          ],
        ),
      ),
    ],
    expect: [{ members: ['bruno'], evidence: ['p2'] }],
    notes:
      'Une semaine après, l’affiche de la collecte revient en premier d’un album de trois photos d’un autre membre (nouvel identifiant, même texte alternatif et mêmes dimensions).',
  },
  // Look-alikes: no signal.
  {
    ...en,
    id: 'repeat-photo-lookalike-cats-13',
    lookalike: true,
    group: 'cats',
    members: { fran: ['Fran Lindqvist', '2023-06-01'], amos: ['Amos Pettigrew', '2024-02-17'] },
    visits: [
      feed(
        '2026-10-12T20:00',
        post('p1', 'amos', '2026-10-12T09:10', 'Biscuit has claimed the radiator for winter', [
          photo('f1', 'May be an image of cat', 960, 1280),
        ]),
        post('p2', 'fran', '2026-10-10T17:45', 'new foster boy settling in, he is SO shy', [
          photo('f2', 'May be an image of cat', 1536, 2048),
        ]),
      ),
    ],
    notes:
      'Two different cat photos in the same week with the same generic alt text ("May be an image of cat"), but different photo ids and different dimensions.',
  },
  {
    ...en,
    id: 'repeat-photo-lookalike-cats-14',
    lookalike: true,
    group: 'knitting',
    members: { wyn: ['Wyn Caddick', '2021-01-20'], priya: ['Priya Nandakumar', '2025-05-05'] },
    visits: [
      feed(
        '2026-09-10T19:00',
        post('p1', 'wyn', '2026-09-09T11:11', 'helper supervising my blocking again 🙄🐈', [
          photo('f1', 'May be an image of cat and indoor', 1080, 1350),
        ]),
      ),
      feed(
        '2026-09-24T19:05',
        post('p2', 'priya', '2026-09-23T22:30', 'my cat vs my yarn stash, cat is winning', [
          photo('f2', 'May be an image of cat and indoor', 3024, 4032),
        ]),
      ),
    ],
    notes:
      'Two members post their own cat on yarn two weeks apart; both alt texts read "May be an image of cat and indoor", dimensions and photo ids differ.',
  },
  {
    ...en,
    id: 'repeat-photo-lookalike-old-15',
    lookalike: true,
    group: 'sourdough',
    members: { hal: ['Hal Everett', '2020-10-10'] },
    visits: [
      feed(
        '2026-07-06T08:00',
        post('p1', 'hal', '2026-07-05T16:00', 'my starter schedule, print it and stick it on the fridge', [
          photo('f1', "May be an image of text that says 'FEED 1:1:1 EVERY 12H'", 1080, 1350),
        ]),
      ),
      feed(
        '2026-09-21T08:05',
        post('p2', 'hal', '2026-09-20T16:30', 'new members: this is the schedule I use, reposting', [
          photo('f1', "May be an image of text that says 'FEED 1:1:1 EVERY 12H'", 1080, 1350, { set: 'p1' }),
        ]),
      ),
    ],
    notes: 'The same photo (same photo id) posted again after eleven weeks, beyond the 8-week window.',
  },
  {
    ...en,
    id: 'repeat-photo-lookalike-old-16',
    lookalike: true,
    group: 'allotment',
    members: { bet: ['Bethan Quayle', '2022-04-04'], ron: ['Ronan Skelly', '2023-01-23'] },
    visits: [
      feed(
        '2026-05-11T18:00',
        post('p1', 'bet', '2026-05-10T10:00', 'Plot 14 in May, before the slugs found it', [
          photo('f1', 'May be an image of garden, vegetable and grass', 2048, 1152),
        ]),
      ),
      feed(
        '2026-07-27T18:10',
        post('p2', 'ron', '2026-07-26T12:00', 'Throwback to Bethans plot in spring 🌱', [
          photo('f2', 'May be an image of garden, vegetable and grass', 2048, 1152),
        ]),
      ),
    ],
    notes:
      'Re-upload of the same picture (same alt, same dimensions, new photo id) eleven weeks later: beyond the window.',
  },
  {
    ...en,
    id: 'repeat-photo-lookalike-album-17',
    lookalike: true,
    group: 'runners',
    members: { ines: ['Ines Carvalho', '2023-05-17'] },
    visits: [
      feed(
        '2026-10-11T20:00',
        post(
          'p1',
          'ines',
          '2026-10-11T14:05',
          ['Parkrun this morning!! PB by 40 sec 🎉', 'sorry for the double pic, phone did a burst'],
          [
            photo('f1', 'May be an image of 5 people, people running and road', 1536, 2048),
            photo('f2', 'May be an image of 5 people, people running and road', 1536, 2048),
            photo('f3', 'May be an image of 1 person and medal', 2048, 1536),
          ],
        ),
      ),
    ],
    notes:
      'One post, an album of three, two of them the same shot (same alt and dimensions, two photo ids) by the same person in the same post: not a repeat.',
  },
  {
    ...en,
    id: 'repeat-photo-lookalike-album-18',
    lookalike: true,
    group: 'aquarium',
    members: { cal: ['Callum Reid', '2024-06-30'], ade: ['Adaeze Obi', '2022-08-08'] },
    visits: [
      feed(
        '2026-11-02T21:00',
        post('p1', 'cal', '2026-11-01T19:20', 'before / after the rescape, same angle', [
          photo('f1', 'May be an image of aquarium and fish', 1920, 1080),
          photo('f2', 'May be an image of aquarium and fish', 1920, 1080),
        ]),
        post('p2', 'ade', '2026-10-30T08:15', 'anyone know what this white fuzz is on my driftwood?', [
          photo('f3', 'May be an image of aquarium', 1080, 1350),
        ]),
      ),
    ],
    notes:
      'A before/after pair inside one post (same alt and dimensions, two photo ids), and an unrelated aquarium photo with other dimensions by someone else.',
  },
  {
    ...fr,
    id: 'repeat-photo-lookalike-chats-19',
    lookalike: true,
    group: 'chats',
    members: { elise: ['Élise Garnier', '2021-12-12'], bruno: ['Bruno Maillet', '2025-09-01'] },
    visits: [
      feed(
        '2026-10-22T19:00',
        post(
          'p1',
          'bruno',
          '2026-10-22T07:40',
          'chat trouvé rue Duguesclin ce matin, tigré, pas pucé. qqn le connaît ?',
          [photo('f1', 'Peut être une image de chat', 1080, 1440)],
        ),
        post('p2', 'elise', '2026-10-20T20:05', 'Nouvelle photo de Caramel pour ses futurs adoptants ❤️', [
          photo('f2', 'Peut être une image de chat', 2316, 3088),
        ]),
      ),
    ],
    notes:
      'Deux photos de chats différents la même semaine, texte alternatif générique identique (« Peut être une image de chat »), identifiants et dimensions différents.',
  },
  {
    ...fr,
    id: 'repeat-photo-lookalike-chiens-20',
    lookalike: true,
    group: 'chiens',
    members: { jb: ['Jean-Baptiste Morin', '2020-05-05'], lina: ['Lina Haddad', '2024-12-01'] },
    visits: [
      feed(
        '2026-09-05T20:00',
        post('p1', 'jb', '2026-09-04T18:00', 'Rocco a 10 ans aujourd’hui 🎂', [
          photo('f1', 'Peut être une image de chien', 1200, 1600),
        ]),
      ),
      feed(
        '2026-09-19T20:05',
        post('p2', 'lina', '2026-09-18T12:30', 'ma Nala après le toilettage, elle boude mdr', [
          photo('f2', 'Peut être une image de chien', 1440, 1800),
        ]),
      ),
    ],
    notes:
      'Deux chiens différents à deux semaines d’écart, même texte alternatif générique, dimensions et identifiants différents.',
  },
  {
    ...fr,
    id: 'repeat-photo-lookalike-old-21',
    lookalike: true,
    group: 'levain',
    members: { remi: ['Rémi Castagné', '2019-11-02'] },
    visits: [
      feed(
        '2026-07-13T08:00',
        post(
          'p1',
          'remi',
          '2026-07-12T09:00',
          'Le tableau des hydratations que j’utilise, pour les nouveaux',
          [photo('f1', 'Peut être une image de texte qui dit « HYDRATATION 65 % 70 % 75 % »', 1080, 1350)],
        ),
      ),
      feed(
        '2026-09-14T08:05',
        post('p2', 'remi', '2026-09-13T10:00', 'je reposte le tableau, bcp de nouveaux depuis l’été', [
          photo('f1', 'Peut être une image de texte qui dit « HYDRATATION 65 % 70 % 75 % »', 1080, 1350, {
            set: 'p1',
          }),
        ]),
      ),
    ],
    notes:
      'La même photo (même identifiant) remise 9 semaines et un jour plus tard (63 jours) : juste au-delà de la fenêtre de 8 semaines.',
  },
  {
    ...fr,
    id: 'repeat-photo-lookalike-old-22',
    lookalike: true,
    group: 'potager',
    members: { claire: ['Claire Vidal', '2022-03-19'], momo: ['Mohamed Benali', '2023-07-07'] },
    visits: [
      feed(
        '2026-04-06T18:00',
        post('p1', 'claire', '2026-04-05T11:00', 'Mon calendrier de semis, fait maison', [
          photo('f1', 'Peut être une image de texte qui dit « SEMIS AVRIL TOMATES POIVRONS »', 1414, 2000),
        ]),
      ),
      feed(
        '2026-07-20T18:05',
        post('p2', 'momo', '2026-07-19T09:30', 'le calendrier de Claire que j’avais gardé, trop pratique', [
          photo('f2', 'Peut être une image de texte qui dit « SEMIS AVRIL TOMATES POIVRONS »', 1414, 2000),
        ]),
      ),
    ],
    notes:
      'Même image re-téléversée (texte alternatif et dimensions identiques, nouvel identifiant) quinze semaines plus tard : hors fenêtre.',
  },
  {
    ...fr,
    id: 'repeat-photo-lookalike-album-23',
    lookalike: true,
    group: 'tricot',
    members: { josiane: ['Josiane Lebrun', '2018-10-10'] },
    visits: [
      feed(
        '2026-11-03T15:00',
        post(
          'p1',
          'josiane',
          '2026-11-02T16:20',
          'mon pull fini !!! devant, dos et encore devant pcq j’en suis trop fière 😅',
          [
            photo('f1', 'Peut être une image de pull et texte', 1536, 2048),
            photo('f2', 'Peut être une image de pull', 1536, 2048),
            photo('f3', 'Peut être une image de pull et texte', 1536, 2048),
          ],
        ),
      ),
    ],
    notes:
      'Un seul message, un album où la même photo du devant apparaît deux fois (même texte alternatif, mêmes dimensions, deux identifiants) : même personne, même message.',
  },
  {
    ...fr,
    id: 'repeat-photo-lookalike-rando-24',
    lookalike: true,
    group: 'rando',
    members: { yann: ['Yann Le Goff', '2021-06-21'], aurore: ['Aurore Pichon', '2023-08-12'] },
    visits: [
      feed(
        '2026-08-30T19:00',
        post('p1', 'yann', '2026-08-30T06:50', 'Aiguillette des Houches au lever du soleil', [
          photo('f1', 'Peut être une image de montagne et nature', 4032, 3024),
        ]),
        post('p2', 'aurore', '2026-08-28T19:15', 'vue depuis le refuge de Bellachat hier soir', [
          photo('f2', 'Peut être une image de montagne et nature', 2048, 1365),
        ]),
      ),
    ],
    notes:
      'Deux panoramas différents la même semaine avec le même texte alternatif générique, dimensions et identifiants différents.',
  },
  {
    ...en,
    id: 'repeat-photo-lookalike-samesize-27',
    lookalike: true,
    group: 'cats',
    members: { dot: ['Dot Hamblin', '2020-03-03'], pam: ['Pam Ives', '2022-09-09'] },
    visits: [
      feed(
        '2026-08-16T20:00',
        post('p1', 'dot', '2026-08-15T11:00', 'Pepper in her favourite box 📦', [
          photo('f1', 'May be an image of cat', 1536, 2048),
        ]),
      ),
      feed(
        '2026-08-23T20:05',
        post('p2', 'pam', '2026-08-22T19:40', 'new foster girl, 4 months, very chatty', [
          photo('f2', 'May be an image of cat', 1536, 2048),
        ]),
      ),
    ],
    notes:
      'Two different cats photographed with phones: the same generic alt text and the same common size (1536x2048), but different photo ids and nothing else in common. Generic alt plus a common phone size is not a picture’s identity.',
  },
  {
    ...fr,
    id: 'repeat-photo-lookalike-samesize-28',
    lookalike: true,
    group: 'chiens',
    members: { agnes: ['Agnès Rolland', '2021-01-01'], hugo: ['Hugo Delacroix', '2024-09-09'] },
    visits: [
      feed(
        '2026-05-17T20:00',
        post('p1', 'hugo', '2026-05-17T09:00', 'Premier bain de mer pour Oslo 🌊🐕', [
          photo('f1', 'Peut être une image de chien', 2048, 1536),
        ]),
        post('p2', 'agnes', '2026-05-14T18:00', 'ma Lune qui fait la sieste au soleil', [
          photo('f2', 'Peut être une image de chien', 2048, 1536),
        ]),
      ),
    ],
    notes:
      'Deux chiens différents la même semaine, même texte alternatif générique et même taille courante (2048x1536), identifiants différents.',
  },
];
