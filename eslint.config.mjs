// ESLint flat config: typescript-eslint's recommended rules plus the house
// limits (file length, function length and complexity in src); the web
// console (web/src) adds React's hook rules, browser globals and the file limit.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'web/dist/', 'test-results/', '**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // house limits for the product's code: a file has one job, a function fits on a screen or two
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }],
      complexity: ['error', 20],
    },
  },
  {
    // tests (and the engine's test fixtures, which are data) are exempt from the length limits
    files: ['src/**/*.spec.ts', 'src/engine/testing/**/*.ts'],
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
  {
    // a migration's up() is the list of its schema statements
    files: ['src/database/migrations/*.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.flat.recommended.rules, 'max-lines': ['error', { max: 400 }] },
  },
  {
    files: ['bin/**/*.js', '*.js', '*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
