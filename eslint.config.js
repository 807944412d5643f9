import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', '.lighthouse'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Boundaries: dependencies point one way, ui → i18n → engine (README, "How it is organised"). The
  // engine runs in Node for the checks and in the browser from the same code, so it knows nothing
  // of React, the screens or the texts. Regexes, not globs: they match relative paths ('../ui/app')
  // and package names alike.
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)ui(/|$)', message: 'the engine must not import the UI: dependencies point ui → engine.' },
            { regex: '(^|/)i18n(/|$)', message: 'the engine must not import i18n: dependencies point ui → i18n → engine.' },
            {
              regex: '^(react|react-dom|react-i18next|@xstate/react)(/|$)',
              message: 'the engine must not import React: it runs in Node too; dependencies point ui → engine.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)ui(/|$)', message: 'i18n must not import the UI: dependencies point ui → i18n.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
