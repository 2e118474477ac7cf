import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const storeMessage =
  'Call a core command (core/src/<feature>) instead of a store: bots and routes never read or write stores themselves, so every use case is authorized and ruled in core.';
/** `stores.x…` and `deps.stores.x…` (any `….stores.x…`): a store reached from a bot or a route; calls included. */
const storeAccess = [
  { selector: "MemberExpression[object.type='Identifier'][object.name='stores']", message: storeMessage },
  { selector: "MemberExpression[object.type='MemberExpression'][object.property.name='stores']", message: storeMessage },
  // `const { polls } = stores` / `= deps.stores`, and `{ stores: { polls } }` in a parameter or declaration.
  { selector: "VariableDeclarator[id.type='ObjectPattern'][init.name='stores']", message: storeMessage },
  { selector: "VariableDeclarator[id.type='ObjectPattern'][init.property.name='stores']", message: storeMessage },
  { selector: "Property[key.name='stores'][value.type='ObjectPattern']", message: storeMessage },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read loosely typed JSON answers on purpose.
    files: ['**/*.test.ts', '**/testing/**/*.ts', 'tab/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['tab/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['core/src/**/*.ts'],
    ignores: ['core/src/**/*.test.ts'],
    rules: {
      // core is pure and browser-safe: no Node built-ins, no I/O.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'http', 'crypto', '@azure/*', '@microsoft/*'] }],
    },
  },
  {
    // Every use case is a core command: bots and routes hand `stores` to one and never touch a store themselves,
    // so authorization and the domain rules live in one place. Only the storage implementations and the wiring may.
    files: ['bot/src/**/*.ts', 'api/src/**/*.ts'],
    ignores: ['api/src/**/*Repository.ts', 'api/src/storage/**', 'api/src/deps.ts', 'api/src/local/**', '**/testing/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...storeAccess],
    },
  },
);
