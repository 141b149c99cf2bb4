/**
 * Pure view logic of the tone check, shared by the panel and the hint counter on Facebook: cutting the checked
 * text into highlighted segments, ordering severities, and turning a suggestion into text that can be copied.
 */
import type { GentleSituation, Hint, Severity, Suggestion, ToneLang } from '@/utils/tone';
import { defaultTemplateFor } from '@/utils/templates/library';
import { renderTemplate, type PlaceholderValues } from '@/utils/templates/render';
import { pickBody, type Register } from '@/utils/templates/schema';

export const severityRank: Record<Severity, number> = { info: 0, warn: 1, alert: 2 };

/** Icons shown beside the severity's name, so severity never rests on colour alone (characters in common fonts). */
export const severityIcon: Record<Severity, string> = { info: 'ℹ', warn: '⚠', alert: '‼' };

export function strongestSeverity(hints: readonly Pick<Hint, 'severity'>[]): Severity | undefined {
  let strongest: Severity | undefined;
  for (const { severity } of hints) {
    if (strongest === undefined || severityRank[severity] > severityRank[strongest]) strongest = severity;
  }
  return strongest;
}

/** A run of the text with the same set of hints over it; `hintIndexes` index the hint list, ascending. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  hintIndexes: number[];
  /** The strongest severity among the hints over this run; undefined for plain text. */
  severity: Severity | undefined;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves an offset that falls inside a surrogate pair back to the pair's start, so no emoji is cut in two. */
function safeOffset(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  if (
    clamped > 0 &&
    clamped < text.length &&
    isLowSurrogate(text.charCodeAt(clamped)) &&
    isHighSurrogate(text.charCodeAt(clamped - 1))
  ) {
    return clamped - 1;
  }
  return clamped;
}

/**
 * Cuts `text` at every hint boundary. Overlapping hints are allowed (a shouted ultimatum is both); spans outside
 * the text are clamped and empty spans ignored. The segments cover the whole text, in order, without gaps.
 */
export function segmentText(
  text: string,
  hints: readonly Pick<Hint, 'start' | 'end' | 'severity'>[],
): TextSegment[] {
  const spans = hints
    .map((hint, index) => ({ index, start: safeOffset(text, hint.start), end: safeOffset(text, hint.end) }))
    .filter((span) => span.end > span.start);
  const boundaries = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    const hintIndexes = spans
      .filter((span) => span.start <= start && span.end >= end)
      .map((span) => span.index);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      hintIndexes,
      severity: strongestSeverity(hintIndexes.map((index) => hints[index]!)),
    });
  }
  return segments;
}

/**
 * The hint numbers (1-based, as in the list) whose span ends with this segment, so each marked passage carries its
 * references once, at its end, rather than once per cut.
 */
export function referencesEndingAt(segments: readonly TextSegment[], position: number): number[] {
  const segment = segments[position];
  if (!segment) return [];
  const next = segments[position + 1];
  return segment.hintIndexes.filter((index) => !next?.hintIndexes.includes(index)).map((index) => index + 1);
}

/** French replies follow the register of the checked text: "tu" when it says tu and never vous. */
export function frenchRegisterOf(text: string): Register {
  const lower = text.toLowerCase();
  const saysVous = /(^|[^\p{L}])(vous|votre|vos)(?![\p{L}])/u.test(lower);
  const saysTu = /(^|[^\p{L}])(?:(?:tu|toi|ton|ta|tes|te)(?![\p{L}])|t['’](?=\p{L}))/u.test(lower);
  return saysTu && !saysVous ? 'tu' : 'vous';
}

export type SuggestionView =
  | { kind: 'rephrase'; text: string }
  /** `text` is the library's reply with its fallbacks filled in, or undefined if it cannot be filled. */
  | { kind: 'situation'; situation: GentleSituation; text: string | undefined };

/**
 * What a suggestion offers, in the language of the checked text (the reply is posted there, whatever the
 * interface language). A reply from the gentle-reply library uses its built-in wording.
 */
export function suggestionView(
  suggestion: Suggestion,
  textLang: ToneLang,
  checkedText: string,
  values: PlaceholderValues = {},
): SuggestionView {
  if (suggestion.kind === 'rephrase') return { kind: 'rephrase', text: suggestion.text };
  const template = defaultTemplateFor(suggestion.situation);
  const body = pickBody(template, textLang, textLang === 'fr' ? frenchRegisterOf(checkedText) : undefined);
  const rendered = body ? renderTemplate(body.text, values) : undefined;
  return {
    kind: 'situation',
    situation: suggestion.situation,
    text: rendered?.ok ? rendered.text : undefined,
  };
}
