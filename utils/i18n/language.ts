/** The interface language setting, apart from the strings so that storage's settings schema stays small. */
import { z } from 'zod';

export type UiLanguage = 'en' | 'fr';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'fr'];
/** A language, or `auto` (the browser's). */
export const UiLanguageSetting = z.enum(['auto', 'en', 'fr']);
export type UiLanguageSetting = z.infer<typeof UiLanguageSetting>;
