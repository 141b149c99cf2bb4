/**
 * The shape of a labelled situation (`test/signals/situations/<id>/situation.json`), documented in
 * test/signals/README.md. The builder's output is checked against it by test/unit/signals-data.
 */
import { z } from 'zod';

export const SIGNAL_KINDS = [
  'repeated-image',
  'off-topic-balance',
  'newcomer-selling',
  'heated-exchange',
  'brand-contest',
  'group-quiet',
] as const;
export const signalKindSchema = z.enum(SIGNAL_KINDS);

const numericId = z.string().regex(/^\d{6,20}$/, 'a numeric Facebook id');
const isoTime = z.iso.datetime();
const relativePage = z.string().regex(/^pages\/[a-z0-9-]+\.html$/, 'a page file under pages/');

export const situationMemberSchema = z.strictObject({
  uid: numericId,
  name: z.string().min(1),
  joinedAt: isoTime,
  /** What a members-list visit shows beside the name; absent for ordinary members. */
  role: z.enum(['admin', 'moderator']).optional(),
});

export const situationVisitSchema = z.strictObject({
  page: relativePage,
  url: z.url().regex(/^https:\/\/www\.facebook\.com\/groups\/\d+\/(posts\/\d+\/)?$/),
  now: isoTime,
  tz: z.string().min(1),
});

export const situationExpectSchema = z.strictObject({
  kind: signalKindSchema,
  memberUids: z.array(numericId),
  evidenceItemIds: z.array(numericId),
});

export const situationSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: signalKindSchema,
    lookalike: z.boolean(),
    language: z.enum(['en', 'fr']),
    group: z.strictObject({
      id: numericId,
      focus: z.strictObject({ en: z.string().min(1), fr: z.string().min(1) }),
    }),
    members: z.array(situationMemberSchema).min(1),
    visits: z.array(situationVisitSchema).min(1),
    expect: z.array(situationExpectSchema),
    notes: z.string().min(1),
  })
  .refine((s) => (s.lookalike ? s.expect.length === 0 : s.expect.length > 0), {
    message: 'a look-alike expects no signal, a signal situation at least one',
  })
  .refine((s) => s.expect.every((e) => e.kind === s.kind), {
    message: 'expected signals are of the situation’s kind',
  })
  .refine(
    (s) => s.visits.every((v, i, all) => i === 0 || Date.parse(all[i - 1]?.now ?? '') <= Date.parse(v.now)),
    {
      message: 'visits are in time order',
    },
  );

export type Situation = z.infer<typeof situationSchema>;
export type SignalKind = z.infer<typeof signalKindSchema>;
