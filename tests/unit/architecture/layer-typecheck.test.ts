import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Each layer's tsconfig gives it only its own runtime's globals. A probe module, placed in the
 * layer's folder and compiled with that layer's options, must fail wherever it touches another
 * runtime's globals. The probes also import the libraries whose declarations once pulled
 * @types/node into the renderer (@hocuspocus/provider through ws, qrcode).
 */
const root = process.cwd();

function compilerOptions(layer: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, layer, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`No tsconfig for ${layer}`);
  return parsed.options;
}

/** The names the probe could not find, compiled as a module of `layer`. */
function unknownNames(layer: string, probe: string, extraRoots: readonly string[] = []): string[] {
  const options = compilerOptions(layer);
  const probePath = path.join(root, layer, '__layer-probe__.ts');
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (file === probePath ? probe : readFile(file));
  host.fileExists = (file) => file === probePath || fileExists(file);
  host.getSourceFile = (file, language, ...rest) => (file === probePath ? ts.createSourceFile(file, probe, language) : getSourceFile(file, language, ...rest));
  const program = ts.createProgram([probePath, ...extraRoots.map((file) => path.join(root, file))], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probePath))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    .flatMap((text) => /Cannot find name '(\w+)'/.exec(text)?.[1] ?? []);
}

const domGlobals = "export const dom = [document.title, window.location.href, localStorage.length];\n";
const nodeGlobals = "export const node = [process.env['HOME'], Buffer.from('x'), __dirname];\n";
const webStandard =
  "export const web = [crypto.subtle, new TextEncoder(), new TextDecoder(), new URL('https://example.org'), btoa('x'), atob('eA=='), structuredClone({}), new CompressionStream('deflate-raw')];\n";

describe('each layer typechecks with only its own runtime', { timeout: 120_000 }, () => {
  it('shared/ has neither DOM nor Node globals, only the Web-standard ones both have', () => {
    const missing = unknownNames('shared', domGlobals + nodeGlobals + webStandard, ['shared/web-globals.d.ts']);
    expect(new Set(missing)).toEqual(new Set(['document', 'window', 'localStorage', 'process', 'Buffer', '__dirname']));
  });

  it('renderer/ has the DOM but no Node globals, even through the libraries it imports', () => {
    const imports = "import '@hocuspocus/provider';\nimport 'qrcode';\nimport 'y-webrtc';\n";
    const missing = unknownNames('renderer', imports + domGlobals + nodeGlobals + webStandard, ['renderer/vite-env.d.ts']);
    expect(new Set(missing)).toEqual(new Set(['process', 'Buffer', '__dirname']));
  });

  it('electron/ has Node but no DOM globals, even through electron.d.ts', () => {
    const missing = unknownNames('electron', "import 'electron';\n" + domGlobals + nodeGlobals);
    expect(new Set(missing)).toEqual(new Set(['document', 'window', 'localStorage']));
  });
});
