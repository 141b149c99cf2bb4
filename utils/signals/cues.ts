/**
 * Words that tell self-promotion and contests, in English and French. Matched on a folded text (lowercase, no
 * accents, straight apostrophes), word-bounded. Each list is one kind of cue: a post is judged on how many kinds it
 * shows, never on one word (a kind introduction that mentions a job shows one at most).
 */

/** Lowercase, accents removed, curly apostrophes straightened, spaces collapsed. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (...patterns: string[]) =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${patterns.join('|')})(?=$|[^\\p{L}\\p{N}])`, 'u');

export const SELLING_CUES = {
  /** Asks to be contacted privately. */
  contact: words(
    'dm me',
    'pm me',
    'inbox me',
    'message me',
    'send me a (?:dm|pm|message)',
    'contact me',
    'get in touch',
    'whatsapp',
    'ecrivez[- ]moi',
    'ecris[- ]moi',
    'contactez[- ]moi',
    'contacte[- ]moi',
    'en (?:mp|pv|prive)',
    'par mp',
    'envoyez[- ]moi un (?:mp|message)',
    'envoie[- ]moi un (?:mp|message)',
  ),
  /** A price or a rate. */
  price: /(?:\d+(?:[.,]\d+)?\s?(?:€|eur\b|euros?\b|\$|£|usd\b|gbp\b)|[$£€]\s?\d)/u,
  /** Their own business. */
  business: words(
    'my (?:shop|store|business|website|site|page|brand|services|salon|studio|etsy|company)',
    'our (?:shop|store|website|products|services)',
    'ma (?:boutique|page|marque|societe|petite entreprise|micro[- ]entreprise)',
    'mon (?:site|entreprise|salon|atelier|activite|auto[- ]entreprise)',
    'mes (?:services|creations|produits|tarifs|prestations)',
    'je propose (?:mes|des) (?:services|prestations|seances|cours)',
    'i offer',
    'i sell',
    'je vends',
    'je fabrique',
    'i make and sell',
    'my (?:channel|youtube|bakery|kitchen|cakes|classes|courses|tours|hikes|workshops?)',
    'ma (?:chaine|boulangerie|patisserie|cuisine)',
    'mes (?:gateaux|cours|ateliers|randonnees|sorties)',
    'on order',
    'sur commande',
    'taking orders',
    'je prends les commandes',
    'guided (?:hikes?|tours?|walks?)',
    'randonnees? guidees?',
    'subscribe',
  ),
  /** Sale and call-to-action words. */
  sale: words(
    'for sale',
    'a vendre',
    'discount',
    'promo(?: code)?',
    'code promo',
    'coupon',
    '\\d{1,2} ?% (?:off|de reduction)',
    '-\\d{1,2} ?%',
    'order now',
    'book now',
    'buy now',
    'shop now',
    'commandez',
    'reservez',
    'livraison (?:offerte|gratuite)',
    'free shipping',
    'recommend me',
    'recommandez[- ]moi',
    'follow (?:my|our) page',
    'suivez (?:ma|notre) page',
    'abonnez[- ]vous',
    'link in (?:bio|comments?)',
    'lien en (?:bio|commentaires?)',
    'tarifs?',
    'rates',
    'prices?',
    'prix',
    'orders?',
    'commandes?',
    'book (?:your|a|now)',
    'reservations?',
    'places? (?:limitees|disponibles)',
    'limited (?:places|spots)',
  ),
} as const;
export type SellingCue = keyof typeof SELLING_CUES;

/** The kinds of self-promotion cue a post shows; an outside link counts as one. */
export function sellingCues(text: string, domains: readonly string[]): SellingCue[] {
  const folded = fold(text);
  const found = (Object.keys(SELLING_CUES) as SellingCue[]).filter((cue) => SELLING_CUES[cue].test(folded));
  return domains.length > 0 && !found.includes('business') ? [...found, 'business'] : found;
}

export const CONTEST_CUES = {
  /** A contest or a prize. */
  contest: words(
    'giveaway',
    'contest',
    'competition',
    'sweepstakes?',
    'concours',
    'jeu[- ]concours',
    'tirage au sort',
    'a gagner',
    'to win',
    'win a',
    'win an',
    'win one',
    'gagnez',
    'gagner (?:un|une|des|le|la|\\d+|votre|vos|ton|ta|tes)',
    'win (?:\\d+|your|free|the)',
    '(?:courez|courir) la chance',
    'chance de gagner',
    'giv(?:e|ing) away',
    'remportez',
    'tente[zs]? (?:de gagner|votre chance|ta chance)',
    'on (?:vous )?fait gagner',
    'remporter',
    'lot a gagner',
    'prize',
    'winner',
    'gagnant',
    '(?:prize|a|the) draw',
    'tirage',
    'chance to win',
    'a remporter',
  ),
  /** What one must do to enter. */
  mechanic: words(
    'share (?:this|and|to|&)',
    'like (?:and|&) share',
    'like,? share',
    'tag (?:\\d|one|two|three|a friend|your friends|\\w+ friends)',
    'comment (?:to enter|below to)',
    'follow (?:us|our page)',
    'partagez',
    'partage (?:ce|cette|et)',
    'likez',
    'aimez (?:et|la page|notre page|ma page)',
    'identifiez',
    'identifie (?:\\d|un|deux|trois)',
    'taguez',
    'mentionnez',
    'abonnez[- ]vous',
    'abonne[- ]toi',
    'tague[sz]? (?:\\d|un|une|deux|trois|tes|vos)',
    'commentez',
    'like,? (?:share|comment)',
    'comment (?:and|&) share',
    'aimez,? (?:partagez|commentez)',
    'share',
    'like our page',
    'follow @\\w+',
    'comment (?:your|with|below)',
    'commente[rz]? (?:ton|votre|en dessous)',
    'suivez[- ]nous',
    'enter (?:now|here|by)',
    'participez',
    'pour participer',
    'to enter',
  ),
  /** A brand speaking. */
  brand: words(
    'our (?:brand|products?|new collection|store|shop|range)',
    'notre (?:marque|boutique|nouvelle collection|gamme|site)',
    'nos (?:produits|croquettes|articles)',
    'code promo',
    'promo code',
    'discount code',
    'use code',
    // A promo code as brands write them: a word with a number ("MIAOU20", "PURR15").
    'code (?:promo )?[a-z]{2,}\\d{1,3}',
    'today only',
    'while stocks? lasts?',
    'limited time',
    'offer ends',
    "jusqu'a epuisement des stocks",
    'offre (?:valable|limitee|speciale)',
    '(?:decouvrez|decouvre) (?:notre|nos)',
    '(?:discover|check out|visit) our',
    'visitez notre',
    'sponsored',
    'partenariat',
    'en partenariat avec',
    'black friday',
    '\\d{1,2} ?% (?:off|de remise|de reduction)',
    '-\\d{1,2} ?%',
    'our (?:shop|online shop|website)',
    'notre (?:magasin|site)',
  ),
} as const;
export type ContestCue = keyof typeof CONTEST_CUES;

/** Words of someone warning about a contest or a scam, not running one. */
export const WARNING = words(
  'scam',
  'scams',
  'fake',
  'beware',
  'watch out',
  'arnaque',
  'arnaques',
  'faux',
  'mefiez[- ]vous',
  'attention',
);

/** A member's own good cause: a raffle or a sale for a shelter or a charity is the group's life, not a brand. */
export const GOOD_CAUSE = words(
  'charity',
  'fundraiser',
  'fundraising',
  'raffle',
  'proceeds',
  'donations?',
  'shelter',
  'plant sale',
  'bake sale',
  'tombola',
  "au profit d(?:u|e|es|')",
  'caritati(?:f|ve)',
  'refuge',
  'dons',
  'faire un don',
  'kermesse',
  'vente de (?:plantes|gateaux)',
);

export function contestCues(text: string): ContestCue[] {
  const folded = fold(text);
  return (Object.keys(CONTEST_CUES) as ContestCue[]).filter((cue) => CONTEST_CUES[cue].test(folded));
}
