/**
 * Templates and template-set files, defined once as zod schemas.
 *
 * Shape choices (versus a flat `{en, fr}`):
 * - Every body is optional but at least one must exist: a French-only group should not have to write English.
 *   Same for titles: at least one language.
 * - French bodies come in a "tu" and a "vous" register. Messages to several people use "vous" in both registers
 *   (it is the plural), so group posts only carry `vous` and `pickBody` falls back to the other register.
 * - `audience` says where the words go. A `private-message` template can never use `{names}`: checking on quiet
 *   members stays private and no template lists several people outside a group welcome post.
 * - A stored template is always well-formed: the schema lints every body (answers allowed, since the setting may
 *   change; rendering refuses them when reading answers is off). Drafts live in the editor until they are clean.
 */
import { z } from 'zod';
import { IsoTime } from '@/utils/schema-base';
import { FileHeader, checkHeader, fileHeader } from '@/utils/file-header';
import { describeLintError, lintTemplate, placeholdersUsed } from './render';

export const Lang = z.enum(['en', 'fr']);
export type Lang = z.infer<typeof Lang>;
export const Register = z.enum(['tu', 'vous']);
export type Register = z.infer<typeof Register>;
export type Localized = Record<Lang, string>;

/** Situations Tend ships words for. Admins may add their own situation ids (lowercase words joined by `-`). */
export const BUILT_IN_SITUATIONS = [
  'personal-welcome',
  'weekly-welcome',
  'two-month-check-in',
  'anniversary',
  'quiet-member-check',
  'self-promotion',
  'off-topic-balance',
  'repeated-image',
  'heated-exchange',
  'move-to-private',
  'brand-contest',
  'group-quiet',
] as const;
export type BuiltInSituation = (typeof BUILT_IN_SITUATIONS)[number];

export const SituationId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a situation id is lowercase words joined by "-"');
export type SituationId = z.infer<typeof SituationId>;

export const situationLabels: Record<BuiltInSituation, Localized> = {
  'personal-welcome': { en: 'Personal welcome', fr: 'Accueil personnel' },
  'weekly-welcome': { en: 'Weekly group welcome', fr: 'Accueil collectif de la semaine' },
  'two-month-check-in': { en: 'Two-month check-in', fr: 'Nouvelles après deux mois' },
  anniversary: { en: 'One-year anniversary', fr: 'Un an dans le groupe' },
  'quiet-member-check': { en: 'A member who went quiet', fr: 'Un membre qui se fait discret' },
  'self-promotion': {
    en: 'An introduction that reads like an advert',
    fr: 'Une présentation qui ressemble à une publicité',
  },
  'off-topic-balance': { en: 'Too many off-topic posts', fr: 'Trop de publications hors sujet' },
  'repeated-image': { en: 'The same image posted again', fr: 'La même image publiée plusieurs fois' },
  'heated-exchange': { en: 'A heated exchange', fr: 'Un échange qui s’échauffe' },
  'move-to-private': { en: 'Moving to private messages', fr: 'Passer en message privé' },
  'brand-contest': { en: 'A contest or a brand dropped in', fr: 'Un concours ou une marque de passage' },
  'group-quiet': { en: 'The group growing quiet', fr: 'Le groupe devient silencieux' },
};

export function situationLabel(situation: SituationId, lang: Lang): string {
  const builtIn = (BUILT_IN_SITUATIONS as readonly string[]).includes(situation)
    ? situationLabels[situation as BuiltInSituation]
    : undefined;
  return builtIn ? builtIn[lang] : situation;
}

export const TemplateId = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'not a template id');
export const TemplateAudience = z.enum(['private-message', 'public-reply', 'group-post']);
export type TemplateAudience = z.infer<typeof TemplateAudience>;

const title = z.string().trim().min(1).max(200);
/** Facebook accepts long posts; 10,000 characters is far beyond any kind message. */
const body = z
  .string()
  .max(10_000)
  .refine((text) => text.trim().length > 0, 'a body cannot be empty');

export const TemplateTitle = z
  .strictObject({ en: title.optional(), fr: title.optional() })
  .refine((value) => value.en !== undefined || value.fr !== undefined, 'a title in at least one language');

export const FrenchBodies = z.strictObject({ tu: body.optional(), vous: body.optional() });
export const TemplateBodies = z
  .strictObject({ en: body.optional(), fr: FrenchBodies.optional() })
  .refine(
    (value) => value.en !== undefined || value.fr?.tu !== undefined || value.fr?.vous !== undefined,
    'at least one body (English, French "tu" or French "vous")',
  );
export type TemplateBodies = z.infer<typeof TemplateBodies>;

export type BodyKey = 'en' | 'fr.tu' | 'fr.vous';
export const bodyKeyLabels: Record<BodyKey, Localized> = {
  en: { en: 'English', fr: 'anglais' },
  'fr.tu': { en: 'French (tu)', fr: 'français (tu)' },
  'fr.vous': { en: 'French (vous)', fr: 'français (vous)' },
};

/** The bodies of a template that exist, with their key. */
export function bodiesOf(bodies: TemplateBodies): { key: BodyKey; text: string }[] {
  const found: { key: BodyKey; text: string | undefined }[] = [
    { key: 'en', text: bodies.en },
    { key: 'fr.tu', text: bodies.fr?.tu },
    { key: 'fr.vous', text: bodies.fr?.vous },
  ];
  return found.flatMap(({ key, text }) => (text === undefined ? [] : [{ key, text }]));
}

export const Template = z
  .strictObject({
    id: TemplateId,
    situation: SituationId,
    audience: TemplateAudience,
    title: TemplateTitle,
    bodies: TemplateBodies,
    builtIn: z.boolean(),
    updatedAt: IsoTime,
  })
  .superRefine((template, context) => {
    for (const { key, text } of bodiesOf(template.bodies)) {
      const path = ['bodies', ...key.split('.')];
      for (const error of lintTemplate(text, { allowAnswers: true })) {
        context.addIssue({
          code: 'custom',
          path,
          message: `${describeLintError(error, 'en')} (at character ${error.start})`,
        });
      }
      if (template.audience !== 'group-post' && placeholdersUsed(text).includes('names')) {
        context.addIssue({
          code: 'custom',
          path,
          message: '{names} is only for group welcome posts; a message to one person never lists others.',
        });
      }
    }
  });
export type Template = z.infer<typeof Template>;

/** The body to use for a language and register; French falls back to the other register. */
export function pickBody(
  template: Pick<Template, 'bodies'>,
  lang: Lang,
  register: Register = 'vous',
): { text: string; lang: Lang; register?: Register } | undefined {
  if (lang === 'en') return template.bodies.en === undefined ? undefined : { text: template.bodies.en, lang };
  const other: Register = register === 'tu' ? 'vous' : 'tu';
  for (const candidate of [register, other]) {
    const text = template.bodies.fr?.[candidate];
    if (text !== undefined) return { text, lang, register: candidate };
  }
  return undefined;
}

export function templateTitle(template: Pick<Template, 'title'>, lang: Lang): string {
  return template.title[lang] ?? template.title[lang === 'en' ? 'fr' : 'en'] ?? '';
}

// ---------- Template-set files ----------

/** Enough for any moderation team; a bound keeps a hostile file from freezing the panel. */
export const MAX_TEMPLATES_PER_FILE = 1_000;

export const TemplateSetFileV1 = z
  .strictObject({
    header: FileHeader.extend({ kind: z.literal('templates'), version: z.literal(1) }),
    templates: z.array(Template).max(MAX_TEMPLATES_PER_FILE),
  })
  .superRefine((file, context) => {
    const seen = new Map<string, number>();
    file.templates.forEach((template, index) => {
      const first = seen.get(template.id);
      if (first !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['templates', index, 'id'],
          message: `the id "${template.id}" is already used by template ${first + 1}`,
        });
      } else seen.set(template.id, index);
    });
  });
export type TemplateSetFileV1 = z.infer<typeof TemplateSetFileV1>;

export function buildTemplateSetFile(templates: readonly Template[], exportedAt: Date): TemplateSetFileV1 {
  const header = fileHeader('templates', exportedAt);
  return TemplateSetFileV1.parse({ header, templates });
}

export type TemplateImportCode = 'not-json' | 'not-tend-templates' | 'invalid-templates';

export interface TemplateImportProblem {
  code: TemplateImportCode;
  /** Where in the file, readable by an admin: `template 3 ("Welcome"), bodies.fr.tu`. */
  where?: string;
  /** Technical detail in English (zod or header message). */
  detail: string;
}

export type TemplateImportResult =
  { ok: true; templates: Template[] } | { ok: false; problems: TemplateImportProblem[] };

/** At most this many problems are listed: enough to fix a file, not a wall of text. */
const MAX_LISTED_PROBLEMS = 20;

function describeWhere(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'templates' || typeof path[1] !== 'number') return path.length ? path.join('.') : undefined;
  const index = path[1];
  const candidate: unknown = Array.isArray((raw as { templates?: unknown }).templates)
    ? (raw as { templates: unknown[] }).templates[index]
    : undefined;
  const parsedTitle = z
    .object({ title: z.object({ en: z.string().optional(), fr: z.string().optional() }) })
    .safeParse(candidate);
  const name = parsedTitle.success ? (parsedTitle.data.title.en ?? parsedTitle.data.title.fr) : undefined;
  const rest = path.slice(2).join('.');
  return `template ${index + 1}${name ? ` ("${name}")` : ''}${rest ? `, ${rest}` : ''}`;
}

/**
 * Validates a whole template-set file. All or nothing: either every template is valid and returned, or nothing
 * is and every problem found (up to a limit) is listed.
 */
export function parseTemplateSetFile(raw: unknown): TemplateImportResult {
  const header = checkHeader(raw, 'templates');
  if (!header.ok) return { ok: false, problems: [{ code: 'not-tend-templates', detail: header.error }] };
  const parsed = TemplateSetFileV1.safeParse(raw);
  if (parsed.success) return { ok: true, templates: parsed.data.templates };
  const problems = parsed.error.issues.slice(0, MAX_LISTED_PROBLEMS).map((issue): TemplateImportProblem => {
    const where = describeWhere(raw, issue.path);
    return { code: 'invalid-templates', ...(where ? { where } : {}), detail: issue.message };
  });
  return { ok: false, problems };
}

/** Same as `parseTemplateSetFile`, from the file's text (a truncated file is reported, not thrown). */
export function parseTemplateSetText(text: string): TemplateImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ code: 'not-json', detail }] };
  }
  return parseTemplateSetFile(raw);
}

const importMessages: Record<TemplateImportCode, Localized> = {
  'not-json': {
    en: 'This file is not readable JSON; it may be truncated. Nothing was imported.',
    fr: 'Ce fichier n’est pas du JSON lisible ; il est peut-être tronqué. Rien n’a été importé.',
  },
  'not-tend-templates': {
    en: 'This is not a Tend template file this version can read. Nothing was imported.',
    fr: 'Ce n’est pas un fichier de modèles Tend lisible par cette version. Rien n’a été importé.',
  },
  'invalid-templates': {
    en: 'Some templates in this file are not valid. Nothing was imported.',
    fr: 'Certains modèles de ce fichier ne sont pas valides. Rien n’a été importé.',
  },
};

/** The headline for a failed import, in the admin's language; details follow from `problems`. */
export function describeImportFailure(problems: readonly TemplateImportProblem[], lang: Lang): string {
  const code = problems[0]?.code ?? 'invalid-templates';
  return importMessages[code][lang];
}
