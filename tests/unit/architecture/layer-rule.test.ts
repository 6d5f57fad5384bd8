import { builtinModules } from 'node:module';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of DESIGN.md is enforced by the lint that `npm test` runs first. These
 * cases prove the rule itself fires, by linting each forbidden import the way it would appear in
 * each layer: as a static import and as a dynamic `import()`, which no-restricted-imports alone
 * does not see.
 */
const eslint = new ESLint({ cwd: process.cwd() });
const LAYER_RULES = new Set(['no-restricted-imports', 'layers/no-restricted-dynamic-import']);

async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId !== null && LAYER_RULES.has(message.ruleId)).map((message) => message.message);
}

const staticImport = (specifier: string) => `import * as m from '${specifier}';\nexport const x = m;\n`;
const dynamicImport = (specifier: string) => `export const load = () => import('${specifier}');\n`;
const dynamicTemplateImport = (specifier: string) => `export const load = () => import(\`${specifier}\`);\n`;

// Every built-in by its bare name, its node: name and (for the ones that have them) its subpaths.
const nodeModules = [...new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'node:test', 'node:sqlite'])];

const forbidden: Record<'shared' | 'renderer' | 'electron', readonly string[]> = {
  shared: [
    ...nodeModules,
    'ws',
    'bonjour-service',
    'y-webrtc',
    'y-prosemirror',
    'i18next',
    'react-i18next',
    '@hocuspocus/server',
    'sqlite3',
    'electron',
    'electron/main',
    'electron-store',
    'react',
    'react/jsx-runtime',
    'react-dom',
    'react-dom/client',
    '@tiptap/react',
    '@tiptap/core',
    'dexie',
    'y-dexie',
    'y-indexeddb',
    '../../renderer/app/App',
    '../../electron/main/ipc-handlers',
  ],
  renderer: [
    ...nodeModules,
    'ws',
    'bonjour-service',
    '@hocuspocus/server',
    '@hocuspocus/extension-sqlite',
    '@hocuspocus/extension-redis',
    'sqlite3',
    'electron',
    'electron/renderer',
    'electron-store',
    '../../electron/main/ipc-handlers',
    '../../electron/sync/signaling-server',
  ],
  electron: ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', '@tiptap/react', '@tiptap/starter-kit', '@tiptap/pm/state', 'react-i18next', '../../renderer/app/App'],
};

const cases = (Object.entries(forbidden) as ['shared' | 'renderer' | 'electron', readonly string[]][]).flatMap(([layer, specifiers]) => {
  const filePath = layer === 'electron' ? 'electron/main/bad.ts' : `${layer}/members/bad.ts`;
  return specifiers.map((specifier) => ({ layer, filePath, specifier }));
});

describe('layer rule', { timeout: 120_000 }, () => {
  it.each(cases)('rejects $specifier in $layer/, imported statically and dynamically', async ({ filePath, specifier }) => {
    expect(await layerErrors(filePath, staticImport(specifier)), 'static import').not.toEqual([]);
    expect(await layerErrors(filePath, dynamicImport(specifier)), 'dynamic import').not.toEqual([]);
    expect(await layerErrors(filePath, dynamicTemplateImport(specifier)), 'dynamic import of a template literal').not.toEqual([]);
  });

  it('rejects a forbidden import in a .tsx file of shared/ too', async () => {
    expect(await layerErrors('shared/members/bad.tsx', staticImport('react'))).not.toEqual([]);
  });

  it.each([
    ['renderer/members/ok.ts', '../../shared/members/member'],
    ['renderer/members/ok.ts', 'y-webrtc'],
    ['renderer/members/ok.ts', 'react-i18next'],
    ['renderer/members/ok.ts', '@hocuspocus/provider'],
    ['electron/main/ok.ts', '../../shared/ipc/contract'],
    ['electron/main/ok.ts', 'node:fs'],
    ['electron/main/ok.ts', 'ws'],
    ['electron/main/ok.ts', 'electron'],
    ['shared/members/ok.ts', 'yjs'],
    ['shared/members/ok.ts', 'zod'],
    ['shared/members/ok.ts', 'lib0/encoding'],
    // Our own modules that share a built-in's or a package's name are not the built-in.
    ['shared/members/ok.ts', './events'],
    ['shared/members/ok.ts', '../sync/url'],
    ['renderer/members/ok.ts', './stream'],
    ['electron/main/ok.ts', './react-bridge'],
  ])('allows %s to import %s', async (filePath, specifier) => {
    expect(await layerErrors(filePath, staticImport(specifier))).toEqual([]);
    expect(await layerErrors(filePath, dynamicImport(specifier))).toEqual([]);
  });
});
