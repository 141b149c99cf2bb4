import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import autoImports from './.wxt/eslint-auto-imports.mjs';

/** Page data must never become HTML: these patterns are banned everywhere (see test/unit/guards). */
export const noHtmlInjection = {
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Use textContent or React; page data is never HTML.' },
    { property: 'outerHTML', message: 'Use textContent or React; page data is never HTML.' },
    { property: 'insertAdjacentHTML', message: 'Use DOM nodes; page data is never HTML.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page data is never HTML.' },
    {
      selector: "AssignmentExpression > MemberExpression.left[property.name='innerHTML']",
      message: 'Page data is never HTML.',
    },
    {
      selector: "AssignmentExpression > MemberExpression.left[property.name='outerHTML']",
      message: 'Page data is never HTML.',
    },
    {
      selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
      message: 'No document.write.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test/fixtures/**',
      'test/guards/fixtures/**',
      'test-results/**',
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
);
