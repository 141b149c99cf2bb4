import { checkTone } from '../../../utils/tone/index.ts';
import type { ToneCategory, ToneContext, ToneLang } from '../../../utils/tone/index.ts';

/** Categories raised at `warn` or `alert` (what the admin is warned about). */
export function raised(text: string, lang?: ToneLang, context?: ToneContext): ToneCategory[] {
  const result = checkTone(text, {
    uiLang: 'en',
    ...(lang ? { lang } : {}),
    ...(context ? { context } : {}),
  });
  return [
    ...new Set(result.hints.filter((hint) => hint.severity !== 'info').map((hint) => hint.category)),
  ].sort();
}

export function hintsOf(text: string, lang?: ToneLang, context?: ToneContext) {
  return checkTone(text, { uiLang: 'en', ...(lang ? { lang } : {}), ...(context ? { context } : {}) }).hints;
}
