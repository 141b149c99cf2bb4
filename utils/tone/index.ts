/** Tend's tone check: gentle, bilingual hints on a message before it is posted. */
export { checkTone } from './check.ts';
export { detectLanguage } from './language.ts';
export * from './schema.ts';
