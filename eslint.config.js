import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import autoImports from './.wxt/eslint-auto-imports.mjs';

/**
 * Page data must never become HTML or code. Each entry has its own message, so the guard test
 * (test/unit/guards/lint.test.ts) can check that every one of them fires on its control file.
 * `parsing: true` marks the HTML parsers: tests may parse their own saved pages with them (see below).
 */
const restrictedProperties = [
  { property: 'innerHTML', message: 'Use textContent or React; page data is never HTML.' },
  { property: 'outerHTML', message: 'Use textContent or React; page data is never HTML.' },
  { property: 'insertAdjacentHTML', message: 'Use DOM nodes; page data is never HTML.' },
  { property: 'createContextualFragment', message: 'A Range fragment parses HTML; build DOM nodes instead.' },
  { property: 'setHTMLUnsafe', message: 'setHTMLUnsafe parses HTML; use textContent or DOM nodes.' },
  { property: 'setHTML', message: 'setHTML parses HTML (sanitised or not); use textContent or DOM nodes.' },
  { property: 'parseHTMLUnsafe', message: 'parseHTMLUnsafe parses HTML; use DOM nodes.' },
  { property: 'srcdoc', message: 'An iframe srcdoc is HTML; page data is never HTML.' },
  { property: 'writeln', message: 'No document.writeln.' },
  { property: 'parseFromString', message: 'DOMParser.parseFromString parses HTML.', parsing: true },
];
const restrictedSyntax = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page data is never HTML.' },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name='innerHTML']",
    message: 'Page data is never HTML (innerHTML assignment).',
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name='outerHTML']",
    message: 'Page data is never HTML (outerHTML assignment).',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
  {
    selector: 'JSXAttribute[name.name=/^srcdoc$/i]',
    message: 'An iframe srcDoc is HTML; page data is never HTML.',
  },
  {
    selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^srcdoc$/i]",
    message: 'An iframe srcdoc attribute is HTML; page data is never HTML.',
  },
  { selector: "NewExpression[callee.name='DOMParser']", message: 'DOMParser parses HTML.', parsing: true },
];
const strip = (entry) => Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'parsing'));

/** The HTML and code injection bans; `allowParsing` keeps DOMParser for tests that parse their fixtures. */
export function htmlInjectionRules({ allowParsing = false } = {}) {
  const keep = (entry) => allowParsing !== true || entry.parsing !== true;
  return {
    'no-restricted-properties': ['error', ...restrictedProperties.filter(keep).map(strip)],
    'no-restricted-syntax': ['error', ...restrictedSyntax.filter(keep).map(strip)],
    // Strings never become code: eval, new Function / Function(), setTimeout('code').
    'no-eval': 'error',
    'no-new-func': 'error',
    'no-implied-eval': 'error',
  };
}
/** The bans as the extension's own code gets them. */
export const noHtmlInjection = htmlInjectionRules();

/**
 * Dependencies point one way: pure logic (`utils/`) ← storage (`storage/`) ← the extension's pages, worker and
 * content script (`entrypoints/`) and their React pieces (`components/`). Each layer may not import the ones
 * that build on it; `test/unit/guards/layering.test.ts` checks the rule fires on a control.
 */
const layerBans = {
  utils: ['storage', 'entrypoints', 'components'],
  storage: ['entrypoints', 'components'],
  components: ['entrypoints'],
};
export function layeringRule(layer) {
  const banned = layerBans[layer];
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((other) => ({
          group: [`@/${other}`, `@/${other}/**`, `**/${other}/**`, `~/${other}/**`],
          message: `${layer}/ may not import ${other}/: dependencies point utils ← storage ← entrypoints and components.`,
        })),
      },
    ],
  };
}

/** The panel's and the components' function size limit (lines of code, blank lines and comments not counted). */
const MAX_FUNCTION_LINES = { max: 100, skipBlankLines: true, skipComments: true };

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test/fixtures/**',
      'test/guards/fixtures/**',
      'test-results/**',
      // Git-ignored working notes and one-off scripts; never part of the project.
      'scratch/**',
    ],
  },
  autoImports,
  js.configs.recommended,
  ...tseslint.configs.strict,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      ...noHtmlInjection,
    },
  },
  { files: ['utils/**/*.{ts,tsx}'], rules: layeringRule('utils') },
  { files: ['storage/**/*.{ts,tsx}'], rules: layeringRule('storage') },
  { files: ['components/**/*.{ts,tsx}'], rules: layeringRule('components') },
  {
    // Components and panel code stay readable in one screen: a longer function is split into parts with one job.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/sidepanel/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', MAX_FUNCTION_LINES] },
  },
  {
    // Tests parse their own saved pages into detached documents (inert: no script runs there). The guard's
    // control file keeps every ban.
    files: ['test/**/*.{ts,tsx}'],
    ignores: ['test/guards/fixtures/**'],
    rules: htmlInjectionRules({ allowParsing: true }),
  },
);
