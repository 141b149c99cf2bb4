/**
 * The group's focus words for the off-topic balance: one field per language, saved as the group's own override
 * (its other overrides and other groups kept), read back by the detectors' settings for that group.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SignalFocusFields } from '@/components/SignalFocusFields';
import { SettingsPatch, applySettingsPatch, defaultSettings } from '@/storage/settings';
import { createI18n, type UiLanguage } from '@/utils/i18n';
import { settingsForGroup, type SignalSettings, type SignalSettingsPatch } from '@/utils/signals/schema';

const GROUP = '1234567';
const OTHER = '7654321';
let root: Root | undefined;
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true }));
afterEach(() => act(() => root?.unmount()));

function render(settings: SignalSettings, patches: SignalSettingsPatch[], language: UiLanguage = 'en') {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <I18nextProvider i18n={createI18n(language)}>
        <SignalFocusFields
          groupId={GROUP}
          settings={settings}
          save={async (patch) => void patches.push(patch)}
        />
      </I18nextProvider>,
    ),
  );
  return container;
}

/** Types into a field and leaves it, as a person would. */
function type(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

describe('the group’s focus words', () => {
  it('saves each language’s words as the group’s override, keeping the rest, and the detectors read them', () => {
    const start = applySettingsPatch(defaultSettings, {
      signals: {
        groups: {
          [GROUP]: { 'group-quiet': { enabled: false, belowShare: 0.4, baselineWeeks: 6 } },
          [OTHER]: { 'brand-contest': { enabled: false } },
        },
      },
    });
    const patches: SignalSettingsPatch[] = [];
    const container = render(start.signals, patches);
    const [english, french] = Array.from(container.querySelectorAll<HTMLInputElement>('input'));
    expect(english!.lang).toBe('en');
    type(english!, '  cats: care, adoption  ');
    expect(patches).toHaveLength(1);
    const saved = applySettingsPatch(start, SettingsPatch.parse({ signals: patches[0] }));
    const forGroup = settingsForGroup(saved.signals, GROUP);
    expect(forGroup['off-topic-balance'].focus).toEqual({ en: 'cats: care, adoption', fr: '' });
    expect(forGroup['group-quiet'].enabled).toBe(false);
    expect(settingsForGroup(saved.signals, OTHER)['brand-contest'].enabled).toBe(false);
    expect(settingsForGroup(saved.signals, OTHER)['off-topic-balance'].focus).toEqual({ en: '', fr: '' });
    // Leaving a field unchanged saves nothing.
    type(french!, '');
    expect(patches).toHaveLength(1);
  });

  it('is labelled in French', () => {
    const container = render(defaultSettings.signals, [], 'fr');
    expect(container.querySelector('legend')?.textContent).toBe('Le sujet de ce groupe');
    expect(Array.from(container.querySelectorAll('label')).map((label) => label.textContent)).toEqual([
      'En anglais',
      'En français',
    ]);
  });
});
