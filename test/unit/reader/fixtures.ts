/// <reference types="vite/client" />
/**
 * Fixture pages and their truth files, loaded through Vite (`?raw`), since happy-dom replaces the global URL
 * that `readFileSync(new URL(…))` would need.
 */
import { parseHTML } from 'linkedom';

const pages = import.meta.glob<string>('../../fixtures/facebook/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const truths = import.meta.glob<Truth>('../../fixtures/facebook/*.truth.json', {
  import: 'default',
  eager: true,
});

const nameOf = (path: string) => path.replace(/^.*\//, '').replace(/\.(html|truth\.json)$/, '');

export interface TruthPerson {
  user_id: string | null;
  vanity?: string | null;
  display_name: string;
}

export interface Truth {
  fixture: string;
  page_kind: string;
  page_url: string;
  group_id: string | null;
  synthetic?: boolean;
  member_rows?: {
    section: string | null;
    user_id: string;
    display_name: string;
    badges: string[];
    join_text: string | null;
    referrer: { user_id: string; display_name: string } | null;
    /** Synthetic pages only: `invited` for a row that is not a member (yet). */
    status?: 'member' | 'invited';
  }[];
  /** Member-requests pages: who asked, the time line as shown, their answers in order. */
  request_rows?: {
    user_id: string;
    display_name: string;
    time_text: string;
    answers: { question: string; answer: string }[];
  }[];
  /** A member's own page in the group. */
  member?: { user_id: string; display_name: string; join_text: string | null };
  posts?: {
    post_id: string | null;
    author: TruthPerson | null;
    timestamp_label: string | null;
    /** When the label is not in the DOM as text (obfuscated): what the page shows, decoded from its data. */
    timestamp_label_shown?: string;
    recorded?: boolean;
    creation_time?: number;
    publish_time?: number | null;
  }[];
  comments?: {
    comment_id: string;
    parent_comment_id?: string | null;
    author: TruthPerson & { user_id_from_json?: string };
    time_text: string;
  }[];
}

export const FIXTURE_NAMES: string[] = Object.keys(pages).map(nameOf).sort();

export function fixtureHtml(name: string): string {
  const entry = Object.entries(pages).find(([path]) => nameOf(path) === name);
  if (!entry) throw new Error(`no fixture ${name}`);
  return entry[1];
}

export function fixtureTruth(name: string): Truth {
  const entry = Object.entries(truths).find(([path]) => nameOf(path) === name);
  if (!entry) throw new Error(`no truth for ${name}`);
  return entry[1];
}

/** Parsed with happy-dom's DOMParser (the test environment's DOM). */
export function happyDocument(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

/** Parsed with linkedom, as the read-page command does. */
export function linkedomDocument(name: string): Document {
  return parseHTML(fixtureHtml(name)).document as unknown as Document;
}

/** The person key the truth gives: numeric id when shown, else vanity. */
export const truthKey = (person: TruthPerson) => person.user_id ?? person.vanity ?? null;

/** A fixed reading time per fixture family, so relative labels resolve the same way every run. */
export function clockFor(name: string): { now: Date; timeZone: string } {
  if (name.includes('2021-06')) return { now: new Date('2021-06-08T12:00:00Z'), timeZone: 'UTC' };
  // The synthetic requests, invited and member pages are built from the 2024-08 members capture.
  if (/members_2024-08|member_requests_synthetic|members_invited_synthetic|member_page_synthetic/.test(name))
    return { now: new Date('2024-08-12T10:00:00Z'), timeZone: 'Europe/London' };
  if (name.includes('2024-06'))
    return { now: new Date('2024-06-08T10:00:00Z'), timeZone: 'Asia/Ho_Chi_Minh' };
  // Its one post was written 17 s before the page's server_time ("Vừa xong", just now).
  if (name.includes('2026-01'))
    return { now: new Date('2026-01-31T09:35:52Z'), timeZone: 'Asia/Ho_Chi_Minh' };
  if (name.includes('2025-06') || name.includes('comments_synthetic'))
    return { now: new Date('2025-06-16T12:00:00Z'), timeZone: 'UTC' };
  return { now: new Date('2025-04-20T12:00:00Z'), timeZone: 'Europe/Paris' };
}
