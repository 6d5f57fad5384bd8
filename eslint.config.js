import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** One import pattern: the whole specifier, and every path below it ("fs" also covers "fs/promises"). */
function modules(names, message) {
  const alternatives = names.map((name) => name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+'));
  return { regex: `^(?:${alternatives.join('|')})(?:/.*)?$`, caseSensitive: true, message };
}

/** A relative import that climbs into another layer's folder. */
function layerFolder(name, message) {
  return { regex: `(?:^|/)${name}/`, caseSensitive: true, message };
}

// Bare names and node: names alike: `import 'crypto'` is as Node-only as `import 'node:crypto'`.
const nodeBuiltins = ['node:*', ...builtinModules.filter((name) => !name.includes('/'))];
const nodeServers = ['ws', 'bonjour-service', '@hocuspocus/server', '@hocuspocus/extension-*', 'sqlite3', 'electron-builder'];
const electronModules = ['electron', 'electron-store'];
const reactModules = ['react', 'react-dom', 'react-i18next', '@tiptap/*'];

/**
 * The layer rule from DESIGN.md, enforced: shared/ is pure; electron/ and renderer/ depend on
 * shared/ only. A wrong import, static or dynamic (`import('ws')`), fails `npm run lint`, which
 * `npm test` runs first. Patterns are anchored regular expressions so that a module of our own
 * that happens to share a built-in's name (`./events`) is not caught.
 */
export const layerRules = {
  shared: {
    patterns: [
      layerFolder('electron', 'shared/ must not import electron/ or renderer/.'),
      layerFolder('renderer', 'shared/ must not import electron/ or renderer/.'),
      modules(electronModules, 'shared/ is pure: no Electron.'),
      modules([...reactModules, 'i18next', 'y-prosemirror'], 'shared/ is pure: no React, UI or translation catalogue.'),
      modules(['dexie', 'y-dexie', 'y-indexeddb'], 'shared/ is pure: no storage engines.'),
      modules(nodeBuiltins, 'shared/ is pure: no Node-only APIs.'),
      modules([...nodeServers, 'y-webrtc'], 'shared/ is pure: no network transports or servers.'),
    ],
  },
  renderer: {
    patterns: [
      layerFolder('electron', 'renderer/ reaches the main process only through the bridge typed in shared/ipc.'),
      modules(electronModules, 'renderer/ must not import Electron.'),
      modules(nodeBuiltins, 'renderer/ runs in a browser page: no Node modules.'),
      modules(nodeServers, 'renderer/ runs in a browser page: servers and Node transports live in electron/.'),
    ],
  },
  electron: {
    patterns: [
      layerFolder('renderer', 'electron/ must not import renderer/.'),
      modules(reactModules, 'electron/ has no UI of its own: React and the editor belong to renderer/.'),
    ],
  },
};

/**
 * no-restricted-imports sees only static imports; this applies the same patterns to `import('x')`
 * with a literal specifier, which bundlers resolve just the same.
 */
const noRestrictedDynamicImport = {
  meta: { type: 'problem', schema: [{ type: 'object' }] },
  create(context) {
    const patterns = (context.options[0]?.patterns ?? []).map((pattern) => ({ test: new RegExp(pattern.regex, 'u'), message: pattern.message }));
    return {
      ImportExpression(node) {
        const { source } = node;
        const specifier =
          source.type === 'Literal' && typeof source.value === 'string'
            ? source.value
            : source.type === 'TemplateLiteral' && source.expressions.length === 0
              ? source.quasis[0]?.value.cooked
              : undefined;
        if (specifier === undefined) return;
        const hit = patterns.find((pattern) => pattern.test.test(specifier));
        if (hit) context.report({ node, message: `'${specifier}' import is restricted from being used by a pattern. ${hit.message}` });
      },
    };
  },
};
const layersPlugin = { rules: { 'no-restricted-dynamic-import': noRestrictedDynamicImport } };

/** Both rules, static and dynamic, for one layer. */
function layerRule(rule) {
  return { 'no-restricted-imports': ['error', rule], 'layers/no-restricted-dynamic-import': ['error', rule] };
}

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
  { files: ['shared/**/*.{ts,tsx}'], plugins: { layers: layersPlugin }, rules: layerRule(layerRules.shared) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, layers: layersPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not build with the React Compiler; hand-written memoization is deliberate and stays.
      'react-hooks/preserve-manual-memoization': 'off',
      ...layerRule(layerRules.renderer),
    },
  },
  { files: ['electron/**/*.ts'], plugins: { layers: layersPlugin }, rules: layerRule(layerRules.electron) },
);
