/**
 * The same picture posted again within a window. A picture is told by its cues only (see CONTRIBUTING, "What a weak
 * signal reads from a post"): the same Facebook photo id (a reshare), or the same specific alt text with the same
 * width and height (an upload again), or the same words quoted from the picture in its alt text. An alt text alone,
 * without the size, never makes two pictures one, and a generic one not even with it: "May be an image of cat"
 * describes many cats, and many phones take them at 1536 × 2048.
 *
 * Each cue gives lookup keys; the fingerprints of earlier posts are found by key (an index in storage, a map in
 * tests), so the work per new post does not grow with the number of fingerprints kept.
 */
import type { ImageCue } from '@/utils/facebook/post-content';
import { fold } from './cues';
import { EVIDENCE_MAX, type SignalDraft, type SignalItem } from './schema';

/** One picture of one post, as kept: its key, the post and when. */
export interface Fingerprint {
  key: string;
  groupId: string;
  itemId: string;
  memberId: string;
  at: string;
  permalink?: string;
  excerpt: string;
}

/** Facebook's alt text when it could describe nothing: shared by every such picture. */
const NO_DESCRIPTION =
  /^(?:no photo description available|aucune description de photo disponible|khong co mo ta anh)\.?$/;

/** How Facebook opens a generated alt text ("May be an image of", "Peut être une image de"), folded. */
const ALT_LEAD =
  /^(?:may be (?:an?|the) [a-z-]+(?: [a-z-]+)? of|peut etre (?:une?|la|le) [a-z-]+(?: [a-z-]+)? (?:de|d'|du|des)|co the la [a-z ]+? ve)\s*/;
/** Words of an alt text that name nothing: joins, and the tags Facebook adds to any picture (text, indoors, people). */
const ALT_FILLER = new Set(
  `a an the and of on in at with next to by near its his her their some one two three or
  text indoor indoors outdoor outdoors person people close up
  et de du des d l la le les un une sur dans a au aux avec pres a cote texte interieur exterieur personne personnes gros plan`.split(
    /\s+/,
  ),
);
/** Below this many named things, an alt text ("cat", "cat and dog") describes many pictures. */
const SPECIFIC_ALT_WORDS = 3;

/**
 * Whether an alt text is specific enough to tell one picture at its size: it names several things ("cat lying on a
 * red sofa"), not one or two that countless pictures share ("May be an image of cat", even at a common phone size).
 */
export function isSpecificAlt(alt: string): boolean {
  const named = fold(alt)
    .replace(ALT_LEAD, '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1 && !ALT_FILLER.has(word));
  return new Set(named).size >= SPECIFIC_ALT_WORDS;
}

/** The words an alt text quotes from the picture ("… text that says 'Lost cat …'"): they name one picture. */
function quotedKey(alt: string): string | null {
  const quoted = /(?:that says|qui dit|indiquant|noi dung) ['"“«]?(.{12,})/.exec(fold(alt))?.[1];
  return quoted ? `q:${quoted.replace(/['"”»]*\.?$/, '')}` : null;
}

/** The lookup keys of one picture (none when nothing identifies it). */
export function imageKeys(cue: ImageCue): string[] {
  const keys: string[] = [];
  if (cue.photoId) keys.push(`p:${cue.photoId}`);
  const quoted = cue.alt ? quotedKey(cue.alt) : null;
  if (quoted) keys.push(quoted);
  // The same specific description at the same size: an upload again. A generic one ("May be an image of cat"),
  // or Facebook's "no description", is shared by many pictures of that size.
  if (cue.alt && cue.width && cue.height && !NO_DESCRIPTION.test(fold(cue.alt)) && isSpecificAlt(cue.alt))
    keys.push(`d:${cue.width}x${cue.height}:${fold(cue.alt)}`);
  return keys;
}

/** The fingerprints a post leaves (one per key of each picture). */
export function fingerprintsOf(item: SignalItem): Fingerprint[] {
  if (item.kind !== 'post') return [];
  const keys = new Set(item.images.flatMap(imageKeys));
  return [...keys].map((key) => ({
    key,
    groupId: item.groupId,
    itemId: item.itemId,
    memberId: item.memberId,
    at: item.at,
    ...(item.permalink ? { permalink: item.permalink } : {}),
    excerpt: item.excerpt,
  }));
}

/** Looks up the fingerprints of a group under one key (an index read). */
export type FingerprintLookup = (groupId: string, key: string) => readonly Fingerprint[];

/**
 * A signal when a picture of `item` was posted before, by another post, within `windowDays` before it. Evidence:
 * the earlier posts and this one; members: everyone who posted it, this post's author first.
 */
export function detectRepeatedImage(
  item: SignalItem,
  lookup: FingerprintLookup,
  windowDays: number,
): SignalDraft | null {
  const at = Date.parse(item.at);
  const since = at - windowDays * 24 * 60 * 60 * 1000;
  const earlier = new Map<string, Fingerprint>();
  for (const { key } of fingerprintsOf(item))
    for (const print of lookup(item.groupId, key)) {
      const when = Date.parse(print.at);
      if (print.itemId !== item.itemId && when >= since && when <= at) earlier.set(print.itemId, print);
    }
  if (earlier.size === 0) return null;
  // The first posting and the latest ones, within what a signal keeps (a meme can go round a hundred times).
  const all = [...earlier.values()].sort((a, b) => a.at.localeCompare(b.at));
  const before = all.length < EVIDENCE_MAX ? all : [all[0]!, ...all.slice(-(EVIDENCE_MAX - 2))];
  const members = [item.memberId, ...before.map((print) => print.memberId)];
  return {
    key: `repeated-image|${item.groupId}|${item.itemId}`,
    kind: 'repeated-image',
    groupId: item.groupId,
    memberIds: [...new Set(members)].slice(0, EVIDENCE_MAX),
    evidence: {
      itemIds: [...before.map((print) => print.itemId), item.itemId],
      links: [...before.map((print) => print.permalink), item.permalink].filter((l): l is string => !!l),
      excerpt: item.excerpt,
      at: item.at,
    },
  };
}
