import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles one of our TypeScript server commands (npm run signal, serve, relay) once, then runs it. */
export async function bundleAndRun(entry, name) {
  const outfile = path.join(projectDir, 'dist-electron', `${name}.mjs`);
  await build({
    absWorkingDir: projectDir,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  await import(pathToFileURL(outfile).href);
}
