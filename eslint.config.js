import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layer rule from DESIGN.md, enforced: shared/ is pure; electron/ and renderer/ depend on
 * shared/ only. A wrong import fails `npm run lint`, which `npm test` runs first.
 */
export const layerRules = {
  shared: {
    patterns: [
      { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import electron/ or renderer/.' },
      { group: ['electron', 'electron/*', 'electron-store'], message: 'shared/ is pure: no Electron.' },
      { group: ['react', 'react-dom', 'react-dom/*', 'react/*', '@tiptap/*'], message: 'shared/ is pure: no React or UI.' },
      { group: ['dexie', 'y-dexie', 'y-indexeddb'], message: 'shared/ is pure: no storage engines.' },
      { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'shared/ is pure: no Node-only APIs.' },
    ],
  },
  renderer: {
    patterns: [
      { group: ['**/electron/**'], message: 'renderer/ reaches the main process only through the bridge typed in shared/ipc.' },
      { group: ['electron', 'electron/*', 'electron-store'], message: 'renderer/ must not import Electron.' },
    ],
  },
  electron: {
    patterns: [{ group: ['**/renderer/**'], message: 'electron/ must not import renderer/.' }],
  },
};

export default tseslint.config(
  { ignores: ['.tmp/**', 'dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'tests/unit/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['shared/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', layerRules.shared] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not build with the React Compiler; hand-written memoization is deliberate and stays.
      'react-hooks/preserve-manual-memoization': 'off',
      'no-restricted-imports': ['error', layerRules.renderer],
    },
  },
  { files: ['electron/**/*.ts'], rules: { 'no-restricted-imports': ['error', layerRules.electron] } },
);
