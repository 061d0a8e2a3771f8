// ESLint (flat config): typescript-eslint's recommended rules plus the few type-aware rules that catch
// real bugs in a Nest + TypeORM codebase (a promise nobody awaits is a write that may fail silently or
// run outside its transaction). Formatting is Prettier's job, not ESLint's. `npm run lint`; `npm test` runs it.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'data/', 'node_modules/', 'test/fixtures/', 'public/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Type-aware: promises must be awaited, returned, or explicitly discarded with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      // No async function where a void callback is expected (Express handlers, event listeners, forEach).
      '@typescript-eslint/no-misused-promises': 'error',
      // `await` only on something that can be awaited (catches awaiting a sync call by mistake).
      '@typescript-eslint/await-thenable': 'error',
      // `return await` inside try/catch, so the catch sees the rejection; nowhere else.
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      // A switch over a union names every member (or has a default): new statuses cannot slip through.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
      // The text engines match control and non-ASCII ranges on purpose (/[^\x00-\x7f]/).
      'no-control-regex': 'off',
      'no-console': 'off',
    },
  },
  {
    // Plain CommonJS scripts and configs (scripts/test.js, jest.config.js, .dependency-cruiser.cjs).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
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
