import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of DESIGN.md is enforced by the lint that `npm test` runs first. These
 * cases prove the rule itself fires, by linting imports the way they would appear in each layer.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layer rule', { timeout: 30_000 }, () => {
  it.each([
    ['shared/members/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/members/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['shared/members/bad.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"],
    ['shared/members/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/members/bad.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;\n"],
    ['renderer/members/bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/members/bad.ts', "import { registerIpcHandlers } from '../../electron/main/ipc-handlers';\nexport const x = registerIpcHandlers;\n"],
    ['electron/main/bad.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;\n"],
  ])('rejects a forbidden import in %s', async (filePath, source) => {
    expect((await layerErrors(filePath, source)).length).toBeGreaterThan(0);
  });

  it.each([
    ['renderer/members/ok.ts', "import { MemberSchema } from '../../shared/members/member';\nexport const x = MemberSchema;\n"],
    ['electron/main/ok.ts', "import { ipcContract } from '../../shared/ipc/contract';\nexport const x = ipcContract;\n"],
    ['shared/members/ok.ts', "import * as Y from 'yjs';\nexport const x = Y;\n"],
  ])('allows imports of shared/ and pure libraries in %s', async (filePath, source) => {
    expect(await layerErrors(filePath, source)).toEqual([]);
  });
});
