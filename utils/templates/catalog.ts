/** Browsing the library in the panel: search, recently used first, duplicate. Pure, so the panel stays thin. */
import { bodiesOf, pickBody, templateTitle, type Lang, type Template } from './schema';

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replace(/[’']/g, "'");

export interface TemplateQuery {
  /** Words to find in the title or any body, accent- and case-insensitive; every word must match. */
  text?: string;
  situation?: string;
  lang: Lang;
  /** templateId → when the admin last copied it (ISO); used first. Kept apart from templates: it is per device. */
  lastUsed?: ReadonlyMap<string, string>;
}

export function searchTemplates(templates: readonly Template[], query: TemplateQuery): Template[] {
  const words = fold(query.text ?? '')
    .split(/\s+/u)
    .filter(Boolean);
  const collator = new Intl.Collator(query.lang, { sensitivity: 'base' });
  const lastUsed = (template: Template): number => {
    const at = query.lastUsed?.get(template.id);
    return at ? +new Date(at) : 0;
  };
  return templates
    .filter((template) => !query.situation || template.situation === query.situation)
    .filter((template) => {
      if (!words.length) return true;
      const haystack = fold(
        [
          template.title.en ?? '',
          template.title.fr ?? '',
          ...bodiesOf(template.bodies).map(({ text }) => text),
        ].join('\n'),
      );
      return words.every((word) => haystack.includes(word));
    })
    .sort(
      (a, b) =>
        lastUsed(b) - lastUsed(a) ||
        collator.compare(templateTitle(a, query.lang), templateTitle(b, query.lang)),
    );
}

const copySuffix: Record<Lang, string> = { en: ' (copy)', fr: ' (copie)' };

/** An editable copy: never built in, a new id, "(copy)" added to each title. */
export function duplicateTemplate(template: Template, newId: string, now: Date): Template {
  const title: Template['title'] = {};
  if (template.title.en !== undefined) title.en = (template.title.en + copySuffix.en).slice(0, 200);
  if (template.title.fr !== undefined) title.fr = (template.title.fr + copySuffix.fr).slice(0, 200);
  return {
    ...structuredClone(template),
    id: newId,
    title,
    builtIn: false,
    updatedAt: now.toISOString(),
  };
}

/**
 * The templates that can serve a situation, preferred first: the admin's own (custom) ones, most recently edited,
 * then Tend's built-in one. Only templates with words in `lang` qualify.
 */
export function templatesForSituation(
  templates: readonly Template[],
  situation: string,
  lang: Lang,
): Template[] {
  return templates
    .filter((template) => template.situation === situation && pickBody(template, lang) !== undefined)
    .sort(
      (a, b) =>
        Number(a.builtIn) - Number(b.builtIn) ||
        (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
    );
}
