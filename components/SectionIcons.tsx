/**
 * The panel's section icons: one simple line drawing each on a 24-unit grid, in the text colour, so they follow the
 * light and dark themes. Decorative: the tab's name is its text, so each icon is hidden from screen readers.
 */
import type { ReactNode } from 'react';

const DRAWINGS = {
  // An eye: what Tend saw, at a glance.
  glance: (
    <>
      <path d="M2 12c2.6-4.7 6-7 10-7s7.4 2.3 10 7c-2.6 4.7-6 7-10 7s-7.4-2.3-10-7Z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  // Two people.
  members: (
    <>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" />
      <path d="M16 4.8a3.5 3.5 0 0 1 0 6.4M18 14.3c2.1.8 3.5 2.9 3.5 5.7" />
    </>
  ),
  // A person with a plus: someone new.
  onboarding: (
    <>
      <circle cx="10" cy="8" r="3.5" />
      <path d="M3 20c0-3.6 3-6 7-6s7 2.4 7 6" />
      <path d="M19 5v6M16 8h6" />
    </>
  ),
  // A speech bubble with lines of text.
  replies: (
    <>
      <path d="M4 4h16v12H9l-5 4Z" />
      <path d="M8 8.5h8M8 12h5" />
    </>
  ),
  // A speech bubble with a gentle wave: how a message sounds.
  tone: (
    <>
      <path d="M4 4h16v12H9l-5 4Z" />
      <path d="M7.5 10.5c1.5-2 3-2 4.5 0s3 2 4.5 0" />
    </>
  ),
  // A small light with rays: a weak signal noticed.
  signals: (
    <>
      <circle cx="12" cy="13" r="3" />
      <path d="M12 4v3M5.6 6.6l2.1 2.1M18.4 6.6l-2.1 2.1M3 13h3M18 13h3M8 20h8" />
    </>
  ),
  // Arrows out and in: export and import.
  data: (
    <>
      <path d="M8 3v12M4 7l4-4 4 4" />
      <path d="M16 21V9M12 17l4 4 4-4" />
    </>
  ),
  // Three sliders.
  settings: (
    <>
      <path d="M4 6h16M4 12h16M4 18h16" />
      <circle cx="9" cy="6" r="2" fill="var(--bg)" />
      <circle cx="15" cy="12" r="2" fill="var(--bg)" />
      <circle cx="7" cy="18" r="2" fill="var(--bg)" />
    </>
  ),
  // A padlock.
  privacy: (
    <>
      <rect x="5" y="10.5" width="14" height="10" rx="2" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
    </>
  ),
} satisfies Record<string, ReactNode>;

export type SectionIconName = keyof typeof DRAWINGS;

export function SectionIcon({ name }: { name: SectionIconName }) {
  return (
    <svg
      className="section-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {DRAWINGS[name]}
    </svg>
  );
}
