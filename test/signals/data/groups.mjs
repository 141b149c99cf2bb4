// Invented groups: a numeric id and the admin's few words on the group's focus, in both languages.
export const GROUPS = {
  cats: {
    gid: '553398351117702',
    focus: {
      en: 'rescue cats: adoption, fostering, cat care',
      fr: 'chats sauvés : adoption, famille d’accueil, soins',
    },
  },
  chats: {
    gid: '553398351224815',
    focus: {
      en: 'cats in Lyon: adoption, lost and found cats, care',
      fr: 'chats à Lyon : adoption, chats perdus/trouvés, soins',
    },
  },
  sourdough: {
    gid: '693540230118426',
    focus: { en: 'sourdough baking at home', fr: 'pain au levain fait maison' },
  },
  levain: {
    gid: '693540230227539',
    focus: { en: 'home bread baking, sourdough starters', fr: 'boulange maison, levain, recettes de pain' },
  },
  allotment: {
    gid: '412007765301184',
    focus: { en: 'allotment and vegetable growing', fr: 'potager et jardin nourricier' },
  },
  potager: {
    gid: '412007765412297',
    focus: { en: 'organic vegetable gardening', fr: 'potager bio, semis, permaculture' },
  },
  runners: {
    gid: '348812290051736',
    focus: {
      en: 'running club: training, races, routes',
      fr: 'club de course : entraînements, courses, parcours',
    },
  },
  rando: {
    gid: '348812290162849',
    focus: {
      en: 'hiking in the Alps: routes, gear, weather',
      fr: 'randonnée dans les Alpes : itinéraires, matériel, météo',
    },
  },
  knitting: {
    gid: '261134578860413',
    focus: {
      en: 'knitting and crochet: patterns, yarn, help',
      fr: 'tricot et crochet : modèles, laine, entraide',
    },
  },
  tricot: {
    gid: '261134578971526',
    focus: { en: 'knitting for beginners', fr: 'tricot pour débutantes et débutants' },
  },
  aquarium: {
    gid: '730095516620958',
    focus: { en: 'freshwater aquariums and fish keeping', fr: 'aquariums d’eau douce, poissons' },
  },
  parents: {
    gid: '730095516731061',
    focus: { en: 'parents of Oakfield Primary School', fr: 'parents d’élèves de l’école Oakfield' },
  },
  vintage: {
    gid: '187745209934472',
    focus: {
      en: 'classic Minis: restoration, parts, meets',
      fr: 'Mini classiques : restauration, pièces, sorties',
    },
  },
  chiens: {
    gid: '187745210045585',
    focus: { en: 'dogs: education, health, walks', fr: 'chiens : éducation, santé, balades' },
  },
  ecole: {
    gid: '730095516842174',
    focus: { en: 'parents of Les Tilleuls primary school', fr: 'parents d’élèves de l’école des Tilleuls' },
  },
  aquariophilie: {
    gid: '730095516953287',
    focus: {
      en: 'freshwater aquariums, fish and shrimps',
      fr: 'aquariophilie d’eau douce : poissons, crevettes, plantes',
    },
  },
  birding: {
    gid: '598310447720193',
    focus: {
      en: 'birdwatching around the estuary: sightings, kit, walks',
      fr: 'ornithologie autour de l’estuaire : observations, matériel, sorties',
    },
  },
  choir: {
    gid: '598310447831206',
    focus: {
      en: 'the community choir: rehearsals, songs, concerts',
      fr: 'la chorale du quartier : répétitions, chants, concerts',
    },
  },
  velo: {
    gid: '598310447942319',
    focus: {
      en: 'cycling to work in Grenoble: routes, bikes, safety',
      fr: 'vélotaf à Grenoble : itinéraires, vélos, sécurité',
    },
  },
  couture: {
    gid: '598310448053432',
    focus: { en: 'dressmaking: patterns, fabric, machines', fr: 'couture : patrons, tissus, machines' },
  },
};
