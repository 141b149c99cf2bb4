/** A section's strings: one top-level key, identical shapes in both languages (checked with `satisfies`). */
export interface SectionStrings {
  en: Record<string, unknown>;
  fr: Record<string, unknown>;
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** Use as `fr: {...} satisfies SameShape<typeof en>` so a missing French string fails the type check. */
export type SameShape<T> = Widen<T>;
