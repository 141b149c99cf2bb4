/**
 * Template syntax, checked while the admin types and again before anything is copied.
 *
 * - `{firstName}` is a placeholder; `{firstName|there}` gives a fallback used when the value is unknown.
 *   The fallback is everything after the first `|`, kept as typed (`{firstName|}` explicitly means "leave it out").
 * - `{{` and `}}` write a literal `{` and `}`. A fallback cannot contain braces.
 * - A placeholder stops at the end of its line: a `{` left open on a line is an error, not a paragraph swallowed.
 * - Names are exact (`firstName`, not `firstname` nor `{prénom}`): one spelling in both languages keeps shared
 *   template sets portable. Near misses and French words get a suggestion.
 * - `{answer1}`…`{answer10}` are the screening answers, only usable when the admin turned on reading them.
 *
 * Offsets are UTF-16 code unit indices into the body, as `String.prototype.slice` and a textarea's selection use.
 */

import type { Lang } from './schema';

export const BASIC_PLACEHOLDERS = ['firstName', 'name', 'group', 'joinedAgo', 'names', 'admin'] as const;
export type BasicPlaceholder = (typeof BASIC_PLACEHOLDERS)[number];
/** Facebook allows three screening questions; ten leaves room without inviting typos like `{answer100}`. */
export const MAX_SCREENING_ANSWERS = 10;
export type AnswerPlaceholder = `answer${number}`;
export type PlaceholderName = BasicPlaceholder | AnswerPlaceholder;

export interface LintOptions {
  /** Whether the admin enabled reading screening answers; otherwise `{answerN}` is an error. */
  allowAnswers: boolean;
}

export type TemplateLintCode =
  'unknown-placeholder' | 'answers-disabled' | 'empty-placeholder' | 'unclosed-brace' | 'unopened-brace';

export interface TemplateLintError {
  code: TemplateLintCode;
  /** UTF-16 offsets: `body.slice(start, end)` is the faulty text. */
  start: number;
  end: number;
  /** The placeholder name as typed, for placeholder errors. */
  placeholder?: string;
  /** A known placeholder the admin probably meant. */
  suggestion?: PlaceholderName;
}

export type TemplateToken =
  | { type: 'text'; text: string; start: number; end: number }
  | { type: 'placeholder'; name: PlaceholderName; fallback?: string; start: number; end: number };

export interface ParsedTemplate {
  tokens: TemplateToken[];
  errors: TemplateLintError[];
}

const isBasicPlaceholder = (name: string): name is BasicPlaceholder =>
  (BASIC_PLACEHOLDERS as readonly string[]).includes(name);

/** 1-based answer number, or undefined when `name` is not of the form answerN within range. */
export function answerNumber(name: string): number | undefined {
  const match = /^answer([1-9][0-9]?)$/.exec(name);
  if (!match?.[1]) return undefined;
  const number = Number(match[1]);
  return number <= MAX_SCREENING_ANSWERS ? number : undefined;
}

/** Words an admin may type in French (or by habit) for a placeholder, offered as suggestions only. */
const PLACEHOLDER_ALIASES: Readonly<Record<string, PlaceholderName>> = {
  prenom: 'firstName',
  first: 'firstName',
  firstname: 'firstName',
  nom: 'name',
  fullname: 'name',
  nomcomplet: 'name',
  groupe: 'group',
  groupname: 'group',
  noms: 'names',
  membres: 'names',
  members: 'names',
  newmembers: 'names',
  depuis: 'joinedAgo',
  anciennete: 'joinedAgo',
  joined: 'joinedAgo',
  moi: 'admin',
  me: 'admin',
};

const foldForComparison = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
}

function suggestPlaceholder(typed: string): PlaceholderName | undefined {
  const folded = foldForComparison(typed);
  const alias = PLACEHOLDER_ALIASES[folded];
  if (alias) return alias;
  const answerMatch = /^(?:answer|reponse|question)([0-9]+)$/.exec(folded);
  if (answerMatch?.[1] && answerNumber(`answer${answerMatch[1]}`)) return `answer${Number(answerMatch[1])}`;
  let best: { name: BasicPlaceholder; distance: number } | undefined;
  for (const name of BASIC_PLACEHOLDERS) {
    const distance = editDistance(folded, name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Splits a body into text and placeholders, collecting every syntax problem (never stops at the first). */
export function parseTemplate(body: string, options: LintOptions): ParsedTemplate {
  const tokens: TemplateToken[] = [];
  const errors: TemplateLintError[] = [];
  let text = '';
  let textStart = 0;
  const flushText = (end: number): void => {
    if (text) tokens.push({ type: 'text', text, start: textStart, end });
    text = '';
  };

  let index = 0;
  while (index < body.length) {
    const char = body[index];
    if (char === '{' && body[index + 1] === '{') {
      if (!text) textStart = index;
      text += '{';
      index += 2;
      continue;
    }
    if (char === '}' && body[index + 1] === '}') {
      if (!text) textStart = index;
      text += '}';
      index += 2;
      continue;
    }
    if (char === '}') {
      errors.push({ code: 'unopened-brace', start: index, end: index + 1 });
      index += 1;
      continue;
    }
    if (char !== '{') {
      if (!text) textStart = index;
      text += char;
      index += 1;
      continue;
    }

    // A placeholder: look for its closing brace on the same line, before any other opening brace.
    let close = index + 1;
    while (close < body.length && !['}', '{', '\n', '\r'].includes(body[close] ?? '')) close++;
    if (body[close] !== '}') {
      errors.push({ code: 'unclosed-brace', start: index, end: Math.max(close, index + 1) });
      index = Math.max(close, index + 1);
      continue;
    }
    const inner = body.slice(index + 1, close);
    const bar = inner.indexOf('|');
    const typedName = (bar === -1 ? inner : inner.slice(0, bar)).trim();
    const fallback = bar === -1 ? undefined : inner.slice(bar + 1);
    const span = { start: index, end: close + 1 };
    index = close + 1;

    if (!typedName) {
      errors.push({ code: 'empty-placeholder', ...span });
      continue;
    }
    let name: PlaceholderName | undefined;
    const answer = answerNumber(typedName);
    if (isBasicPlaceholder(typedName)) name = typedName;
    else if (answer !== undefined) {
      if (!options.allowAnswers) {
        errors.push({ code: 'answers-disabled', ...span, placeholder: typedName });
        continue;
      }
      name = `answer${answer}`;
    }
    if (!name) {
      const suggestion = suggestPlaceholder(typedName);
      errors.push({
        code: 'unknown-placeholder',
        ...span,
        placeholder: typedName,
        ...(suggestion ? { suggestion } : {}),
      });
      continue;
    }
    flushText(span.start);
    tokens.push({ type: 'placeholder', name, ...(fallback !== undefined ? { fallback } : {}), ...span });
  }
  flushText(body.length);
  return { tokens, errors };
}

/** Every syntax problem of a body, in text order, each with exact offsets. An empty list means the body is clean. */
export function lintTemplate(body: string, options: LintOptions): TemplateLintError[] {
  return parseTemplate(body, options).errors.sort((a, b) => a.start - b.start);
}

/** The placeholders a body uses, once each, in order of first use. Syntax errors are ignored here. */
export function placeholdersUsed(body: string): PlaceholderName[] {
  const names = parseTemplate(body, { allowAnswers: true }).tokens.flatMap((token) =>
    token.type === 'placeholder' ? [token.name] : [],
  );
  return [...new Set(names)];
}

// ---------- Rendering ----------

export interface PlaceholderValues {
  firstName?: string;
  name?: string;
  group?: string;
  joinedAgo?: string;
  /** The names block of a weekly welcome. */
  names?: string;
  admin?: string;
  /** Screening answers in question order: `answers[0]` fills `{answer1}`. */
  answers?: readonly (string | undefined)[];
}

export interface MissingPlaceholder {
  name: PlaceholderName;
  start: number;
  end: number;
}

export type RenderResult =
  | { ok: true; text: string }
  | {
      ok: false;
      /** The text with every unfillable placeholder left as typed, so the admin sees what is missing. */
      preview: string;
      missing: MissingPlaceholder[];
      errors: TemplateLintError[];
    };

function valueFor(name: PlaceholderName, values: PlaceholderValues): string | undefined {
  const number = answerNumber(name);
  const raw = number ? values.answers?.[number - 1] : values[name as BasicPlaceholder];
  // Names read from pages may come decomposed (NFD); compose them so accents copy as one character.
  const value = raw?.normalize('NFC');
  return value?.trim() ? value : undefined;
}

/**
 * Fills a body. Values are inserted as plain text, never re-read as template syntax. A placeholder with no value
 * and no fallback is never dropped: the result is `ok: false` with the missing names, and the UI refuses to copy.
 */
export function renderTemplate(
  body: string,
  values: PlaceholderValues,
  options: LintOptions = { allowAnswers: false },
): RenderResult {
  const { tokens, errors } = parseTemplate(body, options);
  const missing: MissingPlaceholder[] = [];
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text') {
      text += token.text;
      continue;
    }
    const value = valueFor(token.name, values) ?? token.fallback;
    if (value === undefined) {
      missing.push({ name: token.name, start: token.start, end: token.end });
      text += body.slice(token.start, token.end);
    } else text += value;
  }
  if (errors.length === 0 && missing.length === 0) return { ok: true, text };
  // With syntax errors, the raw body is the honest preview: the faulty parts stay visible.
  return { ok: false, preview: errors.length ? body : text, missing, errors };
}

// ---------- Messages ----------

const lintMessages: Record<TemplateLintCode, Record<Lang, (error: TemplateLintError) => string>> = {
  'unknown-placeholder': {
    en: (error) =>
      `Unknown placeholder {${error.placeholder ?? ''}}.` +
      (error.suggestion ? ` Did you mean {${error.suggestion}}?` : ''),
    fr: (error) =>
      `Champ inconnu {${error.placeholder ?? ''}}.` +
      (error.suggestion ? ` Vouliez-vous écrire {${error.suggestion}} ?` : ''),
  },
  'answers-disabled': {
    en: (error) =>
      `{${error.placeholder ?? ''}} needs screening answers, which are turned off in the settings.`,
    fr: (error) =>
      `{${error.placeholder ?? ''}} utilise les réponses aux questions d'adhésion, désactivées dans les réglages.`,
  },
  'empty-placeholder': {
    en: () => 'Empty braces {}. Write {{ and }} for literal braces.',
    fr: () => 'Accolades vides {}. Écrivez {{ et }} pour des accolades littérales.',
  },
  'unclosed-brace': {
    en: () => 'This { is not closed on its line. Write {{ for a literal brace.',
    fr: () => "Cette { n'est pas fermée sur sa ligne. Écrivez {{ pour une accolade littérale.",
  },
  'unopened-brace': {
    en: () => 'This } closes nothing. Write }} for a literal brace.',
    fr: () => 'Cette } ne ferme rien. Écrivez }} pour une accolade littérale.',
  },
};

export function describeLintError(error: TemplateLintError, lang: Lang): string {
  return lintMessages[error.code][lang](error);
}

const missingMessages: Record<Lang, (names: string) => string> = {
  en: (names) => `No value for ${names}. Add a fallback such as {firstName|there}, or fill it in by hand.`,
  fr: (names) =>
    `Aucune valeur pour ${names}. Ajoutez une valeur de repli comme {firstName|à vous}, ou complétez à la main.`,
};

export function describeMissing(missing: readonly MissingPlaceholder[], lang: Lang): string {
  const names = [...new Set(missing.map((item) => `{${item.name}}`))].join(', ');
  return missingMessages[lang](names);
}
