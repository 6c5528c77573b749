// ESLint: typescript-eslint's type-aware rules and React's hooks rules over the app, the e2e
// suite and the configs; formatting is Prettier's job (eslint-config-prettier turns off the
// rules that would disagree with it). Scripts are plain Node ES modules.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-data', 'public'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // the hooks rules that read calls and dependencies, on every module of the app
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // the rest of the recommended set compiles each file with React's compiler (a quarter of the
    // lint's time): only where components and hooks are written — components, hooks' own modules
    files: ['src/**/*.tsx', 'src/**/use*.ts', 'src/data/load.ts'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // a note for React Compiler users (TanStack Virtual's hook is skipped by it); we do not compile with it
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // the benchmark scripts pass functions to page.evaluate, which run in the browser
    files: ['scripts/**/*.mjs', 'eslint.config.js', '.dependency-cruiser.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
