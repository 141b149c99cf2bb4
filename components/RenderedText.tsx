import { describeLintError, describeMissing, type RenderResult } from '@/utils/templates/render';
import type { UiLanguage } from '@/utils/i18n';

interface RenderedTextProps {
  result: RenderResult;
  className: string;
  label: string;
  uiLanguage: UiLanguage;
  /** The language of the text itself, when it may differ from the panel's. */
  lang?: string;
  /** The sentence that wraps what is missing or wrong, in the section's own words. */
  problem: (detail: string) => string;
}

/** A filled template as text, or its preview with what stops it from being copied. */
export function RenderedText({ result, className, label, uiLanguage, lang, problem }: RenderedTextProps) {
  return (
    <>
      <blockquote className={className} aria-label={label} {...(lang ? { lang } : {})}>
        {result.ok ? result.text : result.preview}
      </blockquote>
      {!result.ok && (
        <p className="error">
          {problem(
            [
              ...result.errors.map((error) => describeLintError(error, uiLanguage)),
              ...(result.missing.length ? [describeMissing(result.missing, uiLanguage)] : []),
            ].join(' '),
          )}
        </p>
      )}
    </>
  );
}
