// Builds the labelled situations for issue 17's weak signals (see test/signals/README.md).
// From the project root: `node test/signals/build-situations.mjs` rewrites test/signals/situations/ byte for byte;
// `--out <dir>` writes the same files elsewhere (the data test compares the two).
import fs from 'fs';
import path from 'path';
import { feedPage, postPage } from './render.mjs';
import { GROUPS } from './data/groups.mjs';
import repeatedImage from './data/repeated-image.mjs';
import offTopic from './data/off-topic.mjs';
import newcomer from './data/newcomer.mjs';
import heated from './data/heated.mjs';
import brand from './data/brand.mjs';
import quiet from './data/quiet.mjs';

const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 ? process.argv[outIndex + 1] : 'test/signals/situations';

// Invented numeric ids: FNV-1a (64 bit) of the situation and the key, as digits, with the captures' prefixes.
function digits(seed, length) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(seed)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString().padStart(20, '7').slice(-length);
}
const seen = new Map();
function uniqueId(seed, prefix, length) {
  const id = prefix + digits(seed, length - prefix.length);
  if (seen.has(id) && seen.get(id) !== seed)
    throw new Error(`id ${id} made twice (${seed}, ${seen.get(id)})`);
  seen.set(id, seed);
  return id;
}
const memberId = (sid, key) =>
  digits(`${sid}/${key}/p`, 1) < '5'
    ? uniqueId(`${sid}/m/${key}`, '6155', 14)
    : uniqueId(`${sid}/m/${key}`, '1000', 15);
const postId = (sid, key) => uniqueId(`${sid}/p/${key}`, '7', 15);
const commentId = (sid, key) => uniqueId(`${sid}/c/${key}`, '1', 16);
const photoId = (sid, key) => uniqueId(`${sid}/f/${key}`, '17', 16);
const iso = (time) => `${time}:00.000Z`;

function resolvePost(spec, s) {
  const pid = s.pid(spec.key);
  const photos = (spec.photos ?? []).map((p) => ({
    ...p,
    fbid: photoId(s.photoScope(p), p.key),
    src: Number(digits(`${s.photoScope(p)}/src/${p.key}`, 5)),
    set: p.set ? s.pid(p.set) : undefined,
  }));
  return { key: spec.key, pid, author: s.member(spec.by), at: iso(spec.at), text: spec.text, photos };
}

function buildSituation(def) {
  const group = GROUPS[def.group];
  if (!group) throw new Error(`${def.id}: unknown group ${def.group}`);
  const uids = Object.fromEntries(Object.keys(def.members).map((key) => [key, memberId(def.id, key)]));
  const member = (key) => {
    if (!uids[key]) throw new Error(`${def.id}: unknown member ${key}`);
    return { uid: uids[key], name: def.members[key][0] };
  };
  const items = new Map();
  const s = {
    pid: (key) => postId(def.id, key),
    member,
    photoScope: (p) => (p.shared ? `shared/${p.shared}` : def.id),
  };
  const files = new Map();
  const visits = def.visits.map((visit) => {
    const ctx = { gid: group.gid, lang: def.lang, tz: def.tz, now: iso(visit.now) };
    const day = visit.now.slice(0, 10);
    if (visit.post) {
      const post = resolvePost(visit.post, s);
      items.set(visit.post.key, post.pid);
      const comments = visit.comments.map((c) => ({
        ...c,
        cid: commentId(def.id, c.key),
        author: member(c.by),
        at: iso(c.at),
      }));
      for (const c of comments) items.set(c.key, c.cid);
      const name = uniqueName(files, `pages/post-${visit.post.key}-${day}.html`);
      files.set(name, postPage(post, comments, ctx));
      return {
        page: name,
        url: `https://www.facebook.com/groups/${group.gid}/posts/${post.pid}/`,
        now: ctx.now,
        tz: def.tz,
      };
    }
    const posts = visit.posts.map((p) => resolvePost(p, s));
    for (const p of posts) items.set(p.key, p.pid);
    const name = uniqueName(files, `pages/feed-${day}.html`);
    files.set(name, feedPage(posts, ctx));
    return { page: name, url: `https://www.facebook.com/groups/${group.gid}/`, now: ctx.now, tz: def.tz };
  });
  const item = (key) => {
    if (!items.has(key)) throw new Error(`${def.id}: evidence ${key} is on no page`);
    return items.get(key);
  };
  const situation = {
    id: def.id,
    kind: def.kind,
    lookalike: def.lookalike,
    language: def.lang,
    group: { id: group.gid, focus: group.focus },
    members: Object.entries(def.members).map(([key, [name, joined, role]]) => ({
      uid: uids[key],
      name,
      joinedAt: iso(joined.length === 10 ? `${joined}T12:00` : joined),
      ...(role ? { role } : {}),
    })),
    visits,
    expect: def.lookalike
      ? []
      : def.expect.map((e) => ({
          kind: def.kind,
          memberUids: e.members.map((m) => uids[m]),
          evidenceItemIds: e.evidence.map(item),
        })),
    notes: def.notes,
  };
  if (def.lookalike && def.expect?.length) throw new Error(`${def.id}: a look-alike expects nothing`);
  return { situation, files };
}

function uniqueName(files, name) {
  let candidate = name;
  for (let n = 2; files.has(candidate); n += 1) candidate = name.replace('.html', `-${n}.html`);
  return candidate;
}

const all = [...repeatedImage, ...offTopic, ...newcomer, ...heated, ...brand, ...quiet];
const ids = new Set();
fs.rmSync(OUT, { recursive: true, force: true });
for (const def of all) {
  if (ids.has(def.id)) throw new Error(`situation ${def.id} defined twice`);
  ids.add(def.id);
  const { situation, files } = buildSituation(def);
  const dir = path.join(OUT, def.id);
  fs.mkdirSync(path.join(dir, 'pages'), { recursive: true });
  for (const [name, html] of files) fs.writeFileSync(path.join(dir, name), html);
  fs.writeFileSync(path.join(dir, 'situation.json'), JSON.stringify(situation, null, 2) + '\n');
}
console.log(`${all.length} situations written to ${OUT}`);
