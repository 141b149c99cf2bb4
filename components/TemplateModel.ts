/**
 * The pure part of the "Replies & templates" section: reading stored templates, last-used times, editor drafts,
 * lint errors by position, and what an import will do. Tested in test/unit/onboarding-ui.
 */
import { z } from 'zod';
import { IsoTime } from '@/storage/schema';
import { lintTemplate, type TemplateLintError } from '@/utils/templates/render';
import {
  BUILT_IN_SITUATIONS,
  Template,
  TemplateId,
  type BodyKey,
  type TemplateAudience,
} from '@/utils/templates/schema';

// ---------- Stored templates ----------

/**
 * Custom templates from the database rows. Rows are validated again here: a row that no longer parses (written by
 * a later version, say) is counted and left out rather than shown half-read.
 */
export function readCustomTemplates(rows: readonly unknown[]): { templates: Template[]; unreadable: number } {
  const templates: Template[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = Template.safeParse(row);
    if (parsed.success && !parsed.data.builtIn) templates.push(parsed.data);
    else unreadable++;
  }
  return { templates, unreadable };
}

/** Situations to browse by: the built-in ones in their order, then the admin's own, alphabetically. */
export function situationsOf(templates: readonly Template[]): string[] {
  const builtIn: readonly string[] = BUILT_IN_SITUATIONS;
  const own = [...new Set(templates.map((template) => template.situation))]
    .filter((situation) => !builtIn.includes(situation))
    .sort();
  return [...builtIn, ...own];
}

// ---------- Last used, per device ----------

/**
 * When each template was last copied on this device. Kept in the panel's `localStorage` (the extension's own
 * origin, never a web page's), not in the database: it is a preference of this browser, not team data, and is
 * neither exported nor merged. Validated with zod on every read; anything unreadable counts as "never used".
 */
export const LAST_USED_KEY = 'tend.templates.lastUsed';
const LastUsed = z.record(TemplateId, IsoTime);
/** Enough for any library; the oldest are dropped beyond it. */
export const MAX_LAST_USED = 300;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export function readLastUsed(storage: KeyValueStore): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(LAST_USED_KEY) ?? '{}');
  } catch {
    return new Map();
  }
  const parsed = LastUsed.safeParse(raw);
  return parsed.success ? new Map(Object.entries(parsed.data)) : new Map();
}

export function recordUse(storage: KeyValueStore, templateId: string, at: Date): Map<string, string> {
  const entries = [...readLastUsed(storage).entries()].filter(([id]) => id !== templateId);
  entries.push([templateId, at.toISOString()]);
  const kept = entries.sort(([, a], [, b]) => (a < b ? 1 : a > b ? -1 : 0)).slice(0, MAX_LAST_USED);
  const next = new Map(kept);
  try {
    storage.setItem(LAST_USED_KEY, JSON.stringify(Object.fromEntries(next)));
  } catch {
    // A full or disabled storage only loses the ordering, never a template.
  }
  return next;
}

// ---------- Editor drafts ----------

export const BODY_KEYS: readonly BodyKey[] = ['en', 'fr.tu', 'fr.vous'];

/** What the editor holds: plain strings, empty meaning "none". */
export interface TemplateDraft {
  id: string;
  situation: string;
  audience: TemplateAudience;
  titleEn: string;
  titleFr: string;
  bodies: Record<BodyKey, string>;
}

export function newTemplateId(random: () => string = () => crypto.randomUUID()): string {
  return `custom:${random()}`;
}

export function blankDraft(id: string): TemplateDraft {
  return {
    id,
    situation: 'personal-welcome',
    audience: 'private-message',
    titleEn: '',
    titleFr: '',
    bodies: { en: '', 'fr.tu': '', 'fr.vous': '' },
  };
}

export function draftOf(template: Template): TemplateDraft {
  return {
    id: template.id,
    situation: template.situation,
    audience: template.audience,
    titleEn: template.title.en ?? '',
    titleFr: template.title.fr ?? '',
    bodies: {
      en: template.bodies.en ?? '',
      'fr.tu': template.bodies.fr?.tu ?? '',
      'fr.vous': template.bodies.fr?.vous ?? '',
    },
  };
}

const present = (text: string): string | undefined => (text.trim() ? text : undefined);

/** The lint errors of every non-empty body, by key. */
export function draftLint(draft: TemplateDraft, allowAnswers: boolean): Record<BodyKey, TemplateLintError[]> {
  const result = { en: [], 'fr.tu': [], 'fr.vous': [] } as Record<BodyKey, TemplateLintError[]>;
  for (const key of BODY_KEYS) {
    const text = draft.bodies[key];
    if (present(text)) result[key] = lintTemplate(text, { allowAnswers });
  }
  return result;
}

export type DraftResult = { ok: true; template: Template } | { ok: false; problems: string[] };

/** A draft as a template, validated by the same schema as storage and files; never saved with a problem. */
export function templateFromDraft(draft: TemplateDraft, now: Date): DraftResult {
  const fr = { tu: present(draft.bodies['fr.tu']), vous: present(draft.bodies['fr.vous']) };
  const candidate = {
    id: draft.id,
    situation: draft.situation.trim(),
    audience: draft.audience,
    title: {
      ...(present(draft.titleEn) ? { en: draft.titleEn.trim() } : {}),
      ...(present(draft.titleFr) ? { fr: draft.titleFr.trim() } : {}),
    },
    bodies: {
      ...(present(draft.bodies.en) ? { en: draft.bodies.en } : {}),
      ...(fr.tu || fr.vous
        ? { fr: { ...(fr.tu ? { tu: fr.tu } : {}), ...(fr.vous ? { vous: fr.vous } : {}) } }
        : {}),
    },
    builtIn: false,
    updatedAt: now.toISOString(),
  };
  const parsed = Template.safeParse(candidate);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    ),
  };
}

// ---------- Lint errors at their positions ----------

/** 1-based line and column of a UTF-16 offset, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export interface Segment {
  text: string;
  /** Index in the errors list when this segment is faulty. */
  error?: number;
}

/** The body cut into plain and faulty parts, to mark each error where it is. Overlaps keep the first error. */
export function errorSegments(text: string, errors: readonly TemplateLintError[]): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  const ordered = errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => a.error.start - b.error.start);
  for (const { error, index } of ordered) {
    const start = Math.max(error.start, position);
    const end = Math.max(error.end, start);
    if (start >= end) continue;
    if (start > position) segments.push({ text: text.slice(position, start) });
    segments.push({ text: text.slice(start, end), error: index });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}

// ---------- Import ----------

export interface ImportPlan {
  /** What will be saved, in file order. */
  save: Template[];
  added: number;
  replaced: number;
  /** Built-in templates in the file, unchanged: nothing to save. */
  skipped: number;
}

const sameWords = (a: Template, b: Template): boolean =>
  JSON.stringify([a.title, a.bodies, a.audience, a.situation]) ===
  JSON.stringify([b.title, b.bodies, b.audience, b.situation]);

/**
 * What importing validated templates does. Every imported template becomes a custom one. A built-in in the file
 * that is unchanged is skipped; one with other words is kept as a custom copy under a fixed id (`team:<id>`), so
 * importing the same file twice replaces rather than duplicates. A custom template with an id already here is
 * replaced.
 */
export function planImport(
  incoming: readonly Template[],
  builtIns: readonly Template[],
  custom: readonly Template[],
  now: Date,
): ImportPlan {
  const builtInById = new Map(builtIns.map((template) => [template.id, template]));
  const customIds = new Set(custom.map((template) => template.id));
  const plan: ImportPlan = { save: [], added: 0, replaced: 0, skipped: 0 };
  const planned = new Set<string>();
  for (const template of incoming) {
    const builtIn = builtInById.get(template.id);
    if (builtIn && sameWords(builtIn, template)) {
      plan.skipped++;
      continue;
    }
    const id = builtIn ? `team:${template.id}`.slice(0, 100) : template.id;
    if (planned.has(id)) continue;
    planned.add(id);
    const saved = Template.parse({ ...template, id, builtIn: false, updatedAt: now.toISOString() });
    plan.save.push(saved);
    if (customIds.has(id)) plan.replaced++;
    else plan.added++;
  }
  return plan;
}

/** `tend-templates-2026-11-22.json`: dated, so several exports do not overwrite each other. */
export function templateFileName(now: Date): string {
  return `tend-templates-${now.toISOString().slice(0, 10)}.json`;
}
