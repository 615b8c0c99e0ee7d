// The linter: typescript-eslint with type information, so a promise nobody waits for, a promise handed to
// something that expects a plain callback, and an assertion the types already make are caught before review.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Built output, generated types, and data the tests read are not source.
    ignores: ['**/node_modules/', '**/dist/', 'desktop/dist-electron/', '**/.output/', '**/.wxt/', 'coverage/', 'test-results/', '**/.data/', 'eval/corpus/', '**/__snapshots__/'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // As the compiler's noUnusedLocals has it: a leading underscore, or a rest sibling, marks a name left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `async` without `await` is how this code returns a promise where an interface is async (CLI commands,
      // handlers, fakes in tests): a throw in it becomes a rejection the caller already handles.
      '@typescript-eslint/require-await': 'off',
      // A comma expression as a statement (`a(), b()`) hides a second effect where a reader expects one.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: false, allowTernary: false }],
    },
  },
  {
    // vitest's asymmetric matchers (`expect.stringContaining(…)` and the like) are typed `any` by design.
    files: ['**/*.test.ts', '**/*.test-helper.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // The bins are plain JavaScript outside every tsconfig: lint them without type information.
    files: ['desktop/bin/*.js', 'server/bin/*.js'],
    extends: [tseslint.configs.recommended, tseslint.configs.disableTypeChecked],
  },
);
