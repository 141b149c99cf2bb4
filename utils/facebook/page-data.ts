/**
 * Page data embedded in comet pages (`<script type="application/json">` Relay preloads). It carries exact
 * creation times and numeric author ids, so it beats parsing visible labels. Read once per script element.
 */
import { NUMERIC_ID, POST_ID, parseFacebookUrl, postFromUrl } from './urls';

export interface EmbeddedActor {
  id?: string;
  name?: string;
  url?: string;
  isPage: boolean;
}

export interface EmbeddedComment {
  commentId: string;
  author?: EmbeddedActor;
  createdTime?: number;
  depth?: number;
}

export interface EmbeddedStory {
  postId: string;
  author?: EmbeddedActor;
  creationTime?: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: Json | undefined): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

function actorOf(value: Json | undefined): EmbeddedActor | undefined {
  if (!isObject(value)) return undefined;
  const id = stringOf(value.id);
  const actor: EmbeddedActor = { isPage: value.__typename === 'Page' };
  if (id && NUMERIC_ID.test(id)) actor.id = id;
  const name = stringOf(value.name);
  if (name) actor.name = name;
  const url = stringOf(value.url);
  if (url) actor.url = url;
  return actor.id || actor.name ? actor : undefined;
}

/** The first `creation_time` inside a story, not looking into a shared (attached) story. */
function creationTimeOf(story: JsonObject): number | undefined {
  const stack: Json[] = [story];
  let budget = 20_000;
  while (stack.length && budget-- > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push(value[index] ?? null);
    } else if (isObject(value)) {
      const time = value.creation_time;
      if (typeof time === 'number') return time;
      for (const [key, child] of Object.entries(value)) if (key !== 'attached_story') stack.push(child);
    }
  }
  return undefined;
}

export class PageDataIndex {
  readonly comments = new Map<string, EmbeddedComment>();
  readonly stories = new Map<string, EmbeddedStory>();
  private readonly seenScripts = new WeakSet<Element>();
  /** Problems met while reading page data, for health. */
  readonly problems: string[] = [];

  /** Reads every embedded-data script under `root` that was not read before. */
  ingestScripts(scripts: Iterable<Element>): void {
    for (const script of scripts) {
      if (this.seenScripts.has(script)) continue;
      this.seenScripts.add(script);
      const text = script.textContent ?? '';
      // Only Relay payloads can hold posts or comments; skip config blobs without parsing them.
      if (text.length < 50 || (!text.includes('"Comment"') && !text.includes('"Story"'))) continue;
      try {
        this.ingest(JSON.parse(text) as Json);
      } catch {
        if (this.problems.length < 3) this.problems.push('embedded page data could not be parsed');
      }
    }
  }

  /** The one story whose author is `authorId`, if the page data holds exactly one (else undefined). */
  onlyStoryBy(authorId: string): EmbeddedStory | undefined {
    let found: EmbeddedStory | undefined;
    const seen = new Set<EmbeddedStory>();
    for (const story of this.stories.values()) {
      if (story.author?.id !== authorId || seen.has(story)) continue;
      if (found && found.postId !== story.postId) return undefined;
      found ??= story;
      seen.add(story);
    }
    return found;
  }

  private ingest(root: Json): void {
    const stack: Json[] = [root];
    while (stack.length) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (const child of value) stack.push(child);
      } else if (isObject(value)) {
        if (value.__typename === 'Comment') this.addComment(value);
        else if (value.__typename === 'Story') this.addStory(value);
        for (const child of Object.values(value))
          if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }

  private addComment(node: JsonObject): void {
    const commentId = stringOf(node.legacy_fbid);
    if (!commentId || !NUMERIC_ID.test(commentId)) return;
    const existing = this.comments.get(commentId) ?? { commentId };
    existing.author ??= actorOf(node.author);
    if (existing.createdTime === undefined && typeof node.created_time === 'number')
      existing.createdTime = node.created_time;
    if (existing.depth === undefined && typeof node.depth === 'number') existing.depth = node.depth;
    this.comments.set(commentId, existing);
  }

  private addStory(node: JsonObject): void {
    const ids = new Set<string>();
    const postId = stringOf(node.post_id);
    if (postId && POST_ID.test(postId)) ids.add(postId);
    // The story's own URL may name it by its pfbid token, which is what the DOM links show.
    const url = stringOf(node.url) ?? (isObject(node.permalink) ? undefined : stringOf(node.permalink_url));
    const fromUrl = url ? parseFacebookUrl(url) : null;
    const linked = fromUrl ? postFromUrl(fromUrl) : null;
    if (linked) ids.add(linked.postId);
    if (!ids.size) return;
    const actors = node.actors;
    const author = Array.isArray(actors) ? actorOf(actors[0]) : undefined;
    const creationTime = creationTimeOf(node);
    for (const id of ids) {
      const existing = this.stories.get(id) ?? { postId: id };
      existing.author ??= author;
      existing.creationTime ??= creationTime;
      this.stories.set(id, existing);
    }
  }
}
