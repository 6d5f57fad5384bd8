import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles one TypeScript entry point of ours for Node (dependencies stay external), then runs it. */
export async function runBundled(entryPoint, outName) {
  const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outfile = path.join(projectDir, 'dist-electron', outName);
  await build({
    absWorkingDir: projectDir,
    entryPoints: [entryPoint],
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
