import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const schema: unknown = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const config: unknown = parse(readFileSync('electron-builder.yml', 'utf8'));
const packageJson: unknown = JSON.parse(readFileSync('package.json', 'utf8'));

type Config = {
  appId?: string;
  productName?: string;
  directories?: { output?: string };
  files?: string[];
  protocols?: Array<{ schemes?: string[] }>;
  linux?: { target?: string[]; category?: string; maintainer?: string };
  win?: { target?: string[] };
  mac?: { target?: string[] };
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
};
const typed = config as Config;
// strict: false because the schema uses keywords Ajv does not know (it is generated from TypeScript).
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema as object);

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a misspelt key, so the schema check is real', () => {
    expect(validate({ ...(config as object), linx: { target: ['deb'] } })).toBe(false);
  });

  it('names the app and output folder', () => {
    expect(typed.appId).toBe('org.coalitiondesk.app');
    expect(typed.productName).toBe('Coalition desk');
    expect(typed.directories?.output).toBe('release');
  });

  it('builds the expected targets per platform', () => {
    expect(typed.linux?.target).toEqual(['AppImage', 'deb']);
    expect(typed.linux?.category).toBe('Office');
    expect(typed.linux?.maintainer).toMatch(/<.+@.+>/);
    expect(typed.win?.target).toEqual(['nsis']);
    expect(typed.mac?.target).toEqual(['dmg']);
  });

  it('packages the built renderer, the built main/preload and package.json', () => {
    expect(typed.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']));
    const main = (packageJson as { main?: string }).main;
    expect(main).toBe('dist-electron/main/index.mjs');
  });

  it('registers the coalition:// scheme for invite links', () => {
    expect(typed.protocols?.flatMap((p) => p.schemes ?? [])).toContain('coalition');
  });

  it('flips the Electron fuses that harden the packaged binary', () => {
    expect(typed.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // onlyLoadAppFromAsar would leave an app packaged without an archive unable to start.
    expect(typed.asar).not.toBe(false);
  });

  it("spells every fuse as electron-builder's schema names them", () => {
    expect(validate({ ...(config as object), electronFuses: { runAsnode: false } })).toBe(false);
  });
});
