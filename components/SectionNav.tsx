/**
 * The panel's section tabs, sized for a side panel: one row of icons (320 px and up), each tab named by its full
 * title (read by screen readers, shown as a tooltip, and shown beside the icon when the panel is wide), and the
 * chosen section's title written out under the row. Keyboard: the WAI-ARIA tabs pattern (arrow keys move and
 * select, Home and End jump to the ends; one tab stop).
 */
import { useRef, type KeyboardEvent } from 'react';
import { SectionIcon, type SectionIconName } from './SectionIcons';
import './section-nav.css';

export interface NavSection {
  id: string;
  title: string;
  icon: SectionIconName;
}

interface SectionNavProps {
  sections: readonly NavSection[];
  activeId: string;
  label: string;
  onSelect: (id: string) => void;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The tab index a key moves to from `index`, or undefined for a key the tabs do not handle. */
export function nextTabIndex(key: string, index: number, count: number): number | undefined {
  const step = STEPS[key];
  if (step !== undefined) return (index + step + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

export function SectionNav({ sections, activeId, label, onSelect }: SectionNavProps) {
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const active = sections.find((section) => section.id === activeId) ?? sections[0];
  const onKeyDown = (event: KeyboardEvent) => {
    const index = sections.findIndex((section) => section.id === active?.id);
    const next = nextTabIndex(event.key, index, sections.length);
    if (next === undefined) return;
    event.preventDefault();
    const id = sections[next]!.id;
    onSelect(id);
    tabRefs.current.get(id)?.focus();
  };
  return (
    <nav className="section-nav">
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {sections.map((section) => (
          <button
            key={section.id}
            ref={(element) => {
              if (element) tabRefs.current.set(section.id, element);
            }}
            type="button"
            role="tab"
            id={`tab-${section.id}`}
            aria-selected={section.id === active?.id}
            aria-controls={`section-${section.id}`}
            tabIndex={section.id === active?.id ? 0 : -1}
            title={section.title}
            onClick={() => onSelect(section.id)}
          >
            <SectionIcon name={section.icon} />
            <span className="tab-title">{section.title}</span>
          </button>
        ))}
      </div>
      {active && (
        <p className="section-name" aria-hidden="true">
          {active.title}
        </p>
      )}
    </nav>
  );
}
