/** Types of the tone check, defined once with zod; TypeScript types are inferred from them. */
import { z } from 'zod';

export const toneCategories = [
  'frontal-opener',
  'prohibition',
  'you-blame',
  'personal-attack',
  'insult',
  'shouting',
  'absolute',
  'threat',
  'condescension',
  'missing-warmth',
  'public-callout',
] as const;
export const toneCategorySchema = z.enum(toneCategories);
export type ToneCategory = z.infer<typeof toneCategorySchema>;

export const severitySchema = z.enum(['info', 'warn', 'alert']);
export type Severity = z.infer<typeof severitySchema>;

export const toneLangSchema = z.enum(['en', 'fr']);
export type ToneLang = z.infer<typeof toneLangSchema>;

/** Situations of the gentle-reply library a hint can point to. */
export const gentleSituationSchema = z.enum([
  'heated-exchange',
  'move-to-private',
  'self-promotion',
  'off-topic-balance',
  'repeated-image',
]);
export type GentleSituation = z.infer<typeof gentleSituationSchema>;

export const suggestionSchema = z.discriminatedUnion('kind', [
  /** A gentler way to say it, in the language of the checked text. */
  z.object({ kind: z.literal('rephrase'), text: z.string().min(1) }),
  /** A reply from the gentle-reply library fits better than a rephrasing. */
  z.object({ kind: z.literal('situation'), situation: gentleSituationSchema }),
]);
export type Suggestion = z.infer<typeof suggestionSchema>;

export const hintSchema = z.object({
  category: toneCategorySchema,
  severity: severitySchema,
  /** UTF-16 offsets into the original text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Always exactly `text.slice(start, end)`. */
  excerpt: z.string(),
  /** Explanation in the UI language. */
  message: z.string().min(1),
  suggestion: suggestionSchema.optional(),
});
export type Hint = z.infer<typeof hintSchema>;

export const toneContextSchema = z.object({
  toNewcomer: z.boolean().optional(),
  firstReply: z.boolean().optional(),
});
export type ToneContext = z.infer<typeof toneContextSchema>;

export const toneOptionsSchema = z.object({
  lang: toneLangSchema.optional(),
  uiLang: toneLangSchema,
  fallbackLang: toneLangSchema.optional(),
  context: toneContextSchema.optional(),
});
export type ToneOptions = z.infer<typeof toneOptionsSchema>;

export const toneResultSchema = z.object({ lang: toneLangSchema, hints: z.array(hintSchema) });
export type ToneResult = z.infer<typeof toneResultSchema>;
