// Lint rules for the whole repository. Lives in test/ because the top level is fixed by the
// design card; `npm run lint` passes this file with --config.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronImport = {
  name: 'electron',
  message:
    'The core, the shared contract, the CLI and the simulator run in plain Node: only electron/main and electron/preload may import electron.',
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // CommonJS files (the fake-electron loader, the CLI's slim undici entry) require by design.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The plain-Node core must never depend on Electron (architecture.md, "The one idea").
    files: ['electron/core/**', 'electron/cli/**', 'electron/simulator/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport] }] },
  },
  {
    // The shared contract is loaded by the renderer too: no electron, no node built-ins.
    files: ['electron/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [{ group: ['node:*'], message: 'electron/shared is process-neutral.' }],
        },
      ],
    },
  },
  {
    // The simulator shares no code with the client, so a misreading of the API cannot hide.
    files: ['electron/simulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            {
              group: ['**/core/**', '**/shared/**'],
              message: 'The simulator keeps its own wire types.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the IPC registration wrapper may touch ipcMain, so every handler passes its sender
    // check and the contract's validation (GitHub Desktop's rule; style-anchors §9).
    files: ['electron/main/**', 'electron/preload/**'],
    ignores: ['electron/main/ipc/register.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'Register IPC handlers through electron/main/ipc/register.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: ['node:*'] }],
    },
  },
);
