import { Fragment, useMemo } from 'react';
import type { Hint } from '@/utils/tone';
import { referencesEndingAt, segmentText } from './ToneModel';
import './tone.css';

interface ToneHighlightedProps {
  /** The text the hints were computed on (not the live textarea value, which may be ahead of it). */
  text: string;
  hints: readonly Hint[];
  label: string;
  /** Title of a reference mark, e.g. "hint 1, 2". */
  referenceTitle: (numbers: readonly number[]) => string;
}

/**
 * The checked text with each hinted passage marked. The text is the admin's own and may contain anything: it is
 * rendered as React text nodes only. Each marked passage ends with the numbers of its hints in the list below, and
 * the mark's underline style follows severity, so colour is never the only signal.
 */
export function ToneHighlighted({ text, hints, label, referenceTitle }: ToneHighlightedProps) {
  const segments = useMemo(() => segmentText(text, hints), [text, hints]);
  return (
    <div className="tone-highlighted" role="group" aria-label={label}>
      {segments.map((segment, position) => {
        if (!segment.severity) return <Fragment key={segment.start}>{segment.text}</Fragment>;
        const references = referencesEndingAt(segments, position);
        return (
          <Fragment key={segment.start}>
            <mark
              className={`tone-mark tone-${segment.severity}`}
              data-hints={segment.hintIndexes.map((index) => index + 1).join(' ')}
            >
              {segment.text}
            </mark>
            {references.length > 0 && (
              <sup className="tone-ref" title={referenceTitle(references)}>
                {references.join(',')}
              </sup>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
